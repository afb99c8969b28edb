"""Property-based fuzzing of every reader (issue 17): random bytes and mutations of a valid
file of each format. A reader returns articles or named skips, never raises, and keeps its
memory bounded. Fixed example budget and derandomised, so CI runs the same cases each time."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from consilience.model import RawArticle, Skipped
from consilience.read import READERS, ReadOptions

_BODY = (
    "The ferry between Lorne and Ashby Point resumed on Friday after storms, the operator said. "
    "Crossings will run every ninety minutes until the spring timetable starts."
)

SAMPLES: dict[str, tuple[str, bytes]] = {
    "txt": ("note.txt", f"Ferry service resumes\n\n{_BODY}\n".encode()),
    "md": (
        "note.md",
        f"---\ntitle: Ferry back\ndate: 2026-02-06\n---\n# Ferry\n\n{_BODY}\n".encode(),
    ),
    "html": (
        "page.html",
        f"<html><head><title>Ferry</title><meta name='date' content='2026-02-06'></head>"
        f"<body><article><h1>Ferry</h1><p>{_BODY}</p><p>{_BODY}</p></article></body></html>".encode(),
    ),
    "json": (
        "items.json",
        json.dumps([{"id": "f1", "title": "Ferry", "text": _BODY, "date": "2026-02-06"}]).encode(),
    ),
    "jsonl": (
        "items.jsonl",
        (
            json.dumps({"id": "f1", "text": _BODY})
            + "\n"
            + json.dumps({"id": "f2", "text": _BODY[::-1]})
            + "\n"
        ).encode(),
    ),
    "feed": (
        "feed.rss",
        (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Coast News</title>"
            f"<item><title>Ferry</title><link>https://coast.example/ferry</link>"
            f"<description>{_BODY}</description><pubDate>Fri, 06 Feb 2026 09:00:00 GMT</pubDate>"
            "</item></channel></rss>"
        ).encode(),
    ),
}


def _warc(body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://coast.example/ferry\r\n"
        b"WARC-Date: 2026-02-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: " + str(len(http)).encode() + b"\r\n\r\n"
    )
    return head + http + b"\r\n\r\n"


SAMPLES["warc"] = ("crawl.warc", _warc(SAMPLES["html"][1]))
SAMPLES["warc.gz"] = ("crawl.warc.gz", gzip.compress(SAMPLES["warc"][1]))
_FORMAT_OF = {"warc.gz": "warc"}
MEMORY_BUDGET = 256 * 1024 * 1024  # bytes of Python allocations for one small input
FUZZ = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


# pieces an attacker inserts: deep nesting, over-long numbers, stray bytes, tag floods
HOSTILE = [
    b"[" * 30_000,
    b'{"a":' * 20_000,
    b"7" * 6_000,
    b"\xe9\xff\xfe",
    b"<div>" * 3_000,
    b"\x1b[2J\n",
]


@st.composite
def mutations(draw, sample: bytes) -> bytes:
    """``sample`` with up to eight flips, inserts, deletions, duplications, truncations or
    hostile pieces (:data:`HOSTILE`)."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(0, 8))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup", "cut", "hostile", "line"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 32))]
        elif op == "line":  # a hostile record of its own
            data[pos:pos] = b"\n" + draw(st.sampled_from(HOSTILE)) + b"\n"
        elif op == "hostile":
            data[pos:pos] = draw(st.sampled_from(HOSTILE))
        elif op == "dup":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 64))] * draw(st.integers(1, 4))
        else:
            del data[pos:]
    return bytes(data)


def _check(kind: str, data: bytes) -> None:
    name, _ = SAMPLES[kind]
    reader = READERS[_FORMAT_OF.get(kind, kind)]
    tracemalloc.start()
    try:
        out = list(reader(name, io.BytesIO(data), ReadOptions(max_bytes=1 << 20)))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert out, "a reader says something about every input"
    for r in out:
        assert isinstance(r, RawArticle | Skipped)
        if isinstance(r, Skipped):
            assert r.source.startswith(name) and r.reason.strip()
    assert peak < MEMORY_BUDGET


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_valid_samples_are_read(kind) -> None:
    name, data = SAMPLES[kind]
    reader = READERS[_FORMAT_OF.get(kind, kind)]
    out = list(reader(name, io.BytesIO(data), ReadOptions()))
    assert any(isinstance(r, RawArticle) for r in out), out


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_random_bytes_never_raise(kind) -> None:
    @FUZZ
    @given(st.binary(max_size=4096))
    @example(b"[" * 100_000)
    @example(b'{"id": "n", "text": "x", "n": ' + b"9" * 6_000 + b"}\n")
    @example(b"<p>w</p>" * 60_000)
    def run(data: bytes) -> None:
        _check(kind, data)

    run()


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_mutated_files_never_raise(kind) -> None:
    @FUZZ
    @given(st.data())
    def run(data) -> None:
        _check(kind, data.draw(mutations(SAMPLES[kind][1])))

    run()
