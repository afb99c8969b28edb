"""Splitting the long functions of the CLI, the HTML renderer and the web app (session 11:
``cli.brief``, ``render_html.provenance_svg``, ``web._add_page_routes`` /
``web._add_api_routes``) changed no output: the Markdown, JSON, HTML and CSV of the demo
brief, the ``brief --story`` command's output and errors, and the web app's pages and API
answers are byte for byte those recorded before the split
(SHA-256 of each in tests/fixtures/ux_refactor/expected_sha256.json; the brief is the bundled demo's, stored as JSON so
no model is loaded).

Regenerate the record (only when an output is meant to change):
``CONSILIENCE_REGEN_UX=1 python -m pytest tests/test_refactor_identity.py``.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "ux_refactor"
EXPECTED = FIXTURES / "expected_sha256.json"


def _demo() -> tuple[list[dict], dict[str, str]]:
    data = json.loads((FIXTURES / "demo_brief.json").read_text(encoding="utf-8"))
    return data["briefs"], data["texts"]


def _renders() -> dict[str, str]:
    from consilience.render_csv import render_csv
    from consilience.render_html import render_html
    from consilience.render_md import render_json, render_markdown_many

    briefs, texts = _demo()
    return {
        "brief.md": render_markdown_many(briefs, texts),
        "brief.json": render_json(briefs[0]),
        "brief.html": render_html(briefs[0], texts),
        "brief.csv": render_csv(briefs, texts),
    }


def _cli(tmp_path: Path, monkeypatch) -> dict[str, str]:
    from typer.testing import CliRunner

    from consilience import pipeline
    from consilience.cli import app
    from consilience.store import Store

    briefs, texts = _demo()
    sid = briefs[0]["story"]["id"]
    db = str(tmp_path / "s.db")
    Store(db).close()
    monkeypatch.setattr(
        pipeline, "brief_for_story", lambda store, story: briefs[0] if story == sid else None
    )
    monkeypatch.setattr(pipeline, "article_texts", lambda store, ids: texts)
    runner = CliRunner()
    out = {}
    for fmt in ("md", "json", "html", "csv"):
        got = runner.invoke(app, ["brief", "--story", sid, "--db", db, "-f", fmt])
        out[f"cli.{fmt}"] = f"{got.exit_code}\n{got.stdout}"
    errors = [
        ["brief", "--db", db],
        ["brief", "--story", "story-000000000000", "--db", db],
        ["brief", "x.md", "--story", sid, "--db", db],
    ]
    for k, args in enumerate(errors):
        got = runner.invoke(app, args, env={"COLUMNS": "100"})
        out[f"cli.error{k}.txt"] = f"{got.exit_code}\n{got.output.replace(db, 'DB')}"
    return out


def _web() -> dict[str, str]:
    from fastapi.testclient import TestClient

    from consilience.web import MemoryBackend, create_app

    briefs, texts = _demo()
    sid = briefs[0]["story"]["id"]
    aid = briefs[0]["story"]["articles"][0]["id"]
    client = TestClient(
        create_app(backend=MemoryBackend(briefs, texts)), base_url="http://127.0.0.1"
    )
    paths = [
        "/", "/?q=flood", "/?page=9", f"/stories/{sid}", "/stories/story-000000000000",
        "/stories/..%2Fx", "/articles", f"/articles/{aid}", f"/articles/{aid}?start=0&end=40",
        "/articles/nope0000", "/api/stories", "/api/stories?q=zzz", f"/api/stories/{sid}",
        "/api/stories/story-000000000000", "/api/articles", f"/api/articles/{aid}",
        "/api/articles/nope0000",
    ]  # fmt: skip
    out = {}
    for k, path in enumerate(paths):
        r = client.get(path)
        out[f"web{k:02d}.txt"] = (
            f"{path}\n{r.status_code}\n{r.headers.get('content-type')}\n{r.text}"
        )
    return out


def _all(tmp_path: Path, monkeypatch) -> dict[str, str]:
    return {**_renders(), **_cli(tmp_path, monkeypatch), **_web()}


def test_outputs_are_those_recorded_before_the_split(tmp_path, monkeypatch) -> None:
    got = {
        k: hashlib.sha256(v.encode("utf-8")).hexdigest()
        for k, v in _all(tmp_path, monkeypatch).items()
    }
    if os.environ.get("CONSILIENCE_REGEN_UX"):
        EXPECTED.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip("record written")
    want = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert sorted(got) == sorted(want)
    assert [k for k in sorted(got) if got[k] != want[k]] == []
