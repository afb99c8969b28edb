"""A URL where a local path is expected is refused with one line naming it (session 6
new-user probe: ``brief -o https://host/x.html`` wrote folders ``https:/host/``; ``ftp://``
and ``file://`` inputs were reported as missing files)."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from consilience.cli import app
from consilience.read import iter_raw

runner = CliRunner()


def _flat(output: str) -> str:
    """The output without the error box's frame and line wrapping."""
    return re.sub(r"[│╭╮╰╯─\s]+", " ", output)


def test_an_output_url_is_a_usage_error_and_nothing_is_written(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("The Orlen ferry was cancelled on Tuesday because of high winds.")
    got = runner.invoke(app, ["brief", str(note), "-o", "https://example.org/brief.html"])
    assert got.exit_code == 2
    assert "https://example.org/brief.html is a URL" in _flat(got.output)
    assert not (tmp_path / "https:").exists()


def test_a_manifest_url_is_a_usage_error(tmp_path) -> None:
    got = runner.invoke(
        app, ["ingest", str(tmp_path), "--meta", "ftp://example.org/m.csv", "--db", "x.db"]
    )
    assert got.exit_code == 2
    assert "ftp://example.org/m.csv is a URL" in _flat(got.output)


def test_inputs_of_another_url_scheme_are_named_not_missing() -> None:
    got = list(iter_raw(["ftp://example.org/a.txt", "file:///srv/news/a.md"]))
    assert [s.reason for s in got] == [
        "unsupported URL scheme 'ftp': give an http(s) URL or a path",
        "unsupported URL scheme 'file': give an http(s) URL or a path",
    ]
