"""Web archives as crawlers write them (issue #12, item 19): ARC files, saved ``resource``
records, and an archive that ends a few bytes short of a record whose page is whole."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from consilience.model import RawArticle, Skipped
from consilience.read import iter_raw, sniff

PARA = (
    "The ferry company cancelled every crossing to Orran Island on Friday after a crane "
    "toppled onto the loading ramp, the harbour master said. "
)
PAGE = (
    "<html><head><title>Crane topples onto Orran ferry ramp</title></head><body><article>"
    f"<p>{PARA * 2}</p><p>{PARA}</p></article></body></html>"
).encode()


def _read(path: Path) -> list[RawArticle | Skipped]:
    return list(iter_raw([str(path)]))


def _arc(url: str, body: bytes, *, cut: int = 0, gz: bool = False, over: int = 0) -> bytes:
    """An ARC v1 file (the Internet Archive's format before WARC): a version block, then
    one HTTP 200 response record for ``url``; ``cut`` bytes dropped from its end; ``gz``:
    each record its own gzip member, as crawlers write ``.arc.gz``; ``over``: bytes the
    record's length line declares beyond what it holds."""
    version = b"1 0 Test Crawl\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://crawl.arc 127.0.0.1 20240308101500 text/plain %d\n" % len(version)
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    ) + body
    record = b"%s 10.0.0.1 20240308101500 text/html %d\n" % (url.encode(), len(http) + over) + http
    if gz:
        return gzip.compress(head + version + b"\n") + gzip.compress(record + b"\n")
    data = head + version + b"\n" + record + b"\n"
    return data[: len(data) - cut] if cut else data


def test_arc_file_is_read_as_an_archive_not_as_text(tmp_path):
    f = tmp_path / "crawl.arc"
    f.write_bytes(_arc("http://orran-gazette.example/ferry", PAGE))
    (art,) = _read(f)
    assert isinstance(art, RawArticle), art
    assert art.fmt == "warc" and art.title == "Crane topples onto Orran ferry ramp"
    assert "filedesc://" not in art.text and "HTTP/1.1" not in art.text
    assert art.text.startswith("The ferry company cancelled")
    assert art.captured == "2024-03-08T10:15:00Z" and art.published is None


def test_gzipped_arc_and_sniffed_arc(tmp_path):
    gz = tmp_path / "crawl.arc.gz"
    gz.write_bytes(_arc("http://orran-gazette.example/ferry", PAGE, gz=True))
    assert [type(r) for r in _read(gz)] == [RawArticle]
    nameless = tmp_path / "crawl-0001"
    nameless.write_bytes(_arc("http://orran-gazette.example/ferry", PAGE))
    assert sniff(str(nameless), nameless.read_bytes()[:4096]) == "warc"


def test_archive_ending_short_of_a_whole_page_keeps_the_page(tmp_path):
    # the record declares more bytes than the file holds, all after the whole page
    f = tmp_path / "short.arc"
    f.write_bytes(_arc("http://orran-gazette.example/ferry", PAGE, over=12))
    res = _read(f)
    assert [type(r) for r in res] == [RawArticle], res


def test_archive_cut_inside_the_page_is_damage(tmp_path):
    f = tmp_path / "cut.arc"
    f.write_bytes(_arc("http://orran-gazette.example/ferry", PAGE, cut=60))
    (skip,) = _read(f)
    assert isinstance(skip, Skipped) and skip.reason.startswith("truncated or corrupt WARC")


def test_saved_resource_record_is_a_page(tmp_path):
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    w.write_record(
        w.create_warc_record(
            "http://orran-gazette.example/ferry",
            "resource",
            payload=io.BytesIO(PAGE),
            warc_content_type="text/html; charset=utf-8",
            warc_headers_dict={"WARC-Date": "2024-03-08T11:00:00Z"},
        )
    )
    w.write_record(
        w.create_warc_record(
            "http://orran-gazette.example/logo.png",
            "resource",
            payload=io.BytesIO(b"\x89PNG...."),
            warc_content_type="image/png",
        )
    )
    f = tmp_path / "saved.warc.gz"
    f.write_bytes(buf.getvalue())
    (art,) = _read(f)
    assert isinstance(art, RawArticle), art
    assert art.source.endswith("#http://orran-gazette.example/ferry")
    assert art.captured == "2024-03-08T11:00:00Z" and art.published is None


def _warc(uri: str, gz: bool, pages: int = 1) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    for n in range(pages):
        w.write_record(
            w.create_warc_record(
                f"{uri}/{n}" if n else uri, "response", payload=io.BytesIO(PAGE), http_headers=http
            )
        )
    return buf.getvalue()


def test_warc_gzipped_as_one_stream_is_read(tmp_path):
    # `gzip crawl.warc`: one gzip member for the whole archive, which warcio refuses
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(gzip.compress(_warc("http://orran-gazette.example/ferry", False, pages=2)))
    res = _read(f)
    assert [type(r) for r in res] == [RawArticle, RawArticle], res
    assert res[0].text.startswith("The ferry company cancelled")


def test_site_name_made_from_an_address_is_no_outlet(tmp_path):
    f = tmp_path / "q.warc"
    f.write_bytes(_warc("http://orran-gazette.example?page=2", gz=False))
    (art,) = _read(f)
    assert art.outlet == "orran-gazette.example"
