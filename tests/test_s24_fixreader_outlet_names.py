"""One outlet under two names is counted once (tester of session 24, item 9).

A feed titled "Harbourside Radio News" and articles whose outlet is "Harbourside Radio"
were counted as two outlets. Names that differ only by case, punctuation, a leading "the",
a web suffix and the generic words of news organisations ("News", "Online", "Live") are one
outlet when one is the other plus such words or both are printed at one site; otherwise
(another word, a medium such as "Radio" or "FM", another number) they stay apart. The
outlets below are written for these tests.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from consilience import pipeline
from consilience.cli import app
from consilience.model import Article
from consilience.outlet_count import count_outlets, coverage, outlet_names, same_outlet
from consilience.store import Store
from consilience.web import create_app


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Harbourside Radio News", "Harbourside Radio"),
        ("The Kestrel Valley Times", "Kestrel Valley Times Online"),
        ("MERIDIAN SPORT", "Meridian Sport Live"),
        ("Tarnbury Echo", "tarnbury-echo.com"),
        ("Delmont Post", "Delmont Post."),
    ],
)
def test_a_name_plus_generic_words_is_the_same_outlet(a, b):
    assert same_outlet(a, b) and same_outlet(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Channel 4", "Channel 5 News"),
        ("Harbourside Radio", "Harbourside FM"),  # a medium names the outlet
        ("Harbourside Radio", "Harbourside"),
        ("Kestrel Times", "Kestrel Valley Times"),
        ("Harbourside News", "Harbourside Online"),  # neither is the other plus a word
        ("News", "News Online"),  # nothing but generic words: no common core
    ],
)
def test_other_names_stay_apart(a, b):
    assert not same_outlet(a, b)


def test_names_differing_in_generic_words_at_one_site_are_one_outlet():
    site = {"harbourside.example"}
    assert same_outlet("Harbourside News", "Harbourside Online", site, {"live.harbourside.example"})
    assert not same_outlet("Harbourside News", "Harbourside Online", site, {"other.example"})
    assert not same_outlet("Harbourside Radio", "Harbourside FM", site, site)  # not names of one


def _heads() -> list[dict]:
    return [
        {"id": "a", "outlet": "Harbourside Radio News", "url": "https://harbourside.example/n/1"},
        {"id": "b", "outlet": "Harbourside Radio", "source": "/in/radio.md"},
        {"id": "c", "outlet": "Channel 4", "source": "/in/c4.md"},
        {"id": "d", "outlet": "Channel 5 News", "source": "/in/c5.md"},
        {"id": "e", "outlet": "Harbourside Online", "url": "https://www.harbourside.example/x"},
        {"id": "f", "outlet": None, "source": "/in/anon.txt"},
    ]


def test_every_count_keys_outlets_alike():
    heads = _heads()
    # Harbourside Radio News = Harbourside Radio (a word added); Harbourside Online shares
    # the site of Harbourside Radio News only by another generic word: apart
    assert count_outlets(heads).known == 4 and count_outlets(heads).unknown == 1
    assert coverage(heads).text() == "6 articles from 4 outlets + 1 unknown (anon.txt)"
    assert coverage(heads, ["a", "b"]).outlets.known == 1
    assert outlet_names(heads) == [
        "Channel 4",
        "Channel 5 News",
        "Harbourside Online",
        "Harbourside Radio",
    ]


def _fill(target: str) -> None:
    one = Article(id="r1", source="feed.xml#item-1", text="The lifeboat launched at dawn.",
                  title="Lifeboat", outlet="Harbourside Radio News",
                  url="https://harbourside.example/news/lifeboat", published="2026-11-26")  # fmt: skip
    two = Article(id="r2", source="in/radio.md", text="The kayaker was taken to hospital.",
                  title="Kayaker", outlet="Harbourside Radio", published="2026-11-26")  # fmt: skip
    three = Article(id="t1", source="in/c4.md", text="The vote was held on Tuesday night.",
                    title="Vote", outlet="Channel 4", published="2026-11-26")  # fmt: skip
    four = Article(id="t2", source="in/c5.md", text="Turnout was lower than last year.",
                   title="Turnout", outlet="Channel 5 News", published="2026-11-26")  # fmt: skip
    with Store(target) as store:
        with store.transaction():
            for a in (one, two, three, four):
                store.add_article(a)
                store.put_appearance(a)
        doc = {
            "digest": pipeline._listing_digest(store),
            "stories": [
                {"id": "s-sea", "title": "Sea", "articles": ["r1", "r2"], "duplicates": {}},
                {"id": "s-vote", "title": "Vote", "articles": ["t1", "t2"], "duplicates": {}},
            ],
        }
        with store.transaction():
            store.put_state(pipeline.STORY_LIST_KEY, json.dumps(doc).encode("utf-8"))


def test_the_stored_story_counts_key_outlets_by_the_one_rule(store_target):
    _fill(store_target)
    got = CliRunner().invoke(app, ["stories", "--db", store_target], env={"COLUMNS": "200"})
    assert got.exit_code == 0, got.output
    rows = {}
    for line in got.output.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if cells and cells[0].startswith("s-"):
            rows[cells[0]] = cells[1:3]
    assert rows == {"s-sea": ["2", "1"], "s-vote": ["2", "2"]}
    client = TestClient(create_app(store_target), base_url="http://127.0.0.1")
    api = {s["id"]: s for s in client.get("/api/stories").json()["stories"]}
    assert api["s-sea"]["counts"]["outlets"] == 1
    assert api["s-sea"]["outlets"] == ["Harbourside Radio"]
    assert api["s-vote"]["outlets"] == ["Channel 4", "Channel 5 News"]
