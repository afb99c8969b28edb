"""Issue 17, CLI: store and worker failures are one line (rc 2), Ctrl-C is 130, usage errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app

runner = CliRunner()


def _article_file(folder: Path) -> str:
    p = folder / "quarry.txt"
    p.write_text(
        "Quarry blast rattles Emsby\n\nA blast at the Emsby quarry shook houses on Monday, "
        "residents said. The operator said the charge was within its permit.",
        encoding="utf-8",
    )
    return str(p)


def _failing_ingest(exc: BaseException):
    """A pipeline.ingest that stores one article in its own transaction, then fails."""

    def ingest(store, inputs, **kwargs):
        from consilience.model import Article

        with store.transaction():
            store.add_article(Article(id="a" * 16, source="first.txt", text="First dispatch."))
        with store.transaction():
            store.add_article(Article(id="b" * 16, source="second.txt", text="Half written."))
            raise exc

    return ingest


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "readonly"),
        (sqlite3.DatabaseError("database disk image is malformed"), "malformed"),
        (OSError(28, "No space left on device"), "No space left"),
    ],
)
def test_store_failure_is_one_line_rc2(tmp_path, monkeypatch, exc, words) -> None:
    from consilience import pipeline
    from consilience.store import Store

    monkeypatch.setattr(pipeline, "ingest", _failing_ingest(exc))
    db = tmp_path / "papers.db"
    result = runner.invoke(app, ["ingest", _article_file(tmp_path), "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output
    assert lines[0].startswith(f"error: store {db}:") and words in lines[0]
    assert "1 article stored; run again to finish" in lines[0]
    with Store(db) as store:  # the unfinished batch left nothing behind
        assert store.article_ids() == ["a" * 16]


def test_killed_worker_is_one_line_rc2(tmp_path, monkeypatch) -> None:
    from consilience import pipeline
    from consilience.workers import WorkerError

    monkeypatch.setattr(pipeline, "ingest", _failing_ingest(WorkerError("the worker died")))
    result = runner.invoke(app, ["ingest", _article_file(tmp_path), "--db", str(tmp_path / "w")])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: analysis worker: the worker died; 1 article stored; run again to finish"
    )


def test_ctrl_c_says_what_was_stored_and_exits_130(tmp_path, monkeypatch) -> None:
    from consilience import pipeline

    monkeypatch.setattr(pipeline, "ingest", _failing_ingest(KeyboardInterrupt()))
    result = runner.invoke(app, ["ingest", _article_file(tmp_path), "--db", str(tmp_path / "k")])
    assert result.exit_code == 130
    assert result.output.strip() == "interrupted; 1 article stored; run again to finish"


def test_corrupt_store_pages_give_one_line(tmp_path) -> None:
    from consilience.model import Article
    from consilience.store import Store

    db = tmp_path / "damaged.db"
    with Store(db) as store, store.transaction():
        for i in range(200):
            store.add_article(Article(id=f"{i:016x}", source=f"s{i}.txt", text="Lorem " * 200))
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page : len(raw)] = bytes([0x5A]) * (len(raw) - page)  # every page after the first
    db.write_bytes(bytes(raw))
    result = runner.invoke(app, ["ingest", _article_file(tmp_path), "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    # stderr may carry the phase line ("reading and analysing …") before the error
    errors = [line for line in result.output.strip().splitlines() if not line.endswith("…")]
    assert len(errors) == 1
    assert errors[0].startswith("error:") and str(db) in errors[0]


# --------------------------------------------------------------------------- item 10


@pytest.mark.parametrize(
    "args",
    [["--max-bytes", "-1"], ["--max-bytes", "0"], ["--max-chars", "-20"], ["--max-chars", "0"]],
)
def test_non_positive_caps_are_usage_errors(tmp_path, args) -> None:
    result = runner.invoke(
        app, ["ingest", _article_file(tmp_path), "--db", str(tmp_path / "u.db"), *args]
    )
    assert result.exit_code == 2
    assert "Invalid value" in result.output and args[0] in result.output
    assert "empty file" not in result.output


# --------------------------------------------------------------------------- item 6


def test_control_characters_in_names_cannot_forge_lines(tmp_path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    forged = "notes\nskipped payroll.csv: stolen\x1b[2J.txt"
    (folder / forged).write_bytes(b"")
    records = [
        '{"id": "w1\\r\\nskipped fake: ok \\u001b[31m", "text": ""}',
        '{"id": "w2\\u2028line", "title": "x", "text": ""}',
    ]
    (folder / "wire.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 3, result.output
    assert "\x1b" not in result.output and "\r" not in result.output
    assert "\u2028" not in result.output
    skipped = [ln for ln in result.output.splitlines() if ln.startswith("skipped ")]
    assert len(skipped) == 3
    assert any(
        "notes\\nskipped payroll.csv: stolen\\x1b[2J.txt: empty file" in ln for ln in skipped
    )
    assert any("#w1\\r\\nskipped fake: ok \\x1b[31m" in ln for ln in skipped)
    assert any("#w2\\u2028line" in ln for ln in skipped)


def test_control_characters_in_tables_are_escaped(tmp_path, monkeypatch) -> None:
    from consilience.model import Article
    from consilience.store import Store

    db = tmp_path / "t.db"
    with Store(db) as store, store.transaction():
        store.add_article(
            Article(
                id="c0ffee00c0ffee00",
                source="feed.jsonl#a\nb",
                title="Quiet [bold]title[/bold]\x1b]0;owned\x07 here",
                text="Ferries ran late on Tuesday.",
            )
        )
    from rich.console import Console

    from consilience import cli

    monkeypatch.setattr(cli, "out", Console(width=400, soft_wrap=True, highlight=False))
    result = runner.invoke(app, ["articles", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Quiet [bold]title[/bold]\\x1b]0;owned\\x07 here" in result.output
    assert "feed.jsonl#a\\nb" in result.output


def test_escape_line_keeps_plain_text_and_escapes_controls() -> None:
    from consilience.safe_text import escape_line

    assert escape_line("Zürich – “quoted” café") == "Zürich – “quoted” café"
    assert escape_line("a\tb\x00c\x7fd\x9be") == "a\\tb\\x00c\\x7fd\\x9be"
    assert escape_line("left\u202eright") == "left\\u202eright"


def test_brief_from_disk_reports_a_store_failure_in_one_line(tmp_path, monkeypatch) -> None:
    from consilience import pipeline

    monkeypatch.setattr(
        pipeline, "ingest", _failing_ingest(sqlite3.OperationalError("disk I/O error"))
    )
    db = tmp_path / "b.db"
    result = runner.invoke(app, ["brief", _article_file(tmp_path), "--db", str(db)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"error: store {db}: disk I/O error; 1 article stored; run again to finish"
    )
