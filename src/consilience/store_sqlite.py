"""The SQLite backend of :class:`consilience.store.Store`: one file (or ``:memory:``).

The schema version is ``PRAGMA user_version``. Writes run in ``BEGIN IMMEDIATE``
transactions, so writers take the file's write lock in turn (waiting up to
``LOCK_TIMEOUT``) and a reader never waits. Full-text search is an FTS5 table over the
articles (external content: no second copy of the texts).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .store_schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    StoreError,
    check_version,
    fts_query,
    split_sql,
)

#: Seconds a connection waits for another process's write lock before "database is locked".
LOCK_TIMEOUT = 60.0


class SqliteBackend:
    """A connection to one SQLite store, brought to the current schema on open.

    Raises StoreError when ``path`` is empty or a folder, or the file is not SQLite, is a
    SQLite database of another program (tables but no consilience schema) or has a newer
    schema."""

    kind = "sqlite"
    #: SQL condition "column holds the parameter as a substring" ({} is the column).
    contains_sql = "instr({}, ?) > 0"

    def __init__(self, path: str) -> None:
        self.path = path
        if not path.strip():  # sqlite3 would open a private temporary database
            raise StoreError("empty store path: give a file path or postgresql://user@host/db")
        if Path(path).is_dir():
            raise StoreError(f"{path}: is a folder, not a store file")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=LOCK_TIMEOUT
            )
            self.conn.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                self._set_wal()
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable consilience store ({exc})") from exc

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

    def schema_version(self) -> int:
        """The schema version stored in the file (0 for a new file)."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _check_version(self, version: int) -> None:
        check_version(self.path, version)

    def _migrate(self) -> None:
        """Bring the schema up to date. The migrations run in one write transaction (the
        store's write lock) and the version is read again once the lock is held, so two
        processes opening a new store at once migrate it once, and neither fails."""
        self._check_version(self.schema_version())
        if self.schema_version() == SCHEMA_VERSION:
            return
        with self.transaction():
            version = self.schema_version()  # another process may have migrated meanwhile
            self._check_version(version)
            if version == 0 and self._has_tables():
                raise StoreError(
                    f"{self.path}: a SQLite database of another program, not a consilience store"
                )
            for target in range(version, SCHEMA_VERSION):
                for statement in split_sql(MIGRATIONS[target]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {target + 1}")

    def _has_tables(self) -> bool:
        """Whether the database holds any table or index of its own (not SQLite's)."""
        row = self.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchone()
        return bool(row[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write under the file's write lock: all of it commits, or none."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run ``sql`` (``?`` placeholders) once per row."""
        self.conn.executemany(sql, rows)

    def index_text(self, seq: int, title: str | None, text: str, *, delete: bool = False) -> None:
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

    def search(self, query: str, limit: int) -> list[tuple[Any, ...]]:
        """Rows (id, title, outlet, published, source, score, snippet) of the articles
        holding every word of ``query``, best first by bm25 (title hits weigh 5 times a
        text hit; lower is better)."""
        match = fts_query(query)
        if not match:
            return []
        return self.conn.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.source, "
            "bm25(article_fts, 5.0, 1.0) AS score, "
            "snippet(article_fts, 1, '[', ']', ' … ', 16) "
            "FROM article_fts JOIN articles a ON a.seq = article_fts.rowid "
            "WHERE article_fts MATCH ? ORDER BY score, a.seq LIMIT ?",
            (match, int(limit)),
        ).fetchall()

    def after_copy(self) -> None:
        """Rebuild the full-text index after rows were copied in (inside the transaction)."""
        self.conn.execute("INSERT INTO article_fts (article_fts) VALUES ('rebuild')")

    def close(self) -> None:
        self.conn.close()
