"""Feedback and speed of small commands: phases on stderr, no model for read commands."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from consilience.cli import app
from consilience.phases import BRIEFING, GROUPING, READING, Phases, known_total

FERRY = Path(__file__).parent / "fixtures" / "workbench"


def test_total_is_known_for_one_article_files_and_unknown_for_record_files(tmp_path):
    (tmp_path / "a").mkdir()
    for name in ("one.txt", "two.md", "three.html", ".hidden.txt"):
        (tmp_path / "a" / name).write_text("x", encoding="utf-8")
    assert known_total([str(tmp_path / "a")]) == 3
    assert known_total([str(tmp_path / "a" / "*.txt"), str(tmp_path / "a" / "two.md")]) == 2
    (tmp_path / "a" / "feed.xml").write_text("<rss/>", encoding="utf-8")
    assert known_total([str(tmp_path / "a")]) is None
    assert known_total(["https://news.example/item"]) is None
    assert known_total([str(tmp_path / "missing.txt")]) is None


def test_piped_phases_are_one_line_each_in_order():
    buf = io.StringIO()
    with Phases(Console(file=buf, force_terminal=False), total=4) as phases:
        for _ in range(4):
            phases("read", 1)
        phases("stored", 4)
        phases("stories", 0)
        phases.phase(BRIEFING)
    assert buf.getvalue().splitlines() == [
        f"{READING} (4 articles)…",
        f"{GROUPING}…",
        f"{BRIEFING}…",
    ]


def test_quiet_phases_print_nothing():
    buf = io.StringIO()
    with Phases(Console(file=buf, force_terminal=False), quiet=True) as phases:
        phases("read", 1)
        phases("stories", 0)
    assert buf.getvalue() == ""


def test_brief_from_disk_announces_each_phase_on_stderr_only(tmp_path):
    result = CliRunner().invoke(
        app, ["brief", str(FERRY), "--db", str(tmp_path / "p.db"), "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # stdout stays the document alone
    lines = result.stderr.splitlines()
    assert lines == [f"{READING} (3 articles)…", f"{GROUPING}…", f"{BRIEFING}…"]


def test_read_commands_on_a_stored_index_load_no_model(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "m.db")
    assert runner.invoke(app, ["ingest", str(FERRY), "--db", db]).exit_code == 0
    sid = json.loads(runner.invoke(app, ["stories", "--db", db, "-f", "json"]).stdout)
    sid = sid["stories"][0]["id"]
    assert runner.invoke(app, ["brief", "--story", sid, "--db", db]).exit_code == 0  # cached
    code = f"""
import sys
from consilience.cli import app
for args in (["articles"], ["stories"], ["search", "sandbank"], ["brief", "--story", {sid!r}]):
    try:
        app([*args, "--db", {db!r}], standalone_mode=False)
    except SystemExit as exc:
        assert not exc.code, (args, exc.code)
heavy = ("spacy", "torch", "sentence_transformers", "datasketch")
loaded = [m for m in heavy if m in sys.modules]
print("LOADED", loaded, file=sys.stderr)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr


def test_the_story_list_is_kept_for_the_current_articles_and_follows_new_ones(tmp_path):
    from consilience import pipeline
    from consilience.store import Store

    db = tmp_path / "l.db"
    runner = CliRunner()
    assert (
        runner.invoke(app, ["ingest", str(FERRY / "ferry_a.txt"), "--db", str(db)]).exit_code == 0
    )
    with Store(db) as store:
        first = pipeline.list_stories(store)
        assert first == pipeline.update_stories(store).to_stories()
        assert store.get_state(pipeline.STORY_LIST_KEY) is not None
        assert pipeline.list_stories(store) == first
    assert runner.invoke(app, ["ingest", str(FERRY), "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        again = pipeline.list_stories(store)
        assert sum(len(s.articles) for s in again) == 3
        assert again == pipeline.update_stories(store).to_stories()
