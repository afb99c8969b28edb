"""Identical text from different sources is syndication: every appearance is kept."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import app
from consilience.model import Article
from consilience.store import MIGRATIONS, Store

WIRE = (
    "Storm closes mountain pass for second day\n\n"
    "The Hallen pass stayed closed on Tuesday after a storm left snowdrifts up to 2 metres "
    "deep, the roads agency said. Snowploughs cleared 14 kilometres of the road overnight, "
    'agency spokeswoman Lise Aune said, but avalanche risk kept it shut. "We will not open '
    'the pass until the slopes are safe," Aune said. About 300 lorries waited in the valley.\n'
)
OUTLETS = {
    "wire.txt": "Kestrel Wire",
    "daily.txt": "Dunmore Daily",
    "observer.txt": "Fell Observer",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name in OUTLETS:
        (folder / name).write_text(WIRE, encoding="utf-8")
    rows = "".join(f"{n},{o},2025-01-{14 + i}\n" for i, (n, o) in enumerate(OUTLETS.items()))
    meta = folder / "meta.csv"
    meta.write_text("path,outlet,published\n" + rows, encoding="utf-8")
    return meta


def test_one_text_from_three_outlets_keeps_three_appearances(tmp_path):
    runner = CliRunner()
    meta = _corpus(tmp_path / "in")
    db = str(tmp_path / "s.db")
    inputs = [str(tmp_path / "in" / n) for n in OUTLETS]
    first = runner.invoke(app, ["ingest", *inputs, "--db", db, "--meta", str(meta)])
    assert first.exit_code == 0, first.output
    assert "new 1 ·" in first.output and "new appearances 2" in first.output
    again = runner.invoke(app, ["ingest", *inputs, "--db", db, "--meta", str(meta)])
    assert "new appearances 0" in again.output and "already stored 3" in again.output

    listing = json.loads(runner.invoke(app, ["stories", "--db", db, "-f", "json"]).stdout)
    [story] = listing["stories"]
    [entry] = story["articles"]
    outlets = [a["outlet"] for a in entry["appearances"]]
    assert outlets == ["Kestrel Wire", "Dunmore Daily", "Fell Observer"]  # earliest first

    brief = json.loads(
        runner.invoke(app, ["brief", "--story", story["id"], "--db", db, "-f", "json"]).stdout
    )
    [head] = brief["story"]["articles"]
    assert [a["published"] for a in head["appearances"]] == [
        "2025-01-14",
        "2025-01-15",
        "2025-01-16",
    ]


def test_store_keeps_appearances_per_source_and_replaces_a_source_read_again():
    store = Store(":memory:")
    text = "The ferry timetable changes on Monday, the operator said in a statement today."
    one = Article(id="t1", source="a.txt", text=text, outlet="Alpha Post", published="2025-02-03")
    two = Article(id="t1", source="b.txt", text=text, outlet="Beta News", published="2025-02-01")
    with store.transaction():
        store.add_article(one)
        assert store.put_appearance(one) is True
        assert store.put_appearance(two) is True
        assert store.put_appearance(Article(**{**two.__dict__, "outlet": "Beta Daily"})) is False
    apps = store.appearances(["t1"])["t1"]
    assert [(a["source"], a["outlet"]) for a in apps] == [
        ("b.txt", "Beta Daily"),
        ("a.txt", "Alpha Post"),
    ]


def test_a_store_from_before_appearances_gets_one_per_article(tmp_path):
    db = tmp_path / "six.db"
    conn = sqlite3.connect(db)
    for script in MIGRATIONS[:6]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO articles (id, source, outlet, text) VALUES ('k1', 'k.txt', 'Kiln Times', "
        "'Kiln workers ended a strike after nine days, their union said on Friday evening.')"
    )
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()
    with Store(db) as store:
        [app_] = store.appearances(["k1"])["k1"]
    assert (app_["source"], app_["outlet"]) == ("k.txt", "Kiln Times")
