"""Ordinals and cardinals between two clauses (consilience.align.numerals, session 22): an
ordinal ("second", "4th") names one member of a series, a cardinal ("two", "4") counts, so
"the fourth climber was rescued" and "four climbers were rescued" do not state one number,
while "the fourth climber" and "the 4th climber" do.

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
    ("n", "form"),
    [("1", "1st"), ("2", "2nd"), ("3", "3rd"), ("4", "4th"), ("11", "11th"), ("12", "12th"),
     ("13", "13th"), ("21", "21st"), ("22", "22nd"), ("103", "103rd"), ("111", "111th")],
)  # fmt: skip
def test_ordinal_form(n, form):
    assert align.ordinal_form(n) == form


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("the fourth climber was rescued", {"4th"}),
        ("the 4th climber was rescued", {"4th"}),
        ("four climbers were rescued", {"4"}),
        ("she finished 21st of 1,200 runners", {"21st", "1200"}),
        ("a Second bridge closed for the 2ND time", {"2nd"}),
        ("the ferry sailed on 3rd May", set()),
    ],
)
def test_ordinals_keep_their_suffix(text, numbers):
    assert align.numerals(text) == frozenset(numbers)


def test_an_ordinal_and_its_cardinal_disagree():
    """'the fourth climber was rescued' (one of a series) / 'four climbers were rescued'
    (a count): two claims, not one restated."""
    one = claim("a", "The fourth climber was rescued on Sunday", "rescue", patient_key="climber")
    many = claim("b", "Four climbers were rescued on Sunday", "rescue", patient_key="climber")
    assert align.numerals_disagree(one, many)
    assert not align.numerals_shared(one, many)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("The fourth climber was rescued on Sunday", "Rescuers reached the 4th climber"),
        ("A second tanker ran aground", "Officials said a second tanker ran aground"),
        ("Four climbers were rescued", "Rescuers brought 4 climbers down"),
    ],
)
def test_one_number_written_two_ways_still_agrees(x, y):
    """Precision: an ordinal in words and in digits, and a cardinal in words and in
    digits, are one number."""
    a, b = claim("a", x, "rescue"), claim("b", y, "rescue")
    assert not align.numerals_disagree(a, b)
    assert align.numerals_shared(a, b)


def test_different_ordinals_still_disagree():
    """Precision: 'moved up to second' / 'moved up to fifth' stay apart."""
    a = claim("a", "The cyclist moved up to second overall", "move")
    b = claim("b", "The cyclist moved up to 5th overall", "move")
    assert align.numerals_disagree(a, b)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("the ferry sank on route 9 of the network", {"9", "9th"}),
        ("she scored twice in Game 4.", {"4", "4th"}),
        ("the fire started near Gate 12", {"12", "12th"}),
        ("the storm destroyed 9 homes", {"9"}),
        ("prices rose by 4.", {"4"}),
        ("sales declined 12 per cent", {"12"}),
    ],
)
def test_a_number_labelling_its_noun_is_also_an_ordinal(text, numbers):
    """'route 9 of the network' names the ninth route, as 'the ninth route' does; a count
    ('9 homes') or a number after a function word ('by 4') does not."""
    assert align.numerals(text) == frozenset(numbers)


def test_a_labelled_number_meets_its_ordinal():
    """Precision: 'in Game 4' and 'the fourth game' share a number."""
    a = claim("a", "She scored twice in Game 4.", "score")
    b = claim("b", "She scored twice in the fourth game", "score")
    assert not align.numerals_disagree(a, b)
