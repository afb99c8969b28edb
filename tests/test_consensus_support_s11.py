"""Consensus support (issue #11, session 11): a claim the greedy grouping left out still
counts when it states the same act as the group's members. Every text is written for this
file."""

from __future__ import annotations

import numpy as np

from consilience import align, consensus
from consilience.model import Claim


def _node(article: str, text: str, predicate: str, order: int, **kw) -> align.Node:
    c = Claim(article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
              frame=predicate, predicate=predicate, **kw)  # fmt: skip
    return align.Node(c, order, article, align._keys(c), None, None)


def _story() -> list[align.Node]:
    return [
        _node("a", "Output at the Brask smelter has been stopped", "stop", 0),
        _node("b", "Output at the Brask smelter remains suspended", "suspend", 1),
        _node("c", "The owners have halted output at the Brask smelter", "halt", 2),
        _node("d", "The strike at the Brask smelter began on Monday", "begin", 3),
        _node("e", "the halting of output at Brask", "halt", 4, dangling=True),
    ]


def test_a_claim_aligned_with_one_member_through_the_same_act_joins() -> None:
    nodes = _story()
    sim = np.full((5, 5), 0.7)
    scores = {(0, 2): 0.8, (1, 3): 0.7, (1, 4): 0.9}  # c, d and e each match one member
    got = consensus._linked_support([0, 1], nodes, sim, scores, [[0, 1]])
    assert got == [0, 1, 2]  # "halted" is "stopped" (WordNet); "began" is another act
    assert consensus._linked_support([0, 1], nodes, sim, scores, [[0, 1], [2, 3]]) == [0, 1]


def test_a_linked_claim_must_be_close_to_every_member_and_agree_with_each() -> None:
    nodes = _story()
    sim = np.full((5, 5), 0.7)
    sim[0, 2] = sim[2, 0] = 0.3  # far from one member
    assert consensus._linked_support([0, 1], nodes, sim, {(0, 2): 0.8}, [[0, 1]]) == [0, 1]
    nodes[2].claim.negated = True  # "have not halted": against the members
    sim[0, 2] = sim[2, 0] = 0.7
    assert consensus._linked_support([0, 1], nodes, sim, {(0, 2): 0.8}, [[0, 1]]) == [0, 1]


def test_same_act_reads_wordnet_not_the_clause() -> None:
    stop, halt, begin = (
        _node(x, "t", p, 0).claim for x, p in zip("abc", ("stop", "halt", "begin"), strict=True)
    )
    assert consensus.same_act(stop, halt)
    assert not consensus.same_act(halt, begin)
