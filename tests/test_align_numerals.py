"""Stated numbers between two clauses (consilience.align.numerals_disagree, session 16):
clock times in words or with a dot are times, not counts, and a number measuring what the
other clause gives no figure of does not make one act two claims.

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


def _found(article: str, text: str, figures: list[str]) -> Claim:
    return claim(article, text, "find", actor_key="ranger", patient_key="nest", figures=figures)


def test_numbers_of_different_measures_of_one_act_do_not_disagree():
    """'Rangers found three nests on the islet' / 'rangers found the nests in a survey of
    nine days': a count and a duration of one finding."""
    a = _found("a", "Rangers found three nests on the islet", ["count||3|2.5|3.5|nest/"])
    b = _found(
        "b",
        "Rangers found the nests in a survey of nine days",
        ["duration|s|777600|734400|820800|/survey"],
    )
    assert not align.numerals_disagree(a, b)
    assert align.stated_numbers_differ(a, b)  # the strict test a mutual best pair passes


def test_numbers_of_one_measure_still_disagree():
    """'found three nests' / 'found seven nests': one count, two values."""
    a = _found("a", "Rangers found three nests on the islet", ["count||3|2.5|3.5|nest/"])
    b = _found("b", "Rangers found seven nests on the islet", ["count||7|6.5|7.5|nest/"])
    assert align.numerals_disagree(a, b)


def test_numbers_of_two_different_acts_still_disagree():
    """'the union says 4,100 members walked out' / 'the union wants a raise of 7%': two
    statements of one party; the numbers keep them apart."""
    a = claim("a", "The union says 4,100 members walked out", "say", actor_key="union",
              figures=["count||4100|4050|4150|member/"])  # fmt: skip
    b = claim("b", "The union wants a raise of 7%", "want", actor_key="union",
              figures=["percentage|%|7|6.5|7.5|/raise"])  # fmt: skip
    assert align.numerals_disagree(a, b)


def test_a_scaled_figure_value_is_its_number():
    """'£1.2 billion' is stored as 1.2e9: its numeral "1.2" is the figure's."""
    a = claim("a", "Ortel bid £1.2 billion for the port", "bid", actor_key="ortel",
              figures=["money|GBP|1.2e+09|1.1e+09|1.3e+09|/"])  # fmt: skip
    b = claim("b", "Ortel bid for the port, sending shares up 14%", "bid", actor_key="ortel",
              figures=["percentage|%|14|13.5|14.5|/share"])  # fmt: skip
    assert not align.numerals_disagree(a, b)
