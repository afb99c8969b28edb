"""The store, once per backend: a new SQLite file and a new PostgreSQL database on a
throw-away server (``store_target`` in conftest.py; the PostgreSQL runs skip when no
server binaries are installed)."""

import sqlite3

import numpy as np
import pytest

from consilience.model import Article
from consilience.store import (
    SCHEMA_VERSION,
    Store,
    StoreError,
    is_postgres,
    open_store,
    store_exists,
)


def _article(i: int) -> Article:
    return Article(id=f"id{i}", source=f"file{i}.txt", text=f"Text number {i}.", title=f"T{i}")


def _raw(target: str):
    """A driver connection to the store's database, beside the store."""
    if is_postgres(target):
        import psycopg

        return psycopg.connect(target, autocommit=True)
    return sqlite3.connect(target, isolation_level=None)


def test_new_store_has_current_schema(store_target):
    with Store(store_target) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.count() == 0
        assert store.kind == ("postgresql" if is_postgres(store_target) else "sqlite")


def test_add_article_is_idempotent(store_target):
    with Store(store_target) as store:
        with store.transaction():
            assert store.add_article(_article(1)) is True
            assert store.add_article(_article(1)) is False
        with store.transaction():
            assert store.add_article(_article(1)) is False
        assert store.count() == 1
        assert store.article("id1").text == "Text number 1."
        assert store.id_for_source("file1.txt") == "id1"


def test_transaction_rolls_back_on_error(store_target):
    with Store(store_target) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(_article(1))
            raise RuntimeError("boom")
        assert store.count() == 0
        with store.transaction():  # the store is usable after the rollback
            store.add_article(_article(2))
        assert store.article_ids() == ["id2"]


def test_articles_keep_insertion_order(store_target):
    with Store(store_target) as store:
        with store.transaction():
            for i in (3, 1, 2):
                store.add_article(_article(i))
        assert [a.id for a in store.articles()] == ["id3", "id1", "id2"]
        assert [a.id for a in store.articles(["id2", "id3"])] == ["id2", "id3"]


def test_embeddings_round_trip(store_target):
    vec = np.arange(12, dtype=np.float32).reshape(3, 4)
    with Store(store_target) as store:
        with store.transaction():
            store.add_article(_article(1))
            store.put_embeddings("id1", "m", vec)
        got = store.embeddings("m", ["id1"], 4)["id1"]
        assert np.array_equal(got, vec)
        assert store.embedded_ids("m", ["id1", "id2"]) == {"id1"}


def test_putting_again_replaces_the_row(store_target):
    with Store(store_target) as store:
        with store.transaction():
            store.add_article(_article(4))
            store.put_extraction("id4", "v1", {"figures": [7]})
            store.put_analysis("id4", "p", b"\x00first")
            store.put_state("index", b"\x01\x02")
        with store.transaction():
            store.put_extraction("id4", "v1", {"figures": [7, 9]})
            store.put_analysis("id4", "p", b"\x00second")
            store.put_state("index", b"\x03")
            store.put_story_item("id4", "s1", ["Ostby"], None)
        assert store.extractions("v1", ["id4"]) == {"id4": {"figures": [7, 9]}}
        assert store.analyses("p", ["id4"]) == {"id4": b"\x00second"}
        assert store.get_state("index") == b"\x03"
        assert store.story_items("s1", ["id4"]) == {"id4": (["Ostby"], None)}


def test_appearances_are_new_once_then_replaced(store_target):
    first = Article(id="id5", source="wire/a.html", text="Text number 5.", title="Old title")
    again = Article(id="id5", source="wire/a.html", text="Text number 5.", title="New title")
    other = Article(id="id5", source="paper/b.html", text="Text number 5.", published="2023-02-01")
    with Store(store_target) as store, store.transaction():
        store.add_article(first)
        assert store.put_appearance(first) is True
        assert store.put_appearance(again) is False
        assert store.put_appearance(other) is True
    with Store(store_target) as store:
        found = store.appearances(["id5"])["id5"]
    assert [(a["source"], a["title"]) for a in found] == [
        ("paper/b.html", None),
        ("wire/a.html", "New title"),
    ]


