"""The story list (``/`` and ``/api/stories``) reads stored per-story counts, is paginated,
and never builds a brief (issue #17 item 15). Stores here are filled without any model:
articles are added directly and the story list is stored as ``pipeline.list_stories``
keeps it, so the list is read back, not clustered."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from consilience import brief as brief_mod
from consilience import pipeline, story_counts
from consilience.model import Article, Story
from consilience.store import Store
from consilience.web import MemoryBackend, create_app


def _article(aid: str, outlet: str | None, title: str, published: str | None = None) -> Article:
    text = f"{title}. The harbour office in Tallin counted boats for article {aid}."
    return Article(
        id=aid, source=f"feeds/{aid}.html", text=text, title=title, outlet=outlet,
        published=published,
    )  # fmt: skip


def _stored_list(store: Store, stories: list[Story]) -> None:
    """Store ``stories`` as the current story list (what list_stories keeps)."""
    doc = {
        "digest": pipeline._listing_digest(store),
        "stories": [
            {"id": s.id, "title": s.title, "articles": s.articles, "duplicates": {}}
            for s in stories
        ],
    }
    with store.transaction():
        store.put_state(pipeline.STORY_LIST_KEY, json.dumps(doc).encode("utf-8"))


def _fill(store: Store, spec: dict[str, list[Article]], titles: dict[str, str]) -> list[Story]:
    with store.transaction():
        for arts in spec.values():
            for a in arts:
                store.add_article(a)
                store.put_appearance(a)
    stories = [Story(sid, titles[sid], [a.id for a in arts]) for sid, arts in spec.items()]
    _stored_list(store, stories)
    return stories


@pytest.fixture()
def no_briefs(monkeypatch):
    """Every way of building a brief raises."""

    def refuse(*_a, **_k):
        raise AssertionError("the story list built a brief")

    for name in ("brief_of", "finished_brief", "brief_for_story", "_stored_context"):
        monkeypatch.setattr(pipeline, name, refuse)
    monkeypatch.setattr(brief_mod, "build_brief", refuse)


def _client(path) -> TestClient:
    return TestClient(create_app(str(path)), base_url="http://127.0.0.1")


def _ferry_store(path) -> list[Story]:
    spec = {
        "s-ferry": [
            _article("f1", "Baltic Wire", "Ferry aground near Saaremaa", "2026-03-02"),
            _article("f2", "Baltic Wire", "Ferry refloated", "2026-03-04"),
            _article("f3", "Harbour Daily", "Saaremaa ferry grounding"),
            _article("f4", None, "Grounded ferry towed", "2026-03-03"),
        ],
        "s-bridge": [_article("b1", "Riga Evening", "Bridge closes for repairs", "2026-04-11")],
    }
    with Store(path) as store:
        return _fill(store, spec, {"s-ferry": "Ferry aground", "s-bridge": "Bridge closes"})


def test_list_counts_without_building_a_brief(tmp_path, no_briefs):
    _ferry_store(tmp_path / "c.db")
    client = _client(tmp_path / "c.db")
    stories = {s["id"]: s for s in client.get("/api/stories").json()["stories"]}
    ferry = stories["s-ferry"]
    # four articles: two from Baltic Wire, one from Harbour Daily, one of unknown outlet
    # (counted as unknown as every output counts it; its file name is no outlet name)
    assert ferry["counts"] == {
        "articles": 4, "outlets": 2, "unknown_outlets": 1, "conflicts": None, "updates": None,
    }  # fmt: skip
    assert ferry["outlets"] == ["Baltic Wire", "Harbour Daily"]
    assert ferry["dates"] == ["2026-03-02", "2026-03-04"]
    assert [a["source"] for a in ferry["articles"]][:1] == ["feeds/f1.html"]
    assert stories["s-bridge"]["counts"]["outlets"] == 1
    page = client.get("/")
    assert page.status_code == 200
    assert "Ferry aground" in page.text and "1–2 of 2 stories" in page.text
    assert 'title="counted once the brief is built"' in page.text


def test_conflicts_come_from_built_briefs_updates_apart(tmp_path, no_briefs):
    stories = _ferry_store(tmp_path / "c.db")
    client = _client(tmp_path / "c.db")
    client.get("/")  # the counts rows exist
    brief = {
        "conflicts": [
            {"subject": "crew", "readings": [], "outliers": ["f3"]},
            {"subject": "cars", "readings": [], "outliers": ["f1"]},
            {"subject": "passengers", "readings": [{"update": True}], "outliers": []},
        ]
    }
    with Store(tmp_path / "c.db") as store:
        story_counts.note_brief(store, stories[0], brief)
        # a brief of another grouping of the same id does not count for this story
        story_counts.note_brief(store, Story("s-bridge", "x", ["b1", "f1"]), brief)
    got = {s["id"]: s["counts"] for s in client.get("/api/stories").json()["stories"]}
    assert (got["s-ferry"]["conflicts"], got["s-ferry"]["updates"]) == (2, 1)
    assert got["s-bridge"]["conflicts"] is None
    text = client.get("/").text
    assert '<span class="badge outlier">2</span>' in text and "+1 update<" in text


def test_brief_of_stores_the_conflict_count(tmp_path, monkeypatch):
    """Building a brief (pipeline.brief_of) leaves its conflict count on the story's row."""
    stories = _ferry_store(tmp_path / "c.db")
    built = {"conflicts": [{"subject": "tonnage", "readings": [], "outliers": ["f2"]}]}
    monkeypatch.setattr(pipeline, "_stored_context", lambda store, story: None)
    monkeypatch.setattr(pipeline, "finished_brief", lambda ctx: dict(built))
    monkeypatch.setattr(pipeline, "brief_key", lambda story: "k-" + story.id)
    with Store(tmp_path / "c.db") as store:
        pipeline.list_stories(store)
        pipeline.brief_of(store, stories[1])
        rows, _total = story_counts.page_rows(store, "", 1)
    got = {r["id"]: r["counts"]["conflicts"] for r in rows}
    assert got == {"s-ferry": None, "s-bridge": 1}


