"""Throughput machinery: the spaCy worker process, the layout-independence of ingest, and
the brief cache. Outputs must not depend on batching or on the process layout."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from consilience import analyse, pipeline
from consilience.store import Store

TOWNS = ["Brackwater", "Eldham", "Corran", "Ostvik", "Lindmere", "Farrowby"]


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        (folder / f"a{i:02d}.txt").write_text(
            f"{town} council approves flood plan\n"
            f"The council of {town} approved a drainage plan worth {i + 2} million euros on "
            f'Tuesday, the Gazette reported. Mayor Ellen Marsh said: "Work on {i + 3} streets '
            f'will begin in spring." Residents had complained about flooding for {i % 4 + 2} '
            f"years. A storm on 3 March 2025 flooded the old mill, leaving {i + 40} homes "
            f"without power.\n",
            encoding="utf-8",
        )
    return folder


def _dump(db: Path) -> dict[str, list]:
    conn = sqlite3.connect(db)
    try:
        out = {}
        for table, cols in [
            ("articles", "id, source, title, published, text"),
            ("analyses", "article_id, pipeline, doc"),
            ("extractions", "article_id, version, data"),
            ("embeddings", "article_id, model, n, vectors"),
            ("story_items", "article_id, version, entities, vector"),
            ("unit_vectors", "article_id, version, texts, vectors"),
        ]:
            out[table] = conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1").fetchall()
        return out
    finally:
        conn.close()


def _ingest_and_brief(folder: Path, db: Path, *, processes: int, batch_size: int):
    with Store(db) as store:
        report = pipeline.ingest(store, [str(folder)], processes=processes, batch_size=batch_size)
        briefs = pipeline.briefs_for_ids(store, report.ids)
    return report, json.dumps(briefs, sort_keys=True, ensure_ascii=False)


def test_worker_process_ingest_stores_the_same_as_one_process(tmp_path):
    folder = _corpus(tmp_path / "in", 7)
    one, briefs_one = _ingest_and_brief(folder, tmp_path / "one.db", processes=1, batch_size=3)
    two, briefs_two = _ingest_and_brief(folder, tmp_path / "two.db", processes=2, batch_size=2)
    assert one.ids == two.ids and sorted(one.new) == sorted(two.new) and len(one.new) == 7
    assert _dump(tmp_path / "one.db") == _dump(tmp_path / "two.db")
    assert briefs_one == briefs_two


def test_doc_worker_gives_the_docs_of_this_process(nlp):
    texts = ["Mayor Ellen Marsh spoke in Eldham.\nA second line.", "Ten km of road, 2 km more."]
    with analyse.DocWorker(batch_size=2) as worker:
        worker.submit(texts)
        blobs = worker.result()
        worker.submit(texts[:1])
        again = worker.result()
    local = [analyse.doc_to_bytes(d) for d in nlp.pipe(texts)]
    assert blobs == local and again == local[:1]
    with pytest.raises(RuntimeError):
        worker.result()


def test_ingest_from_a_script_without_main_guard(tmp_path):
    """The worker is a plain subprocess: a caller's unguarded ``__main__`` is never re-run."""
    folder = _corpus(tmp_path / "in", 5)
    script = tmp_path / "run.py"
    script.write_text(
        textwrap.dedent(
            f"""
            from consilience import pipeline
            from consilience.store import Store
            with Store({str(tmp_path / "s.db")!r}) as store:
                r = pipeline.ingest(store, [{str(folder)!r}], processes=2, batch_size=2)
            print("stored", len(r.new))
            """
        ),
        encoding="utf-8",
    )
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["stored", "5"]


def test_brief_is_cached_and_keyed_by_story(tmp_path):
    folder = _corpus(tmp_path / "in", 3)
    with Store(tmp_path / "s.db") as store:
        report = pipeline.ingest(store, [str(folder)], processes=1)
        story = pipeline.group_stories(pipeline.story_items(store, report.ids))[0]
        first = pipeline.brief_of(store, story)
        cached = store.conn.execute("SELECT count(*) FROM briefs").fetchone()[0]
        assert cached == 1
        assert pipeline.brief_of(store, story) == first
        smaller = type(story)(story.id, story.title, story.articles[:1])
        assert pipeline.brief_key(smaller) != pipeline.brief_key(story)
        # the cached brief is the built one: rebuilding from scratch gives the same
        with store.transaction():
            store.conn.execute("DELETE FROM briefs")
        assert pipeline.brief_of(store, story) == first


