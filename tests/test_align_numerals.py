"""Stated numbers between two clauses (consilience.align.numerals, session 16): clock times
in words ("twenty to four", "a quarter past six") or with a dot ("3.45am") are times, not
counts, so they never make two clauses of one act disagree.

Claims are built by hand (the extractor is tested elsewhere); sentences are our own.
"""

from __future__ import annotations

import pytest

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, frame: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` (the whole text is the clause)."""
    kw.setdefault("predicate", frame)
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        frame=frame, **kw,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The levee broke at about twenty to six",
        "The levee broke at a quarter past five",
        "The levee broke at half past nine",
        "The levee broke at ten o'clock",
        "The levee broke at 5.40am",
        "The levee broke at 5.40 p.m.",
    ],
)
def test_clock_times_are_no_stated_numbers(text):
    assert align.numerals(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("the vote went 41 votes to 37", {"41", "37"}),
        ("turnout fell from ten to four per cent", {"10", "4"}),
        ("shifts rose from two to three", {"2", "3"}),
        ("sales declined 12 per cent", {"12"}),
    ],
)
def test_ranges_and_scores_stay_numbers(text, numbers):
    assert align.numerals(text) == frozenset(numbers)


def test_a_spoken_clock_time_meets_the_time_in_digits():
    """'at about twenty to six' and 'at 5.40am, flooding two streets': no number of the
    first is against the second's."""
    a = claim("a", "The levee broke at about twenty to six", "break", patient_key="levee")
    b = claim(
        "b",
        "The levee broke at 5.40am, flooding two streets",
        "break",
        patient_key="levee",
        figures=["count||2|1.5|2.5|street/"],
    )
    assert not align.numerals_disagree(a, b)
    assert align.compatible(a, b)