def _many(path, n: int) -> None:
    spec = {
        f"st{k:04d}": [_article(f"a{k:04d}", f"Outlet {k % 7}", f"Story {k}")] for k in range(n)
    }
    with Store(path) as store:
        _fill(store, spec, {f"st{k:04d}": f"Story number {k}" for k in range(n)})


def test_pages_and_links(tmp_path, no_briefs):
    _many(tmp_path / "m.db", 2 * story_counts.PAGE_SIZE + 7)
    client = _client(tmp_path / "m.db")
    size = story_counts.PAGE_SIZE
    first = client.get("/api/stories").json()
    assert (first["total"], first["pages"], first["page"]) == (2 * size + 7, 3, 1)
    assert len(first["stories"]) == size and first["stories"][0]["id"] == "st0000"
    assert first["previous"] is None and first["next"] == "/api/stories?page=2"
    last = client.get("/api/stories?page=3").json()
    assert [s["id"] for s in last["stories"]][-1] == f"st{2 * size + 6:04d}"
    assert len(last["stories"]) == 7
    assert last["next"] is None and last["previous"] == "/api/stories?page=2"
    html = client.get("/?page=2").text
    assert 'rel="prev" href="/?page=1"' in html and 'rel="next" href="/?page=3"' in html
    assert f"{size + 1}–{2 * size} of {2 * size + 7} stories" in html
    beyond = client.get("/?page=9").text
    assert "No story on page 9" in beyond and 'rel="prev" href="/?page=3"' in beyond
    assert client.get("/?page=0").status_code == 422


