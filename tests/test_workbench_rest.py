"""Issue #14, the rest: the web app's full-text search, outlet counts that agree across
outputs, and one near-copy direction in every output."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from consilience import pipeline
from consilience.cli import app as cli_app
from consilience.model import Article, Story
from consilience.near_copies import oriented_stories
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
    assert "<script" not in r.text  # strict CSP: the page needs no script at all
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
        ([None, None, "", None], "no named outlet"),
        (["Tolberg Post", " tolberg  post", None], "1 outlet + 1 unknown (file2.txt)"),
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


# ---------------------------------------------------------------- (c) near-copy direction


def _copy_pair(credit: bool) -> list[Article]:
    credit_line = " This report was supplied by the Kestrel Wire." if credit else ""
    wire = Article(
        id="wire7",
        source="kestrel.json",
        outlet="Kestrel Wire",
        published="2024-05-02",
        text="Ferry fares on the Osk crossing rise by 12 percent in June, the operator said.",
    )
    mirror = Article(
        id="mirror7",
        source="dunmore.html",
        outlet="Dunmore Daily",
        published="2024-05-01",
        text=wire.text + credit_line,
    )
    return [wire, mirror]


def test_credited_outlet_is_the_original_in_the_story_list():
    story = Story("s7", "Osk fares", ["mirror7", "wire7"], {"wire7": "mirror7"})
    [out] = oriented_stories([story], _copy_pair(credit=True))
    assert out.duplicates == {"mirror7": "wire7"}
    assert (out.id, out.title, out.articles) == (story.id, story.title, story.articles)
    [kept] = oriented_stories([story], _copy_pair(credit=False))
    assert kept.duplicates == {"wire7": "mirror7"}  # nobody credited: as grouped


def test_api_stories_keeps_duplicate_of():
    brief = _brief(["Kestrel Wire", "Dunmore Daily", None])
    brief["story"]["articles"][1]["duplicate_of"] = "art00"
    client = TestClient(
        create_app(backend=MemoryBackend([brief], _texts(brief))), base_url="http://127.0.0.1"
    )
    [story] = client.get("/api/stories").json()["stories"]
    assert [a.get("duplicate_of") for a in story["articles"]] == [None, "art00", None]


def _duplicate_pairs(stories: list[dict]) -> set[tuple[str, str]]:
    return {
        (a["id"], a["duplicate_of"])
        for s in stories
        for a in s["articles"]
        if a.get("duplicate_of")
    }


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_files) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    result = CliRunner().invoke(cli_app, ["ingest", *demo_files, "--db", db])
    assert result.exit_code == 0, result.output
    return db


def test_stories_cli_web_and_brief_agree_on_the_demo_copy(demo_db):
    listed = json.loads(
        CliRunner().invoke(cli_app, ["stories", "--db", demo_db, "-f", "json"]).stdout
    )
    cli_pairs = _duplicate_pairs(listed["stories"])
    sources = {a["id"]: a["source"] for s in listed["stories"] for a in s["articles"]}
    named = {(sources[c].split("#")[0], sources[o].split("#")[0]) for c, o in cli_pairs}
    assert any(
        c.endswith("eastport_herald.xml") and o.endswith("northern_wire.json") for c, o in named
    )
    web_doc = TestClient(create_app(demo_db), base_url="http://127.0.0.1").get("/api/stories")
    assert _duplicate_pairs(web_doc.json()["stories"]) == cli_pairs
    with Store(demo_db) as store:
        briefs = [pipeline.brief_for_story(store, s["id"]) for s in listed["stories"]]
    brief_pairs = {
        (a["id"], a["duplicate_of"])
        for b in briefs
        for a in b["story"]["articles"]
        if a.get("duplicate_of")
    }
    assert brief_pairs == cli_pairs
