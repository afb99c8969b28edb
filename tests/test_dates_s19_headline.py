"""Participles of fixing (session 19, headline): "set" schedules an act ("the vote, set for
Friday"), but a thing that is no happening "set on Friday" (a record, a price) was fixed
that day, a past act, so a bare weekday after it is the one before the report. Sentences
written for these tests (a speed trial, a lap record, a ballot)."""

from __future__ import annotations

import datetime as dt

import pytest

from consilience.analyse import load_nlp
from consilience.dates import resolve_span

_REPORT = dt.date(2031, 3, 11)  # a Tuesday


def _resolved(sentence: str) -> list[str]:
    doc = load_nlp()(sentence)
    return [r.date for e in doc.ents if e.label_ == "DATE" and (r := resolve_span(e, _REPORT))]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The speed record, set on Friday, is likely to stand for years.", "2031-03-07"),
        ("The lap record set on Sunday beat the old mark.", "2031-03-09"),
    ],
)
def test_a_thing_set_on_a_weekday_was_set_before_the_report(sentence, date):
    assert _resolved(sentence)[:1] == [date]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The vote, set for Friday, will decide the matter.", "2031-03-14"),
        ("The ballot, set on Friday, will decide the matter.", "2031-03-14"),
    ],
)
def test_an_act_set_for_a_weekday_still_lies_ahead(sentence, date):
    assert _resolved(sentence)[:1] == [date]
