"""SQLite store: articles, their analyses, extractions, embeddings and stories.

SQLite is the embedded default (one file; ``:memory:`` works too). The schema carries a
version (``PRAGMA user_version``) and is brought up to date by ordered migrations when a
store is opened. Writes happen in explicit transactions, so a process killed half-way
leaves either a whole batch or none of it. The store holds no analysis logic.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from .boilerplate import boilerplate_spans, spans_from_json, spans_to_json
from .model import Article

#: Ordered migrations; migration i brings the schema from version i to i + 1.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        author TEXT,
        published TEXT,
        language TEXT,
        text TEXT NOT NULL
    );
    CREATE TABLE article_sources (
        source TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id)
    );
    CREATE TABLE analyses (
        article_id TEXT NOT NULL REFERENCES articles(id),
        pipeline TEXT NOT NULL,
        doc BLOB NOT NULL,
        PRIMARY KEY (article_id, pipeline)
    );
    CREATE TABLE extractions (
        article_id TEXT NOT NULL REFERENCES articles(id),
        version TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, version)
    );
    CREATE TABLE embeddings (
        article_id TEXT NOT NULL REFERENCES articles(id),
        model TEXT NOT NULL,
        n INTEGER NOT NULL,
        vectors BLOB NOT NULL,
        PRIMARY KEY (article_id, model)
    );
    CREATE TABLE story_state (
        key TEXT PRIMARY KEY,
        value BLOB NOT NULL
    );
    """,
    # 2: what the story clusterer needs of each article, so stories never reload spaCy docs
    """
    CREATE TABLE story_items (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        version TEXT NOT NULL,
        entities TEXT NOT NULL,
        vector BLOB
    );
    """,
    # 3: built briefs, keyed by everything they depend on (see pipeline.brief_key)
    """
    CREATE TABLE briefs (
        key TEXT PRIMARY KEY,
        data TEXT NOT NULL
    );
    """,
    # 4: vectors of the clauses and event phrases the brief builders compare (brief.unit_texts)
    """
    CREATE TABLE unit_vectors (
        article_id TEXT NOT NULL REFERENCES articles(id),
        version TEXT NOT NULL,
        texts TEXT NOT NULL,
        vectors BLOB NOT NULL,
        PRIMARY KEY (article_id, version)
    );
    """,
    # 5: last-modified and archive-capture dates, and the boilerplate spans of the text
    """
    ALTER TABLE articles ADD COLUMN modified TEXT;
    ALTER TABLE articles ADD COLUMN captured TEXT;
    ALTER TABLE articles ADD COLUMN boilerplate TEXT;
    """,
    # 6: full-text index of titles and texts (FTS5, external content: no second copy)
    """
    CREATE VIRTUAL TABLE article_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='unicode61'
    );
    INSERT INTO article_fts (article_fts) VALUES ('rebuild');
    """,
    # 7: every appearance of a text (syndication: one text, several sources and outlets)
    """
    CREATE TABLE appearances (
        article_id TEXT NOT NULL REFERENCES articles(id),
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        PRIMARY KEY (article_id, source)
    );
    INSERT INTO appearances (article_id, source, url, outlet, title, published)
        SELECT id, source, url, outlet, title, published FROM articles;
    """,
    # 8: the story list's per-story counts, so listing stories never builds a brief
    """
    CREATE TABLE story_counts (
        seq INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL UNIQUE,
        signature TEXT NOT NULL,
        title TEXT NOT NULL,
        articles INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        conflicts INTEGER,
        updates INTEGER,
        outlet_names TEXT NOT NULL,
        first_published TEXT,
        last_published TEXT,
        refs TEXT NOT NULL,
        search TEXT NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

ARTICLE_COLUMNS = (
    "id",
    "source",
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "language",
    "text",
    "modified",
    "captured",
    "boilerplate",
)

#: Columns of a story_counts row (besides its list position ``seq``).
STORY_COUNT_COLUMNS = (
    "story_id",
    "signature",
    "title",
    "articles",
    "outlets",
    "conflicts",
    "updates",
    "outlet_names",
    "first_published",
    "last_published",
    "refs",
    "search",
)


def _article_row(article: Article) -> tuple[Any, ...]:
    """The ``ARTICLE_COLUMNS`` values of ``article``; boilerplate spans as JSON."""
    spans = article.boilerplate
    if spans is None:
        spans = boilerplate_spans(article.text, article.title)
    row = {c: getattr(article, c) for c in ARTICLE_COLUMNS}
    row["boilerplate"] = json.dumps(spans_to_json(spans), separators=(",", ":"))
    return tuple(row[c] for c in ARTICLE_COLUMNS)


def _row_article(row: Sequence[Any]) -> Article:
    """An Article from a row of ``ARTICLE_COLUMNS``; rows stored before schema 5 get their
    boilerplate spans computed (the marking is pure, so the result is the same)."""
    values = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    stored = values.pop("boilerplate")
    article = Article(**values)
    if stored is None:
        article.boilerplate = boilerplate_spans(article.text, article.title)
    else:
        article.boilerplate = spans_from_json(json.loads(stored))
    return article


def default_db_path() -> Path:
    """``$CONSILIENCE_DB``, else ``consilience.db`` in the user's data directory."""
    env = os.environ.get("CONSILIENCE_DB")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("consilience")) / "consilience.db"


