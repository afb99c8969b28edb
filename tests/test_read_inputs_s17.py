"""Session 17: inputs a new user gives that are not what they seem are named, never guessed.

A file whose suffix no reader knows ("minutes.odx") is not read as text; a binary document
says what it is; a web address typed without its scheme gets the URL to give. Each reason
is one line naming the input."""

from __future__ import annotations

import gzip

from consilience.model import RawArticle, Skipped
from consilience.read import iter_raw, read_bytes, sniff

BODY = (
    "Harbour lights fail in Pellow\n\n"
    "The harbour lights at Pellow went dark on Friday evening after a cable fault, and the "
    "harbour master closed the port to ships until Saturday morning. Two trawlers waited "
    "offshore overnight, the port authority said.\n"
)


def _results(*inputs):
    return list(iter_raw([str(i) for i in inputs]))


def test_unknown_suffix_is_skipped_with_its_type_named(tmp_path):
    f = tmp_path / "minutes.odx"
    f.write_text(BODY)
    [r] = _results(f)
    assert isinstance(r, Skipped) and r.source == str(f)
    assert r.reason.startswith("unknown file type '.odx'")
    assert ".txt" in r.reason and ".html" in r.reason and "\n" not in r.reason


def test_unknown_suffix_over_markup_is_read_as_the_markup(tmp_path):
    f = tmp_path / "saved.page"
    f.write_text(
        "<!doctype html><html><head><title>Harbour lights fail</title></head><body>"
        "<article><p>" + BODY.split("\n\n")[1] + "</p></article></body></html>"
    )
    [r] = _results(f)
    assert isinstance(r, RawArticle)


def test_name_without_type_suffix_is_read_as_text(tmp_path):
    for name in ("PELLOW-WIRE", "report.2031"):
        f = tmp_path / name
        f.write_text(BODY)
        [r] = _results(f)
        assert isinstance(r, RawArticle), name
    assert sniff("PELLOW-WIRE", b"Plain words") == "txt"
    assert sniff("minutes.odx", b"Plain words") is None


def test_gzipped_unknown_suffix_is_skipped(tmp_path):
    f = tmp_path / "minutes.odx.gz"
    f.write_bytes(gzip.compress(BODY.encode()))
    [r] = _results(f)
    assert isinstance(r, Skipped) and "unknown file type '.odx'" in r.reason


def test_upload_with_unknown_suffix_is_skipped():
    [r] = list(read_bytes(BODY.encode(), "minutes.odx"))
    assert isinstance(r, Skipped) and r.reason.startswith("unknown file type '.odx'")


def test_binary_document_says_what_it_is(tmp_path):
    pdf = tmp_path / "lights.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x00\x00")
    named = tmp_path / "lights.txt"
    named.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))
    [a] = _results(pdf)
    [b] = _results(named)
    assert a.reason.startswith("binary file (a PDF document), not text")
    assert b.reason.startswith("binary file (a ZIP archive or an office document), not text")


def test_web_address_without_scheme_gets_the_url_to_give():
    [r] = _results("news.pellow-post.example/lights-out.html")
    assert isinstance(r, Skipped)
    assert r.reason == (
        "no such file or directory; to fetch it from the web give "
        "https://news.pellow-post.example/lights-out.html"
    )
    [w] = _results("www.pellowpost.example")
    assert "give https://www.pellowpost.example" in w.reason


def test_missing_file_names_no_web_address(tmp_path):
    for missing in (tmp_path / "lights.html", "lights-out.txt", "www.notes.md"):
        [r] = _results(missing)
        assert r.reason == "no such file or directory", missing
