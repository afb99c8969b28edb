"""The Spark runner's parts that need no Spark: source names, blocking, union-find, records
and their round trip through a store (issue #13)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from consilience import archive_import, spark_job
from consilience.model import Article


def test_display_source_is_the_canonical_path_whatever_the_input_spelling(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "crawl" / "day2").mkdir(parents=True)
    (tmp_path / "mirror").symlink_to(tmp_path / "crawl")
    real = str((tmp_path / "crawl" / "day2" / "part one.warc.gz").resolve())
    uri = "file:" + str(tmp_path / "crawl" / "day2" / "part%20one.warc.gz")
    linked = "file:" + str(tmp_path / "mirror" / "day2" / "part%20one.warc.gz")
    assert spark_job.display_source(uri, "crawl") == real
    assert spark_job.display_source(uri, str(tmp_path / "crawl")) == real
    assert spark_job.display_source(linked, "mirror") == real
    one = "file:" + str(tmp_path / "crawl" / "feed.xml")
    assert spark_job.display_source(one, "crawl/feed.xml") == str(
        (tmp_path / "crawl" / "feed.xml").resolve()
    )


def test_display_source_of_a_remote_file_is_its_uri():
    uri = "s3a://archive-bucket/2026/11/news-0001.warc.gz"
    assert spark_job.display_source(uri, "s3a://archive-bucket/2026/") == uri


def test_components_join_chains_and_leave_loners_alone():
    blocks = spark_job.components(["k", "b", "x", "a", "q"], [("b", "x"), ("x", "a"), ("q", "q")])
    assert blocks == {"a": "a", "b": "a", "x": "a", "k": "k", "q": "q"}


def _vec(*pairs: tuple[int, float]) -> bytes:
    """A unit float32 vector (384,) with the given (dimension, weight) entries, as bytes."""
    v = np.zeros(384, np.float32)
    for dim, w in pairs:
        v[dim] = w
    return (v / np.linalg.norm(v)).astype(np.float32).tobytes()


def test_bucket_edges_link_only_pairs_with_close_vectors():
    members = [
        ("m3", False, _vec((0, 1.0), (1, 0.2))),
        ("m1", False, _vec((0, 1.0))),
        ("m2", False, _vec((5, 1.0))),  # same bucket, other subject
        ("m1", False, _vec((0, 1.0))),
    ]
    assert spark_job.bucket_edges(members, undated_window=False) == [("m1", "m3")]


def test_bucket_edges_link_a_pair_without_vector():
    members = [("a", False, _vec((3, 1.0))), ("b", False, None)]
    assert spark_job.bucket_edges(members, undated_window=False) == [("a", "b")]


def test_undated_bucket_links_only_with_an_undated_member():
    close = _vec((0, 1.0))
    dated = [("d1", False, close), ("d2", False, close)]
    assert spark_job.bucket_edges(dated, undated_window=True) == []
    assert spark_job.bucket_edges([*dated, ("u1", True, close)], undated_window=True) == [
        ("d1", "d2"),
        ("d1", "u1"),
        ("d2", "u1"),
    ]


def test_oversized_bucket_links_nothing(monkeypatch):
    monkeypatch.setattr(spark_job, "MAX_BUCKET", 3)
    members = [(f"i{k}", False, _vec((0, 1.0))) for k in range(4)]
    assert spark_job.bucket_edges(members, undated_window=False) == []


def _row(aid: str, published: str | None, title: str, entities: list[str], vec=None) -> dict:
    return {
        "id": aid,
        "title": title,
        "text": "Body text of the report.",
        "published": published,
        "item_entities": entities,
        "item_vector": vec,
    }


def _shared(a: dict, b: dict, window: int = 10) -> set:
    return set(spark_job.block_keys(a, window)) & set(spark_job.block_keys(b, window))


def test_block_keys_same_signature_within_the_window_share_a_dated_bucket():
    ents = ["Lake Orvane", "Harwick Ferry Company"]
    a = _row("a", "2026-03-09", "Ferry sinks on Lake Orvane", ents)
    b = _row("b", "2026-03-18", "Ferry sinks on Lake Orvane", ents)
    assert any(k[0] != "u" for k in _shared(a, b))


def test_block_keys_far_apart_share_only_the_undated_window():
    ents = ["Lake Orvane", "Harwick Ferry Company"]
    a = _row("a", "2026-03-01", "Ferry sinks on Lake Orvane", ents)
    b = _row("b", "2026-05-20", "Ferry sinks on Lake Orvane", ents)
    assert {k[0] for k in _shared(a, b)} == {"u"}


def test_block_keys_disjoint_signatures_share_nothing():
    a = _row("a", "2026-03-09", "Ferry sinks on Lake Orvane", ["Lake Orvane"])
    b = _row("b", "2026-03-09", "Senate passes grain tariff bill", ["Senate", "Tobias Brenn"])
    assert _shared(a, b) == set()


def test_block_keys_same_vector_share_a_hyperplane_bucket():
    v = _vec((7, 1.0), (9, 0.5))
    a = _row("a", None, "Quarry strike ends", ["Dunmere Quarry"], v)
    b = _row("b", None, "Council approves budget", ["Halden Council"], v)
    assert {k[1] for k in _shared(a, b)} == {"h"}


def test_blocks_keep_stories_apart_and_together():
    ferry, budget = _vec((0, 1.0), (1, 0.3)), _vec((40, 1.0), (41, 0.3))
    rows = [
        _row(
            "f1", "2026-03-09", "Ferry sinks on Lake Orvane", ["Lake Orvane", "Marta Lind"], ferry
        ),
        _row("f2", "2026-03-10", "Marta Lind ferry sinks", ["Lake Orvane", "Marta Lind"], ferry),
        _row("b1", "2026-03-09", "Halden council approves budget", ["Halden Council"], budget),
        _row("b2", "2026-03-11", "Budget passes in Halden", ["Halden Council"], budget),
    ]
    blocks = spark_job.blocks_in_memory(rows, 10)
    assert blocks["f1"] == blocks["f2"] != blocks["b1"] == blocks["b2"]


def test_a_token_in_every_title_links_nothing(monkeypatch):
    monkeypatch.setattr(spark_job, "COMMON_MIN", 2)
    monkeypatch.setattr(spark_job, "HBANDS", 0)
    rows = [
        _row(f"r{k}", None, f"Valdport Daily: item {k}", ["Valdport Daily", f"Person {k}"])
        for k in range(6)
    ]
    rows = [{**r, "text": f"Unrelated text number {k} here."} for k, r in enumerate(rows)]
    blocks = spark_job.blocks_in_memory(rows, 10)
    assert len(set(blocks.values())) == 6


def test_signature_falls_back_to_the_text():
    found = spark_job.signature(None, [], "Quarry workers walked out on Tuesday over pay")
    assert "quarry" in found and "pay" in found


def test_story_sort_key_puts_undated_stories_last():
    from consilience.model import Story

    dated = Story("s-b", "t", ["x"])
    undated = Story("s-a", "t", ["y"])
    published = {"x": "2026-01-02", "y": None}
    keys = sorted([undated, dated], key=lambda s: spark_job.story_sort_key(s, published))
    assert [s.id for s in keys] == ["s-b", "s-a"]


# --------------------------------------------------------------------------- records

TEXTS = {
    "ferry-1": (
        "Harwick Ferry Company said on Monday that its vessel Marta Lind sank on Lake Orvane "
        "with 41 passengers on board. Rescuers pulled 38 people from the water, the company "
        "said. Police chief Aino Vesk said divers were searching for three missing people."
    ),
    "ferry-2": (
        "The ferry Marta Lind went down on Lake Orvane on Monday, police said. Thirty-eight "
        'of the 41 people aboard were rescued. "We will search through the night," police '
        "chief Aino Vesk told reporters. Harwick Ferry Company suspended all crossings."
    ),
}


def _articles() -> list[Article]:
    from consilience.boilerplate import boilerplate_spans
    from consilience.normalise import text_id

    title = "Ferry sinks on Lake Orvane"
    return [
        Article(
            id=text_id(text),
            source=f"{name}.txt",
            text=text,
            title=title,
            outlet=f"{name}.example",
            published="2026-03-09",
            boilerplate=boilerplate_spans(text, title),
        )
        for name, text in TEXTS.items()
    ]


@pytest.fixture(scope="module")
def results():
    from consilience import pipeline

    return pipeline.analyse_batch(_articles())


def test_record_round_trip_keeps_every_result(results):
    import numpy as np

    for seq, result in enumerate(results):
        rec = archive_import.record_of(result, seq)
        back = archive_import.result_of(rec)
        assert back.article == result.article
        assert back.article.boilerplate == result.article.boilerplate
        assert back.doc == result.doc and back.extraction == json.loads(rec["data"])
        assert np.array_equal(back.vectors, result.vectors)
        assert np.array_equal(back.unit_vectors, result.unit_vectors)
        assert back.unit_texts == result.unit_texts
        assert np.array_equal(back.item_vector, result.item_vector)


def test_record_of_other_versions_is_refused(results):
    rec = archive_import.record_of(results[0], 0)
    rec["model"] = "some-other-model@1"
    with pytest.raises(ValueError, match="model"):
        archive_import.result_of(rec)


def test_brief_from_records_equals_the_brief_after_ingest(results, tmp_path):
    from consilience import pipeline
    from consilience.store import Store

    articles = _articles()
    for a in articles:
        (tmp_path / a.source).write_text(a.text, encoding="utf-8")
    store = Store(tmp_path / "one.db")
    store_report = pipeline.ingest(store, [str(tmp_path / a.source) for a in articles])
    single = pipeline.briefs_for_ids(store, store_report.ids)
    stored = store.articles(store_report.ids)
    again = pipeline.analyse_batch(stored)
    recs = [archive_import.record_of(r, k) for k, r in enumerate(again)]
    found = pipeline.group_stories(pipeline.story_items(store, store_report.ids))
    built = [
        spark_job.brief_of_records(s, [r for r in recs if r["id"] in s.articles]) for s in found
    ]
    assert [json.dumps(b, ensure_ascii=False) for b in built] == [
        json.dumps(b, ensure_ascii=False) for b in single
    ]


# --------------------------------------------------------------------------- reading

OPTIONS = {"published": None, "max_bytes": 10_000_000, "max_chars": 200_000}


def _jsonl(*records: dict | str) -> bytes:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_read_file_yields_articles_and_skips_a_corrupt_record_in_read_order():
    good = {
        "title": "Tram line closes for repairs",
        "text": "The Brackwater tram line will close for six weeks from Monday while crews "
        "replace worn rails near the central depot, the transit authority said.",
    }
    other = {
        "title": "Library extends opening hours",
        "text": "Eastholm's central library will stay open until nine in the evening on "
        "weekdays from next month after a vote by the town council on Thursday.",
    }
    data = _jsonl(good, '{"title": "cut', other)
    found = list(
        spark_job.read_file(((2, ("feeds", "day.jsonl")), "feeds/day.jsonl", data), OPTIONS)
    )
    assert [(kind, order) for kind, order, _x in found] == [
        ("article", (2, ("feeds", "day.jsonl"), 0)),
        ("skipped", (2, ("feeds", "day.jsonl"), 1)),
        ("article", (2, ("feeds", "day.jsonl"), 2)),
    ]
    assert found[0][2].title == "Tram line closes for repairs"
    assert "malformed JSON" in found[1][2].reason


def test_read_file_turns_a_reader_failure_into_a_skipped_input(monkeypatch):
    import consilience.read

    def broken(data, name, **kw):
        raise RuntimeError("reader fell over")
        yield  # pragma: no cover

    monkeypatch.setattr(consilience.read, "read_bytes", broken)
    found = list(spark_job.read_file(((0, ("a.warc",)), "a.warc", b"WARC/1.0"), OPTIONS))
    assert [(k, x.reason) for k, _o, x in found] == [
        ("skipped", "unreadable (RuntimeError: reader fell over)")
    ]


def test_read_file_skips_a_record_too_short_to_be_an_article():
    found = list(
        spark_job.read_file(((0, ("s.jsonl",)), "s.jsonl", _jsonl({"text": "Brief."})), OPTIONS)
    )
    assert [k for k, _o, _x in found] == ["skipped"]


def test_import_refuses_a_folder_without_spark_output(tmp_path):
    from consilience.store import Store

    with Store(tmp_path / "s.db") as store, pytest.raises(FileNotFoundError, match="summary.json"):
        archive_import.import_folder(store, tmp_path)


def test_story_tasks_balance_large_stories_across_cores(monkeypatch):
    monkeypatch.setattr(spark_job, "TASKS_PER_CORE", 2)
    # one large story first in story order, then a run of middling ones, then small ones
    sizes = [14, 9, 9, 8, 2, 2, 1, 1, 1, 1, 1]
    task = spark_job.story_tasks(sizes, 2)
    assert len(task) == len(sizes) and set(task) == {0, 1, 2, 3}
    cost = [sum(n * n for n, t in zip(sizes, task, strict=True) if t == j) for j in range(4)]
    assert cost[task[0]] == 14 * 14  # the largest story is built alone
    assert max(cost) <= 14 * 14  # no task costs more than the largest story
    assert task == spark_job.story_tasks(sizes, 2)  # deterministic


def test_story_tasks_respect_the_stories_per_task_cap(monkeypatch):
    monkeypatch.setattr(spark_job, "STORIES_PER_PART", 3)
    sizes = [40] + [1] * 11
    task = spark_job.story_tasks(sizes, 1)
    counts = [task.count(t) for t in set(task)]
    assert max(counts) <= 3 and len(set(task)) == 4
    assert spark_job.story_tasks([], 2) == []
    assert spark_job.story_tasks([5], 2) == [0]
