"""Issue 17: the cost of hostile inputs that used to take minutes and gigabytes.

Run:  PYTHONPATH=src python bench/reliability_bench.py

Builds each input in memory (nothing is downloaded), reads it with ``read_bytes`` and prints
the wall time, the process's peak resident memory so far and what the reader said.
"""

from __future__ import annotations

import gzip
import json
import resource
import time

from consilience.model import RawArticle
from consilience.read import read_bytes


def _warc_record(i: int, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://site.example/{i}\r\n"
        f"WARC-Date: 2026-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{i:08d}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def cases() -> list[tuple[str, bytes, str]]:
    """(label, content, file name) of each hostile input."""
    flood = b"<html><body>" + b"<p>w</p>" * 2_400_000 + b"</body></html>"  # 19 MB
    good = json.dumps({"id": "ok", "text": "A calm line about a harbour."}).encode()
    jsonl = good + b"\n" + b"[" * 100_000 + b"\n" + b'{"n": ' + b"9" * 5000 + b"}\n" + good
    return [
        ("19 MB page of <p>w</p>", flood, "flood.html"),
        (
            "10 such pages in a .warc.gz",
            b"".join(_warc_record(i, flood) for i in range(10)),
            "c.warc.gz",
        ),
        ("JSONL: nested brackets and a 5,000-digit number", jsonl, "bad.jsonl"),
    ]


def main() -> None:
    for label, data, name in cases():
        start = time.perf_counter()
        out = list(read_bytes(data, name))
        took = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        arts = sum(isinstance(r, RawArticle) for r in out)
        print(
            f"{label}: {len(data):,} bytes in, {took:.2f} s, peak RSS {peak:.0f} MB, "
            f"{arts} articles, {len(out) - arts} skips"
        )
        for r in out[:3]:
            if not isinstance(r, RawArticle):
                print(f"    {r}")


if __name__ == "__main__":
    main()
