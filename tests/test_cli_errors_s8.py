"""Usage errors are one line naming the option, the value and the reason (never click's
boxed panel); a store in a missing folder says the folder is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = str(Path(__file__).resolve().parents[1] / "src")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC, "CONSILIENCE_DB": str(cwd / "default.db")}
    return subprocess.run(
        [sys.executable, "-m", "consilience", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["serve", "--port", "80ab"], ["--port", "80ab", "integer"]),
        (["brief", "x.md", "-o", "https://news.example/brief.html"], ["--output", "URL"]),
        (["ingest", "x.md", "--meta", "http://feeds.example/m.csv"], ["--meta", "URL"]),
        (["stories", "--colour"], ["--colour"]),
        (["brieff"], ["brieff"]),
    ],
)
def test_usage_errors_are_one_line(tmp_path: Path, args: list[str], words: list[str]) -> None:
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in proc.stderr and "╭" not in proc.stderr


def test_store_in_missing_folder_names_the_folder(tmp_path: Path) -> None:
    db = tmp_path / "no_such_dir" / "team.db"
    proc = run("stories", "--db", str(db), cwd=tmp_path)
    assert proc.returncode == 2
    assert f"no folder {db.parent}" in proc.stderr
    assert not db.parent.exists()


def test_no_arguments_prints_help(tmp_path: Path) -> None:
    proc = run(cwd=tmp_path)
    assert "Usage:" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
