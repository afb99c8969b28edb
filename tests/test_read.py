"""READ stage: every format, every bad input, sources, ordering, URLs."""

from __future__ import annotations

import gzip
import io
import random
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from consilience.model import RawArticle, Skipped
from consilience.read import (
    EXTENSIONS,
    READERS,
    decode_bytes,
    html_to_text,
    iter_raw,
    outlet_from_url,
    read_bytes,
    read_url,
    register,
    sniff,
)

FIX = Path(__file__).parent / "fixtures" / "read"


def read(*paths: str | Path, **kw) -> list[RawArticle | Skipped]:
    return list(iter_raw([str(p) for p in paths], **kw))


def articles(results) -> list[RawArticle]:
    return [r for r in results if isinstance(r, RawArticle)]


def skipped(results) -> list[Skipped]:
    return [r for r in results if isinstance(r, Skipped)]


def one(results) -> RawArticle | Skipped:
    assert len(results) == 1, results
    return results[0]


# --------------------------------------------------------------------------- txt / md


def test_txt_with_headline_title_is_not_in_body():
    art = one(read(FIX / "plain.txt"))
    assert isinstance(art, RawArticle)
    assert art.title == "Harbour bridge reopens after storm repairs"
    assert art.text.startswith("The harbour bridge in Port Halden reopened")
    assert "Harbour bridge reopens" not in art.text
    assert art.fmt == "txt"
    assert art.source == str(FIX / "plain.txt")
    assert art.outlet is None and art.url is None


def test_txt_starting_with_dateline_has_no_title():
    art = one(read(FIX / "dateline.txt"))
    assert isinstance(art, RawArticle)
    assert art.title is None
    assert art.text.startswith("(Port Halden) – The harbour bridge reopened")


@pytest.mark.parametrize(
    "line, is_title",
    [
        ("Harbour bridge reopens after storm repairs", True),
        ("Will the bridge open on time?", True),
        ("The bridge reopened on Tuesday, officials said.", False),  # final period
        ("(Kyiv) – Officials said the bridge would reopen", False),  # dateline
        ("PORT HALDEN, Norway (AP) — The bridge reopened", False),  # wire dateline
        ("The minister said:", False),  # ends with a colon
        ("November 17, 2024", False),  # a date line
        (" ".join(["word"] * 21), False),  # too long
    ],
)
def test_headline_heuristic(tmp_path, line, is_title):
    f = tmp_path / "a.txt"
    f.write_text(f"{line}\n\nThe body of the story follows here in a second paragraph.\n")
    art = one(read(f))
    assert (art.title == line) is is_title
    assert art.text.startswith(
        "The body" if is_title else line
    )  # the title line leaves the body only when it is the title


