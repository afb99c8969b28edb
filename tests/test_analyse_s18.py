"""Analyse (session 18): a clock time's "a.m."/"p.m." closes its sentence.

spaCy's parser often glues the next sentence to a clock time whose abbreviation holds the
full stop ("… at 8:15 p.m. About …", "p.m. "We …"): the ``consilience_clock_ends``
component opens a sentence there unless a proper noun follows ("9 a.m. Saturday").
Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,second",
    [
        (
            'The gondola halted at 7:25 p.m. "Nobody could tell us why," a skier said.',
            '"Nobody could tell us why," a skier said.',
        ),
        (
            "The tremor hit Skarvik at 3:12 a.m. It lasted less than ten seconds.",
            "It lasted less than ten seconds.",
        ),
    ],
)
def test_a_clock_time_closes_its_sentence(nlp, text, second):
    assert [s.text for s in nlp(text).sents][-1] == second


def test_a_clock_time_before_a_name_goes_on(nlp):
    text = "The ferry leaves at 6 a.m. Saturday and docks at 2 p.m. GMT."
    assert len(list(nlp(text).sents)) == 1
