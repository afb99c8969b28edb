"""Readings that are no dispute and consensus members that state something else, found on
heldout_s40 (session 44) and tested here on sentences written for these tests (none is a
sentence of a held-out set).

Claims (issue #11):
- a "not" the parser hangs on an auxiliary-like verb ("I have not gone looking for the
  dog", "gone" read as an auxiliary of "looking") denies the clause;
- the content of a verb in an if- or unless-clause ("If you think you have found a nest")
  is a case put, not a claim: its modality is conditional;
- what a physical thing let happen happened ("a loose bolt allowed the wheel to slip": the
  wheel slipped); what a person or a body allowed is only permitted ("the council allowed
  stalls to open late");
- a clause of what usually happens ("Misprints like this are usually spotted by dealers") is
  habitual: at another stage than a done act, so never one claim with it.

- a forum post's edit footer ("Last edited by ... edited 2 times in total.") and a record's
  citation line ("How to cite this record: ...") are page furniture, never a claim or a
  unique fact;
- a line in which the publisher describes itself in the simple present ("Kelby Mammal
  Group is a registered charity.", "The Group meets on the first Monday of each month.") is
  no unique fact; the same subject with news ("The Group says ...", "has counted ...") is.

Readings (issue #12):
- the rest of a set ("the other four cameras were found") is never a reading of the whole
  set's count ("The five cameras are back in the hide"), even when the whole's count is
  told with a verb WordNet makes kin to "rest" ("are", "remain");
- a denial of an act done to a thing ("the two marshals left no spare radio") does not
  dispute an act done to a person with a verb WordNet makes one ("got him out");
- a time of day of people told by a pronoun ("40 of us set off at 9:00") and one of a thing
  ("mist rolled in around ten") are two events' times, however alike their sentences;
- a person's pay ("the bar steward's salary was £39,000") is never a reading of what a
  business takes in ("takings of £61,500"); "took £48,000" and "takings of £61,500" still
  meet;
- a denial that states a rule for a class ("a marrow with a split cannot be weighed for a
  prize", "Scores from a void round will not be shown") is no side against a done act ("The
  weigh-in went ahead", "read out both scores"); a denial of one named thing still is;
- a count in a rule ("Under the club's rules only one boat may be launched at a time") is no
  reading of the event's count;
- a date conflict left, after each article keeps one side, with one article's one date is
  no disagreement;
- a length of time the latest report says was changed ("reduced her ban to three months")
  updates an earlier report's ("banned her for nine months"); two reports of one decision
  with two lengths and no word of change still disagree;
- "about" a round length of time spans a fifth either way: "about thirty minutes" admits
  "twenty-six minutes", not "fifty minutes".
"""

from __future__ import annotations

from brief_fixtures import conflicts_of

from consilience.model import Article


def _claims(text: str):
    from consilience.analyse import analyse
    from consilience.claims import extract_claims

    art = Article(id="a0", source="a0.txt", text=text, published="2036-05-02")
    return [c for an in analyse([art]) for c in extract_claims(an)]


def test_not_on_an_auxiliary_like_verb_denies_the_clause():
    text = "We have not gone looking for the ferret, and we have asked neighbours to keep clear."
    found = {c.text: c.negated for c in _claims(text)}
    assert found["We have not gone looking for the ferret"] is True
    found = {c.text: c.negated for c in _claims("They have gone looking for the ferret.")}
    assert found == {"They have gone looking for the ferret.": False}


def test_content_of_a_verb_under_if_is_no_claim():
    found = [
        (c.text, c.modality)
        for c in _claims("If you think you have seen the stolen tractor, ring the farm.")
    ]
    assert ("you have seen the stolen tractor", "conditional") in found
    found = [
        (c.text, c.modality) for c in _claims("Neighbours believe they have seen the tractor.")
    ]
    assert ("Neighbours believe they have seen the tractor", "asserted") in found


