"""New-user probes of the story list's counts (session 5 tester).

``/api/stories`` and the story list gave ``counts.outlets: 2, unknown_outlets: 1`` beside
``outlets: ["Fenwick Star", "fenwick-notes.txt", "Tarn FM"]``: the file name of the article
without an outlet was listed as an outlet, so a consumer counting the list got 3 and the
page named a file among the outlets. The list now holds the named outlets only, as many
as ``counts.outlets``, on the stored list (SQLite) and the in-memory web backend alike;
rows stored under the old layout are rebuilt.
"""

from __future__ import annotations

from fastapi.testclient import TestClient

from consilience import outlet_count, story_counts
from consilience.model import Article, Story
from consilience.store import Store
from consilience.web import MemoryBackend, create_app

GALE = "A gale brought down power lines across Fenwick on Thursday night, the council said."


def _head(aid: str, source: str, outlet: str | None) -> dict:
    return {"id": aid, "source": source, "outlet": outlet, "title": "Gale in Fenwick",
            "published": "2025-11-06"}  # fmt: skip


HEADS = [
    _head("g1", "star.html", "Fenwick Star"),
    _head("g2", "fenwick-notes.txt", None),
    _head("g3", "tarn.xml#7", "Tarn  FM"),
    _head("g4", "tarn2.xml#2", "tarn fm"),
]


def test_outlet_names_are_the_named_outlets_once_each():
    names = outlet_count.outlet_names(HEADS)
    assert names == ["Fenwick Star", "Tarn FM"]
    assert len(names) == outlet_count.count_outlets(HEADS).known


def test_the_web_story_list_names_no_file_as_an_outlet():
    brief = {"schema": "consilience.brief/1",
             "story": {"id": "story-gale", "title": "Gale in Fenwick", "articles": HEADS}}  # fmt: skip
    app = create_app(backend=MemoryBackend([brief], {h["id"]: GALE for h in HEADS}))
    client = TestClient(app, base_url="http://127.0.0.1")
    [row] = client.get("/api/stories").json()["stories"]
    assert row["outlets"] == ["Fenwick Star", "Tarn FM"]
    assert (row["counts"]["outlets"], row["counts"]["unknown_outlets"]) == (2, 1)
    assert "fenwick-notes.txt ·" not in client.get("/").text


def _store_two(store: Store) -> list[Story]:
    with store.transaction():
        for h in HEADS[:2]:
            a = Article(id=h["id"], source=h["source"], text=GALE + h["id"], outlet=h["outlet"],
                        published=h["published"])  # fmt: skip
            store.add_article(a)
            store.put_appearance(a)
    return [Story("s-gale", "Gale", ["g1", "g2"])]


def test_stored_rows_list_named_outlets_only(tmp_path):
    with Store(tmp_path / "gale.db") as store:
        story_counts.refresh(store, _store_two(store), "v")
        [row], _ = story_counts.page_rows(store, "", 1)
    assert row["outlets"] == ["Fenwick Star"]
    assert (row["counts"]["outlets"], row["counts"]["unknown_outlets"]) == (1, 1)


def test_rows_stored_under_the_old_layout_are_not_current(tmp_path):
    with Store(tmp_path / "gale.db") as store:
        stories = _store_two(store)
        story_counts.refresh(store, stories, "v")
        assert story_counts.is_current(store, "v")
        old = f"v|{store.count_marker()}"  # the marker rows were stored under before
        with store.transaction():
            store.put_state(story_counts.MARKER_KEY, old.encode("utf-8"))
        assert not story_counts.is_current(store, "v")
