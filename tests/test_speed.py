"""Throughput machinery: the spaCy worker process, the layout-independence of ingest, and
the brief cache. Outputs must not depend on batching or on the process layout."""

from __future__ import annotations

import json
import os
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


# --------------------------------------------------------------------------- the embed step

ARTICLES = [
    (
        "Dam repairs begin at Holloway",
        "Engineers began repairing the Holloway dam on Monday after a crack let water seep "
        "into the valley, the water board said. Repairs will cost 14 million pounds and take "
        "eight months, according to the board. Farmers downstream, who lost two harvests, "
        "welcomed the work but asked for compensation.",
    ),
    (
        "Holloway dam crack: work starts",
        "Work on the cracked Holloway dam started on Monday, a spokesman for the water board "
        "told the Courier. The board put the bill at 15 million pounds. He said the reservoir "
        "would be lowered by three metres while crews sealed the crack.",
    ),
    (
        "Valley farmers want money",
        "Farmers in the Holloway valley demanded compensation on Tuesday for harvests lost to "
        "seepage from the dam. Their union said 40 farms had been affected since 2023.",
    ),
]


def _spied_model(monkeypatch) -> list[list[str]]:
    """Replace the model with a spy recording each call's texts and returning fixed unit
    vectors derived from each text (no model is loaded)."""
    import numpy as np

    calls: list[list[str]] = []

    def fake(texts, **_kw):
        calls.append(list(texts))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for k, t in enumerate(texts):
            out[k, _row(t)] = 1.0
        return out

    monkeypatch.setattr(pipeline.embed_mod, "embed_texts", fake)
    return calls


def _row(text: str) -> int:
    """The one non-zero coordinate of the spy model's vector of ``text``."""
    return sum(map(ord, text)) % 384


def _analysed(nlp, articles=ARTICLES):
    from consilience.model import Analysis, Article

    found = []
    for k, (title, body) in enumerate(articles):
        text = f"{title}\n{body}\n"
        article = Article(id=f"d{k}", source=f"d{k}.txt", text=text, title=title)
        found.append(Analysis(article, nlp(text)))
    return found


def test_batch_is_embedded_in_two_calls_split_by_article(nlp, monkeypatch):
    """The head's sentences and unit texts go in the first model call (the child's when
    there is one), the rest's with the titles in the second: a clause is embedded by the
    process that embeds its sentences, so neither process carries every clause."""
    analyses = _analysed(nlp)
    extracted = [pipeline._extract_stored(a.doc, a.article) for a in analyses]
    units = [texts for _data, texts in extracted]
    assert all(units)  # every article has clauses that are not whole sentences
    calls = _spied_model(monkeypatch)
    processed = pipeline._process(analyses, extracted)
    head = pipeline._head_size(analyses, units)
    assert 0 < head < len(analyses) and len(calls) == 2

    first, second = set(calls[0]), set(calls[1])
    head_texts = {s.text for a in analyses[:head] for s in a.sentences} | {
        t for ts in units[:head] for t in ts
    }
    rest_texts = {s.text for a in analyses[head:] for s in a.sentences} | {
        t for ts in units[head:] for t in ts
    }
    assert first == head_texts
    assert second == rest_texts | {title for title, _ in ARTICLES}
    for call in calls:  # each distinct text once per call
        assert len(call) == len(set(call))
    for p, a, ts in zip(processed, analyses, units, strict=True):
        assert p.vectors.shape == (len(a.sentences), 384)
        assert p.unit_texts == ts and p.unit_vectors.shape == (len(ts), 384)
        assert [int(v.argmax()) for v in p.unit_vectors] == [_row(t) for t in ts]
        assert [int(v.argmax()) for v in p.vectors] == [_row(s.text) for s in a.sentences]


#: Builds the briefs of a store in a fresh process (no model loaded or cached yet), with
#: spaCy kept to reading stored Docs back and the embedding model unusable; prints them.
NO_MODEL_BRIEFS = """
import json, sys
from consilience import analyse, embed, pipeline
from consilience.store import Store

class VocabOnly:
    def __init__(self, nlp):
        self._nlp = nlp
    def __getattr__(self, name):
        if name == "pipe":
            raise AssertionError("spaCy ran")
        return getattr(self._nlp, name)
    def __call__(self, *a, **k):
        raise AssertionError("spaCy ran")

def boom(*a, **k):
    raise AssertionError("the embedding model ran")

nlp = VocabOnly(analyse.load_nlp())
analyse.load_nlp = lambda: nlp
embed.load_model = embed.embed_texts = boom
with Store(sys.argv[1]) as store:
    print(json.dumps(pipeline.briefs_for_ids(store, store.article_ids()), sort_keys=True))
"""

COUNTED = [
    (
        "Storm floods valley farms",
        "Heavy rain flooded 40 farms in the Marrow valley on Sunday, the farmers' union said. "
        "The union asked the province for emergency aid.",
    ),
    (
        "Marrow valley under water",
        "The storm on Sunday left 37 smallholdings in the Marrow valley under water, according "
        "to the farmers' union, which asked the province for emergency aid.",
    ),
    (
        "Aid sought after valley floods",
        "The farmers' union asked the province on Monday for emergency aid after rain flooded "
        "42 homesteads in the Marrow valley at the weekend.",
    ),
]


@pytest.mark.parametrize("articles", [ARTICLES, COUNTED], ids=["clauses", "counted-nouns"])
def test_a_brief_of_an_ingested_story_calls_no_model(articles, tmp_path):
    """Everything a brief compares by embedding (sentences, clauses, event phrases, the
    nouns of counts) was embedded and stored at ingest: building the briefs afterwards in a
    fresh process, with no brief cached yet, runs neither model, and gives the briefs of
    an unhindered build."""
    folder = tmp_path / "in"
    folder.mkdir()
    for k, (title, body) in enumerate(articles):
        (folder / f"d{k}.txt").write_text(f"{title}\n{body}\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = pipeline.ingest(store, [str(folder)], processes=1)
        first = pipeline.briefs_for_ids(store, report.ids)
        with store.transaction():
            store.conn.execute("DELETE FROM briefs")
    out = subprocess.run(
        [sys.executable, "-c", NO_MODEL_BRIEFS, str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        env={**os.environ, "CONSILIENCE_PROCESSES": "1"},
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == json.dumps(first, sort_keys=True)
