"""Dates (session 22): "the first X in nine years" dates the last X by a count of years back
from the report, the same fact as "the first X since 2011"; a count is good to a year either
way. Sentences written for these tests (a football cup, a dockers' strike), not from the
annotated sets.
"""

from __future__ import annotations

import pytest


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def _span(text: str, date: str):
    from consilience.analyse import load_nlp

    doc = load_nlp()(text)
    k = text.index(date)
    return doc.char_span(k, k + len(date), alignment_mode="expand")


@pytest.mark.parametrize(
    ("text", "date", "years"),
    [
        ("The Ravens reach their first cup final in nine years.", "nine years", 9),
        ("It was the first strike at the port in a decade.", "a decade", 10),
        ("Snow fell in the capital for the first time in 30 years.", "30 years", 30),
        ("Dockers held the first strike in 2019 over pay.", "2019", None),
        ("The port will reopen in two years.", "two years", None),
        ("Prices have doubled in five years.", "five years", None),
    ],
)
def test_a_count_of_years_after_first(text, date, years):
    from consilience.date_counted_back import counted_years

    assert counted_years(_span(text, date)) == years


def test_first_since_a_year_and_first_in_a_count_disagree(bench):
    out = _timeline(
        bench,
        {
            "a": "The Ravens beat the Hawks 3-1 on Saturday and reach their first cup final "
            "since 2011, the club said.",
            "b": "The Ravens are through to their first cup final in nine years after beating "
            "the Hawks.",
        },
        "2026-11-29",
    )
    found = [{r["value"] for r in c["readings"]} for c in out["conflicts"] if c["kind"] == "date"]
    assert {"2011", "2017"} in found, out["conflicts"]


def test_a_count_a_year_off_agrees(bench):
    out = _timeline(
        bench,
        {
            "a": "The Ravens beat the Hawks 3-1 on Saturday and reach their first cup final "
            "since 2017, the club said.",
            "b": "The Ravens are through to their first cup final in ten years after beating "
            "the Hawks.",
        },
        "2026-11-29",
    )
    assert not [c for c in out["conflicts"] if c["kind"] == "date"], out["conflicts"]


def test_the_first_of_a_year_is_no_last_occurrence(bench):
    out = _timeline(
        bench,
        {
            "a": "Dockers held the first strike in 2019 over pay.",
            "b": "The first strike in six years was held by dockers over pay.",
        },
        "2026-11-29",
    )
    assert not [c for c in out["conflicts"] if c["kind"] == "date"], out["conflicts"]


def test_a_date_before_a_spaced_dash_in_a_clause_is_no_dateline(bench):
    """ "... in the final next Sunday - their first final in nine years": the words before
    the date are a clause, not a place, so the date is an event's (it was read as a
    dateline and dropped)."""
    out = _timeline(
        bench,
        {"a": "The Ravens meet the Hawks in the final next Sunday - a first for the club."},
        "2026-11-25",
    )
    assert [e["date"] for e in out["timeline"]] == ["2026-11-29"], out["timeline"]


@pytest.mark.parametrize("before", ["", "TOLSBY, ", "Frankwell, ", "NEW YORK "])
def test_a_dateline_place(before):
    from consilience.dates import _place_before

    assert _place_before(before)


def test_a_clause_is_no_dateline_place():
    from consilience.dates import _place_before

    assert not _place_before("Kings now face Northfield in the final ")
