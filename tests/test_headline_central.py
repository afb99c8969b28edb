"""Headline centrality (issue #11, session 12): the headline is the event most reports
retell, not a side claim (a record, one stage's clock time) that a couple of articles put
high up. Claims and sentence vectors are made up for these tests (a cable-car stoppage)."""

from __future__ import annotations

import numpy as np
import pytest

from consilience.align import Node
from consilience.headline_support import StoryCentrality, record_claim
from consilience.model import Claim
from consilience.summary import _pick_headline, headline_score


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=float)
    return v / np.linalg.norm(v)


def _node(article: str, sentence: int, vec: np.ndarray, root: str | None = None) -> Node:
    claim = Claim(article, 0, 10, "x", sentence, "main", "stop", "stop")
    return Node(claim=claim, order=0, root=root or article, sentence_vector=vec)


#: directions: the stoppage itself, a record claim, a rescue detail
EVENT, RECORD, OTHER = _unit(1, 0, 0), _unit(0, 1, 0), _unit(0, 0, 1)


def _story() -> list[Node]:
    """Four reports of a cable car stalled over a gorge. Articles a and b lead with "the
    longest stoppage since the line opened" (sentence 0) and tell the stoppage next; c and
    d tell only the stoppage, in their second sentence, and a rescue detail first."""
    return [
        _node("a", 0, RECORD),  # 0: a's record line
        _node("b", 0, _unit(0.1, 1, 0)),  # 1: b's record line
        _node("a", 1, _unit(1, 0.1, 0)),  # 2: a's stoppage
        _node("b", 1, _unit(1, 0, 0.1)),  # 3: b's stoppage
        _node("c", 1, _unit(1, 0.05, 0.05)),  # 4: c's stoppage
        _node("d", 1, _unit(1, 0, 0.05)),  # 5: d's stoppage
        _node("c", 0, OTHER),  # 6
        _node("d", 0, _unit(0, 0.1, 1)),  # 7
    ]


def _entry(group: list[int], sources: int, line_node: int) -> tuple:
    arts = sorted({chr(ord("a") + k) for k in range(sources)})
    return ((group, group[0], arts, sources, []), (0, 10, "line", line_node))


def test_centrality_is_high_for_the_sentence_every_report_retells():
    nodes = _story()
    cent = StoryCentrality(nodes)
    assert cent.of(2) > cent.of(0) + 0.3
    assert cent.of(4) > cent.of(6) + 0.3


def test_near_copies_count_once():
    """A reprint of a (root a) adds no support: the mean runs over other roots."""
    nodes = _story() + [_node("a2", 0, RECORD, root="a")]
    cent = StoryCentrality(nodes)
    assert cent.of(8) == cent.of(0)


def test_headline_is_the_event_not_the_record_stated_higher_up():
    """Both candidates have two sources; the record line is nearer the top of its
    articles. The stoppage, which every report retells, is the headline."""
    nodes = _story()
    lines = [_entry([0, 1], 2, 0), _entry([2, 3, 4, 5], 2, 2)]
    rank = {a: ("", a) for a in "abcd"}
    assert _pick_headline(lines, nodes, rank, StoryCentrality(nodes)) == 1


def test_lead_position_breaks_near_ties():
    """Of two equally retold lines, the one stated higher up wins."""
    assert headline_score((0.7, 0.0, 2)) > headline_score((0.7, 3.0, 2))


@pytest.mark.parametrize(
    "text, record",
    [
        ("The flood is the worst to hit the valley since 1987.", True),
        ("It was the longest blackout the island has had in a decade.", True),
        ("The river burst its banks at Corran Mill on Sunday.", False),
        ("Water levels were highest near the old bridge, the agency said.", False),
    ],
)
def test_record_claims(nlp, text, record):
    """A copula with a superlative complement compares with the past (a record claim);
    a superlative inside an event or a reported clause does not make one."""
    assert record_claim(nlp(text), 0, len(text)) is record
