"""One article under two names is stored once (session 22, new-user tester, item 6).

A file copied to another name (the same text of the same outlet, with the same title and
date) is the same article, not a second printing: it is stored once, the ingest says which
stored source it is, and article counts and briefs count it once, on SQLite and
PostgreSQL alike. A reprint by another outlet, or the same text under another title or
date, stays an appearance of its own. Stores written before keep their duplicate rows;
they are read as one article."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.model import Article
from consilience.store import Store, article_key, distinct_articles

runner = CliRunner()

_TEXT = (
    "Dock strike halts ferry freight at Grellport\n\n"
    "Freight loading on the Grellport ferries stopped on Tuesday as 340 dock workers walked "
    "out over a pay offer, the port union said. Passenger sailings ran as planned.\n\n"
    '"We have waited two years for an offer that keeps up with rents," union steward '
    "Ilse Varga said. The port authority said talks would resume on Thursday.\n"
)


def _art(source: str, **meta) -> Article:
    base = {"outlet": "Coastline Post", "title": "Dock strike halts ferry freight",
            "published": "2025-04-08"}  # fmt: skip
    return Article(id="dock1", source=source, text=_TEXT, **{**base, **meta})


def _store_one(store: Store, first: Article) -> None:
    with store.transaction():
        store.add_article(first)
        store.put_appearance(first)


def test_a_copy_under_another_file_name_is_stored_once(store_target):
    first = _art("/news/dock.txt")
    with Store(store_target) as store:
        _store_one(store, first)
        copy = dataclasses.replace(first, source="/news/dock (copy).txt")
        assert store.copy_of(copy) == "/news/dock.txt"
        with store.transaction():
            assert store.put_appearance(copy) is False
        assert [a["source"] for a in store.appearances(["dock1"])["dock1"]] == ["/news/dock.txt"]
        assert store.printings() == 1


@pytest.mark.parametrize(
    "meta",
    [
        {"outlet": "Harbour Radio"},  # a reprint by another outlet
        {"title": "Ferry freight stops as dockers strike"},  # the same text retitled
        {"published": "2025-04-09"},  # printed again a day later
    ],
)
def test_another_outlet_title_or_date_stays_an_appearance(store_target, meta):
    with Store(store_target) as store:
        _store_one(store, _art("/news/dock.txt"))
        other = _art("/news/other.txt", **meta)
        assert store.copy_of(other) is None
        with store.transaction():
            assert store.put_appearance(other) is True
        assert len(store.appearances(["dock1"])["dock1"]) == 2
        assert store.printings() == 2


def test_the_same_source_read_again_is_not_a_copy(tmp_path):
    first = _art("/news/dock.txt")
    with Store(tmp_path / "s.db") as store:
        _store_one(store, first)
        assert store.copy_of(first) is None
        # read again with other metadata: a known source (an update), not a copy
        assert store.copy_of(dataclasses.replace(first, title="Dock strike, update")) is None
        # the same file by another spelling is that file, not a copy of it
        assert store.copy_of(dataclasses.replace(first, source="/news/../news/dock.txt")) is None


def test_without_an_outlet_the_url_host_tells_two_sites_apart():
    a = {"outlet": None, "title": "T", "published": "2025-04-08",
         "url": "https://www.gullnews.example/a/1"}  # fmt: skip
    same_site = {**a, "url": "https://gullnews.example/a/1?ref=rss"}
    other_site = {**a, "url": "https://tidings.example/a/1"}
    assert article_key(a) == article_key(same_site)
    assert article_key(a) != article_key(other_site)
    assert article_key({**a, "url": "http://[::1"}) != article_key(a)  # malformed: itself


def test_rows_stored_before_are_read_as_one_article(tmp_path):
    """A store written before copies were kept out holds one row per file name."""
    first = _art("/news/dock.txt")
    with Store(tmp_path / "s.db") as store:
        _store_one(store, first)
        with store.transaction():
            for name in ("/news/dock_copy.txt", "/news/again.txt"):
                store.conn.execute(
                    "INSERT INTO appearances (article_id, source, url, outlet, title, "
                    "published) VALUES (?, ?, ?, ?, ?, ?)",
                    ("dock1", name, None, first.outlet, first.title, first.published),
                )
            reprint = _art("/radio/dock.txt", outlet="Harbour Radio")
            store.put_appearance(reprint)
        apps = store.appearances(["dock1"])["dock1"]
        assert [a["source"] for a in apps] == ["/news/again.txt", "/radio/dock.txt"]
        assert store.printings() == 2


def test_distinct_articles_keeps_the_first_of_each_in_order():
    rows = [
        {"source": "b", "outlet": "P", "title": "T", "published": "2025-01-01"},
        {"source": "r", "outlet": "Q", "title": "T", "published": "2025-01-01"},
        {"source": "a", "outlet": "P", "title": "T", "published": "2025-01-01"},
    ]
    assert [r["source"] for r in distinct_articles(rows)] == ["b", "r"]


_FRONT = "---\ntitle: {title}\noutlet: {outlet}\npublished: 2025-04-08T09:15:00Z\n---\n"
_BODY = _TEXT.split("\n\n", 1)[1]
_OTHER = (
    "Grellport dockers strike over pay\n\n"
    "About 340 dock workers at Grellport stopped work on Tuesday, halting freight on the "
    "ferries, after rejecting a pay offer of 3 percent, the port union said.\n\n"
    "The port authority said talks with the union would resume on Thursday and that "
    "passenger sailings were not affected.\n"
)


def _folder(root: Path) -> Path:
    """``in/``: a report, a byte-identical copy of it, another outlet's printing of the
    same text and an independent report; ``again.md`` outside it is another copy."""
    folder = root / "in"
    folder.mkdir()
    head = _FRONT.format(title="Dock strike halts ferry freight", outlet="Coastline Post")
    (folder / "post.md").write_text(head + _BODY, encoding="utf-8")
    shutil.copy(folder / "post.md", folder / "post_copy.md")
    shutil.copy(folder / "post.md", root / "again.md")
    radio = _FRONT.format(title="Dock strike halts ferry freight", outlet="Harbour Radio")
    (folder / "radio.md").write_text(radio + _BODY, encoding="utf-8")
    other = _FRONT.format(title="Grellport dockers strike", outlet="Isle Ledger")
    (folder / "ledger.md").write_text(other + _OTHER, encoding="utf-8")
    return folder


def test_ingest_and_brief_count_a_copied_file_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path)
    got = runner.invoke(app, ["ingest", "in", "--db", "s.db"])
    assert got.exit_code == 0, got.output
    assert "in/post_copy.md: already stored as in/post.md" in got.stderr
    assert "holds 3 articles · 2 distinct texts" in got.stdout
    again = runner.invoke(app, ["ingest", "again.md", "--db", "s.db"])
    assert "again.md: already stored as in/post.md" in again.stderr
    assert "already stored 1" in again.stdout and "holds 3 articles" in again.stdout
    listed = json.loads(runner.invoke(app, ["articles", "--db", "s.db", "-f", "json"]).stdout)
    sources = [a["source"] for h in listed["articles"] for a in h.get("appearances", [h])]
    assert sorted(Path(s).name for s in sources) == ["ledger.md", "post.md", "radio.md"]
    brief = json.loads(
        runner.invoke(app, ["brief", "in", "again.md", "--db", "s.db", "-f", "json"]).stdout
    )
    heads = brief["story"]["articles"]
    printed = [a for h in heads for a in h.get("appearances", [h])]
    assert sorted(a["outlet"] for a in printed) == [
        "Coastline Post",
        "Harbour Radio",
        "Isle Ledger",
    ]
    # the stored file was among the inputs: it keeps its name
    assert sorted(Path(a["source"]).name for a in printed) == ["ledger.md", "post.md", "radio.md"]
    # briefed alone, the copy shows the name it was given, not the stored file's
    alone = json.loads(
        runner.invoke(app, ["brief", "again.md", "--db", "s.db", "-f", "json"]).stdout
    )
    assert [Path(h["source"]).name for h in alone["story"]["articles"]] == ["again.md"]
