"""End-to-end runs of the ``consilience`` command, as a user would type them."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from consilience.cli import EXIT_SKIPPED, app

runner = CliRunner()

#: The analysis sections of the brief contract (consilience.brief/1), as DESIGN.md names them.
CONTRACT_SECTIONS = (
    "summary",
    "consensus",
    "conflicts",
    "corroborated",
    "unique",
    "quotes",
    "provenance",
    "timeline",
    "entities",
)

TOWNS = ["Alder", "Brisk", "Corran", "Dunmore", "Elsby", "Fenwick", "Garth", "Holme"]


def _write_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct short articles (own prose), one per file."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        p = folder / f"article_{i:03d}.txt"
        p.write_text(
            f"{town} council approves plan number {i}\n"
            f"The council of {town} approved a drainage plan worth {i + 2} million euros on Tuesday. "
            f"Mayor Ellen Marsh said the work on {i + 3} streets would begin in spring. "
            f"Residents of {town} had complained about flooding for {i % 5 + 2} years, the local paper reported.\n",
            encoding="utf-8",
        )
        paths.append(p)
    return paths


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_every_command_help_shows_an_example():
    for cmd in ["ingest", "brief", "articles", "stories", "demo", "serve"]:
        result = _run(cmd, "--help")
        assert result.exit_code == 0
        assert "consilience " + cmd in result.output.replace("\n", " "), cmd


def test_ingest_is_idempotent_and_reports(tmp_path):
    _write_corpus(tmp_path / "in", 3)
    db = str(tmp_path / "s.db")
    first = _run("ingest", str(tmp_path / "in"), "--db", db)
    assert first.exit_code == 0, first.output
    assert "new 3" in first.output and "already stored 0" in first.output
    second = _run("ingest", str(tmp_path / "in"), "--db", db)
    assert "new 0" in second.output and "already stored 3" in second.output
    listing = _run("articles", "--db", db, "--format", "json")
    doc = json.loads(listing.output)
    assert doc["schema"] == "consilience.articles/1"
    assert len(doc["articles"]) == 3
    assert set(doc["articles"][0]) == {"id", "source", "outlet", "title", "published"}


def test_bad_inputs_are_skipped_with_one_line_and_the_run_goes_on(tmp_path):
    _write_corpus(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "blob.txt").write_bytes(bytes(range(256)) * 10)
    db = str(tmp_path / "s.db")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "consilience",
            "ingest",
            str(tmp_path / "in"),
            str(tmp_path / "missing.txt"),
            "--db",
            db,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == EXIT_SKIPPED
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 3, result.stderr
    assert any("empty.txt" in line for line in skipped)
    assert any("blob.txt" in line for line in skipped)
    assert any("missing.txt" in line for line in skipped)
    assert "new 2" in result.stdout


def test_bad_published_date_is_a_usage_error(tmp_path):
    result = runner.invoke(
        app,
        ["ingest", str(tmp_path), "--published", "yesterday-ish", "--db", str(tmp_path / "s.db")],
    )
    assert result.exit_code == 2
    assert "not a date" in result.output


def test_unusable_store_is_one_line(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database " * 200)
    result = subprocess.run(
        [sys.executable, "-m", "consilience", "articles", "--db", str(bad)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "bad.db" in result.stderr


def test_killed_ingest_then_rerun_stores_every_article_exactly_once(tmp_path):
    n = 40
    _write_corpus(tmp_path / "in", n)
    db = tmp_path / "s.db"
    cmd = [
        sys.executable,
        "-m",
        "consilience",
        "ingest",
        str(tmp_path / "in"),
        "--db",
        str(db),
        "--batch-size",
        "2",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stored() -> int:
        try:
            conn = sqlite3.connect(db, timeout=0.1)
            try:
                return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.OperationalError:
            return 0

    deadline = time.monotonic() + 300
    while stored() < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = stored()
    assert 0 < partial < n, f"the kill should land mid-run (stored {partial} of {n})"

    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already stored {partial}" in rerun.stdout
    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    assert len(ids) == n == len(set(ids))
    # every stored article has its analysis, extraction and embeddings: nothing half-written
    for table in ("analyses", "extractions", "embeddings"):
        assert conn.execute(f"SELECT count(DISTINCT article_id) FROM {table}").fetchone()[0] == n, (
            table
        )
    conn.close()


def test_brief_from_paths_markdown_and_json(tmp_path):
    _write_corpus(tmp_path / "in", 3)
    db = str(tmp_path / "s.db")
    md = _run("brief", str(tmp_path / "in"), "--db", db)
    assert md.exit_code == 0, md.output
    assert md.stdout.startswith("# ")
    assert "## Articles" in md.output
    out = tmp_path / "b.json"
    js = _run("brief", str(tmp_path / "in"), "--db", db, "-o", str(out))
    assert js.exit_code == 0
    data = json.loads(out.read_text())
    briefs = data if isinstance(data, list) else [data]
    for b in briefs:
        assert b["schema"] == "consilience.brief/1"
        for key in CONTRACT_SECTIONS:
            assert isinstance(b[key], list), key
    assert sum(len(b["story"]["articles"]) for b in briefs) == 3


def test_brief_from_store_by_story_id(tmp_path):
    _write_corpus(tmp_path / "in", 3)
    db = str(tmp_path / "s.db")
    _run("ingest", str(tmp_path / "in"), "--db", db)
    listing = json.loads(_run("stories", "--db", db, "--format", "json").output)
    assert listing["schema"] == "consilience.stories/1"
    sid = listing["stories"][0]["id"]
    result = _run("brief", "--story", sid, "--db", db, "--format", "json")
    assert json.loads(result.output)["story"]["id"] == sid
    missing = runner.invoke(app, ["brief", "--story", "nope", "--db", db])
    assert missing.exit_code == 2


def test_same_input_same_output_byte_for_byte(tmp_path):
    _write_corpus(tmp_path / "in", 4)
    a = _run(
        "brief", str(tmp_path / "in"), "--db", str(tmp_path / "a.db"), "--format", "json"
    ).stdout
    b = _run(
        "brief", str(tmp_path / "in"), "--db", str(tmp_path / "b.db"), "--format", "json"
    ).stdout
    assert a == b


def test_demo_prints_the_brief_and_writes_html(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _run("demo", "--db", str(tmp_path / "demo.db"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    html = (tmp_path / "consilience-demo.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") or html.lower().startswith("<!doctype html>")
    assert "Tolley" in html


def test_demo_brief_fills_every_section(tmp_path, demo_files):
    result = _run("brief", *demo_files, "--db", str(tmp_path / "d.db"), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    briefs = data if isinstance(data, list) else [data]
    main = max(briefs, key=lambda b: len(b["story"]["articles"]))
    assert len(main["story"]["articles"]) == 7, "all seven demo articles are one story"
    for key in ["headline", *CONTRACT_SECTIONS]:
        assert main[key], f"section {key} is empty"


def test_unwritable_output_is_one_line(tmp_path):
    _write_corpus(tmp_path / "in", 1)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "consilience",
            "brief",
            str(tmp_path / "in"),
            "--db",
            str(tmp_path / "s.db"),
            "-o",
            str(blocker / "sub" / "b.md"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    # refused before any work: the folder -o names does not exist (a file is in its way)
    assert f"no folder {blocker / 'sub'}" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
