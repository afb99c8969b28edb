"""What a SQLite store path names, looked at before the store is opened and without
writing to it: an empty path, a folder, an empty file, a file that is not SQLite, a SQLite
database of another program, or a consilience store.

Commands that only read a store need a consilience store there; commands that store
articles may also create one in a missing file or an empty (0-byte) file. Neither ever
adds consilience tables to a non-empty file that is not already a consilience store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

#: The first 16 bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
#: Tables the first migration creates: a database holding them is a consilience store.
STORE_TABLES = frozenset({"articles", "article_sources", "analyses"})


def path_problem(path: str, *, create: bool) -> str | None:
    """Why the SQLite store path ``path`` cannot be used, in a few words for one line, or
    None when it can. ``create`` (a command that stores articles): a missing or 0-byte file
    is fine, the store is created there; else the file must hold a consilience store (a
    missing file is the caller's to report). ``:memory:`` is always fine. Never raises and
    never writes to the file."""
    if path == ":memory:":
        return None
    if not path.strip():
        return "empty store path (give a file path or postgresql://user@host/db)"
    target = Path(path)
    if target.is_dir():
        return "is a folder, not a store file (give a file inside it, e.g. news.db)"
    if not target.exists():
        return None
    return _file_problem(target, create=create)


def _file_problem(target: Path, *, create: bool) -> str | None:
    """Why the existing file ``target`` is not usable as a store (see :func:`path_problem`)."""
    try:
        with target.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return f"cannot read it ({exc.strerror or exc})"
    if not head:
        return None if create else "is an empty file, not a consilience store"
    if head != SQLITE_MAGIC:
        return "is not a consilience store (not a SQLite file)"
    try:
        version, tables = _sqlite_contents(target)
    except sqlite3.Error as exc:
        return f"is not a usable SQLite file ({exc})"
    if version > 0 and STORE_TABLES <= tables:
        return None
    if not tables and version == 0:
        return None if create else "is an empty SQLite database, not a consilience store"
    return "is a SQLite database of another program, not a consilience store"


def _sqlite_contents(target: Path) -> tuple[int, set[str]]:
    """The ``user_version`` and table names of the SQLite file ``target``. The file is
    read as immutable (no lock, no journal files created); when that shows no consilience
    store and a write-ahead log lies beside it (a store another process has just created),
    it is read again through a read-only connection that sees the log. Raises
    sqlite3.Error."""
    found = _read_contents(target, "immutable=1")
    if (found[0] > 0 and STORE_TABLES <= found[1]) or not Path(f"{target}-wal").exists():
        return found
    return _read_contents(target, "mode=ro")


def _read_contents(target: Path, flags: str) -> tuple[int, set[str]]:
    """``user_version`` and table names of ``target`` opened with URI ``flags``."""
    uri = f"file:{quote(str(target.resolve()))}?{flags}"
    conn = sqlite3.connect(uri, uri=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return version, {str(r[0]) for r in rows}
