"""Issue 17, web app: trusted hosts, uploads off the event loop, uploads keep their names."""

from __future__ import annotations

import contextlib
import json
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from consilience.model import RawArticle, Skipped
from consilience.read import read_path
from consilience.web import MemoryBackend, UploadResult, allowed_hosts, create_app

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "brief_sample.json"
LOCAL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def sample() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _memory_app(sample, reader=None, **kwargs):
    return create_app(backend=MemoryBackend([sample["brief"]], sample["texts"], reader), **kwargs)


# --------------------------------------------------------------------------- item 13


@pytest.mark.parametrize("evil", ["attacker.example", "rebind.test:8000", "10.1.2.3"])
def test_unknown_host_is_refused_everywhere(sample, evil) -> None:
    client = TestClient(_memory_app(sample), base_url=LOCAL)
    for path in ("/api/articles", "/api/stories", "/"):
        resp = client.get(path, headers={"Host": evil})
        assert resp.status_code == 400, path
        assert resp.headers["x-frame-options"] == "DENY"
    resp = client.post(
        "/upload", headers={"Host": evil}, files={"f": ("a.txt", b"Tide report for Sunday.")}
    )
    assert resp.status_code == 400


@pytest.mark.parametrize("ok", ["127.0.0.1:8000", "localhost", "localhost:9123"])
def test_loopback_hosts_are_served(sample, ok) -> None:
    client = TestClient(_memory_app(sample), base_url=LOCAL)
    assert client.get("/api/articles", headers={"Host": ok}).status_code == 200


def test_hosts_follow_the_interface_served_on(sample) -> None:
    assert "news.lan" in allowed_hosts("news.lan")
    assert "news.lan" not in allowed_hosts("127.0.0.1")
    client = TestClient(_memory_app(sample, host="news.lan"), base_url="http://news.lan")
    assert client.get("/healthz").status_code == 200
    assert client.get("/healthz", headers={"Host": "elsewhere.lan"}).status_code == 400


# --------------------------------------------------------------------------- item 14


class BlockingReader:
    """Reads the uploaded files with the real readers, then waits until the test says the
    server answered other requests meanwhile (or gives up after ``patience`` seconds)."""

    def __init__(self, patience: float = 20.0) -> None:
        self.patience = patience
        self.started = threading.Event()
        self.release = threading.Event()
        self.released_in_time = False
        self.articles: list[RawArticle] = []

    def __call__(self, paths: list[str]) -> UploadResult:
        res = UploadResult()
        for p in paths:
            for r in read_path(p):
                if isinstance(r, Skipped):
                    res.skipped.append(r)
                else:
                    self.articles.append(r)
                    res.read += 1
                    res.new.append(f"{res.read:016x}")
        self.started.set()
        self.released_in_time = self.release.wait(self.patience)
        return res


def _jsonl(n: int) -> bytes:
    lines = [
        json.dumps(
            {
                "id": f"ward-{i}",
                "title": f"Ward {i} count",
                "text": f"Returning officers in ward {i} counted {1000 + 7 * i} ballots overnight.",
            }
        )
        for i in range(n)
    ]
    return ("\n".join(lines) + "\n").encode()


def test_healthz_answers_while_an_upload_of_hundreds_of_articles_runs(sample) -> None:
    reader = BlockingReader()
    with TestClient(_memory_app(sample, reader), base_url=LOCAL) as client:
        answer: dict = {}

        def post() -> None:
            answer["resp"] = client.post(
                "/upload", files={"f": ("wards.jsonl", _jsonl(300), "application/json")}
            )

        poster = threading.Thread(target=post)
        poster.start()
        assert reader.started.wait(30)
        # the ingest is still running: the server answers meanwhile
        assert client.get("/healthz").text == "ok"
        status = client.get("/api/upload").json()
        assert status["running"] is True and status["files"] == 1
        second = client.post("/upload", files={"f": ("late.txt", b"A late note on turnout.")})
        assert second.status_code == 409
        reader.release.set()
        poster.join(30)
    assert reader.released_in_time
    assert answer["resp"].status_code == 200
    assert len(reader.articles) == 300
    with TestClient(_memory_app(sample), base_url=LOCAL) as client:
        assert client.get("/api/upload").json()["running"] is False


# --------------------------------------------------------------------------- item 16


def test_uploaded_articles_keep_the_uploaded_file_name(sample) -> None:
    reader = BlockingReader(patience=0)
    client = TestClient(_memory_app(sample, reader), base_url=LOCAL)
    page = (
        b"<html><head><title>Flood defences</title></head><body><article>"
        + b"<p>Engineers in Tarrow finished the flood wall two weeks early, the council said.</p>"
        * 4
        + b"</article></body></html>"
    )
    resp = client.post(
        "/upload",
        files=[
            ("f", ("Tarrow flood.html", page, "text/html")),
            ("f", ("wards.jsonl", _jsonl(2), "application/json")),
        ],
    )
    assert resp.status_code == 200
    sources = [a.source for a in reader.articles]
    assert sources == ["Tarrow_flood.html", "wards.jsonl#ward-0", "wards.jsonl#ward-1"]
    assert not any("consilience-upload" in s for s in sources)


def test_store_backend_stores_the_uploaded_name(tmp_path) -> None:
    from consilience.store import Store

    db = tmp_path / "news.db"
    Store(db).close()
    text = (
        "Ferry timetable changes in Holmsund\n\n"
        "The Holmsund ferry will run every forty minutes from Monday, the operator said. "
        "Passengers on the late crossing will need to book a seat in advance.\n"
    )
    with TestClient(create_app(str(db)), base_url=LOCAL) as client:
        resp = client.post("/upload", files={"f": ("holmsund ferry.txt", text.encode())})
        assert resp.status_code == 200
        arts = client.get("/api/articles").json()["articles"]
    assert [a["source"] for a in arts] == ["holmsund_ferry.txt"]


def test_serve_stops_on_sigterm_while_an_upload_is_ingested(tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys

    import httpx

    with socket_free_port() as port:
        pass
    from consilience.store import Store

    Store(tmp_path / "s.db").close()  # serve refuses a store that does not exist
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    cmd = [sys.executable, "-m", "consilience", "serve", "--db", str(tmp_path / "s.db")]
    proc = subprocess.Popen(
        [*cmd, "--port", str(port)], env=env, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(lambda: httpx.get(f"{base}/healthz", timeout=2).text == "ok")

        def post() -> None:
            with contextlib.suppress(httpx.HTTPError):
                httpx.post(f"{base}/upload", files={"f": ("wards.jsonl", _jsonl(300))}, timeout=600)

        threading.Thread(target=post, daemon=True).start()
        _wait_for(lambda: httpx.get(f"{base}/api/upload", timeout=2).json()["running"])
        assert httpx.get(f"{base}/healthz", timeout=10).text == "ok"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) is not None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def socket_free_port():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield s.getsockname()[1]


def _wait_for(check, attempts: int = 600) -> None:
    """Poll ``check`` every 0.1 s until it is true (errors count as not yet)."""
    import time

    for _ in range(attempts):
        try:
            if check():
                return
        except Exception:  # the server is not up yet
            pass
        time.sleep(0.1)
    raise AssertionError("condition not reached")
