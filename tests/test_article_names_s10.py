"""Every output names an article the same way (its outlet, else its file name): the CLI's
`articles` and `search` tables, the web search page and a syndicated article's
appearances in the JSON brief."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

SRC = str(Path(__file__).resolve().parents[1] / "src")

NO_OUTLET = (
    "---\ntitle: Reservoir level falls\npublished: 2026-07-09\n---\n"
    "The Brannock reservoir fell to 41 percent of capacity on Wednesday, the water board said.\n"
)
WITH_OUTLET = (
    "---\ntitle: Brannock reservoir at 41 percent\noutlet: Valley Courier\n"
    "published: 2026-07-09\n---\n"
    "Water in the Brannock reservoir dropped to 41 percent of capacity, the board said.\n"
)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": SRC, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "consilience", *args], cwd=cwd, env=env, capture_output=True,
        text=True, timeout=600,
    )  # fmt: skip


def test_tables_and_search_page_name_an_article_without_outlet(tmp_path: Path) -> None:
    (tmp_path / "reservoir_note.md").write_text(NO_OUTLET, encoding="utf-8")
    (tmp_path / "courier.md").write_text(WITH_OUTLET, encoding="utf-8")
    db = str(tmp_path / "n.db")
    assert (
        _cli("ingest", "reservoir_note.md", "courier.md", "--db", db, cwd=tmp_path).returncode == 0
    )
    listing = _cli("articles", "--db", db, cwd=tmp_path).stdout
    assert "reservoir_note.md" in listing and "Valley Courier" in listing
    found = _cli("search", "Brannock", "--db", db, cwd=tmp_path).stdout
    rows = [ln for ln in found.splitlines() if "Reservoir level" in ln]
    assert rows and "reservoir_no" in rows[0], found  # the table may wrap the file name
    assert "—" not in rows[0].split("Reservoir level")[0].split("│")[-2], found

    lower = _cli("search", "capacity", "--db", db, cwd=tmp_path).stdout
    assert "[capacity]" in lower, lower  # the hit stays in the excerpt, never read as markup

    from consilience.web import create_app

    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    page = client.get("/search", params={"q": "Brannock"}).text
    assert "unknown outlet" not in page
    assert "reservoir_note.md" in page and "Valley Courier" in page


def test_appearances_in_the_json_brief_carry_the_name(tmp_path: Path) -> None:
    import json

    body = "Water in the Brannock reservoir dropped to 41 percent of capacity, the board said.\n"
    (tmp_path / "wire.md").write_text(
        "---\ntitle: Reservoir low\noutlet: Delta Wire\npublished: 2026-07-09\n---\n" + body,
        encoding="utf-8",
    )
    (tmp_path / "reprint.md").write_text(
        "---\ntitle: Reservoir low\npublished: 2026-07-09\n---\n" + body, encoding="utf-8"
    )
    db = str(tmp_path / "a.db")
    assert _cli("ingest", "wire.md", "reprint.md", "--db", db, cwd=tmp_path).returncode == 0
    sid = json.loads(_cli("stories", "--db", db, "--format", "json", cwd=tmp_path).stdout)
    story = sid["stories"][0]["id"]
    out = _cli("brief", "--story", story, "--db", db, "--format", "json", cwd=tmp_path)
    brief = json.loads(out.stdout)
    apps = brief["story"]["articles"][0]["appearances"]
    assert sorted(a["name"] for a in apps) == ["Delta Wire", "reprint.md"]


def test_a_page_that_does_not_exist_says_where_stories_are(tmp_path: Path) -> None:
    from consilience.store import Store
    from consilience.web import create_app

    db = str(tmp_path / "e.db")
    Store(db).close()
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    got = client.get("/story/abc123")
    assert got.status_code == 404
    assert "no page at /story/abc123" in got.text and "/stories/" in got.text


def test_an_unknown_story_page_names_the_id(tmp_path: Path) -> None:
    from consilience.store import Store
    from consilience.web import create_app

    db = str(tmp_path / "e.db")
    Store(db).close()
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    got = client.get("/stories/abc123")
    assert got.status_code == 404
    assert "story abc123 not found" in got.text and "listed at /" in got.text
