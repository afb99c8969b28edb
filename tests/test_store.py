import sqlite3

import numpy as np
import pytest

from consilience.model import Article
from consilience.store import SCHEMA_VERSION, Store, StoreError


def _article(i: int) -> Article:
    return Article(id=f"id{i}", source=f"file{i}.txt", text=f"Text number {i}.", title=f"T{i}")


def test_new_store_has_current_schema(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.count() == 0


def test_add_article_is_idempotent(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            assert store.add_article(_article(1)) is True
            assert store.add_article(_article(1)) is False
        assert store.count() == 1
        assert store.article("id1").text == "Text number 1."
        assert store.id_for_source("file1.txt") == "id1"


def test_transaction_rolls_back_on_error(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.add_article(_article(1))
            raise RuntimeError("boom")
        assert store.count() == 0


def test_articles_keep_insertion_order(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            for i in (3, 1, 2):
                store.add_article(_article(i))
        assert [a.id for a in store.articles()] == ["id3", "id1", "id2"]
        assert [a.id for a in store.articles(["id2", "id3"])] == ["id2", "id3"]


def test_embeddings_round_trip(tmp_path):
    vec = np.arange(12, dtype=np.float32).reshape(3, 4)
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(_article(1))
            store.put_embeddings("id1", "m", vec)
        got = store.embeddings("m", ["id1"], 4)["id1"]
        assert np.array_equal(got, vec)
        assert store.embedded_ids("m", ["id1", "id2"]) == {"id1"}


def test_reopen_keeps_data(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store, store.transaction():
        store.add_article(_article(1))
    with Store(path) as store:
        assert store.count() == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_not_a_database_is_refused(tmp_path):
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not sqlite at all, just some text" * 100)
    with pytest.raises(StoreError, match="not a usable"):
        Store(path)


def test_migration_from_empty_file_version_zero(tmp_path):
    path = tmp_path / "s.db"
    sqlite3.connect(path).close()  # an empty SQLite file: version 0
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
