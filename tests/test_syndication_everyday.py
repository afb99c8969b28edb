"""One text printed by several outlets is counted alike by every everyday command and page
(session 11): the ingest line counts each article read once (a first ingest stores nothing
"already"), the story list's ``copies`` are the printings after a text's first, the
article list gives every printing marked as a copy of the first, and the web app's article
page does the same; all agree with the brief's "N articles · M distinct texts".

The texts are written for these tests (a lighthouse keeper's rescue, a ferry fare rise).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.ingest_summary import ingest_counts

RESCUE = (
    "Lighthouse keeper pulls two kayakers from the sea at Skarnes\n\n"
    "The keeper of the Skarnes lighthouse rescued two kayakers on Sunday after their boat "
    "overturned in a squall, the coastguard said. Ola Brekke, 58, rowed out 400 metres "
    "and brought both ashore. One of the kayakers was treated for cold at the hospital in "
    "Farsund.\n"
)
FARES = (
    "Ferry fares to Hallo island to rise by 12 percent\n\n"
    "Fares on the ferry to Hallo island will rise by 12 percent from March, the operator "
    "Vestlink said on Monday, blaming the price of fuel. Islanders have started a petition.\n"
)
PRINTERS = {"tide.txt": "Tide Courier", "north.txt": "North Star", "fjord.txt": "Fjord Post"}


def _corpus(folder: Path) -> list[str]:
    """Three outlets printing the rescue verbatim, one reporting the fares: files and a
    manifest giving their outlets."""
    folder.mkdir()
    for name in PRINTERS:
        (folder / name).write_text(RESCUE, encoding="utf-8")
    (folder / "fares.txt").write_text(FARES, encoding="utf-8")
    rows = "".join(f"{n},{o},2026-04-0{k + 5}\n" for k, (n, o) in enumerate(PRINTERS.items()))
    (folder / "meta.csv").write_text(
        "path,outlet,published\n" + rows + "fares.txt,Isle Radio,2026-04-06\n", encoding="utf-8"
    )
    return [str(folder / n) for n in [*PRINTERS, "fares.txt"]]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> tuple[str, str, list[str]]:
    """(db, the first ingest's output, the inputs) of the corpus ingested once."""
    root = tmp_path_factory.mktemp("synd")
    inputs = _corpus(root / "in")
    db = str(root / "s.db")
    got = CliRunner().invoke(
        app, ["ingest", *inputs, "--db", db, "--meta", str(root / "in" / "meta.csv")]
    )
    assert got.exit_code == 0, got.output
    return db, got.output, inputs


def test_the_first_ingest_of_printings_counts_nothing_already_stored(store) -> None:
    _db, line, _inputs = store
    assert "read 4 · new 2 ·" in line
    assert "new appearances 2 · already stored 0 ·" in line
    assert "holds 4 articles · 2 distinct texts" in line


def test_a_second_ingest_counts_each_article_once(store, tmp_path) -> None:
    db, _line, inputs = store
    meta = str(Path(inputs[0]).parent / "meta.csv")
    again = CliRunner().invoke(app, ["ingest", *inputs, "--db", db, "--meta", meta])
    assert "new 0 ·" in again.output
    assert "new appearances 0 · already stored 4 ·" in again.output


def test_ingest_counts_add_up_to_what_was_read() -> None:
    """Same run: one text from three sources and one source given twice."""
    report = SimpleNamespace(
        read=6,
        new=["t1", "t2"],
        updated=[],
        appearances=["t1", "t1", "t3"],
        already=["t1", "t1", "t2", "t3"],
        skipped=[],
    )
    got = ingest_counts(report)
    assert got["new_appearances"] == 3 and got["already_stored"] == 0 and got["repeated"] == 1
    parts = ("new", "updated", "new_appearances", "already_stored", "repeated", "skipped")
    assert sum(got[k] for k in parts) == got["read"]


def test_story_list_copies_agree_with_the_brief(store) -> None:
    db, _line, _inputs = store
    runner = CliRunner()
    listing = json.loads(runner.invoke(app, ["stories", "--db", db, "-f", "json"]).stdout)
    rescue = next(s for s in listing["stories"] if "Skarnes" in s["title"])
    brief = runner.invoke(app, ["brief", "--story", rescue["id"], "--db", db]).stdout
    assert "3 articles from 3 outlets · 1 distinct text" in brief
    table = runner.invoke(app, ["stories", "--db", db], env={"COLUMNS": "200"}).stdout
    row = next(line for line in table.splitlines() if rescue["id"] in line)
    cells = [c.strip() for c in row.split("│") if c.strip()]
    assert cells[1:4] == ["3", "3", "2"]  # articles, outlets, copies


def test_article_list_gives_every_printing(store) -> None:
    db, _line, _inputs = store
    runner = CliRunner()
    table = runner.invoke(app, ["articles", "--db", db], env={"COLUMNS": "250"}).stdout
    assert "4 articles · 2 distinct texts" in table
    for outlet in [*PRINTERS.values(), "Isle Radio"]:
        assert outlet in table
    assert table.count("copy of ") == 2
    doc = json.loads(runner.invoke(app, ["articles", "--db", db, "-f", "json"]).stdout)
    rescue = next(a for a in doc["articles"] if "Skarnes" in (a["title"] or ""))
    assert sorted(p["outlet"] for p in rescue["appearances"]) == sorted(PRINTERS.values())
    fares = next(a for a in doc["articles"] if "Hallo" in (a["title"] or ""))
    assert "appearances" not in fares


def test_web_article_page_lists_every_printing(store) -> None:
    from fastapi.testclient import TestClient

    from consilience.web import create_app

    db, _line, _inputs = store
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    page = client.get("/articles").text
    assert '<span class="count">4</span>' in page and "2 distinct texts" in page
    for outlet in PRINTERS.values():
        assert outlet in page
    assert page.count("(copy of ") == 2
    listing = client.get("/api/stories").json()
    rescue = next(s for s in listing["stories"] if "Skarnes" in s["title"])
    assert rescue["counts"]["articles"] == 3 and rescue["counts"]["outlets"] == 3
