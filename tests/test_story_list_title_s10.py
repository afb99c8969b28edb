"""The story list names a story as its brief does: once the brief is built, the list shows
the brief's title, which takes no side of a conflict the brief lists."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")

ARTICLES = {
    "a.md": (
        "Orchard fire forces 300 pickers from their camp",
        "Valley Post",
        "A grass fire forced 300 fruit pickers to leave their camp near Selby Orchards on "
        "Friday, the county fire service said. Crews stopped the fire at the orchard fence.",
    ),
    "b.md": (
        "Grass fire near Selby Orchards",
        "Hill Radio",
        "About 450 fruit pickers left their camp near Selby Orchards on Friday as a grass "
        "fire spread, the county fire service said. The fire was stopped at the orchard fence.",
    ),
    "c.md": (
        "Pickers evacuated at Selby Orchards",
        "County Echo",
        "Fire crews stopped a grass fire at the fence of Selby Orchards on Friday after "
        "450 pickers were moved out of their camp, the county fire service said.",
    ),
}


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run(
        [sys.executable, "-m", "consilience", *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=600,
    )  # fmt: skip


def test_list_title_is_the_briefs_title(tmp_path: Path) -> None:
    for name, (title, outlet, body) in ARTICLES.items():
        head = f"---\ntitle: {title}\noutlet: {outlet}\npublished: 2026-08-14\n---\n"
        (tmp_path / name).write_text(head + body + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert _cli("ingest", *sorted(ARTICLES), "--db", db, cwd=tmp_path).returncode == 0
    listed = json.loads(_cli("stories", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    assert len(listed["stories"]) == 1
    sid = listed["stories"][0]["id"]
    brief = json.loads(
        _cli("brief", "--story", sid, "--db", db, "--format", "json", cwd=tmp_path).stdout
    )
    assert any(c.get("kind") == "quantity" for c in brief["conflicts"]), brief["conflicts"]
    title = brief["story"]["title"]
    assert "300" not in title and "450" not in title
    again = json.loads(_cli("stories", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    assert again["stories"][0]["title"] == title
