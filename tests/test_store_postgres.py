"""Issue 16, the team store: copying between backends, a killed ingest on both backends,
and two ingests plus the web app at once on one PostgreSQL database (a real server from
the ``pg_server`` fixture, never a mock)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.model import Article
from consilience.store import Store, is_postgres

runner = CliRunner()

HARBOURS = ["Pellow", "Quarne", "Rusk", "Saltby", "Tarrow", "Ulvick"]


def _write_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct short reports about harbour works, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        town = HARBOURS[i % len(HARBOURS)]
        p = folder / f"harbour_{i:03d}.txt"
        p.write_text(
            f"{town} harbour wall repair number {i}\n"
            f"Engineers in {town} began repairing {i + 40} metres of the harbour wall on "
            f"Wednesday. The port authority put the cost at {i + 3}.5 million pounds. "
            f"Harbourmaster Idris Venn said {i % 4 + 2} fishing boats would moor elsewhere.\n",
            encoding="utf-8",
        )
        paths.append(p)
    return paths


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "consilience", *args], capture_output=True, text=True
    )


def _seed(target: str) -> None:
    """A small store written directly (no models): articles, blobs, a brief, counts."""
    with Store(target) as store, store.transaction():
        for i in range(7):
            a = Article(id=f"h{i}", source=f"desk/h{i}.txt", title=f"Sluice gate {i} jammed",
                        text=f"The sluice gate at lock {i} jammed shut on Monday, the canal "
                        f"trust said; {i * 3} barges waited.", published=f"2022-05-0{i + 1}")  # fmt: skip
            store.add_article(a)
            store.put_appearance(a)
            store.put_analysis(a.id, "p1", bytes(range(i, i + 40)))
            store.put_extraction(a.id, "x1", {"n": i, "name": "Lüneburg"})
            store.put_state(f"k{i}", b"\x00\xff" * i)
        store.put_brief("b1", {"schema": "consilience.brief/1", "title": "Sluice gates"})


def test_copy_sqlite_to_postgresql_and_back_keeps_every_row(tmp_path, pg_url):
    first, back = str(tmp_path / "first.db"), str(tmp_path / "back.db")
    _seed(first)
    there = _cli("store", "copy", first, pg_url)
    assert there.returncode == 0, there.stderr
    assert "counts and digests match" in there.stdout
    home = _cli("store", "copy", pg_url, back)
    assert home.returncode == 0, home.stderr
    from consilience.store_copy import store_digests

    with Store(first) as a, Store(pg_url) as b, Store(back) as c:
        assert store_digests(a) == store_digests(b) == store_digests(c)
        assert b.count() == 7 and b.articles()[3].published == "2022-05-04"
        assert [m["id"] for m in b.search("lock 5 jammed")] == ["h5"]
        assert [m["id"] for m in c.search("lock 5 jammed")] == ["h5"]  # FTS5 rebuilt
        with b.transaction():  # the copied sequence continues after the copied rows
            b.add_article(Article(id="h7", source="desk/h7.txt", text="A new report."))
        assert b.article_ids()[-1] == "h7"


def test_copy_into_a_store_with_rows_is_refused(tmp_path, pg_url):
    src = str(tmp_path / "src.db")
    _seed(src)
    with Store(pg_url) as busy, busy.transaction():
        busy.add_article(Article(id="z", source="z.txt", text="Already here."))
    done = _cli("store", "copy", src, pg_url)
    assert done.returncode == 2
    assert "not empty" in done.stderr and "Traceback" not in done.stderr
    with Store(pg_url) as busy:
        assert busy.article_ids() == ["z"]


def test_read_command_on_a_missing_postgresql_database_exits_2(pg_server):
    url = pg_server.url("no_such_newsroom")
    result = runner.invoke(app, ["articles", "--db", url])
    assert result.exit_code == 2
    assert "no store at" in result.output and "no_such_newsroom" in result.output
    from consilience.store import store_exists

    assert store_exists(url) is False  # the read did not create it


def test_unsupported_db_address_exits_2_naming_it():
    result = runner.invoke(app, ["articles", "--db", "mysql://desk@db.example/wire"])
    assert result.exit_code == 2
    assert "mysql://desk@db.example/wire" in result.output


def _count(target: str) -> int:
    try:
        with Store(target) as store:
            return store.count()
    except Exception:  # not created yet
        return 0


def test_killed_ingest_then_rerun_stores_every_article_once(tmp_path, store_target):
    n = 14
    _write_corpus(tmp_path / "in", n)
    cmd = [sys.executable, "-m", "consilience", "ingest", str(tmp_path / "in"),
           "--db", store_target, "--batch-size", "2"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _count(store_target) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(store_target)
    assert 0 < partial < n, f"the kill should land mid-run (stored {partial} of {n})"
    rerun = subprocess.run(cmd, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already stored {partial}" in rerun.stdout
    _assert_each_article_once(store_target, n)


def _assert_each_article_once(target: str, n: int) -> None:
    """``n`` articles, each with its analysis, extraction and embeddings, each source
    once, and each article in exactly one story."""
    from consilience import pipeline

    with Store(target) as store:
        ids = store.article_ids()
        assert len(ids) == n == len(set(ids))
        for table in ("analyses", "extractions", "embeddings", "article_sources"):
            (k,) = store.conn.execute(f"SELECT count(DISTINCT article_id) FROM {table}").fetchone()
            assert k == n, table
        (apps,) = store.conn.execute("SELECT count(*) FROM appearances").fetchone()
        assert apps == n
        members = [a for s in pipeline.list_stories(store) for a in s.articles]
        assert sorted(members) == sorted(ids)


def _wait_for(url: str, proc: subprocess.Popen) -> None:
    import httpx

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError(f"server did not answer at {url}")


def test_two_ingests_and_the_web_app_at_once_store_each_article_once(tmp_path, pg_url):
    import httpx

    from consilience.store_pg_server import free_port

    n = 12
    _write_corpus(tmp_path / "in", n)
    Store(pg_url).close()
    port = free_port()
    serve = subprocess.Popen(
        [sys.executable, "-m", "consilience", "serve", "--db", pg_url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/healthz", serve)
        ingest = [sys.executable, "-m", "consilience", "ingest", str(tmp_path / "in"),
                  "--db", pg_url, "--batch-size", "3"]  # fmt: skip
        runs = [subprocess.Popen(ingest, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for _ in range(2)]  # fmt: skip
        deadline = time.monotonic() + 300  # the requests go out while the ingests write
        while _count(pg_url) < 1 and time.monotonic() < deadline:
            assert all(r.poll() is None for r in runs), "an ingest ended before storing"
            time.sleep(0.05)
        pages = ["/", "/api/stories", "/articles", "/api/search?q=harbour", "/search?q=wall"]
        with ThreadPoolExecutor(max_workers=20) as pool:
            codes = list(pool.map(lambda i: httpx.get(base + pages[i % 5], timeout=300)
                                  .status_code, range(20)))  # fmt: skip
        outs = [r.communicate(timeout=600) for r in runs]
    finally:
        serve.send_signal(signal.SIGINT)
        serve.wait(30)
    assert codes == [200] * 20
    for run, (_out, err) in zip(runs, outs, strict=True):
        assert run.returncode == 0, err
        assert "locked" not in err and "deadlock" not in err.lower()
    _assert_each_article_once(pg_url, n)


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_consilience_db_environment_selects_postgresql(pg_url, scheme, monkeypatch):
    url = pg_url.replace("postgresql://", f"{scheme}://", 1)
    monkeypatch.setenv("CONSILIENCE_DB", url)
    with Store(url) as store, store.transaction():
        store.add_article(Article(id="e1", source="e1.txt", text="Ferry timetable changes."))
    result = runner.invoke(app, ["articles", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"e1"' in result.stdout
    assert is_postgres(url)


def test_a_changed_byte_is_a_digest_difference(tmp_path, store_target):
    from consilience.store import StoreError
    from consilience.store_copy import copy_store, verify_copy

    src = str(tmp_path / "src.db")
    _seed(src)
    with Store(src) as a, Store(store_target) as b:
        copy_store(a, b)
        with b.transaction():
            b.put_analysis("h2", "p1", bytes(range(2, 41)) + b"\x01")  # last byte differs
        with pytest.raises(StoreError, match="differs .* in analyses$"):
            verify_copy(a, b)


def test_workbench_reads_a_postgresql_store_and_refuses_a_missing_one(pg_server, pg_url):
    from consilience import Workbench

    with pytest.raises(FileNotFoundError, match="no_desk_here"):
        Workbench(pg_server.url("no_desk_here")).search("tide")
    with Store(pg_url) as store, store.transaction():
        store.add_article(Article(id="w1", source="w1.txt", text="Tide gauge at Marrow broke."))
    assert [m["id"] for m in Workbench(pg_url).search("tide gauge")] == ["w1"]


def _add_with_item(store: Store, i: int) -> None:
    """Article ``r{i}`` and its story item (a fixed unit vector; no model)."""
    from consilience import pipeline

    vec = np.zeros(384, dtype=np.float32)
    vec[i % 384] = 1.0
    art = Article(id=f"r{i}", source=f"r{i}.txt", title=f"Kessock ferry delay {i}",
                  text=f"The Kessock ferry ran {i + 10} minutes late.", published="2021-03-02")  # fmt: skip
    with store.transaction():
        store.add_article(art)
        store.put_story_item(art.id, pipeline.story_item_version(), ["Kessock"], vec)


def test_a_story_index_stored_meanwhile_is_not_overwritten(store_target, monkeypatch):
    from consilience import pipeline, stories

    with Store(store_target) as mine:
        for i in range(3):
            _add_with_item(mine, i)
        pipeline.update_stories(mine)
        _add_with_item(mine, 3)
        real, raced = pipeline.story_items, []

        def racing(store, ids):  # another process stores an article and its index meanwhile
            if not raced:
                raced.append(True)
                with Store(store_target) as other:
                    _add_with_item(other, 4)
                    pipeline.update_stories(other)
            return real(store, ids)

        monkeypatch.setattr(pipeline, "story_items", racing)
        pipeline.update_stories(mine)
        stored = pipeline._unpack(mine.get_state(pipeline.STORY_STATE_KEY))
    assert raced
    assert set(stories.StoryIndex.from_state(stored).items) == {f"r{i}" for i in range(5)}


def test_copy_reads_and_writes_page_by_page(tmp_path, store_target, monkeypatch):
    from consilience import store_copy

    monkeypatch.setattr(store_copy, "PAGE", 2)  # 7 rows per table: 4 pages, keyset resumes
    src = str(tmp_path / "paged.db")
    _seed(src)
    with Store(src) as a, Store(store_target) as b:
        digests = store_copy.copy_store(a, b)
        rows = {d.table: d.rows for d in digests}
        assert rows["articles"] == rows["analyses"] == rows["story_state"] == 7
        assert b.article_ids() == [f"h{i}" for i in range(7)]
        assert b.extractions("x1", ["h6"]) == {"h6": {"n": 6, "name": "Lüneburg"}}


def test_every_store_command_works_on_postgresql(tmp_path, pg_url):
    import json

    _write_corpus(tmp_path / "in", 3)
    assert _cli("ingest", str(tmp_path / "in"), "--db", pg_url).returncode == 0
    listed = _cli("stories", "--db", pg_url, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    found = json.loads(listed.stdout)["stories"]
    assert sorted(a["id"] for s in found for a in s["articles"]) == sorted(
        a["id"]
        for a in json.loads(_cli("articles", "--db", pg_url, "--format", "json").stdout)["articles"]
    )
    hits = _cli("search", "harbourmaster venn", "--db", pg_url)
    assert hits.returncode == 0 and "harbour" in hits.stdout.lower()
    brief = _cli("brief", "--story", found[0]["id"], "--db", pg_url, "--format", "json")
    assert brief.returncode == 0, brief.stderr
    assert json.loads(brief.stdout)["story"]["id"] == found[0]["id"]