def test_the_rest_of_a_set_is_no_reading_of_the_whole(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Five trail cameras were stolen from the nature reserve at Brindle Moss last week. "
        "Wardens were told on Friday that the other four cameras had been dumped behind a "
        "garage in Eskby.",
        "Five trail cameras were stolen from the nature reserve at Brindle Moss last week. "
        "The five cameras are back in the hide now, and the wardens have fitted new locks.",
        published="2036-05-02",
    )
    assert not [c for c in found if "camera" in c["subject"]]


def test_a_thing_denied_is_no_person_acted_on(bench):
    found = conflicts_of(
        bench,
        "fact",
        "A walker had slipped into the gully before one of the marshals reached him and got "
        "him out.",
        "The two marshals on the ridge left no spare radio at the checkpoint when the mist "
        "came in.",
        published="2036-05-02",
    )
    assert not found


def test_a_person_acted_on_is_still_disputed(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The lifeboat crew reached the climber and got him out of the water.",
        "The lifeboat crew did not get the climber out of the water; a helicopter lifted him.",
        published="2036-05-02",
    )
    assert found


def test_people_by_pronoun_and_weather_are_two_moments(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Thirty of us left the youth hostel at Garth Moss at 11:00 in sunshine, with the "
        "summits clear.",
        "Cloud came down on the summits around midday and several walkers took the wrong path.",
        published="2036-05-02",
    )
    assert not [c for c in found if "time of day" in c["subject"]]


def test_people_by_pronoun_still_meet_people(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Thirty of us left the youth hostel at Garth Moss at 11:00 in sunshine.",
        "The walkers left the youth hostel at Garth Moss at 11:40 in sunshine.",
        published="2036-05-02",
    )
    assert [c for c in found if "time of day" in c["subject"]]


def test_forum_edit_footer_and_citation_line_are_furniture():
    from consilience.boilerplate import boilerplate_spans

    text = (
        "A pine marten was filmed in the wood on Tuesday night.\n\n"
        "Last edited by otterwatch_kel on Wed 3 Jun 2037, 21:04, edited 2 times in total.\n\n"
        "How to cite this record: Kelby Mammal Group (2037), sighting KMG-0412.\n\n"
        "Last edited pages of the survey were sent to the county on Friday."
    )
    found = [text[b.start : b.end] for b in boilerplate_spans(text)]
    assert found == [
        "Last edited by otterwatch_kel on Wed 3 Jun 2037, 21:04, edited 2 times in total.",
        "How to cite this record: Kelby Mammal Group (2037), sighting KMG-0412.",
    ]


def test_the_publisher_describing_itself_is_no_unique_fact():
    from consilience.analyse import analyse
    from consilience.issuer_lines import issuer_line

    outlet = "Kelby Mammal Group"
    lines = {
        "Kelby Mammal Group is a registered charity.": True,
        "The Group meets on the first Monday of each month.": True,
        "The Group says the marten was filmed near the car park.": False,
        "The Group has counted four martens this spring.": False,
        "The council meets on the first Monday of each month.": False,
    }
    for line, expected in lines.items():
        art = Article(id="a0", source="a0.txt", text=line, published="2037-06-04", outlet=outlet)
        an = next(iter(analyse([art])))
        assert issuer_line(an.doc, 0, len(line), outlet) is expected, line


def test_about_a_round_duration_admits_a_close_one(bench):
    def clash(first: str, second: str) -> list:
        found = conflicts_of(
            bench,
            "quantity",
            f"The ferry Skerry Rose waited outside Tollan harbour for {first} before the "
            "pilot boat reached her.",
            f"The ferry Skerry Rose waited outside Tollan harbour for {second} before the "
            "pilot boat reached her.",
            published="2036-05-02",
        )
        return [c for c in found if "minute" in " ".join(r["text"] for r in c["readings"])]

    assert not clash("about thirty minutes", "twenty-six minutes")
    assert clash("about thirty minutes", "fifty minutes")