def test_single_line_txt_is_body_not_title(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Just one short line\n")
    art = one(read(f))
    assert art.title is None and art.text == "Just one short line"


def test_txt_byline_becomes_author(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Bridge reopens\n\nThe bridge reopened on Tuesday.\n\nBy Mira Okafor\n")
    art = one(read(f))
    assert art.author == "Mira Okafor"
    assert "Okafor" not in art.text


def test_markdown_title_stripped_body_kept():
    art = one(read(FIX / "story.md"))
    assert art.title == "Ferry operators brace for quieter crossings"
    assert art.fmt == "md"
    # emphasis marks are markup, not words: stored text holds what a reader sees
    assert "to fall back to normal within" in art.text and "*" not in art.text
    assert "- Extra sailings end on Friday." in art.text
    assert not art.text.startswith("#")


def test_markdown_front_matter(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(
        "---\ntitle: Front matter title\ndate: 2024-03-09\nurl: https://www.example.org/x\n"
        "author: Ana Ruiz\n---\n\nBody text of the note goes here.\n"
    )
    art = one(read(f))
    assert art.title == "Front matter title"
    assert art.published == "2024-03-09"
    assert art.url == "https://www.example.org/x"
    assert art.outlet == "example.org"
    assert art.author == "Ana Ruiz"
    assert art.text == "Body text of the note goes here."


def test_front_matter_quotes_are_removed_only_when_they_enclose_the_value(tmp_path):
    for raw, title in [
        ('"Tide gates shut early"', "Tide gates shut early"),
        ("'Quay's last ferry leaves'", "Quay's last ferry leaves"),
        ('"We lost the lot": growers count the cost', '"We lost the lot": growers count the cost'),
        ('Mayor calls flood "worst in memory"', 'Mayor calls flood "worst in memory"'),
    ]:
        f = tmp_path / "q.md"
        f.write_text(f"---\ntitle: {raw}\n---\n\nThe river rose overnight.\n")
        assert one(read(f)).title == title, raw


# --------------------------------------------------------------------------- HTML


def test_html_page_main_text_and_metadata_without_boilerplate():
    art = one(read(FIX / "page.html"))
    assert isinstance(art, RawArticle)
    assert art.fmt == "html"
    assert art.title == "Harbour bridge reopens after storm repairs"
    assert art.author == "Mira Okafor"
    assert art.published == "2024-03-05T09:30:00Z"  # the labelled time is kept (session 7)
    assert art.outlet == "The Coastal Ledger"
    assert art.url == "https://www.coastal-ledger.example/news/harbour-bridge-reopens"
    assert art.text.startswith("The harbour bridge reopened to traffic on Tuesday")
    # paragraphs kept apart, curly quotes kept
    assert "\n\nCity engineers said" in art.text
    assert "“We would rather open late than open unsafe,”" in art.text
    # navigation, sidebar, footer and the title gone
    for junk in ("Subscribe", "Most read", "bakery", "Privacy", "All rights reserved", "By Mira"):
        assert junk not in art.text
    assert "Harbour bridge reopens" not in art.text


def test_html_without_main_text_is_skipped():
    s = one(read(FIX / "nomain.html"))
    assert isinstance(s, Skipped)
    assert s.reason == "no main text found in the HTML"


def test_html_meta_charset_is_honoured(tmp_path):
    # 0xA4 is "€" in ISO-8859-15 but "¤" in cp1252: only the declaration tells them apart
    body = "The price of a ferry ticket rose to 4 \xa4 on Monday, the operator said. " * 4
    html = (
        '<html><head><meta charset="iso-8859-15"><title>Fares</title></head><body><article>'
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    )
    f = tmp_path / "fares.html"
    f.write_bytes(html.encode("latin-1"))
    art = one(read(f))
    assert isinstance(art, RawArticle)
    assert "4 € on Monday" in art.text


# --------------------------------------------------------------------------- JSON / JSONL


def test_json_array_keys_and_sources():
    res = read(FIX / "articles.json")
    assert [type(r) for r in res] == [RawArticle] * 3
    a, b, c = res
    base = str(FIX / "articles.json")
    # FILE#KEY: own id, else URL, else 1-based position
    assert a.source == f"{base}#ledger-204"
    assert b.source == f"{base}#https://halden-herald.example/commuters-return"
    assert c.source == f"{base}#3"
    assert a.title == "Council approves new inspection schedule for the harbour bridge"
    assert a.outlet == "The Coastal Ledger"  # {"name": ...} source dict
    assert a.author == "Mira Okafor"
    assert a.published == "2024-03-07T18:45:00+01:00"
    assert a.url == "https://www.coastal-ledger.example/news/inspections"
    assert a.fmt == "json"
    # HTML in the text field becomes text with paragraph breaks
    assert b.text.startswith("Morning traffic on the harbour bridge")
    assert "\n\nQueues at the ferry terminal" in b.text and "<p>" not in b.text
    assert b.outlet == "halden-herald.example"  # no outlet field: the URL's domain
    assert b.author == "Jonas Vik" and b.published == "Thu, 07 Mar 2024 07:10:00 GMT"
    assert c.outlet is None and c.url is None and c.published == "March 8, 2024"


def test_json_single_object():
    art = one(read(FIX / "single.json"))
    assert isinstance(art, RawArticle)
    assert art.source == str(FIX / "single.json")
    assert art.title == "Bridge tolls will not rise, mayor says"
    assert art.outlet == "Halden Herald"
    assert art.published == "2024-03-08"
    assert art.url == "https://www.halden-herald.example/tolls"


def test_json_container_object_and_duplicate_keys(tmp_path):
    f = tmp_path / "wrapped.json"
    f.write_text(
        '{"articles": [{"id": 7, "text": "First text."}, {"id": 7, "text": "Second text."},'
        ' 5, {"title": "no text"}]}'
    )
    res = read(f)
    assert [r.source for r in res] == [
        f"{f}#7",
        f"{f}#7@2",  # a repeated key is made unique with its position
        f"{f}#3",
        f"{f}#4",
    ]
    assert isinstance(res[2], Skipped) and res[2].reason == "not a JSON object"
    assert isinstance(res[3], Skipped) and res[3].reason.startswith("no text field")


def test_jsonl_malformed_line_is_one_skip_and_the_rest_goes_on():
    res = read(FIX / "articles.jsonl")
    base = str(FIX / "articles.jsonl")
    assert [r.source for r in res] == [
        f"{base}#wire-1",
        f"{base}#https://www.northern-wire.example/ferries",
        f"{base}:3",
        f"{base}#5",  # position = line number (line 4 is blank)
        f"{base}#6",
    ]
    assert [type(r) for r in res] == [RawArticle, RawArticle, Skipped, RawArticle, Skipped]
    assert res[2].reason.startswith("malformed JSON line")
    assert res[4].reason == "no text field (expected one of: text, body, content)"
    assert res[0].outlet == "Northern Wire" and res[0].fmt == "jsonl"
    assert res[1].outlet == "northern-wire.example"


def test_malformed_json_file_is_one_skip():
    s = one(read(FIX / "broken.json"))
    assert isinstance(s, Skipped)
    assert s.reason.startswith("malformed JSON (line 1")


# --------------------------------------------------------------------------- feeds


def test_rss_content_encoded_preferred_and_entry_keys():
    res = read(FIX / "feed.rss")
    base = str(FIX / "feed.rss")
    assert [r.source for r in res] == [
        f"{base}#vg-1001",  # guid
        f"{base}#https://www.valleygazette.example/reservoir-level",  # no guid: link
        f"{base}#https://www.valleygazette.example/gallery",
    ]
    a, b, c = res
    assert isinstance(a, RawArticle) and isinstance(b, RawArticle)
    assert a.text.startswith("Inspectors found hairline cracks in the spillway")
    assert "\n\nThe authority said the cracks posed no immediate danger" in a.text
    assert "Inspectors found cracks in the upper dam." not in a.text  # not the teaser
    assert a.title == "Dam inspection finds hairline cracks"
    assert a.outlet == "Valley Gazette" and a.author == "Ana Ruiz"
    assert a.url == "https://www.valleygazette.example/dam-cracks"
    # the local date as written, not feedparser's UTC conversion (which says Nov 18)
    assert a.published.startswith("2024-11-17T23:30:00")
    assert a.fmt == "feed"
    assert b.text.startswith("The water authority will release water")  # from <description>
    assert "<p>" not in b.text
    assert isinstance(c, Skipped) and c.reason == "the feed entry has no text"


def test_atom_feed():
    a, b = read(FIX / "feed.atom")
    base = str(FIX / "feed.atom")
    assert a.source == f"{base}#tag:upland-courier.example,2024:spillway"
    assert a.title == "Villagers told to keep away from the spillway"
    assert a.outlet == "Upland Courier" and a.author == "Piet Claes"
    assert a.published == "2024-11-18T01:15:00+02:00"  # published preferred to updated
    assert "\n\nThe water authority said the request was a precaution" in a.text
    assert a.url == "https://upland-courier.example/spillway"
    assert b.url is None  # feedparser's tag: pseudo-link is not a URL
    assert b.text.startswith("The water authority published a timetable")


def test_feed_sniffed_without_extension():
    head = (FIX / "latest-feed").read_bytes()[:4096]
    assert sniff(str(FIX / "latest-feed"), head) == "feed"
    res = read(FIX / "latest-feed")
    assert len(articles(res)) == 2
    assert articles(res)[0].outlet == "Valley Gazette Latest"


def test_malformed_xml_is_one_skip():
    s = one(read(FIX / "broken.xml"))
    assert isinstance(s, Skipped)
    assert s.reason.startswith("malformed XML")


def test_xml_that_is_not_a_feed(tmp_path):
    f = tmp_path / "catalog.xml"
    f.write_text('<?xml version="1.0"?><catalog><book><title>A</title></book></catalog>')
    s = one(read(f))
    assert isinstance(s, Skipped) and s.reason == "not an RSS or Atom feed"
    # a sitemap is named as what it is
    f = tmp_path / "sitemap.xml"
    f.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    s = one(read(f))
    assert isinstance(s, Skipped) and s.reason.startswith("a sitemap (a list of page addresses)")


# --------------------------------------------------------------------------- WARC


def _warc_bytes(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)

    def response(uri, status, ctype, body, date=None):
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = w.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date} if date else None,
        )
        w.write_record(rec)

    page = (FIX / "page.html").read_bytes()
    uri = "https://www.coastal-ledger.example/news/harbour-bridge-reopens"
    response(uri, "200 OK", "text/html; charset=utf-8", page)
    req = w.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
    w.write_record(req)
    response("https://www.coastal-ledger.example/gone", "404 Not Found", "text/html", b"<p>x</p>")
    response("https://www.coastal-ledger.example/logo.png", "200 OK", "image/png", b"\x89PNG..")
    para = (
        "The ferry café at the harbour raised the price of a coffee to 3 € on Wednesday, "
        "blaming the long closure of the bridge for a slow winter. "
    )
    nodate = (
        "<html><head><title>Café raises prices</title></head><body><article>"
        f"<p>{para * 2}</p><p>{para}</p></article></body></html>"
    ).encode("cp1252")
    response(
        "http://halden-herald.example/cafe",
        "200 OK",
        "text/html; charset=windows-1252",
        nodate,
        date="2024-03-06T12:00:00Z",
    )
    return buf.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses(tmp_path, gz):
    f = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    f.write_bytes(_warc_bytes(gz))
    res = read(f)
    assert [type(r) for r in res] == [RawArticle, RawArticle], res  # request/404/png ignored
    a, b = res
    assert a.source == f"{f}#https://www.coastal-ledger.example/news/harbour-bridge-reopens"
    assert a.fmt == "warc"
    assert a.title == "Harbour bridge reopens after storm repairs"
    assert a.published == "2024-03-05T09:30:00Z"  # the page's own date and time
    assert a.url == "https://www.coastal-ledger.example/news/harbour-bridge-reopens"
    assert "Subscribe" not in a.text
    assert b.source == f"{f}#http://halden-herald.example/cafe"
    assert b.published is None  # no date in the page: the capture date is not a publication date
    assert b.captured == "2024-03-06T12:00:00Z"
    assert "3 € on Wednesday" in b.text  # charset from the HTTP header
    assert b.outlet == "halden-herald.example"


def test_warc_sniffed_from_content(tmp_path):
    f = tmp_path / "crawl-archive"
    f.write_bytes(_warc_bytes(True))
    assert sniff(str(f), f.read_bytes()[:4096]) == "warc"
    assert len(articles(read(f))) == 2


@pytest.mark.parametrize("cut", ["half", "trailer"])
def test_truncated_warc_gz(tmp_path, cut):
    data = _warc_bytes(True)
    data = data[: len(data) // 2] if cut == "half" else data[:-5]
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(data)
    res = read(f)
    skips = skipped(res)
    assert len(skips) == 1, res
    assert skips[0].source == str(f)
    assert skips[0].reason.startswith("truncated or corrupt WARC")
    assert res[-1] is skips[0]
    if cut == "trailer":  # every record is there, only the gzip end is missing
        assert len(articles(res)) == 2


def test_truncated_plain_warc_drops_the_cut_record(tmp_path):
    data = _warc_bytes(False)
    f = tmp_path / "cut.warc"
    f.write_bytes(data[:-400])  # inside the last (café) record
    res = read(f)
    assert len(articles(res)) == 1
    assert len(skipped(res)) == 1 and "truncated" in skipped(res)[0].reason


def test_file_named_warc_that_is_not_one(tmp_path):
    f = tmp_path / "fake.warc"
    f.write_text("hello, this is not a web archive at all\n" * 3)
    s = one(read(f))
    assert isinstance(s, Skipped) and s.reason.startswith("not a WARC file")


def test_gzip_garbage_named_warc_gz(tmp_path):
    f = tmp_path / "fake.warc.gz"
    f.write_bytes(gzip.compress(b"just some compressed words, no WARC header\n"))
    s = one(read(f))
    assert isinstance(s, Skipped) and s.reason.startswith("not a WARC file")


# --------------------------------------------------------------------------- bad input


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_text("  \n\n\t \n")
    (tmp_path / "blank.jsonl").write_text("\n\n")
    res = read(tmp_path)
    assert [(Path(r.source).name, r.reason) for r in res] == [
        ("blank.html", "empty file"),
        ("blank.jsonl", "empty file"),
        ("empty.txt", "empty file"),
    ]


@pytest.mark.parametrize(
    "name, data, kind",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, " (a PNG image)"),
        ("nul.txt", b"Some text\x00\x00\x00 with NUL bytes in it\x00", ""),
        ("controls.html", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50, ""),
        ("doc.json", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", " (a PDF document)"),
    ],
)
def test_binary_file(tmp_path, name, data, kind):
    f = tmp_path / name
    f.write_bytes(data)
    s = one(read(f))
    assert isinstance(s, Skipped)
    if kind:  # a known document or image says what it is and what to do
        assert s.reason == f"binary file{kind}, not text: save or export the article as text or HTML"
    else:
        assert s.reason == "binary file, not text"


def test_undecodable_bytes(tmp_path):
    data = random.Random(3).randbytes(600).replace(b"\x00", b"\x01")
    f = tmp_path / "noise.txt"
    f.write_bytes(data)
    s = one(read(f))
    assert isinstance(s, Skipped)
    assert s.reason == "could not detect the text encoding"


def test_size_cap_checked_before_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: 1 GB on paper, nothing on disk
        fh.truncate(1 << 30)
    start = time.perf_counter()
    s = one(read(big))
    assert time.perf_counter() - start < 1.0  # not read
    assert isinstance(s, Skipped)
    assert s.reason.startswith("file over the size cap of 20,971,520 bytes")
    f = tmp_path / "small.txt"
    f.write_text("Headline\n\n" + "word " * 100)
    s = one(read(f, max_bytes=100))
    assert s.reason == "file over the size cap of 100 bytes (use --max-bytes)"
    assert isinstance(one(read(f, max_bytes=10_000)), RawArticle)


def test_jsonl_size_cap_is_per_line(tmp_path):
    f = tmp_path / "a.jsonl"
    long = '{"id": "long", "text": "' + "x" * 500 + '"}'
    short = '{"id": "short", "text": "A short record."}'
    f.write_text(f"{short}\n{long}\n{short}\n")
    res = read(f, max_bytes=200)
    assert [r.source.rsplit("/", 1)[-1] for r in res] == [
        "a.jsonl#short",
        "a.jsonl:2",
        "a.jsonl#short@3",
    ]
    assert "size cap" in res[1].reason


# --------------------------------------------------------------------------- encodings


def test_cp1252_file_detected(tmp_path):
    text = (
        "Café prices rise at the harbour\n\n"
        "The café by the harbour bridge now charges 3 € for a coffee, up from 2.50 €. "
        "“It’s the cables,” the owner joked — the crème brûlée costs the same as before.\n"
    )
    f = tmp_path / "cafe.txt"
    f.write_bytes(text.encode("cp1252"))
    art = one(read(f))
    assert isinstance(art, RawArticle)
    assert art.title == "Café prices rise at the harbour"
    assert "3 € for a coffee" in art.text
    assert "“It’s the cables,”" in art.text and "crème brûlée" in art.text


def test_latin1_short_text_not_mistaken_for_cp1250():
    # charset-normalizer alone says cp1250 here and turns "û" into "ű"
    assert decode_bytes("Le café coûte 3 € ce matin.".encode("cp1252")) == (
        "Le café coûte 3 € ce matin."
    )
    assert decode_bytes("Crème brûlée, naïve façade, déjà vu.".encode("latin-1")) == (
        "Crème brûlée, naïve façade, déjà vu."
    )


def test_declared_charset_is_honoured():
    # as in an HTTP Content-Type header (URLs, WARC records): the bytes alone read as cp1252
    data = ("A ferry ticket now costs 4 \xa4, the operator said. " * 4).encode("latin-1")
    assert "4 ¤," in decode_bytes(data)
    assert "4 €," in decode_bytes(data, declared="iso-8859-15")
    assert "4 ¤," in decode_bytes(data, declared="no-such-charset")


def test_bom_is_honoured():
    assert decode_bytes("\ufeffcafé".encode("utf-16-le")) is not None
    assert decode_bytes(b"\xff\xfe" + "café €".encode("utf-16-le")) == "café €"
    assert decode_bytes(b"\xef\xbb\xbfcaf\xc3\xa9") == "café"


def test_utf16_file_with_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Headline here\n\nBody text in UTF-16 with a café.".encode("utf-16"))
    art = one(read(f))
    assert art.title == "Headline here" and "café" in art.text


# --------------------------------------------------------------------------- inputs


def test_folder_recursion_sorted_hidden_skipped():
    tree = FIX / "tree"
    res = read(tree)
    assert [r.source for r in res] == [
        str(tree / "a-first.txt"),
        str(tree / "b-second.md"),
        str(tree / "sub" / "c.txt"),
        str(tree / "sub" / "deeper" / "d.json"),
    ]
    assert all(isinstance(r, RawArticle) for r in res)
    assert not any("Hidden" in (r.title or "") for r in res)


def test_glob_recursive_and_no_match():
    res = read(str(FIX / "tree" / "**" / "*.txt"))
    assert [Path(r.source).name for r in res] == ["a-first.txt", "c.txt"]
    pattern = str(FIX / "tree" / "*.nothing")
    s = one(read(pattern))
    assert isinstance(s, Skipped) and s.source == pattern
    assert s.reason == "no files match this pattern"


def test_missing_path():
    s = one(read(FIX / "does-not-exist.txt"))
    assert isinstance(s, Skipped) and s.reason == "no such file or directory"


def test_inputs_order_kept_and_files_read_once():
    res = read(FIX / "single.json", FIX / "plain.txt", FIX / "single.json", FIX / "tree" / "*.md")
    assert [Path(r.source).name for r in res] == ["single.json", "plain.txt", "b-second.md"]


def test_deterministic_order():
    first = [r.source for r in read(FIX)]
    second = [r.source for r in read(FIX)]
    assert first == second
    files = [s.split("#")[0].split(":")[0] for s in first]
    # folder contents sorted by path, records in file order
    assert files == sorted(files, key=lambda p: Path(p).relative_to(FIX).parts)


def test_pathlib_inputs_accepted():
    assert isinstance(one(list(iter_raw([FIX / "plain.txt"]))), RawArticle)


# --------------------------------------------------------------------------- registry, sniff


def test_registry_has_every_format():
    assert {"txt", "md", "html", "json", "jsonl", "feed", "warc"} <= set(READERS)
    assert EXTENSIONS[".warc.gz"] == "warc" and EXTENSIONS[".htm"] == "html"


@pytest.mark.parametrize(
    "head, fmt",
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"  <rss>", "feed"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"<HTML><head>", "html"),
        (b'{"text": "x"}', "json"),
        (b'[{"text": "x"}]', "json"),
        (b"\xef\xbb\xbf<!doctype html>", "html"),
        (b"Plain words", "txt"),
    ],
)
def test_sniff_content(head, fmt):
    assert sniff("no-extension", head) == fmt


