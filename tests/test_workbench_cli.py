"""The workbench's refusals: read commands never create a store, output names say the format."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from consilience import __version__
from consilience.cli import app

runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.mark.parametrize(
    "command",
    [
        ["articles"],
        ["articles", "--format", "json"],
        ["stories"],
        ["brief", "--story", "s-0000"],
        ["serve"],
    ],
)
def test_read_commands_refuse_a_missing_store_and_create_nothing(tmp_path, command):
    db = tmp_path / "sub" / "typo.db"
    result = _run(*command, "--db", str(db))
    assert result.exit_code == 2
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and "no store at" in lines[0] and str(db) in lines[0]
    assert not db.exists() and not db.parent.exists()


def test_an_existing_empty_store_is_still_listed(tmp_path):
    from consilience.store import Store

    db = tmp_path / "empty.db"
    Store(db).close()
    result = _run("articles", "--db", str(db), "--format", "json")
    assert result.exit_code == 0
    assert '"articles": []' in result.output


@pytest.mark.parametrize("name", ["report.docx", "sheet.XLSX", "notes.txt", "out.pdf"])
def test_an_output_name_without_a_writer_is_refused_naming_the_formats(tmp_path, name):
    out = tmp_path / name
    result = _run("brief", "--story", "s-1", "-o", str(out), "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert "no writer" in result.output
    for known in (".md", ".json", ".html"):
        assert known in result.output
    assert not out.exists()


def test_format_follows_known_extensions():
    from pathlib import Path

    from consilience.cli import Format, _format_for

    assert _format_for(Path("a/b.JSON"), None) is Format.json
    assert _format_for(Path("b.htm"), None) is Format.html
    assert _format_for(Path("b.markdown"), None) is Format.md
    assert _format_for(Path("b"), None) is Format.md
    assert _format_for(Path("b.pdf"), Format.json) is Format.json


def test_version_prints_the_package_version():
    result = _run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"consilience {__version__}"
