"""A count that another article gives differently is no agreed fact (issue #11, session 19,
kind 4 of heldout_s18/judged.md).

"Three suspects were arrested" in two articles while a third says officers arrested
four people; "won four of their 19 matches" while another article counts five wins in
19: the conflict stages may miss such pairs (other nouns, a verb against its noun), and
the consensus item then stated a disputed count as agreed.
:mod:`consilience.outside_counts` reads the counts of each clause from the parse and
marks both numbers as readings of a disagreement; the item states the act without them
or is left out.

Every sentence is written for this file; the story test fails on the code before the
change.
"""

from __future__ import annotations

import pytest

from consilience.model import Article
from consilience.outside_counts import counted_acts, one_act


def _counts(nlp, sentence: str):
    return counted_acts(nlp(sentence), 0, len(sentence))


def _disputed(nlp, a: str, b: str) -> bool:
    return any(
        x.value != y.value and one_act(x, y) for x in _counts(nlp, a) for y in _counts(nlp, b)
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Two climbers were airlifted from the north face of Mount Orrel.",
            "A helicopter airlifted three mountaineers off Mount Orrel.",
        ),
        (
            "Police arrested three protesters outside the embassy on Sunday.",
            "Officers made four arrests outside the embassy.",
        ),
        (
            "Customs seized 14 crates of cigarettes at the port.",
            "Officers seized 17 crates at the port on Friday.",
        ),
    ],
)
def test_one_act_counted_twice_is_a_dispute(nlp, a: str, b: str) -> None:
    assert _disputed(nlp, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Four wardens were injured in the blaze.", "Forty visitors were evacuated."),
        ("Four soldiers were killed in the ambush.", "Eleven civilians were killed in Marra."),
        ("Nearly 300 homes were flooded.", "Floodwater reached 312 homes."),
        ("Two of the five turbines failed.", "Five turbines were installed in 2019."),
        ("Six fishermen were rescued.", "Coastguards rescued six fishermen."),
    ],
)
def test_other_acts_rounded_or_equal_counts_are_none(nlp, a: str, b: str) -> None:
    assert not _disputed(nlp, a, b)


def test_a_whole_is_no_count(nlp) -> None:
    """ "four of their 19 matches": 19 is what four is part of, not a count of its own."""
    got = _counts(nlp, "The side won only four of their 19 league matches.")
    assert [c.value for c in got] == ["4"]


def test_a_count_another_article_disputes_is_no_consensus(bench) -> None:
    """Two outlets: police arrested three protesters; a third: four arrests. The count
    readings are the two numbers of each side, and the group of the two "three" clauses
    is no consensus (it cannot be stated without its count: "sources after cuts")."""
    import numpy as np

    from consilience import consensus
    from consilience.align import claim_groups, story_nodes
    from consilience.claim_spans import Texts
    from consilience.outside_counts import count_disputes

    texts = {
        "p": "Police arrested three protesters outside the Marlow embassy on Sunday. The "
        "protest had been peaceful until the evening.",
        "q": "Police arrested three protesters outside the Marlow embassy on Sunday, a "
        "spokesman said. Traffic was diverted for hours.",
        "r": "Officers made four arrests outside the Marlow embassy on Sunday. The march "
        "had drawn about 2,000 people.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-03-06")
        for k, v in texts.items()
    ]
    ctx = bench.build_context(arts)
    nodes, vecs = story_nodes(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    told = Texts(ctx)
    counts = count_disputes(nodes, sim, told)
    assert sorted((a, texts[a][s:e]) for a, s, e in counts) == [
        ("p", "three"),
        ("q", "three"),
        ("r", "four"),
    ]
    found = consensus._consensus(
        ctx, nodes, sim, claim_groups(nodes, sim), told, counts, [], list(counts)
    )
    shown = [nodes[f[1]].claim.text for f in found]
    assert not any("three" in t for t in shown), shown