def test_sniff_extension_wins():
    assert sniff("a.warc.gz") == "warc"
    assert sniff("A.HTML") == "html"
    assert sniff("notes.md", b"<html>") == "md"


def test_register_custom_reader(tmp_path):
    def read_shout(path, fh, opts):
        yield RawArticle(source=path, text=fh.read().decode().lower(), fmt="shout")

    try:
        register("shout", ".shout")(read_shout)
        f = tmp_path / "a.shout"
        f.write_text("LOUD NEWS")
        art = one(read(f))
        assert art.text == "loud news" and art.fmt == "shout"
    finally:
        READERS.pop("shout", None)
        EXTENSIONS.pop(".shout", None)


def test_read_bytes_for_uploads():
    data = (FIX / "feed.rss").read_bytes()
    res = list(read_bytes(data, "upload.rss"))
    assert res[0].source == "upload.rss#vg-1001"
    assert isinstance(one(list(read_bytes(b"", "x.txt"))), Skipped)


def test_a_reader_bug_becomes_a_skip(tmp_path):
    def broken(path, fh, opts):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    try:
        register("broken", ".broken")(broken)
        f = tmp_path / "a.broken"
        f.write_text("x")
        s = one(read(f))
        assert isinstance(s, Skipped) and "boom" in s.reason
    finally:
        READERS.pop("broken", None)
        EXTENSIONS.pop(".broken", None)


