"""The store: articles, their analyses, extractions, embeddings and stories.

One interface, :class:`Store`, over two backends chosen by the address it is opened with:
a file path (or ``:memory:``) is SQLite, the embedded default (:mod:`.store_sqlite`); a
``postgresql://`` URL is PostgreSQL, for a team sharing one store (:mod:`.store_postgres`).
Both hold the same schema (:mod:`.store_schema`), carry its version and are brought up to
date by the same ordered migrations when opened. Writes happen in explicit transactions,
so a process killed half-way leaves either a whole batch or none of it, and writers of one
store take turns. Nothing above this module knows which backend it has; the store holds no
analysis logic.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import numpy as np

from .boilerplate import boilerplate_spans, spans_from_json, spans_to_json
from .code_versions import source_digest
from .model import Article
from .store_schema import (
    ARTICLE_COLUMNS,
    MIGRATIONS,
    SCHEMA_VERSION,
    STORY_COUNT_COLUMNS,
    TABLES,
    StoreError,
    fts_query,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "STORY_COUNT_COLUMNS",
    "TABLES",
    "Store",
    "StoreError",
    "database_errors",
    "default_db_path",
    "default_db_target",
    "fts_query",
    "is_postgres",
    "open_store",
    "store_exists",
]

#: Version of how appearances are read as articles (:func:`distinct_articles`); part of
#: :meth:`Store.count_marker`. 2: a copied file (same text, outlet, title, date) is one.
APPEARANCE_RULE = "2"

#: URL schemes that select the PostgreSQL backend.
POSTGRES_SCHEMES = ("postgresql", "postgres")

#: "scheme:" at the start (two letters at least: C:/ is a Windows drive, not a scheme)
_URL_LIKE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


def boilerplate_version() -> str:
    """Version of stored boilerplate spans: a digest of the marking's source
    (:func:`consilience.code_versions.source_digest` of :mod:`consilience.boilerplate`)."""
    return source_digest(["consilience.boilerplate"])


def _article_row(article: Article) -> tuple[Any, ...]:
    """The ``ARTICLE_COLUMNS`` values of ``article``; boilerplate spans as JSON
    ``{"version": ..., "spans": [[start, end, kind], ...]}`` (:func:`boilerplate_version`)."""
    spans = article.boilerplate
    if spans is None:
        spans = boilerplate_spans(article.text, article.title)
    row = {c: getattr(article, c) for c in ARTICLE_COLUMNS}
    cell = {"version": boilerplate_version(), "spans": spans_to_json(spans)}
    row["boilerplate"] = json.dumps(cell, separators=(",", ":"))
    return tuple(row[c] for c in ARTICLE_COLUMNS)


def _row_article(row: Sequence[Any]) -> Article:
    """An Article from a row of ``ARTICLE_COLUMNS``. Its stored boilerplate spans are used
    when the current marking stored them (:func:`boilerplate_version`); spans of another
    version (a store filled by an older release: a bare list, or another version) and rows
    stored before schema 5 are computed again (the marking is pure and cheap), so a better
    marking reaches every stored article."""
    values = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    stored = json.loads(values.pop("boilerplate") or "null")
    article = Article(**values)
    if isinstance(stored, dict) and stored.get("version") == boilerplate_version():
        article.boilerplate = spans_from_json(stored.get("spans") or [])
    else:
        article.boilerplate = boilerplate_spans(article.text, article.title)
    return article


def default_db_path() -> Path:
    """The default SQLite file: ``$CONSILIENCE_DB`` when it is a path, else
    ``consilience.db`` in the user's data directory."""
    env = os.environ.get("CONSILIENCE_DB")
    if env and not _URL_LIKE.match(env):
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("consilience")) / "consilience.db"


def default_db_target() -> str:
    """The store to open when none is named: ``$CONSILIENCE_DB`` as given (a path or a
    ``postgresql://`` URL), else :func:`default_db_path`."""
    return os.environ.get("CONSILIENCE_DB") or str(default_db_path())


