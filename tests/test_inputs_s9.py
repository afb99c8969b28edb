"""Store and output paths a new user may get wrong (issues #11/#12): an empty ``--db``, a
file that is not a consilience store (empty, another program's SQLite database, not
SQLite), a folder, and an ``-o`` in a folder that does not exist. Each is refused with one
line and a non-zero exit status, and nothing on disk is changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.store import Store, StoreError
from consilience.store_target import path_problem

ARTICLE = (
    "Ferry timetable changes\n\n"
    "The Ardmore ferry will sail every 45 minutes from 3 March, the harbour board said on "
    "Tuesday. Fares rise by 12 pence to 3.40 pounds.\n"
)


@pytest.fixture()
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with one article; the default store points into it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONSILIENCE_DB", str(tmp_path / "default-store.db"))
    (tmp_path / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _lines(result) -> list[str]:
    return [ln for ln in result.output.splitlines() if ln.strip()]


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _foreign_sqlite(path: Path) -> None:
    """A SQLite database another program made: a table of its own, one row."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('barley soup', 50)")
    conn.commit()
    conn.close()


def _make(kind: str, path: Path) -> None:
    if kind == "empty file":
        path.write_bytes(b"")
    elif kind == "other program's SQLite":
        _foreign_sqlite(path)
    elif kind == "not SQLite":
        path.write_text("name,minutes\nbarley soup,50\n", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()


EMPTY_DB_COMMANDS = [
    ["ingest", "ferry.txt"],
    ["stories"],
    ["stories", "ferry.txt"],
    ["articles"],
    ["search", "ferry"],
    ["brief", "--story", "s-0f0f"],
    ["brief", "ferry.txt"],
    ["serve", "--port", "8765"],
    ["demo", "-o", "demo-out.html"],
]


@pytest.mark.parametrize("value", ["", "  "])
@pytest.mark.parametrize("command", EMPTY_DB_COMMANDS, ids=lambda c: " ".join(c))
def test_an_empty_db_is_refused_by_every_command(desk, command, value):
    before = _snapshot(desk)
    result = _run(*command, "--db", value)
    assert result.exit_code == 2
    lines = _lines(result)
    assert len(lines) == 1 and lines[0].startswith("error: --db "), lines
    assert "empty store path" in lines[0]
    assert _snapshot(desk) == before  # neither the default store nor an output was written


@pytest.mark.parametrize(("src", "dst"), [("", "copy.db"), ("source.db", " ")])
def test_an_empty_store_path_is_refused_by_store_copy(desk, src, dst):
    Store(desk / "source.db").close()
    before = _snapshot(desk)
    result = _run("store", "copy", src, dst)
    assert result.exit_code == 2
    lines = _lines(result)
    assert len(lines) == 1 and "empty store path" in lines[0]
    assert ("SRC" if not src.strip() else "DST") in lines[0]
    assert _snapshot(desk) == before


KINDS = ["empty file", "other program's SQLite", "not SQLite", "folder"]
REASONS = {
    "empty file": "is an empty file, not a consilience store",
    "other program's SQLite": "is a SQLite database of another program",
    "not SQLite": "not a SQLite file",
    "folder": "is a folder",
}
READ_COMMANDS = [
    ["stories"],
    ["articles", "--format", "json"],
    ["search", "harbour"],
    ["brief", "--story", "s-77aa"],
    ["serve", "--port", "8766"],
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_refuse_what_is_not_a_store_and_leave_it_untouched(desk, command, kind):
    db = desk / "newsdesk.sqlite"
    _make(kind, db)
    before = _snapshot(desk)
    result = _run(*command, "--db", str(db))
    assert result.exit_code == 2
    lines = _lines(result)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {db}: ") and REASONS[kind] in lines[0]
    assert "Traceback" not in result.output and "unable to open" not in lines[0]
    assert _snapshot(desk) == before


@pytest.mark.parametrize("kind", ["other program's SQLite", "not SQLite", "folder"])
@pytest.mark.parametrize(
    "command",
    [["ingest", "missing.txt"], ["stories", "missing.txt"], ["brief", "missing.txt"]],
    ids=lambda c: c[0],
)
def test_write_commands_never_take_over_a_file_that_is_not_a_store(desk, command, kind):
    db = desk / "kitchen.db"
    _make(kind, db)
    before = _snapshot(desk)
    result = _run(*command, "--db", str(db))
    assert result.exit_code == 2
    lines = _lines(result)
    assert len(lines) == 1 and REASONS[kind] in lines[0], lines
    assert _snapshot(desk) == before


def test_the_store_itself_refuses_another_programs_database(tmp_path):
    db = tmp_path / "pantry.db"
    _foreign_sqlite(db)
    with pytest.raises(StoreError, match="another program"):
        Store(db)
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables == {"recipes"}


@pytest.mark.parametrize("value", ["", "   "])
def test_the_store_itself_refuses_an_empty_path(value):
    with pytest.raises(StoreError, match="empty store path"):
        Store(value)


def test_the_store_itself_says_a_folder_is_a_folder(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_ingest_makes_its_store_in_an_empty_file_only_when_it_reads_something(desk):
    db = desk / "prepared.db"
    db.write_bytes(b"")
    result = _run("ingest", "no-such-article.txt", "--db", str(db))
    assert result.exit_code == 3
    assert f"nothing read: {db} left empty" in result.output
    assert db.read_bytes() == b""
    assert sorted(p.name for p in desk.iterdir()) == ["ferry.txt", "prepared.db"]
    result = _run("ingest", "ferry.txt", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"store {db} holds 1 article" in result.output
    assert "1 articles" not in result.output
    listed = _run("articles", "--db", str(db), "--format", "json")
    assert listed.exit_code == 0 and "Ferry timetable changes" in listed.output


def test_a_store_another_process_has_open_is_recognised(tmp_path):
    db = tmp_path / "live.db"
    with Store(db):  # migrated, the schema possibly only in the write-ahead log
        assert path_problem(str(db), create=False) is None


@pytest.mark.parametrize(
    "command",
    [
        ["brief", "ferry.txt", "-o", "briefs/today/ferry.md"],
        ["brief", "--story", "s-12ab", "-o", "briefs/today/ferry.json"],
        ["demo", "-o", "briefs/demo.html"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_an_output_in_a_missing_folder_is_refused_like_a_store_there(desk, command):
    Store(desk / "desk.db").close()
    before = _snapshot(desk)
    result = _run(*command, "--db", str(desk / "desk.db"))
    assert result.exit_code == 2
    lines = _lines(result)
    missing = str(Path(command[-1]).parent)
    assert lines == [
        f"error: -o {command[-1]}: no folder {missing} (create it first, or give another -o)"
    ]
    assert not (desk / "briefs").exists()
    assert _snapshot(desk) == before
    # the same rule, in the same words, for a store in a missing folder
    stored = _run("ingest", "ferry.txt", "--db", "stores/desk.db")
    assert _lines(stored) == [
        "error: stores/desk.db: no folder stores (create it first, or give another --db)"
    ]
    assert not (desk / "stores").exists()


def test_an_output_naming_a_folder_is_refused(desk):
    (desk / "out").mkdir()
    result = _run("brief", "--story", "s-12ab", "-o", "out", "--format", "md")
    assert result.exit_code == 2
    assert _lines(result) == ["error: -o out: is a folder; give a file name"]


@pytest.mark.parametrize("command", ["brief", "demo", "ingest", "stories"])
def test_help_states_the_folder_rule(command):
    result = _run(command, "--help")
    text = " ".join(result.output.replace("│", " ").split())
    assert "folder must exist" in text