# --------------------------------------------------------------------------- helpers


def test_outlet_from_url():
    assert outlet_from_url("https://www.reuters.com/world/x") == "reuters.com"
    assert outlet_from_url("http://news.bbc.co.uk/") == "news.bbc.co.uk"
    assert outlet_from_url("not a url") is None
    assert outlet_from_url(None) is None


def test_html_to_text_keeps_paragraphs():
    assert html_to_text("<p>One\n two</p><p>Three<br>four</p><script>x()</script>") == (
        "One two\n\nThree\nfour"
    )
    assert html_to_text("Plain &amp; simple") == "Plain & simple"
    # inline markup only: the text's own paragraph breaks stay
    assert html_to_text('One <a href="/x">link</a>.\n\nTwo <b>bold</b>.') == (
        "One link.\n\nTwo bold."
    )
    assert html_to_text("No markup at all") == "No markup at all"


# --------------------------------------------------------------------------- URLs

PAGE = (FIX / "page.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, code, ctype, body, extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def do_GET(self):  # noqa: N802
        path = self.path
        if path == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE, [("Content-Length", len(PAGE))])
        elif path == "/redirect":
            self._send(302, "text/html", b"", [("Location", "/article")])
        elif path == "/loop":
            self._send(302, "text/html", b"", [("Location", "/loop")])
        elif path == "/big":
            body = b"<html><body>" + b"<p>word</p>" * 1000 + b"</body></html>"
            self._send(200, "text/html", body, [("Content-Length", len(body))])
        elif path == "/big-stream":  # no Content-Length: the cap must hold while streaming
            self._send(200, "text/html", b"<html><body>" + b"<p>word</p>" * 1000)
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE)
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.7 ...")
        elif path == "/feed":
            self._send(200, "application/rss+xml", (FIX / "feed.rss").read_bytes())
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def _local_urls():
    """The test server listens on 127.0.0.1: allow it, as --allow-private-urls does."""
    from consilience.read import private_urls_allowed

    with private_urls_allowed():
        yield


