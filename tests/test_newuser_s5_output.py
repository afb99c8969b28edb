"""New-user probes of where a brief is written and what is read back (session 5 tester).

``consilience brief --story ID --db desk.db -o desk.db --format md`` wrote the Markdown over
the store (every article gone: "file is not a database"), and ``-o`` naming one of the
inputs overwrote that article. Both are refused before anything is written. A brief the
tool wrote (``brief clippings/ -o clippings/brief.html`` run a second time) was read back
as a news article of 80,000 characters that repeats every other article; it is now
skipped with that reason, in HTML (the generator tag) and Markdown (the coverage line).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.model import Skipped
from consilience.read import OWN_OUTPUT, read_path
from consilience.render_html import render_html
from consilience.render_md import render_markdown
from consilience.store import Store

MILL = "Fire crews spent the night at the Ashby flour mill, the fire service said on Sunday."


def _brief() -> dict:
    art = {"id": "m1", "source": "ashby.txt", "outlet": "Ashby Post", "title": "Mill fire",
           "published": "2025-06-01"}  # fmt: skip
    return {"schema": "consilience.brief/1",
            "story": {"id": "story-mill", "title": "Fire at the Ashby mill", "articles": [art]},
            "unique": [{"article": "m1", "text": MILL,
                        "citation": {"article": "m1", "start": 0, "end": len(MILL)}}]}  # fmt: skip


def _store(path: Path) -> Path:
    Store(str(path)).close()
    return path


def _brief_cli(*args: str):
    return CliRunner().invoke(app, ["brief", *args])


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_output_onto_the_store_is_refused_and_the_store_kept(tmp_path, suffix):
    db = _store(tmp_path / "desk.db")
    result = _brief_cli("--story", "story-mill", "--db", str(db), "-o", f"{db}{suffix}",
                        "--format", "md")  # fmt: skip
    assert result.exit_code == 2
    assert "is the store" in result.output and "Traceback" not in result.output
    with sqlite3.connect(db) as conn:  # still a database
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def test_output_onto_the_store_by_another_spelling_is_refused(tmp_path, monkeypatch):
    db = _store(tmp_path / "desk.db")
    monkeypatch.chdir(tmp_path)
    result = _brief_cli("--story", "s", "--db", "desk.db", "-o", "./sub/../desk.db", "-f", "json")
    assert result.exit_code == 2 and "is the store" in result.output
    assert db.read_bytes()[:15] == b"SQLite format 3"


def test_output_onto_an_input_file_is_refused_before_reading(tmp_path):
    article = tmp_path / "ashby.md"
    article.write_text("# Mill fire\n\n" + MILL + "\n", encoding="utf-8")
    result = _brief_cli(str(article), "--db", str(tmp_path / "s.db"), "-o", str(article))
    assert result.exit_code == 2 and "is one of the inputs" in result.output
    assert MILL in article.read_text(encoding="utf-8")
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("name", ["brief.html", "Brief.HTM"])
def test_an_html_brief_is_not_read_back_as_an_article(tmp_path, name):
    path = tmp_path / name
    path.write_text(render_html(_brief(), {"m1": MILL}), encoding="utf-8")
    [got] = list(read_path(str(path)))
    assert isinstance(got, Skipped) and got.reason == OWN_OUTPUT


def test_a_markdown_brief_is_not_read_back_as_an_article(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text(render_markdown(_brief(), {"m1": MILL}), encoding="utf-8")
    [got] = list(read_path(str(path)))
    assert isinstance(got, Skipped) and got.reason == OWN_OUTPUT


def test_articles_that_merely_mention_the_tool_are_still_read(tmp_path):
    page = tmp_path / "blog.html"
    page.write_text(
        '<html><head><meta name="generator" content="WordPress 6.4"><title>Mill fire</title>'
        "</head><body><article><p>" + MILL + " A reporter used consilience to compare "
        "*3 articles from 2 outlets* on the fire.</p></article></body></html>",
        encoding="utf-8",
    )
    note = tmp_path / "note.md"
    note.write_text("# Mill fire\n\n*3 articles from 2 outlets · story of the week*\n\n" + MILL)
    got = [r for path in (page, note) for r in read_path(str(path))]
    assert [type(r).__name__ for r in got] == ["RawArticle", "RawArticle"]
