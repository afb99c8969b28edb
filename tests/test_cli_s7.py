"""Session 7 new-user findings on the CLI: the demo's default store belongs to one demo
corpus (another checkout's demo added its copies as reprints: "14 articles … A1.2"), ``brief``
refuses PATHs beside ``--story`` instead of ignoring them, and an ``ingest`` that reads
nothing leaves no new empty store behind."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from consilience import cli
from consilience.cli import app

runner = CliRunner()


def _flat(output: str) -> str:
    return re.sub(r"[│╭╮╰╯─\s]+", " ", output)


def test_the_demo_store_is_one_per_demo_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CONSILIENCE_DB", str(tmp_path / "main.db"))
    here = cli._demo_store_path()
    assert here.parent == tmp_path and here.name.startswith("demo-")
    other = tmp_path / "checkout2" / "consilience"
    (other / "demo").mkdir(parents=True)
    monkeypatch.setattr(cli.resources, "files", lambda _pkg: other)
    assert cli._demo_store_path() != here


def test_brief_refuses_paths_beside_a_story(tmp_path) -> None:
    note = tmp_path / "note.md"
    note.write_text("The Varo bridge closed on Monday after a crack was found.")
    got = runner.invoke(
        app, ["brief", "--story", "story-x", str(note), "--db", str(tmp_path / "s.db")]
    )
    assert got.exit_code == 2
    assert "not both" in _flat(got.output)


def test_an_ingest_that_reads_nothing_creates_no_store(tmp_path) -> None:
    db = tmp_path / "typo.db"
    got = runner.invoke(app, ["ingest", str(tmp_path / "missing.md"), "--db", str(db)])
    assert got.exit_code == 3
    assert "not created" in _flat(got.output)
    assert not db.exists() and not Path(f"{db}-wal").exists()


def test_an_existing_store_stays_when_an_ingest_reads_nothing(tmp_path) -> None:
    db = tmp_path / "kept.db"
    note = tmp_path / "note.md"
    note.write_text("The Varo bridge closed on Monday after engineers found a crack in a pier.")
    assert runner.invoke(app, ["ingest", str(note), "--db", str(db)]).exit_code == 0
    got = runner.invoke(app, ["ingest", str(tmp_path / "missing.md"), "--db", str(db)])
    assert got.exit_code == 3
    assert db.exists() and "holds 1 article" in _flat(got.output)
    assert "1 articles" not in _flat(got.output)
