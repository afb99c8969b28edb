"""The PostgreSQL backend of :class:`consilience.store.Store` (driver: psycopg 3).

Address: ``postgresql://user@host:port/dbname`` (any libpq URL; keep passwords in
``~/.pgpass`` or ``PGPASSWORD`` rather than in the URL). A database that does not exist is
created on open when the user may (``CREATE DATABASE``, UTF-8); :func:`database_exists`
tells read commands whether it is there.

Concurrency: statements outside a transaction run in autocommit at READ COMMITTED. Every
write transaction first takes one transaction-level advisory lock
(``pg_advisory_xact_lock``), so writers of the same database take turns as they do on
SQLite, while readers never wait (MVCC). Inside a write transaction each statement sees
every transaction committed before the lock was granted, so "read, then insert"
sequences cannot race; inserts use ``ON CONFLICT`` all the same. Migrations run under the
same lock, so two processes opening a new database migrate it once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql

from .store_schema import (
    SCHEMA_VERSION,
    StoreError,
    check_version,
    postgres_migration,
    query_words,
    split_sql,
)

#: Key of the advisory lock every write transaction holds ("consilience" in ASCII, cut).
WRITE_LOCK = 0x636F6E73696C

#: Seconds to wait for the server when connecting.
CONNECT_TIMEOUT = 10


@functools.lru_cache(maxsize=512)
def to_pyformat(query: str) -> str:
    """``query`` with SQLite's ``?`` placeholders as psycopg's ``%s`` (a literal ``%``
    doubled). The store's SQL holds no ``?`` or ``%`` inside string literals."""
    return query.replace("%", "%%").replace("?", "%s")


def _missing_database(exc: psycopg.OperationalError) -> bool:
    return bool(re.search(r'database "[^"]*" does not exist', str(exc)))


def _connect(url: str) -> psycopg.Connection:
    return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)


def database_exists(url: str) -> bool:
    """Whether the database ``url`` names exists. Raises StoreError when the server cannot
    be reached or refuses the login."""
    try:
        _connect(url).close()
    except psycopg.OperationalError as exc:
        if _missing_database(exc):
            return False
        raise StoreError(f"{url}: cannot connect ({_first_line(exc)})") from exc
    return True


def _create_database(url: str) -> None:
    """Create the database ``url`` names (UTF-8) through the server's ``postgres``
    database; another process creating it at the same moment is fine."""
    name = psycopg.conninfo.conninfo_to_dict(url).get("dbname")
    admin = psycopg.conninfo.make_conninfo(url, dbname="postgres")
    try:
        with _connect(admin) as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(str(name))
                )
            )
    except (psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
        pass  # created by another process meanwhile (both name the catalogue's answer)
    except psycopg.Error as exc:
        raise StoreError(
            f"{url}: database does not exist and cannot be created ({_first_line(exc)})"
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


class PgConnection:
    """A psycopg connection that takes the store's SQL as written for SQLite
    (``?`` placeholders); ``raw`` is the psycopg connection."""

    def __init__(self, raw: psycopg.Connection) -> None:
        self.raw = raw

    def execute(self, query: str, params: Sequence[Any] | None = None) -> psycopg.Cursor:
        """Run one statement; returns the cursor (fetchone, fetchall, iteration)."""
        if not params:
            return self.raw.execute(query)
        return self.raw.execute(to_pyformat(query), list(params))

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run ``query`` once per row of ``rows``."""
        with self.raw.cursor() as cur:
            cur.executemany(to_pyformat(query), [list(r) for r in rows])

    def close(self) -> None:
        self.raw.close()


class PostgresBackend:
    """A connection to one PostgreSQL database, brought to the current schema on open.

    Raises StoreError when the server cannot be reached, the database cannot be created,
    is not UTF-8, or has a newer schema."""

    kind = "postgresql"
    contains_sql = "strpos({}, ?) > 0"

    def __init__(self, url: str) -> None:
        self.path = url
        try:
            raw = _connect(url)
        except psycopg.OperationalError as exc:
            if not _missing_database(exc):
                raise StoreError(f"{url}: cannot connect ({_first_line(exc)})") from exc
            _create_database(url)
            raw = _connect(url)
        self.conn = PgConnection(raw)
        try:
            self._check_encoding()
            self._migrate()
        except psycopg.Error as exc:
            raw.close()
            raise StoreError(f"{url}: not a usable consilience store ({_first_line(exc)})") from exc

    def _check_encoding(self) -> None:
        (encoding,) = self.conn.execute("SHOW server_encoding").fetchone()
        if encoding.upper() not in ("UTF8", "UTF-8"):
            raise StoreError(f"{self.path}: the database is {encoding}; consilience needs UTF8")

    def schema_version(self) -> int:
        """The schema version of the database (0 before the first migration)."""
        (table,) = self.conn.execute("SELECT to_regclass('consilience_schema')").fetchone()
        if table is None:
            return 0
        row = self.conn.execute("SELECT max(version) FROM consilience_schema").fetchone()
        return int(row[0] or 0)

    def _check_version(self, version: int) -> None:
        check_version(self.path, version)

    def _migrate(self) -> None:
        """Bring the schema up to date in one transaction under the write lock (the
        version is read again once the lock is held)."""
        self._check_version(self.schema_version())
        if self.schema_version() == SCHEMA_VERSION:
            return
        with self.transaction():
            self.conn.execute("CREATE TABLE IF NOT EXISTS consilience_schema (version INTEGER)")
            version = self.schema_version()
            self._check_version(version)
            for target in range(version, SCHEMA_VERSION):
                for statement in split_sql(postgres_migration(target)):
                    self.conn.execute(statement)
            self.conn.execute("DELETE FROM consilience_schema")
            self.conn.execute("INSERT INTO consilience_schema VALUES (?)", (SCHEMA_VERSION,))

    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """One atomic write under the database's write lock: all of it commits, or none."""
        with self.raw_transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield self.conn

    @contextmanager
    def raw_transaction(self) -> Iterator[None]:
        with self.conn.raw.transaction():
            yield

    def executemany(self, query: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run ``query`` (``?`` placeholders) once per row."""
        self.conn.executemany(query, rows)

    def index_text(self, seq: int, title: str | None, text: str, *, delete: bool = False) -> None:
        """Nothing to do: the ``fts`` column is generated from the row itself."""

    def search(self, query: str, limit: int) -> list[tuple[Any, ...]]:
        """Rows (id, title, outlet, published, source, score, snippet) of the articles
        holding every word of ``query``, best first: ``score`` is minus ``ts_rank`` with
        title hits weighing 5 times a text hit (lower is better, as bm25 on SQLite)."""
        words = query_words(query)
        if not words:
            return []
        return self.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.source, "
            "-ts_rank('{0, 0, 0.2, 1.0}', a.fts, q) AS score, "
            "ts_headline('simple', a.text, q, 'StartSel=[, StopSel=], MaxWords=16, "
            'MinWords=8, MaxFragments=1, FragmentDelimiter=" … "\') '
            "FROM articles a, plainto_tsquery('simple', ?) q "
            "WHERE a.fts @@ q ORDER BY score, a.seq LIMIT ?",
            (" ".join(words), int(limit)),
        ).fetchall()

    def after_copy(self) -> None:
        """Move the article sequence past the copied rows (inside the transaction)."""
        self.conn.execute(
            "SELECT setval(pg_get_serial_sequence('articles', 'seq'), "
            "coalesce(max(seq), 0) + 1, false) FROM articles"
        )

    def close(self) -> None:
        self.conn.close()