#: Seconds a connection waits for another process's write lock before "database is locked".
LOCK_TIMEOUT = 60.0


class StoreError(Exception):
    """The store file cannot be used (not SQLite, newer schema, unwritable)."""


class Store:
    """A consilience store in one SQLite file.

    >>> store = Store(":memory:")
    >>> store.count()
    0
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=LOCK_TIMEOUT
            )
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._set_wal()
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable consilience store ({exc})") from exc

    def _set_wal(self) -> None:
        """Switch to write-ahead logging. Changing the journal mode needs the database to
        itself, and SQLite answers "database is locked" at once (no busy wait) while another
        process opens the same new file: retry until ``LOCK_TIMEOUT``."""
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # ------------------------------------------------------------------ schema

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this consilience "
                f"understands ({SCHEMA_VERSION}); upgrade consilience"
            )

    def _migrate(self) -> None:
        """Bring the schema up to date. The migrations run in one write transaction (the
        store's write lock) and the version is read again once the lock is held, so two
        processes opening a new store at once migrate it once, and neither fails."""
        self._check_version(self.schema_version)
        if self.schema_version == SCHEMA_VERSION:
            return
        with self.transaction():
            version = self.schema_version  # another process may have migrated meanwhile
            self._check_version(version)
            for target in range(version, SCHEMA_VERSION):
                for statement in _split_sql(MIGRATIONS[target]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target + 1}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside commits together or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ articles

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article(self, article: Article) -> bool:
        """Insert ``article`` (inside the caller's transaction); False if already stored."""
        cur = self.conn.execute(
            f"INSERT OR IGNORE INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
            _article_row(article),
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO article_sources (source, article_id) VALUES (?, ?)",
            (article.source, article.id),
        )
        if cur.rowcount == 1:
            self._index_text(cur.lastrowid, article.title, article.text)
        return cur.rowcount == 1

    def _index_text(self, seq: int, title: str | None, text: str, *, delete: bool = False) -> None:
        """Add (or with ``delete`` remove) one article's row of the full-text index."""
        if delete:
            self.conn.execute(
                "INSERT INTO article_fts (article_fts, rowid, title, text) "
                "VALUES ('delete', ?, ?, ?)",
                (seq, title, text),
            )
        else:
            self.conn.execute(
                "INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)", (seq, title, text)
            )

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text hold every word of ``query`` (case and accents as
        the unicode61 tokenizer folds them), best first by bm25 (title hits weigh 5 times
        a text hit). Each match: ``{"id", "title", "outlet", "published", "source",
        "score", "snippet"}``; ``score`` is bm25's (lower is better), ``snippet`` a short
        excerpt with the hits in ``[...]``. A query without words gives no matches."""
        match = fts_query(query)
        if not match:
            return []
        rows = self.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.source, "
            "bm25(article_fts, 5.0, 1.0) AS score, "
            "snippet(article_fts, 1, '[', ']', ' … ', 16) "
            "FROM article_fts JOIN articles a ON a.seq = article_fts.rowid "
            "WHERE article_fts MATCH ? ORDER BY score, a.seq LIMIT ?",
            (match, int(limit)),
        ).fetchall()
        keys = ("id", "title", "outlet", "published", "source", "score", "snippet")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def update_article(self, article: Article) -> None:
        """Replace the stored record of ``article.id`` (inside the caller's transaction)
        with ``article``'s metadata and boilerplate; the text is the same (the id is its
        hash). The source is remembered as one more source of the article."""
        cols = [c for c in ARTICLE_COLUMNS if c not in ("id", "text")]
        values = dict(zip(ARTICLE_COLUMNS, _article_row(article), strict=True))
        old = self.conn.execute(
            "SELECT seq, title, text FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        if old is None:
            return
        self._index_text(old[0], old[1], old[2], delete=True)
        self._index_text(old[0], article.title, old[2])
        self.conn.execute(
            f"UPDATE articles SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            [values[c] for c in cols] + [article.id],
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO article_sources (source, article_id) VALUES (?, ?)",
            (article.source, article.id),
        )

    def put_appearance(self, article: Article) -> bool:
        """Record that ``article``'s text appeared at ``article.source`` with its metadata
        (inside the caller's transaction); True when the source is new for that text, False
        when an earlier record of the same source is replaced."""
        known = self.conn.execute(
            "SELECT 1 FROM appearances WHERE article_id = ? AND source = ?",
            (article.id, article.source),
        ).fetchone()
        self.conn.execute(
            "INSERT OR REPLACE INTO appearances "
            "(article_id, source, url, outlet, title, published) VALUES (?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.source,
                article.url,
                article.outlet,
                article.title,
                article.published,
            ),
        )
        return known is None

    def appearances(self, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """article id -> its appearances ``[{"source", "url", "outlet", "title",
        "published"}]``, earliest publication first (undated last), then by source."""
        keys = ("source", "url", "outlet", "title", "published")
        out: dict[str, list[dict[str, Any]]] = {}
        for chunk in _chunks(list(ids), 500):
            q = (
                f"SELECT article_id, {', '.join(keys)} FROM appearances WHERE article_id IN "
                f"({', '.join('?' * len(chunk))}) "
                "ORDER BY article_id, published IS NULL, published, source"
            )
            for aid, *values in self.conn.execute(q, chunk):
                out.setdefault(aid, []).append(dict(zip(keys, values, strict=True)))
        return out

    def forget_derived(self) -> None:
        """Drop what is derived across articles (the story index and every cached brief),
        inside the caller's transaction; both are rebuilt on demand."""
        self.conn.execute("DELETE FROM story_state")
        self.conn.execute("DELETE FROM briefs")
        self.conn.execute("DELETE FROM story_counts")

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return _row_article(row) if row else None

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Stored articles in insertion order (or in the order of ``ids``)."""
        cols = ", ".join(ARTICLE_COLUMNS)
        if ids is None:
            rows = self.conn.execute(f"SELECT {cols} FROM articles ORDER BY seq").fetchall()
            return [_row_article(r) for r in rows]
        found = {a.id: a for a in self._articles_by_id(ids)}
        return [found[i] for i in ids if i in found]

    def _articles_by_id(self, ids: Sequence[str]) -> Iterator[Article]:
        cols = ", ".join(ARTICLE_COLUMNS)
        for chunk in _chunks(list(ids), 500):
            q = f"SELECT {cols} FROM articles WHERE id IN ({', '.join('?' * len(chunk))})"
            for r in self.conn.execute(q, chunk):
                yield _row_article(r)

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY seq")]

    def id_for_source(self, source: str) -> str | None:
        row = self.conn.execute(
            "SELECT article_id FROM article_sources WHERE source = ?", (source,)
        ).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ analyses

    def analysed_ids(self, pipeline: str, ids: Iterable[str]) -> set[str]:
        return self._ids_with("analyses", "pipeline", pipeline, ids)

    def put_analysis(self, article_id: str, pipeline: str, doc: bytes) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO analyses (article_id, pipeline, doc) VALUES (?, ?, ?)",
            (article_id, pipeline, doc),
        )

    def analyses(self, pipeline: str, ids: Sequence[str]) -> dict[str, bytes]:
        return self._blobs("analyses", "doc", "pipeline", pipeline, ids)

    # ------------------------------------------------------------------ extractions

    def extracted_ids(self, version: str, ids: Iterable[str]) -> set[str]:
        return self._ids_with("extractions", "version", version, ids)

    def put_extraction(self, article_id: str, version: str, data: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO extractions (article_id, version, data) VALUES (?, ?, ?)",
            (article_id, version, json.dumps(data, sort_keys=True)),
        )

    def extractions(self, version: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return {
            k: json.loads(v)
            for k, v in self._blobs("extractions", "data", "version", version, ids).items()
        }

    # ------------------------------------------------------------------ embeddings

    def embedded_ids(self, model: str, ids: Iterable[str]) -> set[str]:
        return self._ids_with("embeddings", "model", model, ids)

    def put_embeddings(self, article_id: str, model: str, vectors: np.ndarray) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.conn.execute(
            "INSERT OR REPLACE INTO embeddings (article_id, model, n, vectors) VALUES (?, ?, ?, ?)",
            (article_id, model, int(vectors.shape[0]), vectors.tobytes()),
        )

    def embeddings(self, model: str, ids: Sequence[str], dim: int) -> dict[str, np.ndarray]:
        out = {}
        for chunk in _chunks(list(ids), 500):
            q = (
                "SELECT article_id, n, vectors FROM embeddings WHERE model = ? AND article_id IN "
                f"({', '.join('?' * len(chunk))})"
            )
            for aid, n, blob in self.conn.execute(q, [model, *chunk]):
                out[aid] = np.frombuffer(blob, dtype=np.float32).reshape(n, dim).copy()
        return out

    def put_unit_vectors(
        self, article_id: str, version: str, texts: Sequence[str], vectors: np.ndarray
    ) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(texts) != vectors.shape[0]:
            raise ValueError("one vector per text")
        self.conn.execute(
            "INSERT OR REPLACE INTO unit_vectors (article_id, version, texts, vectors) "
            "VALUES (?, ?, ?, ?)",
            (article_id, version, json.dumps(list(texts), ensure_ascii=False), vectors.tobytes()),
        )

    def unit_vectors(
        self, version: str, ids: Sequence[str], dim: int
    ) -> dict[str, dict[str, np.ndarray]]:
        """article id -> {text: vector} stored under ``version``."""
        out: dict[str, dict[str, np.ndarray]] = {}
        for chunk in _chunks(list(ids), 500):
            q = (
                "SELECT article_id, texts, vectors FROM unit_vectors WHERE version = ? "
                f"AND article_id IN ({', '.join('?' * len(chunk))})"
            )
            for aid, texts, blob in self.conn.execute(q, [version, *chunk]):
                names = json.loads(texts)
                vecs = np.frombuffer(blob, dtype=np.float32).reshape(len(names), dim)
                out[aid] = {t: vecs[i].copy() for i, t in enumerate(names)}
        return out

    # ------------------------------------------------------------------ stories

    def put_story_item(self, article_id: str, version: str, entities: list[str], vector) -> None:
        blob = None if vector is None else np.ascontiguousarray(vector, dtype=np.float32).tobytes()
        self.conn.execute(
            "INSERT OR REPLACE INTO story_items (article_id, version, entities, vector) VALUES (?, ?, ?, ?)",
            (article_id, version, json.dumps(entities, ensure_ascii=False), blob),
        )

    def story_items(
        self, version: str, ids: Sequence[str]
    ) -> dict[str, tuple[list[str], np.ndarray | None]]:
        """article id -> (entities, document vector or None) stored under ``version``."""
        out: dict[str, tuple[list[str], np.ndarray | None]] = {}
        for chunk in _chunks(list(ids), 500):
            q = (
                "SELECT article_id, entities, vector FROM story_items WHERE version = ? AND article_id IN "
                f"({', '.join('?' * len(chunk))})"
            )
            for aid, ents, blob in self.conn.execute(q, [version, *chunk]):
                vec = None if blob is None else np.frombuffer(blob, dtype=np.float32).copy()
                out[aid] = (json.loads(ents), vec)
        return out

    def get_state(self, key: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM story_state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put_state(self, key: str, value: bytes) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO story_state (key, value) VALUES (?, ?)", (key, value)
        )

    # ------------------------------------------------------------------ briefs

    def has_brief(self, key: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM briefs WHERE key = ?", (key,)).fetchone() is not None
        )

    def get_brief(self, key: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM briefs WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_brief(self, key: str, brief: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO briefs (key, data) VALUES (?, ?)",
            (key, json.dumps(brief, ensure_ascii=False)),
        )

    # ------------------------------------------------------------------ story counts

    def count_marker(self) -> str:
        """What the stored story counts depend on in the store: the number of articles,
        the last article's sequence number and the number of appearances."""
        n, last = self.conn.execute("SELECT count(*), max(seq) FROM articles").fetchone()
        (apps,) = self.conn.execute("SELECT count(*) FROM appearances").fetchone()
        return f"{n}:{last or 0}:{apps}"

    def replace_story_counts(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every stored story count row (inside the caller's transaction) with
        ``rows`` in list order; each row has the keys of ``STORY_COUNT_COLUMNS``
        (``outlet_names`` and ``refs`` as JSON text). Conflict counts already stored for
        a story with the same ``signature`` are kept when a row brings None."""
        kept = {
            (sid, sig): (c, u)
            for sid, sig, c, u in self.conn.execute(
                "SELECT story_id, signature, conflicts, updates FROM story_counts "
                "WHERE conflicts IS NOT NULL"
            )
        }
        self.conn.execute("DELETE FROM story_counts")
        cols = ", ".join(STORY_COUNT_COLUMNS)
        for seq, row in enumerate(rows):
            values = dict(row)
            old = kept.get((values["story_id"], values["signature"]))
            if values.get("conflicts") is None and old is not None:
                values["conflicts"], values["updates"] = old
            self.conn.execute(
                f"INSERT INTO story_counts (seq, {cols}) "
                f"VALUES (?, {', '.join('?' * len(STORY_COUNT_COLUMNS))})",
                [seq, *(values.get(c) for c in STORY_COUNT_COLUMNS)],
            )

    def set_story_conflicts(
        self, story_id: str, signature: str, conflicts: int, updates: int
    ) -> None:
        """Store the conflict counts of a built brief on its story's row, when the row is
        still that story (same ``signature``); a no-op otherwise. Reads first, so a row
        that already holds them takes no write lock (reading a cached brief never waits
        on another process's ingest)."""
        row = self.conn.execute(
            "SELECT conflicts, updates FROM story_counts WHERE story_id = ? AND signature = ?",
            (story_id, signature),
        ).fetchone()
        if row is None or tuple(row) == (conflicts, updates):
            return
        self.conn.execute(
            "UPDATE story_counts SET conflicts = ?, updates = ? "
            "WHERE story_id = ? AND signature = ?",
            (conflicts, updates, story_id, signature),
        )

    def story_counts_page(
        self, needle: str, offset: int, limit: int
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of stored story rows in list order: (rows, number of matching rows).
        ``needle`` (already casefolded; empty for all) must occur in a row's search text.
        Rows are dicts of ``STORY_COUNT_COLUMNS`` (JSON columns still text)."""
        where, args = ("WHERE instr(search, ?) > 0", [needle]) if needle else ("", [])
        (total,) = self.conn.execute(f"SELECT count(*) FROM story_counts {where}", args).fetchone()
        cols = ", ".join(STORY_COUNT_COLUMNS)
        found = self.conn.execute(
            f"SELECT {cols} FROM story_counts {where} ORDER BY seq LIMIT ? OFFSET ?",
            [*args, int(limit), int(offset)],
        ).fetchall()
        return [dict(zip(STORY_COUNT_COLUMNS, r, strict=True)) for r in found], int(total)

    # ------------------------------------------------------------------ helpers

    def _ids_with(self, table: str, col: str, val: str, ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(ids), 500):
            q = (
                f"SELECT article_id FROM {table} WHERE {col} = ? AND article_id IN "
                f"({', '.join('?' * len(chunk))})"
            )
            found.update(r[0] for r in self.conn.execute(q, [val, *chunk]))
        return found

    def _blobs(
        self, table: str, blob: str, col: str, val: str, ids: Sequence[str]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for chunk in _chunks(list(ids), 500):
            q = (
                f"SELECT article_id, {blob} FROM {table} WHERE {col} = ? AND article_id IN "
                f"({', '.join('?' * len(chunk))})"
            )
            out.update(dict(self.conn.execute(q, [val, *chunk]).fetchall()))
        return out


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query: each word a quoted phrase (so punctuation and
    operators in the input are plain text), all required. Empty when no word is left."""
    import re

    words = re.findall(r"\w+(?:[.'’-]\w+)*", query)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _chunks(items: list[Any], n: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
