"""New-user probes of session 12: every skipped input is named as the user gave it.

``consilience ingest short.txt`` in a folder printed ``skipped /home/me/news/short.txt: no
article text`` (the stored absolute path) while an empty or missing file given the same way
was named as typed; a path below the working folder is now shown relative to it.
"""

from __future__ import annotations

from typer.testing import CliRunner

from consilience.cli import app, as_given


def test_as_given_keeps_paths_outside_and_urls(tmp_path):
    inside = tmp_path / "wires" / "morning.txt"
    assert as_given(str(inside), str(tmp_path)) == "wires/morning.txt"
    assert as_given(f"{inside}#item-3", str(tmp_path)) == "wires/morning.txt#item-3"
    assert as_given("/srv/other/evening.txt", str(tmp_path)) == "/srv/other/evening.txt"
    assert as_given("https://example.org/a#b", str(tmp_path)) == "https://example.org/a#b"
    assert as_given("notes.txt", str(tmp_path)) == "notes.txt"


def test_ingest_names_a_skipped_file_as_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "clips").mkdir()
    (tmp_path / "clips" / "stub.txt").write_text("Two words.")
    got = CliRunner().invoke(app, ["ingest", "clips/stub.txt", "--db", "s.db"])
    lines = [ln for ln in got.output.splitlines() if ln.startswith("skipped ")]
    assert lines == ["skipped clips/stub.txt: no article text"]


def _demo_client():
    import json
    from pathlib import Path

    from fastapi.testclient import TestClient

    from consilience.web import MemoryBackend, create_app

    data = json.loads(
        (Path(__file__).parent / "fixtures" / "ux_refactor" / "demo_brief.json").read_text("utf-8")
    )
    app = create_app(backend=MemoryBackend(data["briefs"], data["texts"]))
    return TestClient(app, base_url="http://127.0.0.1")


def test_a_bad_page_parameter_is_named_with_the_value_given():
    import html

    got = _demo_client().get("/?page=second")
    assert got.status_code == 422
    assert "page: " in got.text and "(given: 'second')" in html.unescape(got.text)
    long = _demo_client().get("/?q=" + "w" * 300)
    assert "(given: '" + "w" * 39 + "…')" in html.unescape(long.text)
