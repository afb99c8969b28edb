"""Dates (session 23): "in the last year", "over the next month" count a period back or ahead
from the report (the past twelve months), not the calendar year "last year" names. Sentences
written for these tests (buses, a hospital, a vineyard), not from the annotated sets.
"""

from __future__ import annotations

import datetime as _dt

import pytest

#: a Monday
PUBLISHED = _dt.date(2027, 3, 8)


def _resolve(text: str, date: str):
    from consilience.analyse import load_nlp
    from consilience.dates import resolve_span

    doc = load_nlp()(text)
    k = text.index(date)
    span = doc.char_span(k, k + len(date), alignment_mode="expand")
    return resolve_span(span, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fewer than half of the buses ran on time in the last year.", "the last year"),
        ("Fewer than half of the buses ran on time in the last year.", "last year"),
        ("Waiting times at the hospital have doubled over the last month.", "last month"),
        ("The vineyard expects to hire 40 pickers in the next year, its owner said.", "next year"),
        ("Three burglaries were reported in the last week alone.", "the last week"),
    ],
)
def test_a_rolling_period_is_no_calendar_date(text, date):
    assert _resolve(text, date) is None


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The buses ran late last year, the operator admitted.", "last year", "2026"),
        ("The hospital opened a new wing last month.", "last month", "2027-02"),
        ("The vineyard will be sold next year.", "next year", "2028"),
        ("The harvest of last year was the worst on record.", "last year", "2026"),
    ],
)
def test_a_calendar_unit_keeps_its_date(text, date, value):
    got = _resolve(text, date)
    assert got is not None and got.date == value, got


def test_no_timeline_line_for_the_last_year(bench):
    from consilience.dates import build_timeline
    from consilience.model import Article

    text = (
        "Kessling's trams were late more often than not in the last year, the regulator said "
        "on Monday. The operator opened a new depot in 2024."
    )
    arts = [Article(id="a", source="a.txt", text=text, published="2027-03-10")]
    out = build_timeline(bench.build_context(arts))
    assert [e["date"] for e in out["timeline"] if e["date"].startswith("2026")] == [], out
