"""Issue 17, store and process failures: concurrent opening, honest counts, one-line errors;
each on both backends (a SQLite file, a PostgreSQL database: ``store_target``)."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
from pathlib import Path

import pytest


def _open_and_write(path: str, barrier, n: int, queue) -> None:
    from consilience.model import Article
    from consilience.store import Store

    try:
        barrier.wait(30)
        with Store(path) as store, store.transaction():
            for i in range(n):
                store.add_article(
                    Article(
                        id=f"{mp.current_process().name}-{i}",
                        source=f"dispatch-{i}.txt",
                        text=f"Dispatch {i} from the port.",
                    )
                )
        queue.put("ok")
    except BaseException as exc:  # reported to the test
        queue.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.parametrize("trial", range(4))
def test_processes_opening_a_new_store_at_once_all_succeed(store_target, trial) -> None:
    from consilience.store import SCHEMA_VERSION, Store

    ctx = mp.get_context("fork")
    runs = 6
    barrier, queue = ctx.Barrier(runs), ctx.Queue()
    path = store_target
    procs = [
        ctx.Process(target=_open_and_write, args=(path, barrier, 5, queue), name=f"p{i}")
        for i in range(runs)
    ]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
    assert results == ["ok"] * runs
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.count() == runs * 5


def test_reopening_a_current_store_takes_no_write_lock(store_target) -> None:
    from consilience.store import Store, is_postgres

    path = store_target
    Store(path).close()
    if is_postgres(path):
        import psycopg

        from consilience.store_postgres import WRITE_LOCK

        holder = psycopg.connect(path, autocommit=True)
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
    else:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
    try:
        with Store(path) as store:  # another writer holds the lock: opening still works
            assert store.count() == 0
            assert store.search("anything") == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# --------------------------------------------------------------------------- item 9


def _articles(folder: Path) -> list[str]:
    texts = {
        "kiln.txt": "Kiln fire at Brackley pottery\n\nA kiln fire closed the Brackley pottery "
        "on Thursday, the owner Mara Quell said. No one was hurt and repairs will take a month.",
        "weir.txt": "Weir repairs on the river Oust\n\nThe Oust weir near Falby will be "
        "repaired from June, the water board said, at a cost of 2.4 million pounds.",
    }
    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return paths


def test_report_counts_only_what_this_run_inserted(tmp_path, store_target, monkeypatch) -> None:
    from consilience import pipeline
    from consilience.store import Store

    kiln, weir = _articles(tmp_path)
    db = store_target
    with Store(db) as first:
        stored_first = pipeline.ingest(first, [kiln], processes=1).new
    assert len(stored_first) == 1
    with Store(db) as second:
        # the other run stored "kiln" after this run checked for it
        monkeypatch.setattr(second, "has_article", lambda article_id: False)
        report = pipeline.ingest(second, [kiln, weir], processes=1)
        assert second.count() == 2
    assert report.already == stored_first
    assert len(report.new) == 1 and report.new[0] not in stored_first
