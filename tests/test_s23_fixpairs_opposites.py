"""lexicon.opposite: a phrasal verb and its base verb, or two words sharing a sense, are
never opposites; true antonyms still are."""

from __future__ import annotations

import pytest

from consilience import lexicon


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("pull", "pull out"),  # the bidder pulled / pulled out of the auction
        ("check", "check in"),  # guests checked / checked in at the hotel
        ("pop", "pop in"),
        ("wind", "wind off"),
        ("pull out", "pull"),
    ],
)
def test_a_verb_and_its_phrasal_verb_are_not_opposites(a, b):
    assert not lexicon.opposite(a, b, "v")


@pytest.mark.parametrize(
    ("a", "b", "pos"),
    [
        ("pull in", "pull out", "v"),
        ("win", "lose", "v"),
        ("rise", "fall", "v"),
        ("acquit", "convict", "v"),
        ("open", "closed", "a"),
        ("alive", "deceased", "a"),
    ],
)
def test_antonyms_still_oppose(a, b, pos):
    assert lexicon.opposite(a, b, pos)
