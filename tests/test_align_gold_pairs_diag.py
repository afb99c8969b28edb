"""bench/align_gold_pairs_diag.py: the kind of a rejected gold pair and the pair counts of
one story, on claims written for this file."""

from __future__ import annotations

import numpy as np
import pytest

from consilience import align
from consilience.model import Claim


@pytest.fixture(scope="module")
def diag():
    from conftest import load_bench

    return load_bench("align_gold_pairs_diag")


def _claim(article: str, text: str, predicate: str, **kw) -> Claim:
    if kw.get("actor_key"):
        kw.setdefault("actor_keys", [kw["actor_key"]])
    return Claim(article, 0, len(text), text, 0, kw.pop("kind", "main"), predicate, predicate, **kw)


def _node(c: Claim, order: int) -> align.Node:
    return align.Node(c, order, c.article, keys=align._keys(c))


def test_kinds_of_rejected_pairs(diag):
    lift = _node(_claim("a", "Cranes lifted the barge", "lift", actor_key="crane"), 0)
    hoist = _node(_claim("b", "Tugs hoisted the barge", "hoist", actor_key="tug"), 1)
    noun = _node(_claim("b", "the lifting of the barge", "lifting", kind="nominal"), 1)
    assert diag.kind_of(lift, hoist, "incompatible:figures") == "veto:figures"
    assert diag.kind_of(lift, noun, "cosine<paraphrase") == "nominal"
    assert diag.kind_of(lift, hoist, "cosine<paraphrase") == "different verbs"


def test_story_counts_accepted_rejected_and_false_pairs(diag):
    """Two articles stating one gold claim in near-identical clauses (accepted) and a third
    clause of another gold claim: one gold pair, accepted, no false pair."""
    texts = ("Cranes lifted the barge at noon", "Cranes lifted the barge at noon", "x")
    nodes = [
        _node(_claim(art, t, "lift", actor_key="crane", patient_key="barge"), k)
        for k, (art, t) in enumerate(zip("abc", texts, strict=True))
    ]
    for n in nodes:
        n.sentence_vector = np.array([1.0, 0.0])
    sim = np.eye(3)
    sim[0, 1] = sim[1, 0] = 0.95
    counts = diag.story_pairs("s", nodes, sim, [{"g1"}, {"g1"}, {"g2"}], verbose=False)
    assert counts["gold pairs"] == 1 and counts["accepted"] == 1
    assert counts["false pairs"] == 0
