"""Consensus ranks what happened above who somebody is, and its item text reads alone:
the extractor's ``Claim.role`` (event / identity / attribute) and ``Claim.dangling``
(a pronoun subject, an event noun phrase) decide, not the support alone."""

from __future__ import annotations

import numpy as np

from consilience import align, consensus
from consilience.model import Claim


def _node(article: str, text: str, order: int, **kw) -> align.Node:
    c = Claim(article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
              frame=kw.pop("frame", "close"), predicate="close", **kw)  # fmt: skip
    return align.Node(c, order, article, align._keys(c), None, None)


def test_a_group_of_titles_is_no_event_and_a_group_with_one_event_is() -> None:
    nodes = [
        _node("a", "Dr Lena Moss, the clinic's director", 0, role="identity"),
        _node("b", "clinic director Lena Moss", 1, role="identity"),
        _node("c", "The Pellow clinic closed its doors on Friday", 2),
    ]
    assert not consensus.is_event([0, 1], nodes)
    assert consensus.is_event([1, 2], nodes)


def test_the_item_text_is_a_member_that_reads_alone() -> None:
    nodes = [
        _node("a", "it shut the ward on Friday", 0, dangling=True),
        _node("b", "The Pellow clinic shut its children's ward on Friday", 1),
    ]
    sim = np.array([[1.0, 0.9], [0.9, 1.0]])
    # the dangling clause comes first in story order and is as central: still not the text
    assert consensus._representative([0, 1], nodes, sim) == 1
    everything_dangles = [nodes[0], _node("c", "they shut it on Friday", 2, dangling=True)]
    assert consensus._representative([0, 1], everything_dangles, sim) == 0


def test_a_claim_one_article_contradicts_is_disputed_however_many_state_it() -> None:
    nodes = [
        _node("a", "The Pellow clinic has closed for the week", 0),
        _node("b", "The Pellow clinic has closed until Monday", 1),
        _node("c", "The Pellow clinic is closed", 2),
    ]
    fact = [("b", 0, len(nodes[1].claim.text))]  # "stayed open" elsewhere reads b's clause
    assert consensus._stated_against([0, 1, 2], nodes, fact)
    assert not consensus._stated_against([0, 1, 2], nodes, [("b", 30, 40)])  # a part of it
    assert not consensus._stated_against([0, 2], nodes, fact)


def test_the_shown_member_is_no_dangling_or_identity_clause() -> None:
    from consilience.claim_spans import item_member

    nodes = [
        _node("a", "the closure of the Pellow clinic", 0, dangling=True),
        _node("b", "The Pellow clinic closed on Friday", 1),
        _node("c", "Pellow clinic, the county's only one", 2, role="identity"),
    ]
    assert item_member([0, 1, 2], 0, nodes) == 1
