"""New-user probes of the command line (session 5 tester).

``consilience import`` of a folder that is not the output of ``consilience spark`` (a typo,
a file, the input folder instead of ``--out``, a half-copied output) created an empty store
before saying so, and a half-copied output said only ``error: out/articles``. Each is one
line naming the folder and the reason, exit 2, and no store is created.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app


def _import(folder: Path, db: Path):
    return CliRunner().invoke(app, ["import", str(folder), "--db", str(db)])


def _half_copied(tmp_path: Path) -> Path:
    out = tmp_path / "night-run"
    (out / "articles").mkdir(parents=True)
    (out / "summary.json").write_text('{"read": 3}', encoding="utf-8")
    return out


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda t: t / "night-rnu", "no such folder"),
        (lambda t: (t / "brief.html").write_text("<p>x</p>") and t / "brief.html", "not a folder"),
        (lambda t: (t / "clippings").mkdir() or t / "clippings", "no summary.json"),
        (_half_copied, "incomplete spark output (no analyses, extractions, vectors, appearances"),
    ],
    ids=["typo", "file", "input-folder", "half-copied"],
)
def test_import_of_a_folder_that_is_no_spark_output(tmp_path, make, reason):
    folder = make(tmp_path)
    db = tmp_path / "desk.db"
    result = _import(folder, db)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {folder}: ")
    assert reason in lines[0]
    assert not db.exists()  # nothing created for a mistake


def _store(path: Path) -> Path:
    from consilience.store import Store

    Store(str(path)).close()
    return path


def test_serve_on_a_port_in_use_is_one_line_and_exit_2(tmp_path):
    import socket

    db = _store(tmp_path / "desk.db")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 2  # uvicorn's own exit 3 would read "inputs skipped"
    assert (
        result.output.strip() == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"
    )


@pytest.mark.parametrize("port", ["70000", "0", "-8"])
def test_serve_on_a_port_out_of_range_is_a_usage_error(tmp_path, port):
    db = _store(tmp_path / "desk.db")
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--port", port])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "--port" in result.output


def test_serve_on_a_host_that_does_not_resolve_names_it(tmp_path):
    db = _store(tmp_path / "desk.db")
    result = CliRunner().invoke(app, ["serve", "--db", str(db), "--host", "desk.invalid"])
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot listen on desk.invalid:8000: ")


@pytest.mark.parametrize("command", [["ingest"], ["brief"]])
def test_a_store_in_a_folder_that_does_not_exist_is_refused(tmp_path, command):
    article = tmp_path / "weir.txt"
    article.write_text("Weir repairs\n\nThe Holt weir reopened on Friday after repairs.\n")
    db = tmp_path / "newsrom" / "desk.db"  # a typo of an existing folder's name
    result = CliRunner().invoke(app, [*command, str(article), "--db", str(db)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: {db}: no folder {db.parent} (create it first, or give another --db)"
    ]
    assert not db.parent.exists()


def test_consilience_db_in_a_missing_folder_is_refused_too(tmp_path, monkeypatch):
    db = tmp_path / "stores" / "team.db"
    monkeypatch.setenv("CONSILIENCE_DB", str(db))
    result = CliRunner().invoke(app, ["import", str(tmp_path)])
    assert result.exit_code == 2
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "none.txt")])
    assert result.exit_code == 2 and "no folder" in result.output
    assert not db.parent.exists()
