"""What a Spark Python worker holds does not grow with the corpus (issue #13): partitions
hold a bounded number of records, batches and stories, and a block is clustered with the
document frequencies of the terms its own articles look up, not the corpus's vocabulary.
No Spark needed."""

from __future__ import annotations

import numpy as np
import pytest

from consilience import spark_job
from consilience import stories as st


@pytest.mark.parametrize("n", [0, 1, 3, 255, 256, 257, 1000, 12_345])
@pytest.mark.parametrize("parallelism", [1, 2, 8])
def test_partitions_hold_at_most_per_part_items_and_use_every_core(n, parallelism):
    parts = spark_job.partitions(n, 100, parallelism)
    assert parts >= 1
    assert -(-n // parts) <= 100
    assert parts >= min(n, parallelism)


def test_partitions_grow_with_the_corpus_not_their_size():
    small = spark_job.partitions(400, 100, 2)
    large = spark_job.partitions(40_000, 100, 2)
    assert large == 100 * small


def test_analysis_tasks_keep_a_bounded_number_of_batches():
    per = spark_job.BATCHES_PER_TASK
    for n_batches in (1, 5, 8, 31, 250, 3_001):
        parts = spark_job.analysis_partitions(n_batches, 2)
        assert 1 <= parts <= n_batches
        # the partitioner puts batch b in part b * parts // n_batches: count the largest
        sizes = np.bincount([b * parts // n_batches for b in range(n_batches)])
        assert sizes.max() <= max(per, -(-n_batches // (spark_job.TASKS_PER_CORE * 2)))
        assert sizes.max() <= per or parts == spark_job.TASKS_PER_CORE * 2
    assert spark_job.analysis_partitions(3_001, 2) >= 3_001 // per


def _row(aid: str, title: str, text: str, entities: list[str]) -> dict:
    return {
        "id": aid,
        "title": title,
        "text": text,
        "published": "2026-02-14",
        "item_entities": entities,
        "item_vector": None,
    }


#: A block about a dam inspection, where an engineer is named in full; the rest of the
#: corpus names her by surname alone, so the short form's corpus frequency matters.
BLOCK = [
    _row(
        "dam-1",
        "Inspectors find cracks in Orrin Dam spillway",
        "Engineer Talia Veremont told the regional board on Friday that cracks in the Orrin "
        "Dam spillway had widened by four millimetres since the autumn survey.",
        ["Talia Veremont", "Orrin Dam"],
    ),
    _row(
        "dam-2",
        "Orrin Dam spillway to close for repairs",
        "The spillway of the Orrin Dam will close for repairs after chief engineer Talia "
        "Veremont reported widening cracks, the water authority said.",
        ["Talia Veremont", "Orrin Dam", "water authority"],
    ),
    _row(
        "rail-1",
        "Night trains return to the coast line",
        "Night trains will run again on the coast line from March, the operator said, after "
        "a two-year pause for track renewal between Selby Cove and Arnhold.",
        ["Selby Cove", "Arnhold"],
    ),
]
ELSEWHERE = [
    _row(
        f"other-{k}",
        f"Veremont speaks at conference {k}",
        f"Veremont addressed engineers at meeting number {k} about reservoir safety rules "
        f"and the budget for {k + 3} new gauges.",
        ["Veremont"],
    )
    for k in range(5)
]


def _items(rows: list[dict]) -> list[st.StoryItem]:
    return [spark_job.story_item(r) for r in rows]


def _block_frequencies(block: list[dict], corpus: list[dict]) -> st.Frequencies:
    """What the job's per-block join gives a block: the corpus counts of the block's keys."""
    df, n = st.document_frequencies(_items(corpus))
    wanted = set().union(*(spark_job.frequency_keys(r) for r in block))
    return {t: df[t] for t in wanted if t in df}, n


def test_frequency_keys_hold_the_terms_and_the_short_form_of_a_full_name():
    keys = spark_job.frequency_keys(BLOCK[0])
    assert st.item_terms(spark_job.story_item(BLOCK[0])) <= keys
    assert "e:talia veremont" in keys and "e:veremont" in keys
    assert "e:orrin dam" in keys and "e:dam" in keys


def test_a_block_with_its_own_terms_counts_clusters_as_with_the_whole_vocabulary():
    corpus = BLOCK + ELSEWHERE
    whole = st.document_frequencies(_items(corpus))
    own = _block_frequencies(BLOCK, corpus)
    assert set(own[0]) < set(whole[0])  # the worker holds fewer terms than the corpus has
    assert own[0]["e:veremont"] == whole[0]["e:veremont"] == 5
    a = st.cluster_index(_items(BLOCK), frequencies=whole)
    b = st.cluster_index(_items(BLOCK), frequencies=own)
    for r in BLOCK:
        x, y = a.items[r["id"]], b.items[r["id"]]
        assert np.array_equal(x.lex_idx, y.lex_idx) and np.array_equal(x.lex_val, y.lex_val)
        assert x.terms == y.terms
    assert [(s.id, s.articles) for s in a.to_stories()] == [
        (s.id, s.articles) for s in b.to_stories()
    ]


def test_cluster_task_gives_each_story_its_single_machine_sort_key():
    rows = [
        {**BLOCK[0], "published": "2026-02-16"},
        {**BLOCK[1], "published": "2026-02-13"},
        {**BLOCK[2], "published": None},
    ]
    found = spark_job.cluster_task(rows, None)
    published = {r["id"]: r["published"] for r in rows}
    assert [k for k, _s in found] == [spark_job.story_sort_key(s, published) for _k, s in found]
    by = {a: k for k, s in found for a in s.articles}
    assert by["rail-1"][0] is True  # undated: sorts last
