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


# --------------------------------------------------------------------------- item 2: bounded HTML


def _huge_list_page(items: int) -> bytes:
    rows = "".join(f"<li><span>row {i % 97}</span></li>" for i in range(items))
    return f"<html><head><title>Ledger</title></head><body><ul>{rows}</ul></body></html>".encode()


def test_html_with_too_many_elements_is_skipped_before_parsing(monkeypatch) -> None:
    import trafilatura

    def no_parse(*args, **kwargs):
        raise AssertionError("the parser must not run on an over-budget page")

    monkeypatch.setattr(trafilatura, "bare_extraction", no_parse)
    out = list(read_bytes(_huge_list_page(40_000), "ledger.html"))
    assert len(out) == 1 and isinstance(out[0], Skipped)
    assert out[0].source == "ledger.html" and "elements" in out[0].reason


def _warc_response(uri: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2026-03-02T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:" + f"{abs(hash(uri)):032x}"[:32] + ">\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def test_warc_of_huge_pages_skips_each_page_by_name(monkeypatch) -> None:
    import gzip

    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: 1 / 0)
    page = b"<html><body>" + b"<div>q</div>" * 60_000 + b"</body></html>"
    records = b"".join(
        gzip.compress(_warc_response(f"https://example.org/p{i}", page)) for i in range(3)
    )
    out = list(read_bytes(records, "crawl.warc.gz"))
    skipped = [r for r in out if isinstance(r, Skipped)]
    assert [s.source for s in skipped[:3]] == [
        f"crawl.warc.gz#https://example.org/p{i}" for i in range(3)
    ]
    assert all("elements" in s.reason for s in skipped[:3])


def test_html_extraction_stops_at_its_time_budget(monkeypatch) -> None:
    import time

    import trafilatura

    from consilience import read

    def slow(*args, **kwargs):
        time.sleep(3)
        return None

    monkeypatch.setattr(trafilatura, "bare_extraction", slow)
    monkeypatch.setattr(read, "HTML_TIME_BUDGET", 0.2, raising=False)
    page = b"<html><body><p>The bridge at Corrin Ford was closed for repairs.</p></body></html>"
    out = list(read_bytes(page, "bridge.html"))
    assert len(out) == 1 and isinstance(out[0], Skipped)
    assert "longer than 0.2 s" in out[0].reason


def test_feed_body_with_too_many_elements_keeps_its_words(monkeypatch) -> None:
    import lxml.html

    from consilience.read import html_to_text

    def no_parse(*args, **kwargs):
        raise AssertionError("lxml must not parse an over-budget fragment")

    monkeypatch.setattr(lxml.html, "fragment_fromstring", no_parse)
    body = "<p>Grain prices rose.</p>" + "<b>x</b>" * 60_000
    text = html_to_text(body)
    assert text.startswith("Grain prices rose.") and "<" not in text


# --------------------------------------------------------------------------- item 3: stray bytes


@pytest.mark.parametrize(
    ("utf8_part", "stray", "expected_stray"),
    [
        ("Señora Núñez opened the bakery in Göttingen.", b"\xe8", "è"),
        ("The résumé listed three posts in Kraków.", b"\x93quoted\x94", "\u201cquoted\u201d"),
        ("Ångström units, façade, déjà vu and crème.", b"\xb0C", "°C"),
    ],
)
def test_one_stray_byte_keeps_the_utf8_file_utf8(utf8_part, stray, expected_stray, caplog) -> None:
    data = b"Market report\n\n" + utf8_part.encode("utf-8") + b" Then " + stray + b" at noon.\n"
    with caplog.at_level("WARNING"):
        out = list(read_bytes(data, "market.txt"))
    assert len(out) == 1 and isinstance(out[0], RawArticle)
    assert utf8_part in out[0].text
    assert f"Then {expected_stray} at noon." in out[0].text
    notes = [r.getMessage() for r in caplog.records if "market.txt" in r.getMessage()]
    assert len(notes) == 1 and "not valid UTF-8" in notes[0] and "\n" not in notes[0]


def test_stray_byte_in_utf8_html_page() -> None:
    body = "<p>Le café de la Gare à Sète a rouvert après les travaux de l'été dernier.</p>" * 3
    data = (
        b"<html><head><title>Sete</title></head><body><article>"
        + body.encode("utf-8")
        + b"<p>Prix: 5 \x80 le menu du jour, servi en terrasse tous les midis.</p>"
        + b"</article></body></html>"
    )
    out = list(read_bytes(data, "sete.html"))
    assert isinstance(out[0], RawArticle)
    assert "café de la Gare à Sète" in out[0].text and "5 € le menu" in out[0].text