def test_url_fetched_and_read_as_html(server):
    art = one(read(f"{server}/article"))
    assert isinstance(art, RawArticle)
    assert art.source == f"{server}/article" and art.url == f"{server}/article"
    assert art.fmt == "url"
    assert art.title == "Harbour bridge reopens after storm repairs"
    assert art.outlet == "The Coastal Ledger"
    assert "Subscribe" not in art.text


def test_url_redirect_followed(server):
    art = one(read(f"{server}/redirect"))
    assert isinstance(art, RawArticle)
    assert art.source == f"{server}/redirect"
    assert art.url == f"{server}/article"


def test_url_errors(server):
    cases = {
        "/missing": "HTTP 404 Not Found",
        "/loop": "too many redirects (more than 5)",
        "/big": "page over the size cap of 2,000 bytes (use --max-bytes)",
        "/big-stream": "page over the size cap of 2,000 bytes (use --max-bytes)",
        "/pdf": "not an HTML page (content type: application/pdf)",
    }
    for path, reason in cases.items():
        s = one(list(read_url(f"{server}{path}", max_bytes=2000, fetch_timeout=5)))
        assert isinstance(s, Skipped), path
        assert (s.source, s.reason) == (f"{server}{path}", reason)


def test_url_timeout(server):
    start = time.perf_counter()
    s = one(list(read_url(f"{server}/slow", fetch_timeout=0.3)))
    assert time.perf_counter() - start < 1.4
    assert isinstance(s, Skipped) and s.reason == "timed out after 0.3 s"