def test_search_is_paginated_and_keeps_its_words(tmp_path, no_briefs):
    _many(tmp_path / "m.db", 3 * story_counts.PAGE_SIZE)
    client = _client(tmp_path / "m.db")
    # "outlet 3" is every 7th story (sources, outlets and titles are searched)
    found = client.get("/api/stories", params={"q": "OUTLET 3"}).json()
    want = [f"st{k:04d}" for k in range(3 * story_counts.PAGE_SIZE) if k % 7 == 3]
    assert found["total"] == len(want) and [s["id"] for s in found["stories"]] == want[:50]
    html = client.get("/", params={"q": "story number 1"}).text
    assert "/?q=story+number+1&amp;page=2" in html
    assert "No story matches" in client.get("/", params={"q": "zeppelin"}).text


def test_counts_follow_new_articles_and_keep_unchanged_conflicts(tmp_path, no_briefs):
    stories = _ferry_store(tmp_path / "c.db")
    client = _client(tmp_path / "c.db")
    client.get("/")
    with Store(tmp_path / "c.db") as store:
        for s in stories:
            story_counts.note_brief(store, s, {"conflicts": [{"subject": "x", "outliers": ["f1"]}]})
        extra = _article("b2", "Vilnius Post", "Bridge repairs delayed", "2026-04-20")
        with store.transaction():
            store.add_article(extra)
            store.put_appearance(extra)
        _stored_list(store, [stories[0], Story("s-bridge", "Bridge closes", ["b1", "b2"])])
    got = {s["id"]: s for s in client.get("/api/stories").json()["stories"]}
    assert got["s-ferry"]["counts"]["conflicts"] == 1  # same articles: count kept
    assert got["s-bridge"]["counts"] == {
        "articles": 2, "outlets": 2, "unknown_outlets": 0, "conflicts": None, "updates": None,
    }  # fmt: skip
    assert got["s-bridge"]["dates"] == ["2026-04-11", "2026-04-20"]


def test_forget_derived_drops_counts(tmp_path):
    _ferry_store(tmp_path / "c.db")
    with Store(tmp_path / "c.db") as store:
        pipeline.list_stories(store)
        assert story_counts.page_rows(store, "", 1)[1] == 2
        with store.transaction():
            store.forget_derived()
        assert story_counts.page_rows(store, "", 1)[1] == 0
        assert not pipeline.story_counts_current(store)


def test_memory_backend_counts_from_held_briefs():
    arts = [
        {"id": "m1", "source": "one.txt", "outlet": "North Gazette", "published": "2025-11-01"},
        {"id": "m2", "source": "two.txt", "outlet": "North Gazette"},
        {"id": "m3", "source": "three.txt"},
    ]
    brief = {
        "story": {"id": "mem", "title": "Dam inspection", "articles": arts},
        "conflicts": [{"subject": "height", "outliers": ["m3"]}, {"update": True}],
    }
    app = create_app(backend=MemoryBackend([brief], {a["id"]: "text" for a in arts}))
    got = TestClient(app, base_url="http://127.0.0.1").get("/api/stories").json()
    assert got["stories"][0]["counts"] == {
        "articles": 3, "outlets": 1, "unknown_outlets": 1, "conflicts": 1, "updates": 1,
    }  # fmt: skip
    assert got["total"] == 1 and got["next"] is None and got["previous"] is None


def test_page_rows_refuses_page_zero(tmp_path):
    with Store(tmp_path / "e.db") as store, pytest.raises(ValueError):
        story_counts.page_rows(store, "", 0)


def test_empty_store_lists_nothing_without_clustering(tmp_path, monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("an empty store was clustered")

    monkeypatch.setattr(pipeline, "update_stories", refuse)
    Store(tmp_path / "e.db").close()
    client = _client(tmp_path / "e.db")
    assert "The store is empty" in client.get("/").text
    got = client.get("/api/stories").json()
    assert (got["total"], got["pages"], got["stories"]) == (0, 1, [])