def test_search_finds_every_word_and_follows_updated_titles(store_target):
    lock = Article(id="k1", source="k1.txt", title="Canal lock reopens",
                   text="Barges passed the Wenlow canal lock again on Friday after repairs.")  # fmt: skip
    bridge = Article(id="k2", source="k2.txt", title="Footbridge closed",
                     text="The Wenlow footbridge over the canal shut for a survey.")  # fmt: skip
    with Store(store_target) as store:
        with store.transaction():
            store.add_article(lock)
            store.add_article(bridge)
        assert [m["id"] for m in store.search("wenlow canal")] == ["k1", "k2"]
        assert [m["id"] for m in store.search("Footbridge survey")] == ["k2"]
        assert store.search("?!") == []
        assert "[" in store.search("barges")[0]["snippet"]
        with store.transaction():
            store.update_article(
                Article(id="k2", source="k2.txt", title="Survey of barges", text=bridge.text)
            )
        assert [m["id"] for m in store.search("barges")] == ["k2", "k1"]  # a title hit first
        assert store.search("footbridge closed") == []


def test_story_counts_page_filters_by_substring(store_target):
    rows = [
        {
            "story_id": f"s{i}",
            "signature": "x",
            "title": t,
            "articles": 2,
            "outlets": 1,
            "conflicts": None,
            "updates": None,
            "outlet_names": "[]",
            "first_published": None,
            "last_published": None,
            "refs": "[]",
            "search": t.casefold(),
        }  # fmt: skip
        for i, t in enumerate(["Dam breach at Orrin", "Orrin mayor resigns", "Tram fares"])
    ]
    with Store(store_target) as store:
        with store.transaction():
            store.replace_story_counts(rows)
        found, total = store.story_counts_page("orrin", 0, 1)
        assert total == 2 and [r["story_id"] for r in found] == ["s0"]
        store.set_story_conflicts("s1", "x", 3, 1, "Orrin mayor resigns")
        found, total = store.story_counts_page("", 1, 5)
        assert total == 3 and [(r["conflicts"], r["updates"]) for r in found] == [
            (3, 1),
            (None, None),
        ]


def test_reopen_keeps_data(store_target):
    with Store(store_target) as store, store.transaction():
        store.add_article(_article(1))
    with Store(store_target) as store:
        assert store.count() == 1
    assert store_exists(store_target)


def test_newer_schema_is_refused(store_target):
    Store(store_target).close()
    raw = _raw(store_target)
    if is_postgres(store_target):
        raw.execute("UPDATE consilience_schema SET version = %s", (SCHEMA_VERSION + 5,))
    else:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    raw.close()
    with pytest.raises(StoreError, match="newer"):
        Store(store_target)


def test_not_a_consilience_store_is_refused(store_target, tmp_path):
    if is_postgres(store_target):
        Store(store_target).close()
        raw = _raw(store_target)
        raw.execute("DROP TABLE consilience_schema")  # version 0, but tables already there
        raw.close()
    else:
        (tmp_path / "s.db").write_bytes(b"this is not sqlite at all, just some text" * 100)
    with pytest.raises(StoreError, match="not a usable"):
        Store(store_target)


def test_migration_from_empty_database_version_zero(store_target):
    if is_postgres(store_target):
        import psycopg

        from consilience.store_postgres import _create_database

        _create_database(store_target)
        with psycopg.connect(store_target) as conn:  # an empty database: version 0
            assert conn.execute("SELECT to_regclass('articles')").fetchone()[0] is None
    else:
        sqlite3.connect(store_target).close()  # an empty SQLite file: version 0
    assert store_exists(store_target)
    with Store(store_target) as store:
        assert store.schema_version == SCHEMA_VERSION


def test_missing_store_does_not_exist(store_target):
    assert store_exists(store_target) is False
    if is_postgres(store_target):
        assert store_exists(store_target.rsplit("/", 1)[0] + "/postgres") is True


@pytest.mark.parametrize(
    "address",
    [
        "mysql://editor@db.example/news",
        "http://example.org/store.db",
        "sqlite:/tmp/x.db",
        "postgresql:relative",
        "redis://cache:6379/0",
    ],  # fmt: skip
)
def test_other_addresses_are_refused_by_name(address):
    with pytest.raises(StoreError, match="unsupported store address") as caught:
        open_store(address)
    assert address in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("address", "postgres"),
    [
        ("postgresql://desk@10.1.2.3:5433/wire", True),
        ("POSTGRES://u@h/db", True),
        ("news.db", False),
        ("C:/stores/news.db", False),
        ("./postgresql/news.db", False),
        (":memory:", False),
    ],  # fmt: skip
)
def test_address_kinds(address, postgres):
    assert is_postgres(address) is postgres
