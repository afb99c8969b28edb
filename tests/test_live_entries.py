"""Live-blog entry times glued to an entry's text are put on lines of their own at normalise
(consilience.live_entries), so no later stage reads them as text."""

from consilience.boilerplate import boilerplate_spans
from consilience.live_entries import separate_entry_times
from consilience.model import RawArticle
from consilience.normalise import normalise

BLOG = (
    "Flooding in Marrowby - live\n\n"
    "17:45 Harbour Authority says the quay gates will stay shut overnight.\n\n"
    '16:10 "We lost the ground floor in ten minutes," shopkeeper Ines Varga told us.\n\n'
    "14:05 Good afternoon. We are following the floods in Marrowby.\n"
)


def test_glued_times_stand_on_their_own_line_with_offsets_kept():
    out = separate_entry_times(BLOG)
    assert len(out) == len(BLOG)
    assert "17:45\nHarbour Authority says" in out
    assert '16:10\n"We lost' in out
    assert "14:05\nGood afternoon." in out
    # every other character is where it was
    assert [i for i, (a, b) in enumerate(zip(BLOG, out, strict=True)) if a != b] == [
        BLOG.index("17:45") + 5,
        BLOG.index("16:10") + 5,
        BLOG.index("14:05") + 5,
    ]


def test_entry_time_is_marked_liveblog_after_normalise():
    art = normalise(RawArticle(source="blog.txt", text=BLOG, title="Flooding in Marrowby"))
    spans = boilerplate_spans(art.text, art.title)
    at = art.text.index("17:45")
    assert any(s.kind == "liveblog" and s.start == at and s.end == at + 5 for s in spans)
    assert art.text[at + 6 :].startswith("Harbour Authority")


def test_prose_opening_with_times_is_left_alone():
    prose = (
        "10.30 Police were called to the depot.\n\n"
        "The fire spread to a second shed.\n\n"
        "9.15 Another call came in at a later hour.\n"
    )
    assert separate_entry_times(prose) == prose  # two lines only: not a live blog


def test_unordered_times_are_no_live_blog():
    table = (
        "8:00 Alpha leaves.\n\n11:30 Bravo leaves.\n\n9:15 Charlie leaves.\n\n"
        "12:45 Delta leaves.\n\n10:20 Echo leaves.\n"
    )
    assert separate_entry_times(table) == table


def test_lowercase_after_a_time_is_not_an_entry():
    text = (
        "12:10 Gates open.\n\n11:50 rain eased.\n\n11:20 Crowds gather.\n\n10:05 Stewards arrive.\n"
    )
    out = separate_entry_times(text)
    assert "11:50 rain eased." in out
    assert "12:10\nGates open." in out


def test_blog_crossing_midnight_and_am_pm_times():
    text = (
        "1.10am Rescuers reach the second car.\n\n"
        "11.55pm Crews bring in lights.\n\n"
        "10.40pm Fire service confirms two people trapped.\n\n"
        "9.30pm Reports of a crash on the bypass.\n"
    )
    out = separate_entry_times(text)
    assert out.count("\n") == text.count("\n") + 4
    assert "11.55pm\nCrews" in out


def test_no_entity_or_sentence_holds_an_entry_time():
    from consilience.analyse import analyse

    blog = (
        "Storm Edda - live\n\n"
        "16:40 Northgate Power says 3,000 homes are still without electricity.\n\n"
        "15:05 Sad news: a man has died after a tree fell on his car, police told us.\n\n"
        "13:30 Good afternoon. We are following Storm Edda across the county.\n"
    )
    art = normalise(RawArticle(source="edda.txt", text=blog, title="Storm Edda - live"))
    [an] = list(analyse([art]))
    glued = [e.text for e in an.doc.ents if any(t in e.text for t in ("16:40", "15:05"))]
    assert all(t in ("16:40", "15:05") for t in glued)  # the time alone, never with words
    starts = {s.text.split()[0] for s in an.doc.sents if s.text.strip()}
    assert "Northgate" in starts and "Sad" in starts


#: entry times with their zone and a separator before the entry (written for these tests)
SEPARATED = (
    "Harbour fire at Kelby - as it happened\n\n"
    "19:25 CET - Kelby Port Authority said the berth would reopen on Friday.\n\n"
    "18:05 CET – Firefighters have brought the blaze under control.\n\n"
    "16:50 CET: 'We heard a bang and then saw the smoke,' a docker told us.\n\n"
    "15:35 | Welcome to our coverage of the fire at Kelby docks.\n"
)


def test_time_zone_and_separator_are_split_off_the_entry():
    out = separate_entry_times(SEPARATED)
    assert len(out) == len(SEPARATED)
    assert "19:25 CET\n\n\nKelby Port Authority said" in out  # the zone stays with its time
    assert "18:05 CET\n\n\nFirefighters" in out
    assert "16:50 CET\n\n'We heard a bang" in out
    assert "15:35\n\n\nWelcome" in out
    changed = [i for i, (a, b) in enumerate(zip(SEPARATED, out, strict=True)) if a != b]
    assert all(SEPARATED[i] in " -–:|" and out[i] == "\n" for i in changed)


def test_separated_entry_time_is_marked_whole_and_no_entity_holds_it():
    from consilience.analyse import analyse

    art = normalise(RawArticle(source="kelby.txt", text=SEPARATED, title="Harbour fire"))
    spans = boilerplate_spans(art.text, art.title)
    at = art.text.index("19:25")
    assert any(s.kind == "liveblog" and s.start == at and s.end == at + 9 for s in spans)
    [an] = list(analyse([art]))
    marked = [(s.start, s.end) for s in spans if s.kind == "liveblog"]
    for e in an.doc.ents:  # an entity is inside an entry time or outside every one
        inside = any(a <= e.start_char and e.end_char <= b for a, b in marked)
        apart = all(e.end_char <= a or b <= e.start_char for a, b in marked)
        assert inside or apart, e.text
    assert not [e.text for e in an.doc.ents if e.text.startswith(("-", "–", "|", ":"))]
    for sent in an.doc.sents:  # no sentence runs from an entry time into its entry
        end = sent.start_char + len(sent.text.rstrip())
        assert not any(sent.start_char < b < end for _, b in marked), sent


def test_a_range_of_times_is_no_separated_entry():
    text = "10:30 - 11:15 Panel.\n\n11:30 - 12:00 Lunch.\n\n12:15 - 13:00 Talks.\n"
    assert separate_entry_times(text) == text
