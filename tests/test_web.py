"""Web app with FastAPI's TestClient: pages, JSON API, security headers, limits, traversal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from consilience import web
from consilience.model import Skipped
from consilience.web import MemoryBackend, UploadResult, create_app, safe_filename

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "brief_sample.json"
STORY = "st-lake-orrin-ferry"


@pytest.fixture(scope="module")
def sample() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


class Reader:
    """Upload reader stub: records what it was given (paths, file contents)."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.seen: dict[str, bytes] = {}

    def __call__(self, paths: list[str]) -> UploadResult:
        self.calls.append(paths)
        res = UploadResult()
        for p in paths:
            data = Path(p).read_bytes()
            self.seen[p] = data
            if data.startswith(b"\x00"):
                res.skipped.append(Skipped(p, "not text (binary file)"))
            else:
                res.read += 1
                res.new.append("0123456789abcdef")
        return res


@pytest.fixture()
def reader() -> Reader:
    return Reader()


@pytest.fixture()
def client(sample, reader) -> TestClient:
    app = create_app(backend=MemoryBackend([sample["brief"]], sample["texts"], reader=reader))
    return TestClient(app, base_url="http://127.0.0.1")


def _first_article(sample) -> str:
    return sample["brief"]["story"]["articles"][0]["id"]