def test_warm_ingest_runs_no_model(tmp_path, monkeypatch):
    folder = _corpus(tmp_path / "in", 4)
    with Store(tmp_path / "s.db") as store:
        report = pipeline.ingest(store, [str(folder)], processes=1)
        pipeline.briefs_for_ids(store, report.ids)

        def boom(*_a, **_k):
            raise AssertionError("a model ran on the warm path")

        monkeypatch.setattr(pipeline.embed_mod, "embed_texts", boom)
        monkeypatch.setattr(pipeline, "_doc_bytes", boom)
        monkeypatch.setattr(pipeline.analyse_mod, "analyse", boom)
        again = pipeline.ingest(store, [str(folder)])
        assert again.new == [] and len(again.already) == 4
        assert len(pipeline.briefs_for_ids(store, again.ids)) >= 1


def test_briefs_embed_no_unit_text_again(tmp_path, monkeypatch):
    """Clauses and event phrases are embedded at ingest (by the worker process when there
    is one); building the briefs afterwards embeds none of them, and recomputing the unit
    vectors from the stored analyses gives the same briefs."""
    from consilience import brief as brief_mod

    folder = _corpus(tmp_path / "in", 6)
    with Store(tmp_path / "s.db") as store:
        report = pipeline.ingest(store, [str(folder)], processes=2, batch_size=2)
        stored = store.conn.execute("SELECT texts FROM unit_vectors").fetchall()
        units = {t for (texts,) in stored for t in json.loads(texts)}
        assert len(stored) == 6 and units  # every article, and there are clauses to embed
        embedded: list[str] = []
        real = pipeline.embed_mod.embed_texts

        def spy(texts, **kw):
            embedded.extend(texts)
            return real(texts, **kw)

        monkeypatch.setattr(pipeline.embed_mod, "embed_texts", spy)
        monkeypatch.setenv("CONSILIENCE_PROCESSES", "1")  # builders run here, under the spy
        first = pipeline.briefs_for_ids(store, report.ids)
        assert not units & set(embedded)
        with store.transaction():
            store.conn.execute("DELETE FROM briefs")
            store.conn.execute("DELETE FROM unit_vectors")
        again = pipeline.briefs_for_ids(store, report.ids)
        assert json.dumps(again, sort_keys=True) == json.dumps(first, sort_keys=True)
        assert units <= set(embedded)  # recomputed, and stored again
        assert store.conn.execute("SELECT count(*) FROM unit_vectors").fetchone()[0] == 6
    assert brief_mod.UNIT_TEXTS  # the registry the test relies on


def test_briefs_built_on_two_processes_match_one(tmp_path, monkeypatch):
    """The child brief builder: same briefs in the same story order as one process, also
    when some are already cached, and iter_briefs streams the same sequence."""
    folder = tmp_path / "in"
    folder.mkdir()
    events = [
        (
            "Ferry runs aground off Skarvik",
            "The ferry Nordlys ran aground near Skarvik "
            "harbour on {d} March 2025 with {n} passengers aboard, the coastguard said.",
        ),
        (
            "Museum reopens in Tallow",
            "The Tallow city museum reopened on {d} June 2024 after "
            "a renovation costing {n} million euros, its director Ana Brisk said.",
        ),
        (
            "Miners strike at Karn pit",
            "About {n}00 miners walked out at the Karn coal pit on "
            "{d} October 2023 over pay, union leader Tomas Vell told reporters.",
        ),
        (
            "Wildfire near Orvale contained",
            "Firefighters contained a wildfire near Orvale on "
            "{d} August 2022 after it burned {n} hectares, the regional fire service said.",
        ),
    ]
    for e, (title, body) in enumerate(events):
        for k in range(3):
            (folder / f"e{e}-{k}.txt").write_text(
                f"{title}\n{body.format(d=10 + k, n=3 + k)} Officials said more details would "
                f"follow.\n",
                encoding="utf-8",
            )
    with Store(tmp_path / "s.db") as store:
        report = pipeline.ingest(store, [str(folder)], processes=1)
        monkeypatch.setenv("CONSILIENCE_PROCESSES", "1")
        one = pipeline.briefs_for_ids(store, report.ids)
        assert len(one) >= 4  # enough stories for the child to take some
        with store.transaction():
            store.conn.execute("DELETE FROM briefs")
        monkeypatch.setenv("CONSILIENCE_PROCESSES", "2")
        monkeypatch.setattr(pipeline, "PARALLEL_BRIEFS_FROM", 2)
        two = list(pipeline.iter_briefs(store, report.ids))
        assert json.dumps(two, sort_keys=True) == json.dumps(one, sort_keys=True)
        keys = [k for (k,) in store.conn.execute("SELECT key FROM briefs ORDER BY key")]
        assert len(keys) == len(one)
        with store.transaction():  # half cached, half to build again
            for key in keys[::2]:
                store.conn.execute("DELETE FROM briefs WHERE key = ?", (key,))
        mixed = pipeline.briefs_for_ids(store, report.ids)
        assert json.dumps(mixed, sort_keys=True) == json.dumps(one, sort_keys=True)
