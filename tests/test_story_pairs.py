"""Mutual best pairs of thin stories (issue #12, item 21): undated, title-less excerpts of
one event that tell different parts of it join; excerpts of different events do not."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from consilience.story_pairs import mutual_pairs, name_words

FIX = Path(__file__).parent / "fixtures" / "stories_s13" / "excerpts.jsonl"


def _pairs(dense, terms, sizes, names, **kw):
    opts = dict(alpha=0.5, dense_floor=0.3, terms_floor=0.05, max_size=3)
    opts.update(kw)
    return mutual_pairs(np.array(dense), np.array(terms), np.array(sizes), names, **opts)


def test_name_words_match_a_surname_named_alone():
    assert name_words(["dana kessling", "orvell"]) & name_words(["kessling"]) == {"kessling"}
    assert name_words(["st", "a1"]) == frozenset()  # too short to be a name


def test_mutual_best_pairs_need_both_floors_a_name_and_room():
    dense = [[1, 0.5, 0.2], [0.5, 1, 0.2], [0.2, 0.2, 1]]
    terms = [[1, 0.1, 0.0], [0.1, 1, 0.0], [0.0, 0.0, 1]]
    town = [frozenset({"harrowby"})] * 3
    assert _pairs(dense, terms, [1, 1, 1], town) == [(0, 1)]
    # no name in common: alike in kind only
    other = [frozenset({"harrowby"}), frozenset({"seldon"}), frozenset()]
    assert _pairs(dense, terms, [1, 1, 1], other) == []
    # too alike in words too little, or said too differently
    assert _pairs(dense, terms, [1, 1, 1], town, terms_floor=0.2) == []
    assert _pairs(dense, terms, [1, 1, 1], town, dense_floor=0.6) == []
    # the pairing completes fragments, it never grows a story past max_size
    assert _pairs(dense, terms, [2, 2, 1], town) == []


def test_a_story_that_prefers_another_is_not_paired():
    # 0's best is 1, 1's best is 2: no mutual pair with 0; 1 and 2 pair
    dense = [[1, 0.5, 0.1], [0.5, 1, 0.7], [0.1, 0.7, 1]]
    terms = [[1, 0.1, 0.1], [0.1, 1, 0.2], [0.1, 0.2, 1]]
    town = [frozenset({"harrowby"})] * 3
    assert _pairs(dense, terms, [1, 1, 1], town) == [(1, 2)]


def test_excerpts_of_one_event_join_and_a_same_town_event_stays_apart():
    from consilience import stories as st
    from consilience.model import Article

    rows = [json.loads(line) for line in FIX.read_text().splitlines() if line]
    arts = [Article(id=r["id"], source=r["id"], text=r["text"]) for r in rows]
    labels = st.labels_of(st.cluster(st.items_from_articles(arts)))
    gold = {r["id"]: r["story"] for r in rows}
    for a in gold:
        for b in gold:
            if gold[a] != gold[b]:
                assert labels[a] != labels[b], (a, b)
    p, r, _ = st.bcubed(labels, gold)
    assert p == 1.0 and r > 0.75, (labels, r)
