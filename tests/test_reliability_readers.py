"""Issue 17, readers: every record on its own, every cost bounded, charsets kept."""

from __future__ import annotations

import json

import pytest

from consilience.model import RawArticle, Skipped
from consilience.read import read_bytes


def _record(key: str, text: str) -> bytes:
    return json.dumps({"id": key, "title": key, "text": text}).encode("utf-8")


GOOD_A = _record(
    "harbour-1", "The harbour authority in Velmont reopened the north quay on Tuesday."
)
GOOD_B = _record("harbour-2", "Dock workers in Velmont said the repairs took eleven weeks.")


@pytest.mark.parametrize(
    "bad",
    [
        b"[" * 60_000 + b"]" * 60_000,
        b'{"id": "x", "text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        b'{"id": "n", "text": "a", "count": ' + b"7" * 6_000 + b"}",
        b'{"id": "m", "text": "b", "views": -' + b"31" * 2_600 + b"}",
    ],
    ids=["deep-array", "deep-field", "long-int", "long-negative-int"],
)
def test_jsonl_bad_record_is_skipped_and_reading_goes_on(bad: bytes) -> None:
    data = GOOD_A + b"\n" + bad + b"\n" + GOOD_B + b"\n"
    out = list(read_bytes(data, "feed-dump.jsonl"))
    arts = [r for r in out if isinstance(r, RawArticle)]
    skips = [r for r in out if isinstance(r, Skipped)]
    assert [a.source for a in arts] == ["feed-dump.jsonl#harbour-1", "feed-dump.jsonl#harbour-2"]
    assert [s.source for s in skips] == ["feed-dump.jsonl:2"]
    assert "\n" not in skips[0].reason


def test_json_array_with_one_unreadable_record_keeps_the_others() -> None:
    recs = [
        {"id": "p1", "text": "The mill at Drenby closed after ninety years."},
        {"id": "p2", "text": "A fire crew of six attended.", "when": {"a": 1}},
        {"id": "p3", "text": "Residents gathered at the square on Friday."},
    ]
    data = json.dumps(recs).encode()
    # A whole-file failure (deep nesting) is one named skip, never a traceback
    deep = b'[{"id": "q", "text": ' + b"[" * 80_000 + b"]" * 80_000 + b"}]"
    out = list(read_bytes(deep, "deep.json"))
    assert len(out) == 1 and isinstance(out[0], Skipped)
    assert out[0].source == "deep.json" and "nested" in out[0].reason
    assert sum(isinstance(r, RawArticle) for r in read_bytes(data, "mill.json")) == 3
