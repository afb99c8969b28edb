"""consilience.pair_memo: a story's pair scores are worked out once per brief, and the
brief is the same as when they are worked out at each request."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np

from consilience.pair_memo import same_inputs


@dataclass
class _Node:
    claim: object = field(default_factory=object)
    sentence_vector: object = None


def _counting():
    calls = []

    @same_inputs
    def scores(nodes, sim):
        calls.append(len(nodes))
        return {(0, k): float(sim[0, k]) for k in range(1, len(nodes))}

    return scores, calls


def test_same_objects_are_scored_once_and_each_caller_gets_a_copy():
    scores, calls = _counting()
    nodes, sim = [_Node(), _Node(), _Node()], np.eye(3) + 0.25
    first = scores(nodes, sim)
    first[(0, 1)] = -1.0  # a caller editing its dict
    again = scores(nodes, sim)
    assert calls == [3]
    assert again == {(0, 1): 0.25, (0, 2): 0.25}


def test_changed_inputs_are_scored_again():
    scores, calls = _counting()
    nodes, sim = [_Node(), _Node(), _Node()], np.eye(3) + 0.25
    scores(nodes, sim)
    sim[0, 2] = 0.75  # the matrix written in place
    assert scores(nodes, sim)[(0, 2)] == 0.75
    nodes[1] = _Node()  # a node replaced in place
    scores(nodes, sim)
    scores(list(nodes), sim)  # an equal but other list
    scores(nodes, sim.copy())  # an equal but other matrix
    assert calls == [3, 3, 3, 3, 3]
    scores.cache_clear()
    scores(nodes, sim)
    assert len(calls) == 6


#: two reports of a (made-up) glacier rescue, agreeing on most facts
GLACIER = (
    "Mountain rescuers lifted two climbers from a crevasse on the Morteratsch glacier on "
    "Sunday. The climbers, a father and his son, had fallen about 15 metres. A helicopter "
    "flew them to the hospital in Samedan, where both were treated for hypothermia.",
    "Two climbers who fell some 15 metres into a crevasse on the Morteratsch glacier were "
    "rescued on Sunday, the rescue service said. A helicopter took the father and son to "
    "hospital in Samedan. Both were treated for hypothermia and are expected to recover.",
    "A father and son were rescued from a crevasse on the Morteratsch glacier on Sunday "
    "after a fall of about 15 metres. They were flown by helicopter to Samedan.",
)


def test_brief_claims_are_the_same_with_the_memo_and_without(monkeypatch):
    from consilience import align, consensus
    from consilience.model import Article
    from consilience.pipeline import context_from_articles

    arts = [
        Article(id=f"g{k}", source=f"g{k}.txt", text=t, outlet=f"Desk {k}", published="2026-02-01")
        for k, t in enumerate(GLACIER)
    ]
    ctx = context_from_articles(arts)
    calls = []
    real = align.pair_scores.__wrapped__

    def counted(nodes, sim):
        calls.append(len(nodes))
        return real(nodes, sim)

    memo = same_inputs(counted)
    monkeypatch.setattr(align, "pair_scores", memo)
    monkeypatch.setattr(consensus, "pair_scores", memo)
    with_memo = json.dumps(consensus.build_claims(ctx), sort_keys=True, default=str)
    once = len(calls)
    monkeypatch.setattr(align, "pair_scores", counted)
    monkeypatch.setattr(consensus, "pair_scores", counted)
    without = json.dumps(consensus.build_claims(ctx), sort_keys=True, default=str)
    assert with_memo == without
    assert once == 1 and len(calls) == 3  # asked twice per brief, worked out once
