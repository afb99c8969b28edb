"""New-user probe (session 4 tester): the ``stories`` table counts articles and outlets as
the brief, the web app and ``/api/stories`` do. A wire text printed by several outlets
was listed as 1 article in the table while every other output said 4. The store is
filled without any model; the story list is stored as ``pipeline.list_stories`` keeps it."""

from __future__ import annotations

import dataclasses
import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from consilience import pipeline
from consilience.cli import app
from consilience.model import Article
from consilience.store import Store
from consilience.web import create_app

_WIRE = (
    "Snow closed the Keldra mountain pass on Saturday, stranding 64 lorries overnight. "
    "Road crews expect to reopen one lane by Monday."
)


def _fill(target: str) -> None:
    wire = Article(id="w1", source="in/wire_fenwick.txt", text=_WIRE, title="Keldra pass shut",
                   outlet="Fenwick Gazette", published="2025-01-11")  # fmt: skip
    printings = [
        wire,
        dataclasses.replace(wire, source="in/wire_moor.txt", outlet="Moor Herald"),
        dataclasses.replace(wire, source="in/wire_fen2.txt", outlet="fenwick  GAZETTE"),
        dataclasses.replace(wire, source="in/wire_anon.txt", outlet=None),
    ]
    other = Article(id="o1", source="in/ferry.txt", text="The Tarn ferry resumed sailings.",
                    title="Tarn ferry back", outlet=None)  # fmt: skip
    with Store(target) as store:
        with store.transaction():
            store.add_article(wire)
            store.add_article(other)
            for a in [*printings, other]:
                store.put_appearance(a)
        doc = {
            "digest": pipeline._listing_digest(store),
            "stories": [
                {"id": "s-pass", "title": "Keldra pass", "articles": ["w1"], "duplicates": {}},
                {"id": "s-ferry", "title": "Tarn ferry", "articles": ["o1"], "duplicates": {}},
            ],
        }
        with store.transaction():
            store.put_state(pipeline.STORY_LIST_KEY, json.dumps(doc).encode("utf-8"))


def _table_rows(target: str) -> dict[str, list[str]]:
    got = CliRunner().invoke(app, ["stories", "--db", target], env={"COLUMNS": "200"})
    assert got.exit_code == 0, got.output
    rows = {}
    for line in got.output.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if cells and cells[0].startswith("s-"):
            rows[cells[0]] = cells[1:4]
    return rows


def test_the_story_table_counts_every_printing_and_unknown_outlets(store_target):
    _fill(store_target)
    rows = _table_rows(store_target)
    # four printings; Fenwick Gazette twice (case and spaces aside), one unknown outlet; the
    # three printings after the first are copies of one text (as the brief counts them)
    assert rows["s-pass"] == ["4", "2 + 1 unknown", "3"]
    assert rows["s-ferry"] == ["1", "0 + 1 unknown", "0"]


def test_the_story_table_agrees_with_the_api(store_target):
    _fill(store_target)
    client = TestClient(create_app(store_target), base_url="http://127.0.0.1")
    api = {s["id"]: s["counts"] for s in client.get("/api/stories").json()["stories"]}
    for sid, (articles, outlets, _copies) in _table_rows(store_target).items():
        assert int(articles) == api[sid]["articles"]
        unknown = api[sid]["unknown_outlets"]
        want = f"{api[sid]['outlets']} + {unknown} unknown" if unknown else str(api[sid]["outlets"])
        assert outlets == want


def _api_story(client: TestClient, sid: str) -> dict:
    return next(s for s in client.get("/api/stories").json()["stories"] if s["id"] == sid)


def test_a_printing_given_other_metadata_is_listed_anew(store_target):
    """One printing of the wire text read again with another outlet and date: the story
    list (``/api/stories``, ``/``) names the new outlet and date, as the brief does, instead
    of the stored counts of before."""
    _fill(store_target)
    client = TestClient(create_app(store_target), base_url="http://127.0.0.1")
    before = _api_story(client, "s-pass")
    assert "Moor Herald" in before["outlets"] and before["dates"] == ["2025-01-11", "2025-01-11"]
    moved = Article(id="w1", source="in/wire_moor.txt", text=_WIRE, title="Keldra pass shut",
                    outlet="Ridgeway Observer", published="2025-01-13")  # fmt: skip
    with Store(store_target) as store, store.transaction():
        assert store.put_appearance(moved) is False  # the same source, replaced
    after = _api_story(client, "s-pass")
    assert "Ridgeway Observer" in after["outlets"] and "Moor Herald" not in after["outlets"]
    assert after["dates"] == ["2025-01-11", "2025-01-13"]
    assert after["counts"]["articles"] == 4
    assert "Ridgeway Observer" in client.get("/").text


def test_the_same_printing_read_again_keeps_the_stored_counts(store_target):
    """Nothing changed: the stored counts stay current (no recount on every re-ingest)."""
    from consilience import story_counts

    _fill(store_target)
    client = TestClient(create_app(store_target), base_url="http://127.0.0.1")
    client.get("/api/stories")
    same = Article(id="w1", source="in/wire_moor.txt", text=_WIRE, title="Keldra pass shut",
                   outlet="Moor Herald", published="2025-01-11")  # fmt: skip
    with Store(store_target) as store:
        with store.transaction():
            store.put_appearance(same)
        assert store.get_state(story_counts.MARKER_KEY) is not None