def is_postgres(target: str | os.PathLike[str]) -> bool:
    """Whether ``target`` names a PostgreSQL database. Raises StoreError for any other
    URL-like address (``mysql://…``, ``http://…``, ``sqlite:/x``): a file path never looks
    like a URL, so a mistyped address is never taken for a new file."""
    text = str(target)
    found = _URL_LIKE.match(text)
    if found is None:
        return False
    if found.group(1).lower() in POSTGRES_SCHEMES and text[found.end() :].startswith("//"):
        return True
    raise StoreError(
        f"unsupported store address {text!r}: give a file path or postgresql://user@host/db"
    )


def store_exists(target: str | os.PathLike[str]) -> bool:
    """Whether a store is at ``target`` (a file that exists; a PostgreSQL database the
    server has). ``:memory:`` always exists. Raises StoreError for an unsupported address
    or an unreachable server."""
    if is_postgres(target):
        from .store_postgres import database_exists

        return database_exists(str(target))
    return str(target) == ":memory:" or Path(target).exists()


def open_store(target: str | os.PathLike[str] | None = None) -> Store:
    """The store at ``target`` (a path, ``:memory:`` or a ``postgresql://`` URL; None for
    :func:`default_db_target`), created and migrated as needed. Raises StoreError."""
    return Store(default_db_target() if target is None else target)


def database_errors() -> tuple[type[BaseException], ...]:
    """The driver exceptions a store operation may raise (sqlite3's, and psycopg's when
    it is installed), for callers that report a failing store."""
    import sqlite3

    found: list[type[BaseException]] = [sqlite3.Error, StoreError]
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return tuple(found)
    return (*found, psycopg.Error)


class Backend(Protocol):
    """What :class:`Store` needs of a backend (``store_sqlite.SqliteBackend``,
    ``store_postgres.PostgresBackend``): the dialect differences and nothing else."""

    kind: str  # "sqlite" | "postgresql"
    path: str
    conn: Any  # execute(sql with ? placeholders, params) -> cursor
    contains_sql: str  # "column holds the parameter as a substring", {} is the column

    def schema_version(self) -> int: ...
    def transaction(self) -> AbstractContextManager[Any]: ...
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...
    def index_text(
        self, seq: int, title: str | None, text: str, *, delete: bool = False
    ) -> None: ...
    def search(self, query: str, limit: int) -> list[tuple[Any, ...]]: ...
    def after_copy(self) -> None: ...
    def close(self) -> None: ...