def test_pay_and_takings_are_two_properties(bench):
    def money(first: str, second: str) -> list:
        found = conflicts_of(bench, "quantity", first, second, published="2036-05-02")
        return [c for c in found if "£" in " ".join(r["text"] for r in c["readings"])]

    takings = "The boathouse bar had takings of £61,500 last season, the club's accounts show."
    assert not money(
        takings, "The bar steward's salary was £39,000 last season, the club's accounts show."
    )
    assert money(takings, "The boathouse bar took £48,000 last season, the club's accounts show.")


def test_a_rule_for_a_class_is_no_side_against_a_done_act(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The weigh-in went ahead without his marrow and was won by Ada Fenn with a marrow of "
        "61 kg.",
        "Our rules say a marrow with a split cannot be weighed for a prize.",
        published="2036-09-14",
    )
    assert not found
    found = conflicts_of(
        bench,
        "fact",
        "The quizmaster read out both scores, and seven scores appeared on the board.",
        "Rule 4.2 (new). Scores from a void round will not be shown on the board or on our "
        "website.",
        published="2036-09-14",
    )
    assert not found


def test_a_named_thing_denied_is_still_a_side(bench):
    found = conflicts_of(
        bench,
        "fact",
        "At the show on Saturday the judges weighed Abel Dunn's marrow.",
        "Abel Dunn's marrow was not weighed at the show on Saturday.",
        published="2036-09-14",
    )
    assert found


def test_a_count_in_a_rule_is_no_reading(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Two rowing boats were launched together from the slipway at Penhale and collided.",
        "Two boats went down the slipway at once. Under the club's rules only one boat may be "
        "launched at a time.",
        "Two boats were launched from the slipway at Penhale at the same moment and collided.",
        published="2036-09-14",
    )
    assert not [c for c in found if "boat" in c["subject"]]


def test_one_articles_one_date_is_no_date_conflict():
    from consilience.dates import _disagrees

    one = {"value": "2038-10-29", "precision": "day"}
    assert not _disagrees({"readings": [{**one, "article": "a"}, {**one, "article": "a"}]})
    assert not _disagrees({"readings": [{**one, "article": "a"}, {**one, "article": "b"}]})
    other = {"value": "2038-10-30", "precision": "day", "article": "b"}
    assert _disagrees({"readings": [{**one, "article": "a"}, other]})


def _dated_conflicts(bench, *dated: tuple[str, str]) -> list[dict]:
    from consilience.brief import build_brief

    arts = [
        Article(id=f"t{i}", source=f"t{i}.txt", text=t, outlet=f"o{i}.example", published=d)
        for i, (d, t) in enumerate(dated)
    ]
    return [
        c for c in build_brief(bench.build_context(arts))["conflicts"] if c["kind"] == "quantity"
    ]


def test_a_length_changed_later_is_an_update(bench):
    first = ("2037-03-02", "The league's disciplinary panel banned Orla Fenwick from all league "
             "matches for nine months.")  # fmt: skip
    found = _dated_conflicts(
        bench,
        first,
        (
            "2037-05-20",
            "On appeal, the league's board upheld the finding and reduced Orla "
            "Fenwick's ban to three months.",
        ),  # fmt: skip
    )
    assert [c.get("update") for c in found] == [True]
    found = _dated_conflicts(
        bench,
        first,
        (
            "2037-03-03",
            "The league's disciplinary panel banned Orla Fenwick from all league "
            "matches for three months.",
        ),  # fmt: skip
    )
    assert [bool(c.get("update")) for c in found] == [False]


def test_what_a_thing_let_happen_happened():
    found = {
        c.text: c.modality for c in _claims("A loose bolt on the axle allowed the wheel to slip.")
    }
    assert found.get("allowed the wheel to slip") == "asserted"
    found = {c.text: c.modality for c in _claims("The council allowed the stalls to open late.")}
    assert found.get("allowed the stalls to open late") == "permitted"


def test_what_usually_happens_is_no_done_act():
    from consilience.align import stage

    usual = _claims("Misprints like this are usually spotted by dealers in big cities.")
    done = _claims("The misprint was spotted by a collector at Tarrow Quay.")
    assert [c.modality for c in usual] == ["habitual"]
    assert stage(usual[0]) != stage(done[0]) == "done"
