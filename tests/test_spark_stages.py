"""The Spark job's stories and briefs stages in few jobs (issue #13): what each task computes
gives what the earlier, longer chain of joins gave. No Spark needed.

* a partition of LSH buckets sends a forest (one link per linked article), not every pair,
  and the forests keep the components of all the pairs;
* one shuffle by term gives each block the corpus document frequency of every term its
  articles look up, as counting over the corpus and joining did;
* a brief task meets each record with its own appearances, in read order;
* the part files of the briefs are joined in partition order;
* a local session gets the settings of a short local job, a cluster session does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consilience import spark_job
from consilience import stories as st
from consilience.model import Story

# --------------------------------------------------------------------------- forests


def _groups(mapping: dict[str, str]) -> set[frozenset[str]]:
    by: dict[str, set[str]] = {}
    for a, root in mapping.items():
        by.setdefault(root, set()).add(a)
    return {frozenset(g) for g in by.values()}


def test_a_forest_keeps_the_components_of_every_pair():
    # two chains and a triangle, each pair given twice (as LSH bands repeat them)
    edges = [("k2", "k7"), ("k7", "k4"), ("k4", "k9"), ("m1", "m3"), ("m3", "m1")]
    edges += [("t5", "t6"), ("t6", "t8"), ("t8", "t5")] * 2
    ids = {i for e in edges for i in e}
    forest = spark_job.components(ids, edges)
    tree = [(a, r) for a, r in forest.items() if a != r]
    assert len(tree) == len(ids) - 3  # one link per article but each component's root
    assert _groups(spark_job.components(ids, tree)) == _groups(forest)


def _member(aid: str, vec: tuple[float, float] | None) -> tuple:
    import numpy as np

    if vec is None:
        return (aid, False, None)
    v = np.zeros(384, np.float32)
    v[0], v[1] = vec
    return (aid, False, (v / np.linalg.norm(v)).tobytes())


def test_bucket_forest_links_what_the_bucket_pairs_link_and_nothing_else():
    close, far = (1.0, 0.1), (0.0, 1.0)
    buckets = [
        (("41", "m", 0, "aa"), [_member("p1", close), _member("p2", close), _member("q1", far)]),
        (("41", "m", 1, "bb"), [_member("p2", close), _member("p3", close)]),
        (("u", "m", 0, "aa"), [_member("p1", close), _member("p3", close)]),  # no undated
        (("42", "h", 3, "cc"), [_member("q1", far), _member("q2", far)]),
    ]
    forest = spark_job.bucket_forest(iter(buckets))
    pairs = [e for key, m in buckets for e in spark_job.bucket_edges(m, key[0] == "u")]
    ids = {i for e in pairs for i in e}
    assert _groups(spark_job.components(ids, forest)) == _groups(spark_job.components(ids, pairs))
    assert _groups(spark_job.components(ids, forest)) == {
        frozenset({"p1", "p2", "p3"}),
        frozenset({"q1", "q2"}),
    }
    assert sorted(forest) == forest and len(forest) == 3


# --------------------------------------------------------------------------- frequencies


def _row(aid: str, title: str, text: str, entities: list[str]) -> dict:
    return {
        "id": aid,
        "title": title,
        "text": text,
        "published": "2025-09-03",
        "item_entities": entities,
        "item_vector": None,
    }


#: Two blocks about a ferry and an orchard; a third article names the ferry's captain by
#: surname alone, in its own block.
ROWS = [
    _row(
        "fer-1",
        "Ferry Morwen runs aground off Kellan Point",
        "The ferry Morwen ran aground off Kellan Point on Tuesday with 212 passengers aboard, "
        "and captain Ilse Drummore ordered the lifeboats readied.",
        ["Morwen", "Kellan Point", "Ilse Drummore"],
    ),
    _row(
        "fer-2",
        "Passengers leave stranded ferry by tender",
        "Tenders took the 212 passengers off the Morwen after it grounded near Kellan Point, "
        "captain Ilse Drummore said.",
        ["Morwen", "Kellan Point", "Ilse Drummore"],
    ),
    _row(
        "orc-1",
        "Hail strips Brenholt orchards before harvest",
        "A hailstorm stripped apples from orchards around Brenholt a week before harvest, "
        "growers said, with losses put at 40 per cent.",
        ["Brenholt"],
    ),
    _row(
        "pod-1",
        "Drummore to address maritime safety panel",
        "Drummore will speak to the maritime safety panel in October about pilotage rules.",
        ["Drummore"],
    ),
]
BLOCK_OF = {"fer-1": "fer-1", "fer-2": "fer-1", "orc-1": "orc-1", "pod-1": "pod-1"}


def _answers_by_block(rows: list[dict], block_of: dict[str, str]) -> dict[str, dict[str, int]]:
    """What the job's shuffle by term sends each block, computed in this process."""
    requests: dict[str, list] = {}
    for r in rows:
        for term, req in spark_job.term_requests(block_of[r["id"]], r):
            requests.setdefault(term, []).append(req)
    out: dict[str, dict[str, int]] = {}
    for term, reqs in sorted(requests.items()):
        for block, (tag, (t, df)) in spark_job.term_answers(term, iter(reqs)):
            assert tag == 1 and t == term
            out.setdefault(block, {})[t] = df
    return out


