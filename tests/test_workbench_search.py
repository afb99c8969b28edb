"""Full-text search of the store (SQLite FTS5, bm25), from the store and the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import app
from consilience.model import Article
from consilience.store import MIGRATIONS, SCHEMA_VERSION, Store, fts_query

FERRY = Path(__file__).parent / "fixtures" / "workbench"

MILL = Article(
    id="m1",
    source="mill.txt",
    title="Old mill reopens as bakery",
    text="The old mill in Varde reopened on Saturday as a bakery. The miller's grandson, "
    "Jens Holt, said the wheel turns again after 60 years.",
)
FLOOD = Article(
    id="f1",
    source="flood.txt",
    title="River Varde floods farmland",
    text="Heavy rain pushed the river over its banks near the mill road, flooding farmland. "
    "Farmers said the water reached the old mill but the bakery stayed dry.",
)
VOTE = Article(
    id="v1",
    source="vote.txt",
    title="Council vote delayed",
    text="The council postponed its vote on the U.S.-built ferry terminal to next month.",
)


def _store(path=":memory:") -> Store:
    store = Store(path)
    with store.transaction():
        for a in (MILL, FLOOD, VOTE):
            store.add_article(a)
    return store


def test_search_finds_words_anywhere_in_the_text_best_first():
    store = _store()
    hits = store.search("bakery mill")
    assert [h["id"] for h in hits] == ["m1", "f1"]  # the title hit ranks first
    assert hits[0]["score"] <= hits[1]["score"]
    assert "[" in hits[1]["snippet"] and "]" in hits[1]["snippet"]
    assert [h["id"] for h in store.search("GRANDSON")] == ["m1"]
    assert store.search("grandson flood") == []


def test_search_treats_punctuation_and_operators_as_plain_words():
    store = _store()
    assert [h["id"] for h in store.search('U.S.-built "terminal" (ferry')] == ["v1"]
    assert store.search("grandson OR farmland") == []  # OR is a word here, not an operator
    assert store.search("*** -- ()") == []
    assert fts_query('say "no" OR') == '"say" "no" "OR"'


def test_an_updated_title_is_searchable_and_the_old_one_gone():
    store = _store()
    renamed = Article(**{**VOTE.__dict__, "title": "Terminal decision postponed"})
    with store.transaction():
        store.update_article(renamed)
    assert [h["id"] for h in store.search("decision")] == ["v1"]
    assert store.search("delayed") == []


def test_a_store_from_before_the_index_is_indexed_when_opened(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for script in MIGRATIONS[:5]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO articles (id, source, title, text) VALUES (?, ?, ?, ?)",
        ("o1", "o.txt", "Lighthouse keeper retires", "After 31 years the keeper locked the door."),
    )
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [h["id"] for h in store.search("keeper door")] == ["o1"]


def test_search_command_shows_matches_with_their_story(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", str(FERRY), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["search", "hotel rooms", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "consilience.search/1"
    [match] = doc["matches"]
    assert Path(match["source"]).name == "ferry_c.txt"
    assert match["story"] and match["story_title"]
    many = runner.invoke(app, ["search", "sandbank", "--db", db, "-f", "json"])
    assert len(json.loads(many.stdout)["matches"]) == 3
    table = runner.invoke(app, ["search", "sandbank", "--db", db])
    assert "3 matches" in table.output
    missing = runner.invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2
