"""Everyday commands as a new user meets them (session 11): every bad input is one line on
stderr naming the input and the reason, with exit 2, never a traceback or an empty table.

- a read command before anything was ingested into the default store says to ingest first
  (the first ``ingest`` makes the store's folder), not to create a folder by hand;
- a search query with no word in it is refused, not answered with "0 matches";
- a bad choice for an option reads "'x' is not one of ..." without a validator's prefix.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from consilience.cli import app


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    """A user with no store yet: the default store lives under ``tmp_path``."""
    monkeypatch.delenv("CONSILIENCE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("command", [["articles"], ["stories"], ["search", "tide"]])
def test_read_commands_before_any_ingest_say_to_ingest_first(fresh_home, command) -> None:
    got = CliRunner().invoke(app, command)
    assert got.exit_code == 2
    [line] = _lines(got.output)
    assert line.startswith("error: no store yet at ") and str(fresh_home / "data") in line
    assert "consilience ingest PATH" in line and "create it" not in line


def test_a_named_store_in_a_missing_folder_still_names_the_folder(tmp_path) -> None:
    db = tmp_path / "nowhere" / "x.db"
    got = CliRunner().invoke(app, ["articles", "--db", str(db)])
    assert got.exit_code == 2
    [line] = _lines(got.output)
    assert f"no folder {tmp_path / 'nowhere'}" in line


@pytest.mark.parametrize("query", ["", "   ", "?!", "… ·"])
def test_a_search_without_words_is_refused_in_one_line(tmp_path, query) -> None:
    from consilience.store import Store

    db = str(tmp_path / "s.db")
    Store(db).close()
    got = CliRunner().invoke(app, ["search", query, "--db", db])
    assert got.exit_code == 2
    [line] = _lines(got.output)
    assert line.startswith("error: search query ") and repr(query) in line
    assert "matches" not in got.output


def test_a_bad_choice_names_the_value_and_the_choices() -> None:
    import subprocess
    import sys

    got = subprocess.run(
        [sys.executable, "-m", "consilience", "articles", "--format", "yaml"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert got.returncode == 2
    [line] = _lines(got.stderr)
    assert "'yaml' is not one of 'table', 'json'" in line and "Value error" not in line
