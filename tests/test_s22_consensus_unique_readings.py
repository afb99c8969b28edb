"""A sentence that another article tells with another figure or date is one reading of a
disagreement, never a unique fact (issue #11, session 22, kind 4 of heldout_s21/judged.md:
two savings estimates shown as two unique lines).

Every sentence is written for this file, about events unlike the held-out set's.
"""

from __future__ import annotations

import numpy as np
import pytest

from consilience.model import Article


def _story(bench, texts: dict[str, str]):
    from consilience.align import story_nodes

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-05-04")
        for k, v in texts.items()
    ]
    ctx = bench.build_context(arts)
    nodes, vecs = story_nodes(ctx)
    return nodes, (vecs @ vecs.T).astype(np.float64)


def _members(nodes, article: str, words: str) -> list[int]:
    return [i for i, n in enumerate(nodes) if n.claim.article == article and words in n.claim.text]


@pytest.fixture(scope="module")
def harbour(bench):
    texts = {
        "p": "Storm damage closed the harbour at Wenmouth on Sunday. Repairs to the harbour "
        "wall will cost around 40 million pounds, the council said.",
        "q": "The harbour at Wenmouth was closed by storm damage on Sunday. Repairs to the "
        "harbour wall will cost about 65 million pounds, engineers estimate. The old "
        "lighthouse on the pier was sold to a private buyer in 1990.",
    }
    return _story(bench, texts)


def test_a_cost_another_article_gives_otherwise_is_no_unique_fact(harbour) -> None:
    from consilience.unique_elsewhere import told_otherwise

    nodes, sim = harbour
    for art, words in (("p", "40 million"), ("q", "65 million")):
        members = _members(nodes, art, words)
        assert members, [n.claim.text for n in nodes]
        assert told_otherwise(members, nodes, sim)


def test_a_fact_only_one_article_tells_stays_unique(harbour) -> None:
    """Precision: the lighthouse sale has a date, but no clause of the other article tells
    it: nothing else is close enough."""
    from consilience.unique_elsewhere import told_otherwise

    nodes, sim = harbour
    members = _members(nodes, "q", "lighthouse")
    assert members
    assert not told_otherwise(members, nodes, sim)