def test_url_connection_refused():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    s = one(list(read_url(f"http://127.0.0.1:{port}/x", fetch_timeout=2)))
    assert isinstance(s, Skipped) and s.reason == "connection refused"


def test_url_dns_failure():
    host = "no-such-host.invalid"
    try:
        socket.getaddrinfo(host, 80)
    except OSError:
        pass
    else:  # pragma: no cover - a resolver that answers for .invalid
        pytest.skip("this network resolves .invalid names")
    s = one(list(read_url(f"http://{host}/x", fetch_timeout=3)))
    assert isinstance(s, Skipped) and s.reason == "could not resolve the host name (DNS)"


def test_url_feed(server):
    res = read(f"{server}/feed")
    assert [r.source for r in articles(res)] == [
        f"{server}/feed#vg-1001",
        f"{server}/feed#https://www.valleygazette.example/reservoir-level",
    ]


def test_file_and_url_inputs_mixed_in_order(server):
    res = read(FIX / "plain.txt", f"{server}/article", FIX / "missing.txt")
    assert [type(r) for r in res] == [RawArticle, RawArticle, Skipped]


def test_unreadable_file_is_a_skip(tmp_path, monkeypatch):
    import consilience.read as read_mod

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(read_mod, "open", denied, raising=False)
    f = tmp_path / "locked.txt"
    f.write_text("secret")
    s = one(read(f))
    assert isinstance(s, Skipped)
    assert s.reason == "cannot read the file (Permission denied)"


