"""One article that makes an extractor raise is skipped with a one-line reason naming the
file and the stage; the other articles are stored, and a later run stores the skipped one
once it can be read (nothing lost, nothing duplicated)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")

#: the CLI with the quotes extractor made to fail on any article that mentions a word
FAILING_CLI = """
import sys
import consilience.quotes as quotes
real = quotes.extract_quotes
def failing(analysis):
    if "saltmarsh" in analysis.article.text:
        raise RuntimeError("cannot read the quote marks")
    return real(analysis)
quotes.extract_quotes = failing
from consilience.cli import main
sys.argv = ["consilience", *sys.argv[1:]]
main()
"""

ARTICLES = {
    "a.md": "---\ntitle: Ferry timetable changes\noutlet: Harbour Post\n"
    "published: 2026-03-02\n---\nThe ferry to Orrin Island will run twice a day from April, "
    'the operator said on Monday. "We listened to the islanders," said its director.\n',
    "b.md": "---\ntitle: Orrin ferry to run twice daily\noutlet: Island Times\n"
    "published: 2026-03-02\n---\nFrom April the Orrin Island ferry will sail twice a day. "
    "The saltmarsh path to the pier will also be repaired, the council said.\n",
    "c.md": "---\ntitle: More Orrin sailings\noutlet: Coast Radio\n"
    "published: 2026-03-03\n---\nThe operator of the Orrin Island ferry said it will add a "
    "second daily crossing in April.\n",
}


def _run(code: str | None, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC, "CONSILIENCE_PROCESSES": "1"}
    head = ["-c", code] if code else ["-m", "consilience"]
    return subprocess.run(
        [sys.executable, *head, *args], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=600,
    )  # fmt: skip


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_failing_article_is_skipped_and_the_rest_stored(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    files = sorted(ARTICLES)
    proc = _run(FAILING_CLI, "ingest", *files, "--db", str(db), cwd=tmp_path)
    assert proc.returncode == 3, proc.stderr  # 3: some inputs were skipped
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out
    lines = [ln for ln in out.splitlines() if "b.md" in ln]
    assert len(lines) == 1, out
    assert "quotes extractor" in lines[0] and "RuntimeError" in lines[0], lines[0]
    assert _count(db, "articles") == 2

    again = _run(None, "ingest", *files, "--db", str(db), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert _count(db, "articles") == 3
    assert _count(db, "appearances") == 3
