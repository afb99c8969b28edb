"""Store cache keys follow the code: a changed extractor or boilerplate marking never serves
its old results from a store filled by an older release (session 18, a new user's store)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from consilience import brief as brief_mod
from consilience import code_versions, pipeline
from consilience import store as store_mod
from consilience.model import Article
from consilience.store import Store

ARTICLE = (
    "Ferry service to Skarholm resumes\n"
    "The ferry between Portwick and Skarholm sailed again on Friday after a three-week "
    'repair, the operator Nordlink said. "We are glad to have our passengers back," '
    "Nordlink's director Tove Brandal said. The crossing takes 70 minutes.\n"
)


def _package(root: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        (root / name).write_text(source, encoding="utf-8")


def test_digest_follows_imports_and_registry_entries(tmp_path, monkeypatch):
    _package(
        tmp_path,
        {
            "top.py": "from .helper import f\nENTRY = 'consilience.listed:run'\n",
            "helper.py": "def f():\n    from . import deep\n    return deep\n",
            "deep.py": "X = 1\n",
            "listed.py": "def run():\n    pass\n",
            "other.py": "Y = 2\n",
        },
    )
    monkeypatch.setattr(code_versions, "_ROOT", tmp_path)
    code_versions._digest.cache_clear()
    code_versions._imported.cache_clear()
    names = [p.name for p in code_versions.module_closure(["consilience.top"])]
    assert names == ["deep.py", "helper.py", "listed.py", "top.py"]
    before = code_versions.source_digest(["consilience.top"])
    (tmp_path / "other.py").write_text("Y = 3\n", encoding="utf-8")  # not imported
    code_versions._digest.cache_clear()
    assert code_versions.source_digest(["consilience.top"]) == before
    (tmp_path / "deep.py").write_text("X = 2\n", encoding="utf-8")  # imported two steps away
    code_versions._digest.cache_clear()
    assert code_versions.source_digest(["consilience.top"]) != before
    code_versions._digest.cache_clear()
    code_versions._imported.cache_clear()


def test_extraction_and_story_item_versions_carry_the_extractors_code():
    version = brief_mod.extraction_version()
    modules = [entry.split(":")[0] for entry, _ in brief_mod.EXTRACTORS.values()]
    assert f"code={code_versions.source_digest(modules)}" in version
    covered = {p.name for p in code_versions.module_closure(modules)}
    assert {"quantities.py", "claims.py", "quotes.py", "boilerplate.py"} <= covered
    assert version in pipeline.story_item_version()


def _quotes_in_store(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT version, data FROM extractions").fetchall()
    finally:
        conn.close()
    return [v for v, _ in rows]


def test_a_changed_extractor_gives_a_new_brief(tmp_path, monkeypatch):
    """An extraction stored by other code (emulated: its quotes wiped under the current
    key) is served while the code is the same, and never once the code changes."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.db"
    with Store(db) as store:
        report = pipeline.ingest(store, [str(folder)], processes=1)
        [story] = pipeline.list_stories(store)
        first = pipeline.brief_of(store, story)
        assert first["quotes"], "the fixture must have a quote"
        version = brief_mod.extraction_version()
        [aid] = report.ids
        stale = store.extractions(version, [aid])[aid]
        stale["quotes"] = []
        with store.transaction():
            store.put_extraction(aid, version, stale)
            store.conn.execute("DELETE FROM briefs")
        assert pipeline.brief_of(store, story)["quotes"] == []  # same code: the stored one
        monkeypatch.setattr(brief_mod, "source_digest", lambda modules: "changed-code")
        with store.transaction():
            store.conn.execute("DELETE FROM briefs")
        again = pipeline.brief_of(store, story)
    assert again["quotes"] == first["quotes"]
    assert _quotes_in_store(db) == [brief_mod.extraction_version()]  # the old row is gone


def _stored_cell(db: Path, value: str | None) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE articles SET boilerplate = ?", (value,))
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("version", ["current", "older", "bare list", "none"])
def test_boilerplate_spans_of_another_marking_are_computed_again(tmp_path, version):
    text = "By Jo Lind\nThe bridge at Varnholm reopened on Monday after repairs.\n"
    art = Article(id="a1", source="a.txt", title="Bridge reopens", text=text)
    db = tmp_path / "s.db"
    with Store(db) as store, store.transaction():
        store.add_article(art)
    fake = [[11, 20, "caption"]]  # a span no marking gives
    cells = {
        "current": {"version": store_mod.boilerplate_version(), "spans": fake},
        "older": {"version": "0000", "spans": fake},
        "bare list": fake,
        "none": None,
    }
    cell = cells[version]
    _stored_cell(db, None if cell is None else json.dumps(cell))
    with Store(db) as store:
        [back] = store.articles(["a1"])
    got = [(s.start, s.end, s.kind) for s in back.boilerplate]
    if version == "current":
        assert got == [(11, 20, "caption")]  # the stored spans of this marking are used
    else:
        assert got == [(0, 10, "byline")]  # computed by today's marking
