"""New-user probes of the story list on both store backends (session 4 tester): odd
``page`` and ``q`` parameters give a page or a clear 4xx, never a server error, and
SQLite and PostgreSQL answer alike. Stores are filled without any model."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from consilience import pipeline
from consilience.model import Article, Story
from consilience.store import Store
from consilience.web import create_app


def _kiln_store(target: str) -> None:
    """Two stories of my own words: a pottery kiln fire and a canal lock repair."""
    arts = {
        "s-kiln": [
            Article(id="k1", source="in/k1.txt", text="A kiln fire in Dunmore gutted a studio.",
                    title="Kiln fire in Dunmore", outlet="Dunmore Post", published="2025-02-07"),
            Article(id="k2", source="in/k2.txt", text="Firefighters said the Dunmore kiln overheated.",
                    title="Dunmore kiln overheated", outlet=None),
        ],
        "s-lock": [
            Article(id="l1", source="in/l1.txt", text="Lock 9 on the Averly canal reopens in June.",
                    title="Averly lock reopens", outlet="Canal Times", published="2025-03-01"),
        ],
    }  # fmt: skip
    with Store(target) as store:
        with store.transaction():
            for group in arts.values():
                for a in group:
                    store.add_article(a)
                    store.put_appearance(a)
        doc = {
            "digest": pipeline._listing_digest(store),
            "stories": [
                {"id": sid, "title": sid, "articles": [a.id for a in group], "duplicates": {}}
                for sid, group in arts.items()
            ],
        }
        with store.transaction():
            store.put_state(pipeline.STORY_LIST_KEY, json.dumps(doc).encode("utf-8"))
        assert [Story(s["id"], s["title"], s["articles"]) for s in doc["stories"]]


def _client(target: str) -> TestClient:
    return TestClient(
        create_app(target), base_url="http://127.0.0.1", raise_server_exceptions=False
    )


@pytest.mark.parametrize("page", ["3", str(2**63), "9" * 30])
def test_a_page_past_the_end_is_empty_not_an_error(store_target, page):
    """Any page past the last one lists nothing but still tells the total (a page number
    too large for a database integer included)."""
    _kiln_store(store_target)
    client = _client(store_target)
    got = client.get(f"/api/stories?page={page}")
    assert got.status_code == 200, got.text[:200]
    assert got.json()["stories"] == [] and got.json()["total"] == 2
    assert client.get(f"/?page={page}").status_code == 200


@pytest.mark.parametrize("q", ["%00", "kiln%00", "%00Dunmore"])
def test_a_nul_in_the_story_filter_matches_nothing_on_both_backends(store_target, q):
    """PostgreSQL text cannot hold NUL: a filter holding one matches no story there, as on
    SQLite, instead of a server error."""
    _kiln_store(store_target)
    client = _client(store_target)
    got = client.get(f"/api/stories?q={q}")
    assert got.status_code == 200, got.text[:200]
    assert got.json()["stories"] == [] and got.json()["total"] == 0
    assert client.get(f"/?q={q}").status_code == 200


def test_the_story_filter_still_matches_on_both_backends(store_target):
    _kiln_store(store_target)
    got = _client(store_target).get("/api/stories?q=DUNMORE").json()
    assert [s["id"] for s in got["stories"]] == ["s-kiln"] and got["total"] == 1


@pytest.mark.parametrize(
    ("url", "names"),
    [("/?page=0", "page"), ("/?page=two", "page"), ("/articles/k1?start=-4", "start")],
)
def test_a_page_with_an_unusable_parameter_answers_an_html_page_naming_it(tmp_path, url, names):
    """A person's browser gets a page saying which parameter and why, not raw JSON."""
    target = str(tmp_path / "s.db")
    _kiln_store(target)
    got = _client(target).get(url)
    assert got.status_code == 422
    assert got.headers["content-type"].startswith("text/html")
    assert f"{names}: " in got.text and "Input should be" in got.text


def test_the_api_keeps_json_for_an_unusable_parameter(tmp_path):
    target = str(tmp_path / "s.db")
    _kiln_store(target)
    got = _client(target).get("/api/stories?page=0")
    assert got.status_code == 422
    assert got.json()["detail"][0]["loc"] == ["query", "page"]
