"""Issue #14, the rest: the web app's full-text search, outlet counts that agree across
outputs, and one near-copy direction in every output."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from consilience.model import Article
from consilience.outlet_count import count_outlets
from consilience.render_html import render_html
from consilience.render_md import render_markdown
from consilience.store import Store
from consilience.web import MemoryBackend, create_app, snippet_segments

ORCHARD = Article(
    id="orchard01",
    source="orchard.txt",
    title="Cider orchard opens to visitors",
    text="The Brennholt cider orchard opened its gates on Sunday. About 400 visitors "
    "tasted the first pressing, the owner Mara Lind said.",
)
BRIDGE = Article(
    id="bridge01",
    source="bridge.txt",
    title="Footbridge <closed> for repairs",
    text="The footbridge over the Sallow canal closed for repairs on Monday; the council "
    "said the orchard path stays open & the cider fair goes ahead.",
)


@pytest.fixture()
def search_client(tmp_path) -> TestClient:
    db = tmp_path / "s.db"
    with Store(str(db)) as store, store.transaction():
        store.add_article(ORCHARD)
        store.add_article(BRIDGE)
    return TestClient(create_app(str(db)), base_url="http://127.0.0.1")


def test_story_list_has_a_text_search_form(search_client):
    page = search_client.get("/").text
    assert 'action="/search"' in page


def test_api_search_returns_matches_with_their_story(search_client):
    doc = search_client.get("/api/search", params={"q": "cider orchard"}).json()
    assert doc["schema"] == "consilience.search/1"
    assert [m["id"] for m in doc["matches"]] == ["orchard01", "bridge01"]
    assert all(m["story"] and m["story_title"] for m in doc["matches"])
    assert search_client.get("/api/search", params={"q": "lind canal"}).json()["matches"] == []
    assert search_client.get("/api/search", params={"q": ""}).json()["matches"] == []


def test_search_page_shows_hits_escaped_with_story_links(search_client):
    r = search_client.get("/search", params={"q": "sallow <script>"})
    assert r.status_code == 200
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text  # the query, escaped
    page = search_client.get("/search", params={"q": "footbridge"}).text
    assert "Footbridge &lt;closed&gt; for repairs" in page
    assert "<mark>" in page and 'href="/articles/bridge01"' in page
    assert 'class="story-link" href="/stories/' in page
    assert "No article holds" in search_client.get("/search", params={"q": "glacier"}).text


def test_snippet_segments_mark_hits_only():
    assert snippet_segments("a [b] c [d]") == [
        ("a ", False),
        ("b", True),
        (" c ", False),
        ("d", True),
    ]
    assert snippet_segments("plain") == [("plain", False)]


# ---------------------------------------------------------------- (b) outlet counts


def _brief(outlets: list[str | None]) -> dict:
    arts = [
        {"id": f"art{i:02d}", "source": f"/tmp/notes/file{i}.txt", "outlet": o, "title": None}
        for i, o in enumerate(outlets)
    ]
    return {
        "schema": "consilience.brief/1",
        "story": {"id": "storyq1", "title": "Quarry blast rattles Tolberg", "articles": arts},
    }


def _texts(brief: dict) -> dict[str, str]:
    return {
        a["id"]: "Windows shook in Tolberg after the blast." for a in brief["story"]["articles"]
    }


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [
        ([None, None, "", None], "0 outlets + 4 unknown"),
        (["Tolberg Post", " tolberg  post", None], "1 outlet + 1 unknown"),
        (["Valley FM", "Tolberg Post"], "2 outlets"),
    ],
)
def test_markdown_html_and_web_count_outlets_alike(outlets, expected):
    brief = _brief(outlets)
    assert count_outlets(brief["story"]["articles"]).text() == expected
    assert f"articles from {expected} ·" in render_markdown(brief, _texts(brief))
    assert expected in _plain(render_html(brief, _texts(brief)))
    client = TestClient(
        create_app(backend=MemoryBackend([brief], _texts(brief))), base_url="http://127.0.0.1"
    )
    assert expected in _plain(client.get("/stories/storyq1").text)
    short = count_outlets(brief["story"]["articles"]).short()
    assert f'<td class="num">{short}</td>' in client.get("/").text


def test_file_names_never_stand_in_for_outlets():
    brief = _brief([None, None])
    assert "2 outlets" not in _plain(render_html(brief, _texts(brief)))
    assert count_outlets([{"outlet": None}, {"outlet": "  "}, "junk"]).unknown == 2