class Store:
    """A consilience store: SQLite for a path or ``:memory:``, PostgreSQL for a
    ``postgresql://`` URL. ``path`` is the address it was opened with; ``conn`` takes
    SQL with ``?`` placeholders on both backends.

    Raises StoreError when the address is unsupported or the store unusable.

    >>> store = Store(":memory:")
    >>> store.count()
    0
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = str(path)
        if is_postgres(self.path):
            from .store_postgres import PostgresBackend

            self._db: Backend = PostgresBackend(self.path)
        else:
            from .store_sqlite import SqliteBackend

            self._db = SqliteBackend(self.path)
        self.conn = self._db.conn

    @property
    def kind(self) -> str:
        """The backend: ``"sqlite"`` or ``"postgresql"``."""
        return str(self._db.kind)

    # ------------------------------------------------------------------ schema

    @property
    def schema_version(self) -> int:
        return self._db.schema_version()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One atomic write: everything inside commits together or not at all. Writers of
        one store take turns (SQLite's write lock; a PostgreSQL advisory lock)."""
        with self._db.transaction() as conn:
            yield conn

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ articles

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def printings(self) -> int:
        """How many printings the store holds: every appearance of every stored text (a
        wire report printed by five outlets is five), at least one per text, counted as
        :meth:`appearances` lists them (one file under several spellings, or one article
        under several names, :func:`article_key`, counts once; a copy with no outlet and
        no URL host counts as its own printing, :func:`distinct_articles`), so the ingest
        line and ``consilience articles`` (table and JSON) give one figure."""
        keys = ("source", "url", "outlet", "title", "published")
        rows = self.conn.execute(
            f"SELECT article_id, {', '.join(keys)} FROM appearances "
            "ORDER BY article_id, published IS NULL, published, source"
        )
        by_article: dict[str, list[dict[str, Any]]] = {}
        for aid, *values in rows:
            by_article.setdefault(aid, []).append(dict(zip(keys, values, strict=True)))
        apps = sum(len(distinct_articles(distinct_files(r))) for r in by_article.values())
        (bare,) = self.conn.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM appearances)"
        ).fetchone()
        return apps + int(bare)

    def has_article(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article(self, article: Article) -> bool:
        """Insert ``article`` (inside the caller's transaction); False if already stored."""
        row = self.conn.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}) "
            "ON CONFLICT (id) DO NOTHING RETURNING seq",
            _article_row(article),
        ).fetchone()
        self._add_source(article)
        if row is not None:
            self._db.index_text(row[0], article.title, article.text)
        return row is not None

    def _add_source(self, article: Article) -> None:
        self.conn.execute(
            "INSERT INTO article_sources (source, article_id) VALUES (?, ?) "
            "ON CONFLICT (source) DO NOTHING",
            (article.source, article.id),
        )

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text hold every word of ``query`` (case and accents as
        the unicode61 tokenizer folds them), best first by bm25 (title hits weigh 5 times
        a text hit). Each match: ``{"id", "title", "outlet", "published", "source",
        "score", "snippet"}``; ``score`` is bm25's (lower is better), ``snippet`` a short
        excerpt with the hits in ``[...]``. A query without words gives no matches."""
        rows = self._db.search(query, limit)
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
        self._db.index_text(old[0], old[1], old[2], delete=True)
        self._db.index_text(old[0], article.title, old[2])
        self.conn.execute(
            f"UPDATE articles SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            [values[c] for c in cols] + [article.id],
        )
        self._add_source(article)

    def put_appearance(self, article: Article) -> bool:
        """Record that ``article``'s text appeared at ``article.source`` with its metadata
        (inside the caller's transaction); True when the source is new for that text, False
        when an earlier record of the same source is replaced. A replaced record with other
        metadata makes the stored per-story counts stale (they name outlets and dates), so
        they are counted again when next read. A copy of a stored appearance under another
        name (:meth:`copy_of`) is not recorded (False): it is the same article."""
        meta = (article.url, article.outlet, article.title, article.published)
        if self.copy_of(article) is not None:
            return False
        self._adopt_same_file(article.id, article.source)
        known = self.conn.execute(
            "SELECT url, outlet, title, published FROM appearances "
            "WHERE article_id = ? AND source = ?",
            (article.id, article.source),
        ).fetchone()
        self._upsert(
            "appearances",
            ("article_id", "source", "url", "outlet", "title", "published"),
            (article.id, article.source, *meta),
        )
        if known is not None and tuple(known) != meta:
            from .story_counts import MARKER_KEY

            self.conn.execute("DELETE FROM story_state WHERE key = ?", (MARKER_KEY,))
        return known is None

    def copy_of(self, article: Article) -> str | None:
        """The stored source of which ``article`` (a text just read) is a copy: an
        appearance of the same text at another file or URL with the same
        :func:`article_key` (outlet, title, publication date) is the same article under
        another name, stored once. None when there is no such appearance, or when
        ``article.source`` (by any spelling, :func:`source_key`) is already one of the
        text's appearances (a source read again is an update, not a copy)."""
        rows = self.conn.execute(
            "SELECT source, url, outlet, title, published FROM appearances "
            "WHERE article_id = ? ORDER BY published IS NULL, published, source",
            (article.id,),
        ).fetchall()
        keys = ("source", "url", "outlet", "title", "published")
        known = [dict(zip(keys, r, strict=True)) for r in rows]
        mine = source_key(article.source)
        if any(source_key(k["source"]) == mine for k in known):
            return None
        want = article_key(vars(article))
        if want[0] is None:  # no outlet or host: a copy cannot be told from another printing
            return None
        return next((k["source"] for k in known if article_key(k) == want), None)

    def _adopt_same_file(self, article_id: str, source: str) -> None:
        """Before recording ``source`` for ``article_id``: a row of the article that names
        the same file by another spelling (a relative path or a symlink, as stores written
        before sources were resolved at ingest hold them; :func:`source_key`) is renamed to
        ``source``, so the file stays one appearance (inside the caller's transaction)."""
        known = [
            r[0]
            for r in self.conn.execute(
                "SELECT source FROM appearances WHERE article_id = ?", (article_id,)
            )
        ]
        key = source_key(source)
        olds = [k for k in known if source_key(k) == key]
        if source in known or not olds:
            return
        self.conn.execute(
            "UPDATE appearances SET source = ? WHERE article_id = ? AND source = ?",
            (source, article_id, olds[0]),
        )

    def appearances(self, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """article id -> its appearances ``[{"source", "url", "outlet", "title",
        "published"}]``, earliest publication first (undated last), then by source. Rows
        of one article naming the same file by several spellings (stores written before
        sources were resolved at ingest) are one appearance (:func:`distinct_files`), and
        so are rows that are one article under several names (:func:`distinct_articles`:
        copies stored before :meth:`copy_of` kept them out)."""
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
        return {aid: distinct_articles(distinct_files(rows)) for aid, rows in out.items()}

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
        """Store the analysis of ``article_id`` by ``pipeline``; its analyses by other
        pipelines (an older model or components version) are dropped, as extractions are."""
        self._upsert("analyses", ("article_id", "pipeline", "doc"), (article_id, pipeline, doc))
        self._drop_other_versions("analyses", article_id, pipeline, column="pipeline")

    def analyses(self, pipeline: str, ids: Sequence[str]) -> dict[str, bytes]:
        return self._blobs("analyses", "doc", "pipeline", pipeline, ids)

    # ------------------------------------------------------------------ extractions

    def extracted_ids(self, version: str, ids: Iterable[str]) -> set[str]:
        return self._ids_with("extractions", "version", version, ids)

    def put_extraction(self, article_id: str, version: str, data: dict[str, Any]) -> None:
        """Store the extraction of ``article_id`` under ``version``; the article's
        extractions of other versions (an older code) are dropped, so upgrades do not grow
        the store."""
        self._upsert(
            "extractions",
            ("article_id", "version", "data"),
            (article_id, version, json.dumps(data, sort_keys=True)),
        )
        self._drop_other_versions("extractions", article_id, version)

    def _drop_other_versions(
        self, table: str, article_id: str, version: str, column: str = "version"
    ) -> None:
        """Delete the rows of ``table`` for ``article_id`` under any version but ``version``
        (``table`` is one of this class's own table names, never user input)."""
        self.conn.execute(
            f"DELETE FROM {table} WHERE article_id = ? AND {column} <> ?", (article_id, version)
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
        self._upsert(
            "embeddings",
            ("article_id", "model", "n", "vectors"),
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
        self._upsert(
            "unit_vectors",
            ("article_id", "version", "texts", "vectors"),
            (article_id, version, json.dumps(list(texts), ensure_ascii=False), vectors.tobytes()),
        )
        self._drop_other_versions("unit_vectors", article_id, version)

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
        self._upsert(
            "story_items",
            ("article_id", "version", "entities", "vector"),
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
        self._upsert("story_state", ("key", "value"), (key, value))

    # ------------------------------------------------------------------ briefs

    def has_brief(self, key: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM briefs WHERE key = ?", (key,)).fetchone() is not None
        )

    def get_brief(self, key: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT data FROM briefs WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_brief(self, key: str, brief: dict[str, Any], version: str = "") -> None:
        """Keep ``brief`` (contract ``consilience.brief/1``) under ``key``, built by the
        code ``version`` (``pipeline.brief_version``), and prune inside the caller's
        transaction the briefs no current code can ask for: those of another version (or
        of none: stored before versions were kept) and those of the same story
        (``brief["story"]["id"]``) under another key (its former members or title). A
        store so holds at most one brief per story, whatever the number of releases that
        wrote to it; the current briefs of other stories are kept."""
        story = str((brief.get("story") or {}).get("id") or "")
        data = json.dumps(brief, ensure_ascii=False)
        self._upsert("briefs", ("key", "data", "story_id", "version"), (key, data, story, version))
        self.conn.execute(
            "DELETE FROM briefs WHERE key <> ? AND (version IS NULL OR version <> ? "
            "OR story_id = ?)",
            (key, version, story),
        )

    def prune_briefs(self, version: str) -> int:
        """Delete the built briefs of any code version but ``version`` (or of none),
        inside the caller's transaction; returns how many were deleted."""
        cur = self.conn.execute(
            "DELETE FROM briefs WHERE version IS NULL OR version <> ?", (version,)
        )
        return max(0, int(cur.rowcount or 0))

    def brief_rows(self) -> int:
        """How many built briefs the store keeps."""
        return int(self.conn.execute("SELECT count(*) FROM briefs").fetchone()[0])

    # ------------------------------------------------------------------ story counts

    def count_marker(self) -> str:
        """What the stored story counts depend on in the store: the number of articles,
        the last article's sequence number, the number of appearances and the rule that
        reads them (:data:`APPEARANCE_RULE`: counts stored under an earlier rule are
        counted again)."""
        n, last = self.conn.execute("SELECT count(*), max(seq) FROM articles").fetchone()
        (apps,) = self.conn.execute("SELECT count(*) FROM appearances").fetchone()
        return f"{n}:{last or 0}:{apps}:{APPEARANCE_RULE}"

    def replace_story_counts(self, rows: Sequence[dict[str, Any]]) -> None:
        """Replace every stored story count row (inside the caller's transaction) with
        ``rows`` in list order; each row has the keys of ``STORY_COUNT_COLUMNS``
        (``outlet_names`` and ``refs`` as JSON text). Conflict counts and the brief's
        title already stored for a story with the same ``signature`` are kept when a row
        brings None counts."""
        kept = {
            (sid, sig): (c, u, t)
            for sid, sig, c, u, t in self.conn.execute(
                "SELECT story_id, signature, conflicts, updates, title FROM story_counts "
                "WHERE conflicts IS NOT NULL"
            )
        }
        self.conn.execute("DELETE FROM story_counts")
        cols = ", ".join(STORY_COUNT_COLUMNS)
        for seq, row in enumerate(rows):
            values = dict(row)
            old = kept.get((values["story_id"], values["signature"]))
            if values.get("conflicts") is None and old is not None:
                values["conflicts"], values["updates"], values["title"] = old
            self.conn.execute(
                f"INSERT INTO story_counts (seq, {cols}) "
                f"VALUES (?, {', '.join('?' * len(STORY_COUNT_COLUMNS))})",
                [seq, *(values.get(c) for c in STORY_COUNT_COLUMNS)],
            )

    def set_story_conflicts(
        self, story_id: str, signature: str, conflicts: int, updates: int, title: str
    ) -> None:
        """Store the conflict counts and the title of a built brief on its story's row,
        when the row is still that story (same ``signature``); a no-op otherwise. Reads
        first, so a row that already holds them takes no write lock (reading a cached
        brief never waits on another process's ingest)."""
        row = self.conn.execute(
            "SELECT conflicts, updates, title FROM story_counts "
            "WHERE story_id = ? AND signature = ?",
            (story_id, signature),
        ).fetchone()
        if row is None or tuple(row) == (conflicts, updates, title):
            return
        self.conn.execute(
            "UPDATE story_counts SET conflicts = ?, updates = ?, title = ? "
            "WHERE story_id = ? AND signature = ?",
            (conflicts, updates, title, story_id, signature),
        )

    def story_brief_titles(self) -> list[tuple[str, str, str]]:
        """(story id, signature, title) of every stored story row whose brief was built
        (its conflict counts are known)."""
        return [
            (sid, sig, title)
            for sid, sig, title in self.conn.execute(
                "SELECT story_id, signature, title FROM story_counts WHERE conflicts IS NOT NULL"
            )
        ]

    def story_counts_page(
        self, needle: str, offset: int, limit: int
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of stored story rows in list order: (rows, number of matching rows).
        ``needle`` (already casefolded; empty for all) must occur in a row's search text.
        Rows are dicts of ``STORY_COUNT_COLUMNS`` (JSON columns still text). A needle
        holding NUL matches nothing (no stored text holds one); an ``offset`` at or past
        the total gives no rows (however large: no database integer is asked to hold it)."""
        if "\x00" in needle:
            return [], 0
        contains = self._db.contains_sql.format("search")
        where, args = (f"WHERE {contains}", [needle]) if needle else ("", [])
        (total,) = self.conn.execute(f"SELECT count(*) FROM story_counts {where}", args).fetchone()
        if offset >= total:
            return [], int(total)
        cols = ", ".join(STORY_COUNT_COLUMNS)
        found = self.conn.execute(
            f"SELECT {cols} FROM story_counts {where} ORDER BY seq LIMIT ? OFFSET ?",
            [*args, int(limit), int(offset)],
        ).fetchall()
        return [dict(zip(STORY_COUNT_COLUMNS, r, strict=True)) for r in found], int(total)

    # ------------------------------------------------------------------ copying

    def insert_rows(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Insert ``rows`` of ``table`` as they are (every column of ``TABLES[table]``, in
        that order, sequence numbers included), inside the caller's transaction."""
        cols = TABLES[table][0]
        self._db.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            rows,
        )

    def finish_copy(self) -> None:
        """After :meth:`insert_rows` (inside the same transaction): rebuild what the
        backend derives from the rows (SQLite's FTS5 index; PostgreSQL's article sequence)."""
        self._db.after_copy()

    # ------------------------------------------------------------------ helpers

    def _upsert(self, table: str, cols: Sequence[str], values: Sequence[Any]) -> None:
        """Insert one row of ``table``, or replace the non-key columns of the row with the
        same primary key (``INSERT … ON CONFLICT DO UPDATE``, the same on both backends)."""
        keys = TABLES[table][1]
        rest = [c for c in cols if c not in keys]
        self.conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in rest),
            list(values),
        )

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


def source_key(source: str) -> str:
    """The canonical form of a stored source, for telling whether two spellings name one
    file: a local path resolved (``os.path.realpath``, relative paths against the working
    directory, symlinks followed), ``FILE#KEY`` with its file part resolved; URLs and
    other names as they are."""
    if not source or "://" in source:
        return source
    path, sep, rest = source, "", ""
    if not os.path.exists(path) and "#" in source:
        path, sep, rest = source.rpartition("#")
    try:
        return os.path.realpath(os.path.expanduser(path)) + sep + rest
    except (OSError, ValueError):
        return source


def distinct_files(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (appearances with a ``"source"``, in order) with one row per
    :func:`source_key`: of rows naming one file, the one spelled canonically (absolute,
    resolved) is kept, else the first; the kept row takes the first one's place."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(source_key(row["source"]), []).append(row)
    if len(groups) == len(rows):
        return rows
    kept = {
        key: next((r for r in group if r["source"] == key), group[0])
        for key, group in groups.items()
    }
    out, seen = [], set()
    for row in rows:
        key = source_key(row["source"])
        if key not in seen:
            seen.add(key)
            out.append(kept[key])
    return out


def article_key(row: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
    """What makes one appearance of a text one article: ``(outlet, title, published)`` of
    ``row`` (an appearance row or an Article's fields). Without an outlet, the host of its
    ``url`` stands for it (two sites printing one text are two articles). Two appearances
    of one text with the same key are the same article under two file names or URLs (a
    copied file); a reprint by another outlet, or under another title or date, is not."""
    outlet = row.get("outlet")
    if not outlet and row.get("url"):
        try:
            outlet = (urlsplit(str(row["url"])).hostname or "").removeprefix("www.") or None
        except ValueError:  # a malformed URL names no host: the URL stands for itself
            outlet = str(row["url"])
    return (outlet, row.get("title"), row.get("published"))


def distinct_articles(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` (appearances of one text, in order) with one row per :func:`article_key`,
    the first of each kept in its place; a row with no outlet and no URL host is always kept
    (nothing tells a copied file from another printing of unknown source)."""
    seen: set[tuple[str | None, str | None, str | None]] = set()
    out = []
    for row in rows:
        key = article_key(row)
        if key[0] is None:  # no outlet or host: never guessed to be a copy (ECB+ records)
            out.append(row)
        elif key not in seen:
            seen.add(key)
            out.append(row)
    return out


def _chunks(items: list[Any], n: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]