def test_each_block_gets_the_corpus_frequency_of_each_term_it_looks_up():
    items = [spark_job.story_item(r) for r in ROWS]
    df, n = st.document_frequencies(items)
    got = _answers_by_block(ROWS, BLOCK_OF)
    for block in set(BLOCK_OF.values()):
        rows = [r for r in ROWS if BLOCK_OF[r["id"]] == block]
        wanted = set().union(*(spark_job.frequency_keys(r) for r in rows))
        assert got.get(block, {}) == {t: df[t] for t in wanted if t in df}
    # the ferry block looks up the captain's surname, which only the other block holds alone
    assert got["fer-1"]["e:drummore"] == df["e:drummore"] == 1
    assert "e:drummore" not in got["orc-1"]


def test_a_term_nobody_holds_is_sent_to_no_block():
    assert spark_job.term_answers("e:nobody", iter([("b1", False), ("b2", False)])) == []
    answers = spark_job.term_answers("w:tender", iter([("b2", True), ("b1", False), ("b2", True)]))
    assert answers == [("b1", (1, ("w:tender", 2))), ("b2", (1, ("w:tender", 2)))]


def test_a_block_task_clusters_its_records_with_the_frequencies_it_was_sent():
    freq = _answers_by_block(ROWS, BLOCK_OF)["fer-1"]
    rows = [r for r in ROWS if BLOCK_OF[r["id"]] == "fer-1"]
    values = [(1, kv) for kv in sorted(freq.items())] + [(0, r) for r in rows]
    got = spark_job._cluster_values(values, len(ROWS))
    want = spark_job.cluster_task(rows, (freq, len(ROWS)))
    assert [(k, s.id, s.articles) for k, s in got] == [(k, s.id, s.articles) for k, s in want]
    assert sorted(a for _k, s in got for a in s.articles) == ["fer-1", "fer-2"]


# --------------------------------------------------------------------------- briefs


def test_a_brief_task_gives_each_record_its_own_appearances_in_read_order(monkeypatch):
    seen = {}

    def fake_line(story, recs, html):
        seen["story"], seen["recs"] = story, recs
        return "line", ""

    monkeypatch.setattr(spark_job, "brief_line", fake_line)
    story = Story("s-vale", "Vale", ["a7", "a3"])
    values = [
        (2, {"article_id": "a3", "read": 9, "source": "late"}),
        (0, {"id": "a7", "seq": 1}),
        (1, story),
        (2, {"article_id": "a3", "read": 2, "source": "early"}),
        (0, {"id": "a3", "seq": 0}),
        (2, {"article_id": "a7", "read": 5, "source": "only"}),
    ]
    assert spark_job._built_brief(iter(values), False) == ("line", "")
    assert seen["story"] is story
    by = {r["id"]: [a["source"] for a in r["appearances"]] for r in seen["recs"]}
    assert by == {"a3": ["early", "late"], "a7": ["only"]}


def test_part_files_come_in_partition_order(tmp_path: Path):
    for k in (10, 2, 0, 100000, 1):
        (tmp_path / f"part-{k:05d}").write_text(f"{k}\n", encoding="utf-8")
    (tmp_path / "_SUCCESS").write_text("", encoding="utf-8")
    (tmp_path / ".part-00000.crc").write_text("", encoding="utf-8")
    names = [p.name for p in spark_job.part_files(tmp_path)]
    assert names == ["part-00000", "part-00001", "part-00002", "part-00010", "part-100000"]


# --------------------------------------------------------------------------- session


@pytest.mark.parametrize(
    ("master", "cores"),
    [("local", 1), ("local[3]", 3), ("local[5,2]", 5), ("spark://head:7077", None)],
)
def test_local_cores(master, cores):
    assert spark_job.local_cores(master) == cores


def test_local_cores_of_every_core_is_this_machines():
    import os

    assert spark_job.local_cores("local[*]") == (os.cpu_count() or 1)


def test_a_local_session_is_set_for_a_short_local_job_and_a_cluster_one_is_not():
    local = spark_job.session_conf("local[3]")
    assert local["spark.ui.enabled"] == "false"
    assert "-XX:TieredStopAtLevel=1" in local["spark.driver.extraJavaOptions"]
    assert local["spark.sql.shuffle.partitions"] == str(3 * spark_job.TASKS_PER_CORE)
    cluster = spark_job.session_conf("spark://head:7077")
    assert not {"spark.ui.enabled", "spark.driver.extraJavaOptions"} & set(cluster)
    assert "spark.sql.shuffle.partitions" not in cluster
    for conf in (local, cluster):
        assert conf["spark.python.worker.reuse"] == "true"
        assert conf.get("spark.python.daemon.module") == "consilience.spark_daemon"
    assert "spark.python.daemon.module" not in spark_job.session_conf("local[2]", preload=False)


# --------------------------------------------------------------------------- read


def test_read_tally_counts_articles_and_keeps_the_skipped_in_order():
    from consilience.model import Skipped

    first, second = Skipped("w.warc#3", "truncated"), Skipped("f.jsonl#9", "not json")
    rows = [
        ("article", (0, ("w.warc",), 0), object()),
        ("skipped", (0, ("w.warc",), 1), first),
        ("article", (0, ("w.warc",), 2), object()),
        ("article", (1, ("f.jsonl",), 0), object()),
        ("skipped", (1, ("f.jsonl",), 1), second),
    ]
    assert spark_job.read_tally(iter(rows)) == [(3, [first, second])]
    assert spark_job.read_tally(iter([])) == [(0, [])]