def test_security_headers_on_every_response(client, sample):
    aid = _first_article(sample)
    for url in ("/", f"/stories/{STORY}", "/articles", f"/articles/{aid}", "/upload", "/api/stories",
                f"/api/stories/{STORY}", "/api/articles", f"/api/articles/{aid}", "/openapi.json",
                "/static/brief.js", "/static/brief.css", "/nope", "/articles/..%2f..%2fetc%2fpasswd"):  # fmt: skip
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        for part in ("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                     "frame-ancestors 'none'"):  # fmt: skip
            assert part in csp, (url, csp)
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert r.headers["x-frame-options"] == "DENY"


def test_story_list_search_and_counts(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "Ferry fire on Lake Orrin" in r.text
    assert f'href="/stories/{STORY}"' in r.text
    assert '<td class="num">4</td><td class="num">3</td>' in r.text  # articles, outlets
    # one disputed distance; the rising death toll is an update, not a conflict
    assert '<span class="badge outlier">1</span>' in r.text
    assert "+1 update<" in r.text
    assert "Ferry fire" in client.get("/?q=valleystandard").text
    r = client.get("/?q=%3Cscript%3Ezzz")
    assert "No story matches" in r.text and "<script>zzz" not in r.text


def test_story_page_uses_static_script_only(client):
    r = client.get(f"/stories/{STORY}")
    assert r.status_code == 200
    assert '<script src="/static/brief.js" defer></script>' in r.text
    assert "<script>" not in r.text  # no inline executable script under the CSP
    assert "<style>" not in r.text
    assert 'class="reading outlier"' in r.text
    assert "#focus" in r.text


def test_article_page_highlights(client, sample):
    aid = _first_article(sample)
    text = sample["texts"][aid]
    s = text.index("about 2 kilometres")
    r = client.get(f"/articles/{aid}?start={s}&end={s + 18}")
    assert r.status_code == 200
    assert '<mark class="focus" id="focus">about 2 kilometres</mark>' in r.text
    assert r.text.count('<mark class="cited">') >= 3
    # out-of-range offsets are ignored, not an error
    assert client.get(f"/articles/{aid}?start=5&end=999999").status_code == 200
    assert client.get(f"/articles/{aid}?start=-1&end=3").status_code in (404, 422)


@pytest.mark.parametrize(
    "url",
    [
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/articles/%2e%2e",
        "/articles/a%00b",
        "/articles/" + "a" * 200,
        "/stories/%2e%2e",
        "/stories/%2e%2e%2fweb.py",
        "/stories/x%20y",
        "/api/articles/..%2fx",
        "/api/stories/%2e%2e",
        "/static/..%2fweb.py",
        "/static/../web.py",
        "/static/%2e%2e/web.py",
    ],
)
def test_no_traversal(client, url):
    r = client.get(url)
    assert r.status_code == 404, url
    assert "def create_app" not in r.text and "root:" not in r.text


def test_api_mirrors_contract(client, sample):
    stories = client.get("/api/stories").json()
    assert stories["schema"] == "consilience.stories/1"
    assert stories["stories"][0]["id"] == STORY
    assert stories["stories"][0]["articles"][0] == {
        "id": _first_article(sample),
        "source": sample["brief"]["story"]["articles"][0]["source"],
    }
    assert client.get(f"/api/stories/{STORY}").json() == sample["brief"]
    arts = client.get("/api/articles").json()
    assert arts["schema"] == "consilience.articles/1"
    assert {a["id"] for a in arts["articles"]} == set(sample["texts"])
    aid = _first_article(sample)
    one = client.get(f"/api/articles/{aid}").json()
    assert one["text"] == sample["texts"][aid] and one["id"] == aid
    missing = client.get("/api/articles/ffffffffffffffff")
    assert missing.status_code == 404
    assert missing.json()["detail"].startswith("article ffffffffffffffff not found: ")
    assert client.get("/api/stories/nope").json() == {
        "detail": "story nope not found: the existing ones are listed at /api/stories"
    }


def test_openapi_schema(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in (
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/articles",
        "/api/articles/{article_id}",
    ):
        assert p in paths
    brief = spec["components"]["schemas"]["BriefOut"]
    assert {"schema", "story", "conflicts", "quotes", "provenance"} <= set(brief["properties"])
    assert "/upload" not in paths and "/" not in paths
    assert client.get("/docs").status_code == 404  # Swagger UI needs a CDN: disabled


def test_upload_ok_and_bad_file_messages(client, reader):
    files = [
        ("files", ("../../etc/evil name.txt", b"A fine article about a dam.", "text/plain")),
        ("files", ("bad.bin", b"\x00\x01\x02", "application/octet-stream")),
    ]
    r = client.post("/upload", files=files)
    assert r.status_code == 200
    assert "1 new" in r.text
    assert '<li class="skip-msg">skipped bad.bin: not text (binary file)</li>' in r.text
    (paths,) = reader.calls
    assert [os.path.basename(p) for p in paths] == ["000_evil_name.txt", "001_bad.bin"]
    tmpdir = os.path.dirname(paths[0])
    assert os.path.basename(tmpdir).startswith("consilience-upload-")
    assert all(os.path.dirname(p) == tmpdir for p in paths)
    assert not os.path.exists(tmpdir)  # removed after ingest
    assert tmpdir not in r.text


def test_upload_only_bad_file(client):
    r = client.post("/upload", files=[("files", ("x.bin", b"\x00", "application/octet-stream"))])
    assert r.status_code == 422
    assert "skipped x.bin: not text (binary file)" in r.text


def test_upload_no_file(client):
    r = client.post("/upload", files=[("files", ("", b"", "text/plain"))])
    assert r.status_code in (400, 422)


def test_upload_limits(client, reader, monkeypatch):
    monkeypatch.setattr(web, "MAX_FILE_BYTES", 1000)
    r = client.post("/upload", files=[("files", ("big.txt", b"x" * 1001, "text/plain"))])
    assert r.status_code == 413
    assert "big.txt: file too large (at most" in r.text
    assert reader.calls == []
    # per request: checked from Content-Length before the body is read
    r = client.post(
        "/upload",
        files=[("files", ("huge.txt", b"x" * (web.MAX_REQUEST_BYTES + 10), "text/plain"))],
    )
    assert r.status_code == 413
    assert "upload too large: at most 20 MB per request" in r.text
    assert r.headers["x-frame-options"] == "DENY"


def test_streamed_body_limit(sample, reader):
    app = create_app(backend=MemoryBackend([sample["brief"]], sample["texts"], reader=reader))
    app.user_middleware.clear()
    app.add_middleware(web.LimitsAndHeaders, max_body=2000)
    client = TestClient(app, base_url="http://127.0.0.1")

    def chunks():
        yield b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
        for _ in range(10):
            yield b"y" * 500
        yield b"\r\n--b--\r\n"

    r = client.post(
        "/upload", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"}
    )
    assert r.status_code == 413
    assert reader.calls == []


def test_cross_site_post_refused(client, reader):
    r = client.post(
        "/upload",
        files=[("files", ("a.txt", b"hello", "text/plain"))],
        headers={"origin": "http://evil.example", "sec-fetch-site": "cross-site"},
    )
    assert r.status_code == 403
    assert reader.calls == []


def test_safe_filename():
    assert safe_filename("../../a b.txt", 3) == "003_a_b.txt"
    assert safe_filename("..\\..\\win.html") == "000_win.html"
    assert safe_filename(".hidden") == "000_hidden"
    assert safe_filename("") == "000_upload"
    assert len(safe_filename("x" * 500 + ".json")) <= 104
    assert safe_filename("x" * 500 + ".json").endswith(".json")


def test_story_list_does_not_count_updates_as_conflicts(sample):
    """Conflicts flagged ``"update": true`` on the item (reconcile's rising tolls)."""
    import copy

    brief = copy.deepcopy(sample["brief"])
    rising = copy.deepcopy(brief["conflicts"][0])
    rising.update(subject="passengers rescued", update=True, outliers=[])
    brief["conflicts"] += [rising, copy.deepcopy(rising)]
    client = TestClient(
        create_app(backend=MemoryBackend([brief], sample["texts"])), base_url="http://127.0.0.1"
    )
    text = client.get("/").text
    assert '<span class="badge outlier">1</span>' in text and "+3 updates<" in text
    page = client.get(f"/stories/{STORY}").text
    assert "<b>1</b> conflict<" in page and "<b>3</b> updates" in page
    assert page.count('class="update-row"') == 3
