"""Relative years (session 18, headline): a month named with "last year", "this year" or
"next year" lies in the year before, of or after the report's, whatever the tense of its
clause ("images from August last year" in a report of November is last year's August,
not this year's). Sentences written for these tests (a survey, a harbour, a budget)."""

from __future__ import annotations

import datetime as dt

import pytest

from consilience.analyse import load_nlp
from consilience.dates import resolve_span

_REPORT = dt.date(2031, 10, 14)


def _resolved(sentence: str) -> list[str]:
    doc = load_nlp()(sentence)
    return [r.date for e in doc.ents if e.label_ == "DATE" and (r := resolve_span(e, _REPORT))]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The survey team first mapped the reef in July last year.", "2030-07"),
        ("The harbour wall was last inspected on 2 March last year.", "2030-03-02"),
        ("Tolls rose in February this year.", "2031-02"),
        ("The new budget rules take effect in January next year.", "2032-01"),
        ("The ferry was sold in late May last year.", "2030-05"),
    ],
)
def test_a_month_with_a_relative_year_is_in_that_year(sentence, date):
    assert _resolved(sentence) == [date]


def test_last_with_a_month_alone_is_still_the_latest_such_month():
    assert _resolved("Prices fell sharply last June.") == ["2031-06"]
