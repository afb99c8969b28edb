"""Missed and false readings of one kind each (session 39), on sentences written for these
tests (none is a sentence of a held-out set).

Statements:
- "no household will be disadvantaged" denies the state, not that households exist: no
  dispute with "1,212 households received the letter";
- "had not received approval" denies the approval, against "the regulator approved it".

Figures:
- "a second man, aged 19" is not the age of the first man arrested;
- "cited 412 times" is a count of citations, as "more than 400 citations" is; a
  full-stop-grouped "1.300 times" of translated coverage is 1,300;
- one article's containers lost and containers found are two properties, so the lost
  figures are compared with each other;
- a wire's "CORRECTED-" title and its "(Corrects ...)" note set right its own earlier
  version, which makes no other outlet's figure an earlier report.

Dates:
- the year of a reference ("Article number 88 (2030)") or of a copyright line ("(c) Shore
  TV 2031") dates nothing.

Quotes:
- an official report's turns ("Ilse Marr (Northgate): ...", "The Minister for Transport
  (Owen Pryde): ...") are the members' words, over the paragraphs they speak in the first
  person; a player's rating, a results row or a form's "Response (Tom Birch):" is no turn;
- an explainer's answers are the newsroom's, no quotes;
- "according to the salvor, Kestrel Marine." is the company's word.

Guards that pass on the starting code too: an explainer's answers, "according to the
operator, which ...", an uppercase transcript's presenter, third-person labelled lines.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, figures_of, quotes_of

from consilience.model import Article


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2030-05-14")


def _quotes(bench, *texts: str) -> list[tuple[str, str]]:
    return quotes_of(bench, *texts, published="2030-05-14")


# --------------------------------------------------------------------------- statements


def test_no_subject_denies_the_state_not_the_subjects(bench):
    found = _conflicts(
        bench,
        "fact",
        "A total of 1,212 households at 40 estates received the new rent letter.",
        'The council has told us that "no household will be disadvantaged", and the review'
        " date remains Monday 4 June.",
    )
    assert found == []


def test_not_received_approval_denies_the_approval(bench):
    found = _conflicts(
        bench,
        "fact",
        "The review found that the clinic's trial had not received ethics approval.",
        "The trial was approved by the university's ethics board, its director said.",
    )
    assert len(found) == 1
    assert {r["article"] for r in found[0]["readings"]} == {"t0", "t1"}


# --------------------------------------------------------------------------- figures


def test_a_second_mans_age_is_no_reading_of_the_first(bench):
    found = _conflicts(
        bench,
        "quantity",
        "A 31-year-old man was arrested on Tuesday on suspicion of theft.",
        "A 31-year-old man from Brackley was arrested on Tuesday. A second man, aged 22, was"
        " arrested on Friday.",
    )
    assert not any("age" in c["subject"] for c in found)


def test_cited_times_is_a_count_of_citations(bench, make_ctx):
    found = _conflicts(
        bench,
        "quantity",
        "The study has been cited 512 times since it appeared.",
        "The study has more than 500 citations, the journal said.",
        "The study was cited more than 1.300 times before it was withdrawn.",
    )
    assert len(found) == 1
    values = sorted(r["value"] for r in found[0]["readings"])
    assert values == [500.0, 512.0, 1300.0]
    (count,) = [q for q in figures_of(make_ctx, "It took 1.300 volunteers.") if q.value > 1]
    assert count.value == 1300.0


def test_lost_and_found_counts_are_two_properties(bench):
    found = _conflicts(
        bench,
        "quantity",
        "The barge lost 38 drums in the gale. So far 9 drums have been found.",
        "The barge lost 38 drums overboard, and 14 drums have been found.",
        "The barge lost 83 drums off the point. Only 17 drums have been found so far.",
        "Divers said 20 drums had been found on the seabed near the point.",
    )
    lost = [c for c in found if any(r["value"] == 83.0 for r in c["readings"])]
    assert len(lost) == 1
    assert sorted(r["value"] for r in lost[0]["readings"]) == [38.0, 38.0, 83.0]


def test_a_wire_correction_makes_no_other_figure_earlier(bench):
    from consilience.boilerplate import page_furniture_kind
    from consilience.brief import build_brief

    assert page_furniture_kind("(Corrects number of trains in paragraph 3 to 412, not 4,120)")
    arts = [
        Article(id="t0", source="t0.txt", outlet="o0.example", published="2030-05-14T09:00:00Z",
                title="CORRECTED-Rail operator cancels trains after signal fault",
                text="(Corrects number of trains in paragraph 2 to 412, not 4,120)\n\nLONDON,"
                " May 14 - A rail operator cancelled trains after a signal fault.\n\nThe"
                " operator cancelled 412 trains on Tuesday, it said."),
        Article(id="t1", source="t1.txt", outlet="o1.example", published="2030-05-14T10:00:00Z",
                text="The operator cancelled 410 trains on Tuesday after a signal fault."),
        Article(id="t2", source="t2.txt", outlet="o2.example", published="2030-05-15T10:00:00Z",
                text="The operator cancelled more than 600 trains on Tuesday after the fault."),
    ]  # fmt: skip
    found = [
        c for c in build_brief(bench.build_context(arts))["conflicts"] if c["kind"] == "quantity"
    ]
    assert len(found) == 1 and not found[0]["update"]


# --------------------------------------------------------------------------- dates


def test_a_reference_or_copyright_year_dates_nothing(nlp):
    from consilience.year_readings import article_years

    doc = nlp(
        "Coastal Letters volume 6, Article number 88 (2030)\n\nThe paper was first published"
        " in 2027.\n\n(c) Shore TV 2031. All rights reserved."
    )
    assert [r.text for r in article_years("a", doc)] == ["in 2027"]


# --------------------------------------------------------------------------- quotes


def test_an_explainers_answers_are_no_quotes(bench):
    found = _quotes(
        bench,
        "What happened to the ferry?\n\nThe Aase ferry ran aground on Monday evening. Nobody"
        " was hurt.\n\nWhat happens next?\n\nThe port authority will inspect the hull on"
        " Wednesday.\n\nWho is in charge?\n\nHarbour master Ole Brandt, who said the channel"
        " would stay open.",
    )
    assert not any(t.startswith("The Aase ferry ran aground") for _, t in found)
    assert not any(t.startswith("The port authority will inspect") for _, t in found)


_RECORD = (
    "NORTHGATE DISTRICT ASSEMBLY\nOFFICIAL REPORT\n\nBus Depot Closure\n\n10:05\n\nThe"
    " Minister for Transport (Owen Pryde): I will make a statement on the depot.\n\nThe"
    " depot closed on Friday after the roof failed an inspection.\n\nPryde later told"
    " reporters that the decision was final.\n\nIlse Marr (Northgate West): Drivers were told"
    " about the roof a year ago. Why was nothing done?\n\nOwen Pryde: I said at the time"
    " that the inspection found no fault.\n\nResponse: The clerk will circulate the report."
    "\n\nThe Presiding Officer: We move on.\n\n10:21"
)


def test_official_report_turns_are_the_members_words(bench):
    found = _quotes(bench, _RECORD)
    assert ("Owen Pryde", "I will make a statement on the depot.") in found
    assert ("Ilse Marr", "Drivers were told about the roof a year ago. Why was nothing done?") in (
        found
    )
    assert ("Owen Pryde", "I said at the time that the inspection found no fault.") in found
    assert not any(t.startswith("The clerk will") or t == "We move on." for _, t in found)
    assert not any("Pryde later told" in t for _, t in found)


def test_third_person_labelled_lines_are_the_writers(bench):
    found = _quotes(
        bench,
        "Player ratings\n\nJordan Pike (GK): Made two fine saves before the break. 7/10.\n\n"
        "Harry Vance (captain): Took both chances well and ran the midfield. 9.\n\nCandidates"
        "\n\nJane Roe (Green): 1,234 votes. Elected.\n\nResponse (Tom Birch): The footpath"
        " will stay open throughout the works.",
    )
    assert not any(s in ("Jordan Pike", "Harry Vance", "Jane Roe", "Response") for s, _ in found)


def test_an_uppercase_transcripts_presenter_is_no_source(bench):
    found = _quotes(
        bench,
        "SHORE TV NEWS | Transcript\n\nJON ASHE: Good evening. The Aase ferry ran aground"
        " today.\n\nMETTE RIIS: We all felt the bump. Nobody was hurt.\n\nJON ASHE: Mette, was"
        " anyone hurt?\n\nMETTE RIIS: No one, thankfully.\n\nJON ASHE: Mette Riis there.",
    )
    assert not any(s == "Jon Ashe" for s, _ in found)
    assert ("Mette Riis", "No one, thankfully.") in found


def test_a_name_after_the_source_noun_is_the_source(bench):
    found = _quotes(
        bench, "By noon 12 drums had been recovered, according to the salvor, Kestrel Marine."
    )
    assert ("Kestrel Marine", "By noon 12 drums had been recovered") in found
    found = _quotes(
        bench, "Nine sailings were cancelled, according to the operator, which runs the route."
    )
    assert ("the operator", "Nine sailings were cancelled") in found
