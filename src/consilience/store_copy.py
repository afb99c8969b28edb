"""Copy a store to another (SQLite <-> PostgreSQL, or the same kind), verified by the row
count and a digest of every table.

A table's digest is SHA-256 over its rows in primary-key order (both backends sort text
by code point), each value tagged with its type and length, so two stores with equal
digests hold the same rows, byte for byte.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .store import TABLES, Store, StoreError

#: Rows read and written per statement batch.
PAGE = 500


@dataclass(frozen=True)
class TableDigest:
    """One table's row count and SHA-256 (hex) of its rows."""

    table: str
    rows: int
    digest: str


def table_rows(store: Store, table: str) -> Iterator[tuple[Any, ...]]:
    """Every row of ``table`` (columns as in ``TABLES``) in primary-key order, read a page
    at a time (keyset pagination: memory stays one page)."""
    cols, keys = TABLES[table]
    where, last = "", None
    select = f"SELECT {', '.join(cols)} FROM {table}"
    order = f"ORDER BY {', '.join(keys)} LIMIT {PAGE}"
    at = [cols.index(k) for k in keys]
    while True:
        if last is not None:
            where = f"WHERE ({', '.join(keys)}) > ({', '.join('?' * len(keys))})"
        page = store.conn.execute(f"{select} {where} {order}", last or ()).fetchall()
        yield from (tuple(r) for r in page)
        if len(page) < PAGE:
            return
        last = [page[-1][i] for i in at]


def _feed(h: Any, value: Any) -> None:
    if value is None:
        h.update(b"N")
        return
    if isinstance(value, memoryview):
        value = bytes(value)
    if isinstance(value, bool | int):
        raw, tag = str(int(value)).encode(), b"i"
    elif isinstance(value, float):
        raw, tag = repr(value).encode(), b"f"
    elif isinstance(value, str):
        raw, tag = value.encode("utf-8"), b"s"
    elif isinstance(value, bytes):
        raw, tag = value, b"b"
    else:
        raise TypeError(f"unexpected column value of type {type(value).__name__}")
    h.update(tag + str(len(raw)).encode() + b":" + raw)


def table_digest(store: Store, table: str) -> TableDigest:
    """The row count and digest of one table of ``store``."""
    h, n = hashlib.sha256(), 0
    for row in table_rows(store, table):
        for value in row:
            _feed(h, value)
        n += 1
    return TableDigest(table, n, h.hexdigest())


def store_digests(store: Store) -> list[TableDigest]:
    """:func:`table_digest` of every table, in ``TABLES`` order."""
    return [table_digest(store, t) for t in TABLES]


def copy_store(src: Store, dst: Store) -> list[TableDigest]:
    """Copy every row of ``src`` into the empty store ``dst`` in one transaction, then
    compare counts and digests table by table. Returns the digests (the same on both).

    Raises StoreError when ``dst`` holds any row, or when a table differs after copying
    (``dst`` then keeps the copy for inspection)."""
    busy = [t for t in TABLES if dst.conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone()]
    if busy:
        raise StoreError(
            f"{dst.path}: not empty (rows in {', '.join(busy)}); copy needs a new store"
        )
    with dst.transaction():
        for table in TABLES:
            batch: list[tuple[Any, ...]] = []
            for row in table_rows(src, table):
                batch.append(row)
                if len(batch) >= PAGE:
                    dst.insert_rows(table, batch)
                    batch = []
            if batch:
                dst.insert_rows(table, batch)
        dst.finish_copy()
    return verify_copy(src, dst)


def verify_copy(src: Store, dst: Store) -> list[TableDigest]:
    """The digests of ``src`` when ``dst`` has the same ones; StoreError naming the
    tables that differ otherwise."""
    want, got = store_digests(src), store_digests(dst)
    differ = [a.table for a, b in zip(want, got, strict=True) if a != b]
    if differ:
        raise StoreError(f"{dst.path}: copy differs from {src.path} in {', '.join(differ)}")
    return want
