"""One act named by a verb in one of its rarer senses (consilience.align.acts_in_some_sense,
session 16): "burglars lifted six paintings" / "six paintings were stolen", where "lift"
is, in one of its senses, a kind of "steal". Sentences are our own; claims are built by
hand (the extractor is tested elsewhere).
"""

from __future__ import annotations

import pytest

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, verb: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` with predicate and frame ``verb``."""
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        frame=verb, predicate=verb, **kw,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("lift", "steal"),  # lift, in one sense, is a kind of steal
        ("sack", "fire"),  # one synset in a sense other than the first ones
    ],
)
def test_verbs_related_in_some_sense(x, y):
    assert align.acts_in_some_sense(x, y)
    assert align.acts_in_some_sense(y, x)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("rise", "fall"),  # opposites never
        ("win", "lose"),
        ("take", "steal"),  # "take" is too general to name the act
        ("carry", "pass"),  # both general
        ("arrest", "release"),
    ],
)
def test_unrelated_or_general_verbs_are_not(x, y):
    assert not align.acts_in_some_sense(x, y)


def test_one_theft_in_two_verbs_is_one_predicate_on_one_undergoer():
    """'Burglars lifted six paintings from the gallery' / 'six paintings were stolen from
    the gallery': one act on one undergoer."""
    a = claim("a", "Burglars lifted six paintings from the gallery", "lift",
              actor_key="burglar", patient_key="painting")  # fmt: skip
    b = claim("b", "Six paintings were stolen from the gallery", "steal", patient_key="painting")
    assert align.same_predicate(a, b)


def test_a_rarer_sense_needs_aligned_arguments():
    """'The crane lifted six beams' / 'thieves stole six paintings': the verbs relate in a
    sense, but nothing the two clauses act on is one thing."""
    a = claim("a", "The crane lifted the beams onto the roof", "lift",
              actor_key="crane", patient_key="beam")  # fmt: skip
    b = claim(
        "b", "Thieves stole the paintings", "steal", actor_key="thief", patient_key="painting"
    )
    assert not align.same_predicate(a, b)