def test_a_whole_cp1252_file_is_still_cp1252() -> None:
    data = "Réunion à Orléans: le maire a parlé.\n".encode("cp1252") * 3
    out = list(read_bytes(data, "orleans.txt"))
    assert isinstance(out[0], RawArticle) and "Réunion à Orléans" in out[0].text


# --------------------------------------------------------------------------- items 4, 5: walks


def _story(path, town: str) -> None:
    path.write_text(
        f"Library opens in {town}\n\nThe new library in {town} opened its doors on Saturday, "
        f"the council said, with four thousand books on its shelves.",
        encoding="utf-8",
    )


def _looped_tree(root):
    (root / "north" / "deep").mkdir(parents=True)
    _story(root / "north" / "one.txt", "Arden")
    _story(root / "north" / "deep" / "two.txt", "Brisk")
    _story(root / "three.md", "Cowl")
    (root / "north" / "up").symlink_to("..")
    (root / "north" / "deep" / "top").symlink_to("../..")
    return root


_RUN = """
import sys
from consilience.read import iter_raw
for r in iter_raw(sys.argv[1:]):
    print(type(r).__name__, r.source)
"""


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("**", ["one.txt", "three.md", "two.txt"]),
        ("**/*.txt", ["one.txt", "two.txt"]),
        # north/up leads back to the top, so three.md is under north/** too
        ("*/**", ["one.txt", "three.md", "two.txt"]),
        ("north/**/*.txt", ["one.txt", "two.txt"]),
        # north/deep/top is a folder (the top again): it is read whole, each file once
        ("north/deep/*", ["one.txt", "three.md", "two.txt"]),
    ],
)
def test_globs_over_symlink_loops_end_and_read_each_file_once(tmp_path, pattern, expected) -> None:
    import os
    import subprocess
    import sys

    root = _looped_tree(tmp_path / "desk")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(root / pattern)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert all(line.startswith("RawArticle ") for line in lines)
    assert sorted(os.path.basename(line.split(" ", 1)[1]) for line in lines) == expected


def test_folder_walk_over_symlink_loops_is_lazy_and_ends(tmp_path) -> None:
    from consilience.read import iter_raw

    root = _looped_tree(tmp_path / "desk")
    first = next(iter_raw([str(root)]))
    assert isinstance(first, RawArticle)
    sources = [r.source for r in iter_raw([str(root)])]
    assert len(sources) == 3 and len(set(sources)) == 3


def test_unlistable_subfolder_is_named_with_its_reason(tmp_path, monkeypatch) -> None:
    import errno
    import os

    from consilience.read import iter_raw

    root = tmp_path / "inbox"
    (root / "locked").mkdir(parents=True)
    (root / "open").mkdir()
    _story(root / "open" / "kept.txt", "Dunmore")
    _story(root / "locked" / "hidden-from-us.txt", "Elstow")
    real_scandir = os.scandir
    locked = str(root / "locked")

    def scandir(path="."):
        if os.fspath(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    for inputs in ([str(root)], [str(root / "**" / "*.txt")]):
        out = list(iter_raw(inputs))
        skips = [r for r in out if isinstance(r, Skipped)]
        assert [(s.source, s.reason) for s in skips] == [
            (locked, "cannot list the folder (Permission denied)")
        ]
        assert [r.source for r in out if isinstance(r, RawArticle)] == [
            str(root / "open" / "kept.txt")
        ]


def test_time_budget_is_not_swallowed_by_a_library_handler(monkeypatch) -> None:
    import time

    import trafilatura

    from consilience import read

    def stubborn(*args, **kwargs):
        for _ in range(30):  # a library that catches Exception and carries on
            try:
                time.sleep(0.1)
            except Exception:
                continue
        return None

    monkeypatch.setattr(trafilatura, "bare_extraction", stubborn)
    monkeypatch.setattr(read, "HTML_TIME_BUDGET", 0.3)
    page = b"<html><body><p>Snow closed the pass above Veltra on Sunday night.</p></body></html>"
    out = list(read_bytes(page, "pass.html"))
    assert isinstance(out[0], Skipped) and "longer than 0.3 s" in out[0].reason
