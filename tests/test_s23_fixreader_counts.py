"""One article count in every command and format (session 23).

A text with no outlet and no URL copied under another file name stays its own printing
(``distinct_articles``: nothing tells a copied file from a second source of unknown origin),
so the ingest line (``Store.printings``), the ``articles`` table title and the ``articles``
JSON must all count it. The texts are written for these tests (a harvest festival notice).
"""

from __future__ import annotations

import dataclasses
import json

from typer.testing import CliRunner

from consilience.cli import app
from consilience.model import Article
from consilience.store import Store

runner = CliRunner()

_TEXT = (
    "Harvest fair returns to Ellsworth green\n\n"
    "The Ellsworth harvest fair will return to the village green on Saturday after a"
    " two-year break, the parish council said. Stalls will sell apples, cider and bread.\n"
)


def _art(source: str, text: str = _TEXT, **meta) -> Article:
    return Article(id=f"id{len(text)}", source=source, text=text, title="Harvest fair", **meta)


def _put(store: Store, article: Article) -> None:
    with store.transaction():
        store.add_article(article)
        store.put_appearance(article)


def test_copies_without_outlet_are_each_a_printing(store_target):
    bare = _art("/notes/fair.txt")
    with Store(store_target) as store:
        _put(store, bare)
        _put(store, dataclasses.replace(bare, source="/notes/fair_again.txt"))
        _put(store, dataclasses.replace(bare, source="/notes/fair_third.txt"))
        assert len(store.appearances([bare.id])[bare.id]) == 3
        assert (store.count(), store.printings()) == (1, 3)


def test_printings_still_fold_one_article_under_two_names(store_target):
    named = _art("/wire/fair.txt", outlet="Vale Wire", published="2026-09-01")
    with Store(store_target) as store:
        _put(store, named)
        with store.transaction():  # a row stored before copies were kept out
            store.conn.execute(
                "INSERT INTO appearances (article_id, source, url, outlet, title, "
                "published) VALUES (?, ?, ?, ?, ?, ?)",
                (named.id, "/wire/fair (1).txt", None, "Vale Wire", named.title, "2026-09-01"),
            )
        reprint = dataclasses.replace(named, source="/radio/fair.txt", outlet="Dale FM")
        _put(store, reprint)
        assert store.printings() == len(store.appearances([named.id])[named.id]) == 2


def test_ingest_line_table_and_json_give_one_count(tmp_path):
    notes = tmp_path / "in"
    notes.mkdir()
    other = "Bridge repairs delayed\n\nRepairs to the Mill Lane footbridge will start in May."
    (notes / "fair.txt").write_text(_TEXT, encoding="utf-8")
    (notes / "bridge.txt").write_text(other + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["ingest", str(notes), "--db", db]).exit_code == 0
    copied = tmp_path / "fair_copy.txt"
    copied.write_text(_TEXT, encoding="utf-8")
    res = runner.invoke(app, ["ingest", str(copied), "--db", db])
    assert res.exit_code == 0
    assert "holds 3 articles · 2 distinct texts" in res.output
    table = runner.invoke(app, ["articles", "--db", db])
    assert "3 articles · 2 distinct texts" in table.output
    doc = json.loads(runner.invoke(app, ["articles", "--db", db, "--format", "json"]).output)
    assert (doc["printings"], doc["distinct_texts"], len(doc["articles"])) == (3, 2, 2)
    assert sum(len(a.get("appearances") or [a]) for a in doc["articles"]) == doc["printings"]
