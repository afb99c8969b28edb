"""Timeline and date conflicts (issue #12, held-out s15 kinds 10 and 15): a participle
sharing the "is" of the clause it is coordinated with is a present passive, so a weekday it
dates lies ahead; a date wholly after the publication day dates a planned act, whatever
the tense; "the last confirmed sighting was in 1969" dates the last occurrence of an act
that "was last seen in 1971" tells in a sister verb. Articles written for these tests (a
cargo ship, a lost frog)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from consilience import dates
from consilience.analyse import load_nlp
from consilience.brief import build_brief
from consilience.model import Article


def _resolved(sentence: str, anchor: dt.date) -> str:
    doc = load_nlp()(sentence)
    span = next(e for e in doc.ents if e.label_ == "DATE")
    return dates.resolve_span(span, anchor).date


def test_a_weekday_after_a_participle_sharing_is_lies_ahead():
    # published on a Saturday: "is ... and due back on Thursday" is a plan, the next Thursday
    saturday = dt.date(2026, 3, 14)
    said = "The freighter is 200 miles off the cape and expected back on Thursday."
    assert _resolved(said, saturday) == "2026-03-19"


def test_an_active_past_conjunct_keeps_its_past_weekday():
    # an object ("planned the route") or another verb ("sailed") is an active past
    saturday = dt.date(2026, 3, 14)
    assert _resolved("The skipper is ashore and planned the route on Monday.", saturday) == (
        "2026-03-09"
    )
    assert _resolved("The captain is at home and sailed to Leith on Monday.", saturday) == (
        "2026-03-09"
    )


def _mention(date: str, precision: str):
    return SimpleNamespace(date=date, precision=precision)


def test_a_date_wholly_after_publication_dates_a_plan():
    anchor = dt.date(2026, 11, 26)
    assert dates._planned_by_date(False, _mention("2027-04", "month"), anchor)
    assert dates._planned_by_date(False, _mention("2027", "year"), anchor)
    assert not dates._planned_by_date(False, _mention("2026-11", "month"), anchor)
    assert not dates._planned_by_date(False, _mention("2026", "year"), anchor)
    assert not dates._planned_by_date(False, _mention("2026-10", "month"), anchor)


FROG = {
    "a": (
        "Biologists have filmed a golden tree frog in the hills of Marau, a species feared "
        "extinct. The frog was last seen by researchers in 1971."
    ),
    "b": (
        "A golden tree frog has been filmed in the Marau hills. The frog was last seen by "
        "researchers in 1971, the survey team said."
    ),
    "c": (
        "Researchers in Marau say they have filmed a golden tree frog. The last confirmed "
        "sighting was in 1969."
    ),
}


def _brief(bench, texts: dict[str, str], published: str):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


def test_the_last_sighting_and_last_seen_are_one_act_dated_twice(bench):
    brief = _brief(bench, FROG, "2026-05-04")
    found = [c for c in brief["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, found
    assert sorted({r["value"] for r in found[0]["readings"]}) == ["1969", "1971"]
    rows = [r for r in brief["timeline"] if r["date"] in ("1969", "1971")]
    assert len(rows) == 1 and rows[0].get("disputed"), rows


MUSEUM = {
    "a": (
        "Thieves took six antique clocks from the Harwell Museum. Keepers at the Harwell "
        "Museum arrived on Tuesday morning to find the six clocks missing."
    ),
    "b": (
        "Six clocks were stolen from the Harwell Museum overnight. Two of the six clocks "
        "stolen from the Harwell Museum were found in a skip on Tuesday evening."
    ),
}


def test_two_parts_of_one_day_are_two_timeline_lines(bench):
    rows = _brief(bench, MUSEUM, "2026-02-11")["timeline"]
    morning = [r for r in rows if "morning" in r["text"]]
    evening = [r for r in rows if "skip" in r["text"]]
    assert morning and evening, [r["text"] for r in rows]
    assert morning[0] is not evening[0]
    assert not any("morning" in r["text"] and len(r["articles"]) > 1 for r in rows), rows


def test_a_part_of_day_is_read_from_the_mention():
    assert dates._part_of_day("Tuesday morning") == "morning"
    assert dates._part_of_day("on Monday evening") == dates._part_of_day("Monday night")
    assert dates._part_of_day("Tuesday") is None


def test_a_deictic_next_month_is_no_next_occurrence():
    from consilience.date_prior import next_occurrence

    doc = load_nlp()("The lender said it would pass the rise on to borrowers from next month.")
    span = next(e for e in doc.ents if e.label_ == "DATE")
    assert next_occurrence(span) is None
    doc = load_nlp()("Several members will argue for a cut at the next meeting on June 4.")
    span = next(e for e in doc.ents if e.label_ == "DATE")
    assert next_occurrence(span) is not None
