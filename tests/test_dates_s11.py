"""Dates (issue #12, s11): a weekday is placed by what it dates. A day a noun is meant for
("prices for Wednesday", "the forecast for Saturday") lies ahead whatever the tense of the
verb telling what happened to the noun; a past act dated by a weekday lies behind; a weekday
right after a verb of saying is the saying's day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from consilience.dates import _date_spans, resolve_span

#: a Tuesday
TUESDAY = dt.date(2026, 6, 9)


def _resolved(nlp, sentence: str, word: str) -> str:
    doc = nlp(sentence)
    span = next(s for s in _date_spans(doc) if word in s.text)
    r = resolve_span(span, TUESDAY)
    assert r is not None
    return r.date


@pytest.mark.parametrize(
    "sentence, word, day",
    [
        ("Wholesale gas prices for Thursday climbed to a two-year high.", "Thursday", "2026-06-11"),
        (
            "The weather service issued a forecast for Saturday that warns of hail.",
            "Saturday",
            "2026-06-13",
        ),
        ("Baseload power for Wednesday fell 8 percent on the exchange.", "Wednesday", "2026-06-10"),
        ("The timetable for Friday was posted at the station.", "Friday", "2026-06-12"),
    ],
)
def test_the_day_a_noun_is_for_lies_ahead(nlp, sentence, word, day):
    assert _resolved(nlp, sentence, word) == day


@pytest.mark.parametrize(
    "sentence, word, day",
    [
        ("The ferry company cancelled two crossings on Friday.", "Friday", "2026-06-05"),
        ("Gas prices climbed on Thursday after a pipeline outage.", "Thursday", "2026-06-04"),
        ("The board said on Monday it would cut 40 jobs.", "Monday", "2026-06-08"),
        (
            "The weather service warned on Saturday that hail could follow.",
            "Saturday",
            "2026-06-06",
        ),
    ],
)
def test_a_past_act_or_a_saying_keeps_its_weekday_behind(nlp, sentence, word, day):
    assert _resolved(nlp, sentence, word) == day
