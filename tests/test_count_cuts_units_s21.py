"""A disputed figure that fills an "of" phrase with its unit is cut with the phrase (issue
#11, session 21, kind 9 of heldout_s20/judged.md): "will face a penalty *of up to 400
dollars*" leaves "will face a penalty", never "a penalty of | dollars" (a citation spliced
around the number, its preposition and unit left dangling).

Every sentence is written for this file; the first test fails on the code before the
change (the cut kept "of" and the unit).
"""

from __future__ import annotations

import pytest

from tests.test_consensus_counts_s15 import _cut


@pytest.mark.parametrize(
    ("sentence", "reading", "agreed"),
    [
        (
            "Drivers who ignore the signal will face a penalty of up to 400 dollars.",
            "up to 400 dollars",
            "Drivers who ignore the signal will face a penalty",
        ),
        (
            "The museum offered a reward of 5,000 euros for the stolen bell.",
            "5,000 euros",
            "The museum offered a reward for the stolen bell",
        ),
    ],
)
def test_the_of_phrase_of_a_figure_with_its_unit_is_cut(nlp, sentence, reading, agreed) -> None:
    assert _cut(nlp, sentence, reading) == agreed


def test_a_figure_that_is_the_object_is_not_cut(nlp) -> None:
    assert _cut(nlp, "The hotel paid 400 dollars to each guest.", "400 dollars") is None


def test_an_of_phrase_in_a_relative_clause_is_not_cut_alone(nlp) -> None:
    sentence = "The drones, which have a range of about 80 kilometres, will patrol the border."
    got = _cut(nlp, sentence, "about 80 kilometres")
    assert got is None or "which have a range ," not in got


def test_an_of_phrase_in_an_adjunct_is_not_cut_alone(nlp) -> None:
    sentence = "The storm reached the island with gusts of 160 kilometres an hour."
    got = _cut(nlp, sentence, "160 kilometres an hour")
    assert got is None or "with gusts" not in got


@pytest.fixture(scope="module")
def nlp():
    from consilience.analyse import load_nlp

    return load_nlp()
