"""Dates of different precision at the pair decision (consilience.align, session 19).

"The levy will apply from June 1" and "the levy takes effect in September" give a day and
a month that disagree: two claims (a date conflict), never one. A day inside the month,
or a year, does not disagree. Sentences are our own; claims are built by hand.
"""

from __future__ import annotations

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, dates: list[str]) -> Claim:
    """A claim of ``article`` stating ``text`` with ``dates`` ("iso|precision")."""
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        predicate="apply", frame="apply", actor_key="levy", dates=dates,
    )  # fmt: skip


DAY = claim("a", "The tourist levy will apply from June 1, 2027", ["2027-06-01|day"])


def test_a_day_and_another_month_disagree():
    month = claim("b", "The tourist levy takes effect in September next year", ["2027-09|month"])
    assert align.dates_disagree(DAY, month)
    assert not align.compatible(DAY, month)


def test_a_day_within_the_month_agrees():
    month = claim("b", "The tourist levy takes effect in June next year", ["2027-06|month"])
    assert not align.dates_disagree(DAY, month)


def test_a_year_is_compared_only_with_a_year():
    year = claim("b", "The tourist levy was first proposed in 2025", ["2025|year"])
    assert not align.dates_disagree(DAY, year)
