"""Issue 17, URLs: private addresses refused (and redirects to them), one overall deadline."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from consilience.model import RawArticle, Skipped
from consilience.read import fetch, private_urls_allowed, read_url

PAGE = (
    b"<html><head><title>Orchard harvest</title></head><body><article>"
    + b"<p>Growers near Lindell picked a record apple crop this autumn, the cooperative said.</p>"
    * 4
    + b"</article></body></html>"
)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


class _Page(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        _Page.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def local_server() -> Iterator[str]:
    _Page.hits = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# --------------------------------------------------------------------------- item 11


def test_loopback_url_is_refused_by_default(local_server) -> None:
    port = local_server.split(":")[1]
    for url in (f"http://{local_server}/orchard", f"http://localhost:{port}/orchard"):
        out = list(read_url(url, fetch_timeout=5))
        assert len(out) == 1 and isinstance(out[0], Skipped), url
        assert out[0].reason.startswith("refused:") and "--allow-private-urls" in out[0].reason
    assert _Page.hits == []


@pytest.mark.parametrize(
    "url",
    [
        "http://10.44.0.9/wire",
        "http://172.20.1.1:8080/",
        "http://192.168.7.70/feed",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:9/",
        "http://[fd00:beef::7]/x",
        "http://[::ffff:127.0.0.9]/x",
        "http://127.42.0.1/",
    ],
)
def test_private_address_literals_are_refused(url) -> None:
    got = fetch(url, fetch_timeout=5)
    assert isinstance(got, Skipped) and got.reason.startswith("refused:")


def test_allowed_explicitly_the_local_page_is_read(local_server) -> None:
    with private_urls_allowed():
        out = list(read_url(f"http://{local_server}/orchard", fetch_timeout=5))
    assert isinstance(out[0], RawArticle) and "Lindell" in out[0].text
    assert _Page.hits == ["/orchard"]


def _redirecting(target: str, seen: list[str]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "93.184.216.34":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=PAGE)

    return httpx.MockTransport(handle)


@pytest.mark.parametrize(
    "target",
    ["http://10.9.8.7/admin", "http://127.0.0.1:6379/", "http://[fe80::1]/", "http://192.168.0.1/"],
)
def test_redirect_to_a_private_address_is_refused(target) -> None:
    seen: list[str] = []
    got = fetch("http://93.184.216.34/story", transport=_redirecting(target, seen))
    assert isinstance(got, Skipped)
    assert got.reason.startswith("refused: redirects to") and target.split("/")[2] in got.reason
    assert seen == ["http://93.184.216.34/story"]


def test_redirect_to_a_public_address_is_followed() -> None:
    seen: list[str] = []
    got = fetch("http://93.184.216.34/story", transport=_redirecting("http://8.8.4.4/p", seen))
    assert not isinstance(got, Skipped)
    assert got[0] == PAGE and got[2] == "http://8.8.4.4/p"


def test_cli_refuses_then_allows_private_urls(tmp_path) -> None:
    from typer.testing import CliRunner

    from consilience.cli import app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once closed
    url = f"http://127.0.0.1:{port}/brief"
    db = str(tmp_path / "n.db")
    refused = CliRunner().invoke(app, ["ingest", url, "--db", db])
    assert "refused" in refused.output and "private" in refused.output
    allowed = CliRunner().invoke(app, ["ingest", url, "--db", db, "--allow-private-urls"])
    assert "connection refused" in allowed.output


# --------------------------------------------------------------------------- item 12


@pytest.fixture()
def dripping_server() -> Iterator[str]:
    """Accepts one connection and sends its status line one byte every 0.2 s (for 30 s)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    stop = threading.Event()

    def serve() -> None:
        conn, _ = srv.accept()
        with conn:
            conn.recv(4096)
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"z" * 200:
                if stop.wait(0.2):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}/slow"
    stop.set()
    srv.close()


def test_one_deadline_covers_slowly_dripped_headers(dripping_server) -> None:
    # the drip alone would take 50 s, each byte well within a per-read timeout
    got = fetch(dripping_server, fetch_timeout=1.0, allow_private=True)
    assert isinstance(got, Skipped) and got.reason == "timed out after 1 s"


def test_a_failed_fetch_inside_a_running_event_loop_is_a_named_skip() -> None:
    """Called where an event loop already runs (a notebook, a web handler, playwright's
    sync API), the fetch runs in a helper thread; its failure still comes back as a skip."""
    import asyncio
    import socket
    import threading

    from consilience.read import private_urls_allowed, read_url

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def inside_a_loop():
        with private_urls_allowed(True):
            return list(read_url(f"http://127.0.0.1:{port}/x", fetch_timeout=2))

    # a thread of its own: the test runner's thread may hold a running loop already
    found: list = []
    worker = threading.Thread(target=lambda: found.extend(asyncio.run(inside_a_loop())))
    worker.start()
    worker.join()
    (skipped,) = found
    assert skipped.reason == "connection refused"