def test_empty_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    s = one(read(tmp_path / "sub"))
    assert isinstance(s, Skipped) and s.reason == "empty folder (no readable files)"


def test_txt_byline_with_outlet_and_date(tmp_path):
    p = tmp_path / "radio.txt"
    p.write_text(
        "Bridge reopens after repairs\n"
        "By Tamsin Orr, Harbour Radio | April 2, 2025\n\n"
        "The old swing bridge at Harbour Point reopened to traffic on Wednesday after six weeks of repairs.\n",
        encoding="utf-8",
    )
    (raw,) = list(iter_raw([str(p)]))
    assert raw.author == "Tamsin Orr"
    assert raw.outlet == "Harbour Radio"
    assert raw.published == "April 2, 2025"
    assert "Tamsin" not in raw.text


def test_byline_with_non_date_suffix_stays_in_the_body(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(
        "Bridge reopens after repairs\n"
        "By the river | a poem of sorts\n\n"
        "The old swing bridge at Harbour Point reopened to traffic on Wednesday after six weeks of repairs.\n",
        encoding="utf-8",
    )
    (raw,) = list(iter_raw([str(p)]))
    assert raw.author is None
    assert "By the river" in raw.text


# --------------------------------------------------------------------------- issue 12: dates


def _dated_page(head: str, title: str = "Orchard co-operative wins water rights case") -> str:
    body = (
        "<p>The Brannock orchard co-operative won its long dispute over river water on Thursday, "
        "when the regional court ruled that the irrigation board had cut its allocation "
        "without notice.</p><p>The board has 28 days to appeal, a spokesman for the "
        "co-operative said, adding that growers had lost much of last year's pear crop.</p>"
    )
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "head",
    [
        # an unlabelled <meta name="date"> holding the update time, labelled published time
        '<meta name="date" content="2023-10-12T18:05:00+01:00">'
        '<meta property="article:published_time" content="2023-10-04T07:00:00+01:00">',
        # JSON-LD only, inside an @graph, modified first in the document
        '<meta name="date" content="2023-10-12">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebPage", "name": "x"}, {"@type": "NewsArticle", '
        '"dateModified": "2023-10-12T18:05:00Z", "datePublished": "2023-10-04T07:00:00Z"}]}'
        "</script>",
        # labelled both ways in meta tags, dates in another order
        '<meta property="article:modified_time" content="2023-10-12T18:05:00Z">'
        '<meta name="date" content="2023-10-12T18:05:00Z">'
        '<meta itemprop="datePublished" content="2023-10-04">',
    ],
)
def test_html_published_and_modified_dates_kept_apart(tmp_path, head):
    f = tmp_path / "orchard.html"
    f.write_text(_dated_page(head), encoding="utf-8")
    art = one(read(f))
    assert isinstance(art, RawArticle)
    assert art.published[:10] == "2023-10-04"
    assert art.modified[:10] == "2023-10-12"


def test_html_with_only_an_unlabelled_date_uses_it_as_published(tmp_path):
    f = tmp_path / "plain-date.html"
    f.write_text(_dated_page('<meta name="date" content="2022-02-19">'), encoding="utf-8")
    art = one(read(f))
    assert art.published[:10] == "2022-02-19"
    assert art.modified is None


def test_labelled_date_without_a_year_does_not_hide_the_page_date(tmp_path):
    head = (
        '<meta property="article:published_time" content="Tuesday">'
        '<meta name="date" content="2022-05-12T17:00:00Z">'
        '<meta itemprop="datePublished" content="2022-05-10">'
    )
    f = tmp_path / "weekday.html"
    f.write_text(_dated_page(head), encoding="utf-8")
    assert one(read(f)).published[:10] == "2022-05-10"


def test_page_dates_ignores_broken_json_ld():
    from consilience.read import page_dates

    found = page_dates(
        '<html><head><script type="application/ld+json">{not json</script>'
        '<meta property="og:updated_time" content="2021-06-02"></head><body></body></html>'
    )
    assert found.published is None and found.modified == "2021-06-02"


def test_feed_entry_updated_after_published_is_modified(tmp_path):
    f = tmp_path / "updates.xml"
    f.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Notes'
        "</title><entry><id>tag:valley,1</id><title>Ferry timetable cut</title>"
        "<published>2022-08-01T06:00:00+02:00</published>"
        "<updated>2022-08-03T21:40:00+02:00</updated><summary>The ferry company said on "
        "Monday that winter sailings to the island would fall from six a day to four."
        "</summary></entry></feed>",
        encoding="utf-8",
    )
    art = one(read(f))
    assert art.published[:10] == "2022-08-01"
    assert art.modified[:10] == "2022-08-03"


def test_json_record_modified_field(tmp_path):
    f = tmp_path / "export.json"
    f.write_text(
        '{"title": "Quarry expansion paused", "published": "2021-03-09", '
        '"updated_at": "2021-03-15T10:00:00Z", "text": "The county paused the quarry '
        'expansion after residents complained about dust and lorry traffic."}',
        encoding="utf-8",
    )
    art = one(read(f))
    assert art.published == "2021-03-09" and art.modified == "2021-03-15T10:00:00Z"


