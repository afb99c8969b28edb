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


def _count(n: int, noun: str) -> list[str]:
    return [f"count||{n}|{n - 0.5}|{n + 0.5}|{noun}/"]


def test_one_theft_in_two_verbs_is_one_predicate_on_one_counted_undergoer():
    """'Burglars lifted six paintings from the gallery' / 'six paintings were stolen from
    the gallery': one act on one counted undergoer."""
    a = claim("a", "Burglars lifted six paintings from the gallery", "lift",
              actor_key="burglar", patient_key="painting", figures=_count(6, "painting"))  # fmt: skip
    b = claim("b", "Six paintings were stolen from the gallery", "steal",
              patient_key="painting", figures=_count(6, "painting"))  # fmt: skip
    assert align.same_predicate(a, b)


def test_a_rarer_sense_needs_one_counted_figure():
    """'meals served at the school' / 'meals supplied to the school by the caterer': one
    undergoer, but serving and supplying are two acts of two parties; with no counted
    figure in both, a relation through a rarer sense of "serve" does not make them one."""
    a = claim("a", "meals served at the school", "serve", patient_key="meal")
    b = claim("b", "meals supplied to the school by the caterer", "supply",
              actor_key="caterer", patient_key="meal")  # fmt: skip
    assert not align.same_predicate(a, b)