# --------------------------------------------------------------------------- issue 18: encoded HTML

_VOTE = "The harbour trust voted nine to four to sell the old pilot station"


@pytest.mark.parametrize(
    "markup",
    [
        f"&lt;p&gt;{_VOTE}.&lt;/p&gt;&lt;p&gt;Bids close in June.&lt;/p&gt;",
        f"&amp;lt;p&amp;gt;{_VOTE}.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Bids close in June."
        "&amp;lt;/p&amp;gt;",
        f"&lt;![CDATA[&lt;div&gt;&lt;p&gt;{_VOTE}.&lt;/p&gt;&lt;p&gt;Bids close in June."
        "&lt;/p&gt;&lt;/div&gt;]]&gt;",
        f"<![CDATA[<p>{_VOTE}.</p><p>Bids close in June.</p>]]>",
    ],
)
def test_encoded_markup_decoded_and_stripped(markup):
    text = html_to_text(markup)
    assert text == f"{_VOTE}.\n\nBids close in June."


def test_encoded_markup_decoded_once_more_than_its_tags():
    # the tags were encoded once on top of the prose's own entities: decode both, no further
    markup = "&lt;p&gt;Smith &amp;amp; Sons said 3 &amp;lt; 4&lt;/p&gt;"
    assert html_to_text(markup) == "Smith & Sons said 3 < 4"


@pytest.mark.parametrize(
    "description",
    [
        # paragraphs entity-encoded twice (feedparser decodes one level only)
        f"&amp;lt;p&amp;gt;{_VOTE}, ending a year of argument.&amp;lt;/p&amp;gt;",
        # escaped CDATA wrapping encoded markup (feedparser alone returns nothing)
        f"&lt;![CDATA[&lt;p&gt;{_VOTE}, ending a year of argument.&lt;/p&gt;]]&gt;",
        # CDATA nested inside CDATA (split with the "]]]]><![CDATA[>" trick)
        f"<![CDATA[<![CDATA[<p>{_VOTE}, ending a year of argument.</p>]]]]><![CDATA[>]]>",
    ],
)
def test_feed_with_encoded_description_is_read(tmp_path, description):
    f = tmp_path / "trust.rss"
    f.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>'
        "<item><title>Trust sells pilot station</title><link>https://harbour.example/a</link>"
        f"<description>{description}</description></item></channel></rss>",
        encoding="utf-8",
    )
    art = one(read(f))
    assert isinstance(art, RawArticle), art
    assert art.text == f"{_VOTE}, ending a year of argument."
    assert "<" not in art.text and "&lt;" not in art.text


def test_json_body_with_encoded_html(tmp_path):
    f = tmp_path / "body.jsonl"
    f.write_text(
        '{"id": "k1", "title": "Clinic hours extended", "body": "&lt;p&gt;The Eastfold clinic '
        "will open until 9pm on weekdays from May.&lt;/p&gt;&lt;p&gt;Staff were told on "
        'Friday.&lt;/p&gt;"}\n',
        encoding="utf-8",
    )
    art = one(read(f))
    assert art.text == (
        "The Eastfold clinic will open until 9pm on weekdays from May.\n\n"
        "Staff were told on Friday."
    )


# --------------------------------------------------------------------------- issue 19: WARC


def _warc_with_bad_length() -> bytes:
    """Two plain WARC records; the first is followed by a stray line, as when its
    Content-Length is one line too short (warcio prints a multi-line WARNING for it)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    records = []
    for uri, stamp in (
        ("https://tidewater.example/ferries", "2023-01-20T08:00:00Z"),
        ("https://tidewater.example/dredging", "2023-01-21T09:30:00Z"),
    ):
        buf = io.BytesIO()
        w = WARCWriter(buf, gzip=False)
        page = _dated_page("", title=f"Tidewater update {uri[-5:]}").encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(page),
                http_headers=http,
                warc_headers_dict={"WARC-Date": stamp},
            )
        )
        records.append(buf.getvalue())
    first = records[0]
    assert first.endswith(b"\r\n\r\n")
    return first[:-4] + b" stray bytes\r\n\r\n\r\n" + records[1]


def test_warc_reader_warnings_do_not_reach_stderr_raw(tmp_path, capsys, caplog):
    f = tmp_path / "odd.warc"
    f.write_bytes(_warc_with_bad_length())
    with caplog.at_level("WARNING", logger="consilience.read"):
        res = read(f)
    err = capsys.readouterr().err
    assert "WARNING: Record not followed" not in err and "Remainder" not in err
    assert len(articles(res)) == 2, res
    notes = [r.getMessage() for r in caplog.records if r.name == "consilience.read"]
    assert len(notes) == 1 and "\n" not in notes[0] and "Content-Length" in notes[0]


def test_warc_capture_date_is_not_the_publication_date(tmp_path):
    f = tmp_path / "odd.warc"
    f.write_bytes(_warc_with_bad_length())
    first, second = articles(read(f))
    assert first.published is None and first.captured == "2023-01-20T08:00:00Z"
    assert second.captured == "2023-01-21T09:30:00Z"
