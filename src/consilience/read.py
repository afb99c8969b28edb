"""READ stage: turn files, folders, globs and URLs into :class:`RawArticle` records.

Every input yields either articles or a :class:`Skipped` with a one-line reason; a user's
bad input never raises. Readers are plain functions registered by format name
(``READERS``) and by file extension (``EXTENSIONS``); :func:`sniff` picks one from the
extension, else from the first bytes of the content.

This module only *finds* text and metadata. Cleaning the text, hashing ids, parsing dates
and detecting the language belong to :mod:`consilience.normalise`.
"""

from __future__ import annotations

import codecs
import contextlib
import contextvars
import dataclasses
import difflib
import fnmatch
import gzip
import html as html_lib
import io
import ipaddress
import itertools
import json
import logging
import os
import re
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from .boilerplate import _is_section, outlet_from_feed_title
from .bounds import (
    HTML_TIME_BUDGET,
    MAX_FEED_ELEMENTS,
    MAX_HTML_ELEMENTS,
    OverBudget,
    markup_over_budget,
    time_budget,
)
from .byline_roles import is_role
from .live_entries import opens_with_entry
from .markdown_text import has_markup, markdown_to_text
from .model import RawArticle, Skipped
from .reflow import unwrap
from .safe_text import escape_line

__all__ = [
    "DEFAULT_MAX_BYTES",
    "EXTENSIONS",
    "READERS",
    "ReadOptions",
    "decode_bytes",
    "display_names",
    "fetch",
    "html_to_text",
    "iter_raw",
    "outlet_from_url",
    "private_urls_allowed",
    "read_bytes",
    "read_html",
    "read_path",
    "read_url",
    "register",
    "sniff",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "consilience/0.1 (news brief reader; +https://pypi.org/project/consilience/)"

Result = RawArticle | Skipped


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    fetch_timeout: float = 20.0


# A reader gets the source name (path or URL), an open binary stream positioned at the
# start, and the options; it yields articles and/or Skipped records.
Reader = Callable[[str, BinaryIO, ReadOptions], Iterator[Result]]

READERS: dict[str, Reader] = {}
EXTENSIONS: dict[str, str] = {}
# Formats read record by record: the byte cap applies to each record, not to the file.
STREAMING: set[str] = set()


def register(name: str, *extensions: str, streaming: bool = False) -> Callable[[Reader], Reader]:
    """Register a reader for format ``name`` and the given extensions (".txt", ".warc.gz")."""

    def deco(fn: Reader) -> Reader:
        READERS[name] = fn
        for ext in extensions:
            EXTENSIONS[ext.lower()] = name
        if streaming:
            STREAMING.add(name)
        return fn

    return deco


# --------------------------------------------------------------------------- sniffing

_GZIP_MAGIC = b"\x1f\x8b"
#: the first bytes of a web archive: a WARC record, or the version block of an ARC file (the
#: Internet Archive's older format, which warcio reads as WARC records)
_ARCHIVE_HEADS = (b"WARC/", b"filedesc://")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BINARY_MAGIC = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"BZh91AY&SY",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\xd0\xcf\x11\xe0",  # old MS Office
)


def _ext_format(path: str) -> str | None:
    name = os.path.basename(path).lower()
    # longest extension first: ".warc.gz" before ".gz"
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if name.endswith(ext) and len(name) > len(ext):
            return EXTENSIONS[ext]
    return None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def _sniff_content(head: bytes) -> str | None:
    if head.startswith(_GZIP_MAGIC):
        return "warc" if _gunzip_head(head).startswith(_ARCHIVE_HEADS) else None
    for bom, enc in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(enc, "ignore").encode("utf-8")
            break
    start = head.lstrip()[:4096]
    low = start.lower()
    if start.startswith((b"WARC/1.", b"filedesc://")):
        return "warc"
    if low.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if low.startswith(b"<?xml"):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return "feed"
        if b"<html" in low:
            return "html"
        return "feed"  # other XML: the feed reader says what is wrong with it
    if low.startswith((b"<!doctype html", b"<html")) or (
        low.startswith(b"<!--") and b"<html" in low
    ):
        return "html"
    if start.startswith((b"{", b"[")):
        return "json"
    return None


#: a file-name suffix that is a file type ("notes.xyz", "page.docx"), not part of a name
#: ("report.2024", "Mr. Smith notes"): up to 8 letters or digits, at least one a letter
_SUFFIX = re.compile(r"\.(?=[A-Za-z0-9]*[A-Za-z])([A-Za-z0-9]{1,8})$")


def unknown_suffix(path: str) -> str | None:
    """The file-type suffix of ``path`` (".xyz") when no reader is registered for it; None
    when the name has a known extension or none (an extension-less file of plain words is
    read as text: wire copy often comes so)."""
    if _ext_format(path) is not None:
        return None
    m = _SUFFIX.search(os.path.basename(path))
    return "." + m.group(1).lower() if m else None


def known_extensions() -> str:
    """The formats read as articles, one extension each, on one line (".txt, .md, .html,
    ..."; a feed's ".xml/.rss/.atom" together), in registration order; tables (read as no
    article) left out."""
    by_format: dict[str, list[str]] = {}
    for ext, fmt in EXTENSIONS.items():
        if ext.count(".") == 1 and fmt != "table":
            by_format.setdefault(fmt, []).append(ext)
    return ", ".join(
        "/".join(exts) if fmt == "feed" else exts[0] for fmt, exts in by_format.items()
    )


def sniff(path: str, head: bytes = b"") -> str | None:
    """The format of ``path``: from its extension, else from its first bytes (a page, feed,
    JSON or web archive says what it is), else "txt" for a name without a file-type suffix;
    None for an unknown suffix over content of no such kind ("notes.xyz": reading it as
    text would be a guess; :func:`unknown_suffix`)."""
    found = _ext_format(path) or _sniff_content(head)
    if found is not None:
        return found
    return None if unknown_suffix(path) else "txt"


#: the first line of a Markdown file's front matter ("---" alone on a line)
_FENCE_HEAD = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n")


def unknown_type(path: str, head: bytes = b"") -> Skipped:
    """The skip of a file whose suffix no reader knows, naming what is read instead and
    the name to give it: .md when its first bytes ``head`` open front matter (only the
    Markdown reader reads its fields), else .txt."""
    fenced = _FENCE_HEAD.match(head)
    rename = "an article with front matter to .md" if fenced else "a plain-text article to .txt"
    known = known_extensions()
    return Skipped(
        path, f"unknown file type '{unknown_suffix(path)}' (reads {known}; rename {rename})"
    )


#: the document or image a binary file's first bytes announce (named in its skip reason)
_BINARY_KINDS = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an office document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)


def binary_reason(data: bytes) -> str:
    """The skip reason of a binary file: "binary file, not text", with what its first bytes
    say it is when known and what to do then ("binary file (a PDF document), not text:
    save or export the article as text or HTML")."""
    kind = next((name for magic, name in _BINARY_KINDS if data.startswith(magic)), None)
    if kind is None:
        return "binary file, not text"
    return f"binary file ({kind}), not text: save or export the article as text or HTML"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if sample.startswith(_BINARY_MAGIC) or sample.startswith(_GZIP_MAGIC):
        return True
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13)) + sample.count(0x7F)
    return controls / len(sample) > 0.3


# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_LATIN1_ALIASES = {"latin_1", "iso8859_1", "ascii"}  # browsers read these as cp1252


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def _charset_from_content_type(ctype: str | None) -> str | None:
    if not ctype:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", ctype, re.I)
    return m.group(1) if m else None


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    if name.replace("-", "_") in _LATIN1_ALIASES:
        name = "cp1252"
    for enc in (name, "latin-1") if name == "cp1252" else (name,):
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each byte that is not valid UTF-8 is read as cp1252 (or Latin-1)."""
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", errors="strict") if _cp1252_ok(bad) else bad.decode(
        "latin-1"
    ), err.end


def _cp1252_ok(bad: bytes) -> bool:
    try:
        bad.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


codecs.register_error("consilience-cp1252", _cp1252_fallback)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_NOT_UTF8_BYTE = re.compile(rb"[\x80-\xff]")


def decode_mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """``data`` as UTF-8 with its few invalid bytes read as cp1252: (text, bad byte count).

    None when the bytes are not mostly UTF-8: no valid multi-byte sequence, or more invalid
    bytes than valid sequences (then the file is in some other charset as a whole).
    """
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if valid == 0:
        return None
    high = len(_NOT_UTF8_BYTE.findall(data))
    valid_bytes = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    bad = high - valid_bytes
    if bad <= 0 or bad > valid:
        return None
    return data.decode("utf-8", errors="consilience-cp1252"), bad


def decode_bytes(data: bytes, *, declared: str | None = None) -> str | None:
    """Decode ``data`` to text, or None when no encoding fits.

    Order: a byte-order mark; strict UTF-8 (valid multi-byte UTF-8 is practically never an
    accident); UTF-8 with a few stray bytes, each read alone as cp1252
    (:func:`decode_mostly_utf8`); the declared charset (HTTP header, HTML meta, XML declaration); then
    charset-normalizer's detection, preferring cp1252 when it explains the bytes as well as
    the best guess (charset-normalizer alone picks cp1250 for short French/English text and
    turns "coûte" into "coűte").
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = decode_mostly_utf8(data)
    if mostly is not None:
        return mostly[0]
    for enc in (declared, _declared_charset(data)):
        if enc:
            text = _try_decode(data, enc)
            if text is not None:
                return text
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.01:
            text = _try_decode(data, "cp1252")
            if text is not None:
                return text
    return str(best)


# --------------------------------------------------------------------------- helpers


def outlet_from_url(url: str | None) -> str | None:
    """The domain of ``url`` without ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _is_http_url(s: str | None) -> bool:
    return bool(s) and s.strip().lower().startswith(("http://", "https://"))


def _str(value: Any) -> str | None:
    """A metadata value as a string: dicts by their name, lists joined; else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        for k in ("name", "title", "value", "text", "id", "href", "@id"):
            if k in value:
                return _str(value[k])
        return None
    if isinstance(value, list | tuple):
        parts = [p for p in (_str(v) for v in value) if p]
        return ", ".join(parts) or None
    return None


def _first(obj: dict[str, Any], keys: Iterable[str]) -> Any:
    for k in keys:
        v = obj.get(k)
        if v not in (None, "", [], {}):
            return v
    return None


class _Keys:
    """Record keys inside one container file, made unique by appending ``@position``."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.seen: set[str] = set()

    def source(self, key: Any, position: int) -> str:
        k = _str(key) or str(position)
        if k in self.seen:
            k = f"{k}@{position}"
        self.seen.add(k)
        return f"{self.base}#{k}"


def _read_capped(fh: BinaryIO, source: str, opts: ReadOptions) -> bytes | Skipped:
    data = fh.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        return Skipped(source, _too_large(opts.max_bytes))
    if not data.strip():
        return Skipped(source, "empty file")
    if _looks_binary(data):
        return Skipped(source, binary_reason(data))
    return data


def _too_large(max_bytes: int) -> str:
    return f"over the size cap of {max_bytes:,} bytes (use --max-bytes)"


def _note_stray_bytes(data: bytes, source: str) -> None:
    """Log one line when ``data`` is UTF-8 but for a few bytes (read alone as cp1252)."""
    try:
        data.decode("utf-8")
        return
    except UnicodeDecodeError:
        pass
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return
    mostly = decode_mostly_utf8(data)
    if mostly is not None:
        log.warning(
            "%s: %d byte(s) not valid UTF-8 read as cp1252; the rest kept as UTF-8",
            escape_line(source),
            mostly[1],
        )


def _decode_or_skip(data: bytes, source: str, declared: str | None = None) -> str | Skipped:
    _note_stray_bytes(data, source)
    text = decode_bytes(data, declared=declared)
    if text is None:
        return Skipped(source, "could not detect the text encoding")
    return text


# --------------------------------------------------------------------------- HTML → text

_BLOCK_TAGS = frozenset(
    "p div section article header footer aside nav main h1 h2 h3 h4 h5 h6 ul ol li "
    "blockquote pre table tr figure figcaption dl dt dd hr address details summary".split()
)
_HTML_HINT = re.compile(
    r"<\s*/?\s*(p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|img|figure|table|"
    r"section|article|svg|math|video|audio|iframe|object|embed|picture|canvas)\b[^>]*>"
    r"|</\s*[a-z][\w:.-]*\s*>",  # any closing tag: prose never writes "</word>"
    re.I,
)
#: elements whose content is no text a reader reads: scripts, styles, drawings, formulas, players
_NO_TEXT = "//script|//style|//noscript|//template|//svg|//math|//video|//audio|//iframe|//object|//embed|//canvas"
_BLOCK_HINT = re.compile(
    r"<\s*(p|br|div|li|h[1-6]|blockquote|tr|ul|ol|table|section|article|pre)\b", re.I
)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,2000}>")


_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\Z)", re.S)
_MAX_UNESCAPE = 3  # "&amp;lt;p&amp;gt;" is markup encoded twice; deeper is not seen


def _decode_markup(markup: str) -> str:
    """Unwrap CDATA sections and decode entity-encoded markup ("&lt;p&gt;...").

    Entities are decoded only when that reveals tags or CDATA (up to three levels of
    encoding), so an "&amp;" in plain prose is left for the caller's single decoding step.
    """
    for _ in range(2 * _MAX_UNESCAPE + 2):
        unwrapped = _CDATA.sub(lambda m: m.group(1), markup)
        if unwrapped != markup:
            markup = unwrapped
            continue
        if _HTML_HINT.search(markup):
            break
        level = markup
        for _depth in range(_MAX_UNESCAPE):
            if not _ENTITY.search(level):
                return markup
            level = html_lib.unescape(level)
            if _HTML_HINT.search(level) or "<![CDATA[" in level:
                markup = level
                break
        else:
            return markup
    return markup


def _drop_figures(root: Any) -> None:
    """Drop the figures (an image with its caption and credit: "Enlarge / The processor on
    a bench. (credit: Labs)") of a feed or JSON body, as trafilatura leaves them out of a
    page; a figure holding most of the body's words (a body wrapped in one) is kept."""
    total = len(" ".join(root.text_content().split()))
    for fig in root.xpath("//figure|//figcaption"):
        if fig.getparent() is None:
            continue
        if len(" ".join(fig.text_content().split())) * 2 < total:
            fig.drop_tree()


#: words outside its links that a self-reference trailer may hold ("The post ... appeared
#: first on ...", "Continue reading ...", "This story first ran on ...")
_TRAILER_WORDS = 8


def _own_link(href: str, own: str) -> bool:
    """Whether ``href`` points to the entry's own page ``own`` or to its site's home page."""
    link, page = urlsplit(href.strip()), urlsplit(own)
    if not link.netloc or link.netloc.lower().removeprefix(
        "www."
    ) != page.netloc.lower().removeprefix("www."):
        return False
    path = link.path.rstrip("/")
    return path in ("", page.path.rstrip("/"))


def _drop_self_references(root: Any, own: str | None) -> None:
    """Drop the blocks of a feed entry that only point back to the entry or its site: the
    trailer a CMS appends to every item ("The post <a>Bridge reopens</a> appeared first on
    <a>Marlow News</a>.", "<a>Continue reading</a>"). A block goes when it has a link, every
    link goes to the entry's own URL ``own`` or its site's home page, and at most
    :data:`_TRAILER_WORDS` words lie outside the links; a sentence that links to the site
    goes on for longer."""
    if not own or not _is_http_url(own):
        return
    for block in root.xpath("//p|//div"):
        links = block.xpath(".//a[@href]")
        if not links or block.getparent() is None:
            continue
        if not all(_own_link(a.get("href") or "", own) for a in links):
            continue
        words = len(block.text_content().split()) - sum(
            len(a.text_content().split()) for a in links
        )
        if words <= _TRAILER_WORDS:
            block.drop_tree()


def html_to_text(markup: str, own: str | None = None) -> str:
    """Text of an HTML fragment (a feed entry, a JSON body), keeping paragraph breaks.

    Entity-encoded markup ("&lt;p&gt;The council...&lt;/p&gt;") and CDATA wrappers, even
    escaped ones, are decoded first, so no literal tag reaches the text. ``own`` is the
    entry's own URL: blocks that only point back to it or its site are dropped
    (:func:`_drop_self_references`).
    """
    markup = _decode_markup(markup)
    if not _HTML_HINT.search(markup):
        return html_lib.unescape(markup) if _ENTITY.search(markup) else markup
    if markup_over_budget(markup, MAX_HTML_ELEMENTS):
        # too many elements to parse cheaply: drop the tags, keep the words
        return re.sub(r"[ \t]+", " ", html_lib.unescape(_ANY_TAG.sub(" ", markup))).strip()
    import lxml.html
    from lxml import etree

    if not _BLOCK_HINT.search(markup):
        # only inline tags (a link in plain text): the text's own line breaks are the layout
        markup = markup.replace("\r\n", "\n").replace("\n", "<br>")
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath(_NO_TEXT):
        bad.drop_tree()
    _drop_figures(root)
    _drop_self_references(root, own)

    def ws(s: str | None) -> str | None:
        return re.sub(r"\s+", " ", s) if s else s

    for el in root.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag != "pre":
            el.text = ws(el.text) if tag else el.text
            el.tail = ws(el.tail)
        if tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif tag in _BLOCK_TAGS:
            el.text = "\n\n" + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    text = "\n".join(line.strip() for line in text.split("\n"))
    return unglue_clock_times(re.sub(r"\n{3,}", "\n\n", text).strip())


#: a live-blog entry's time printed in its own element right before the entry's text, which
#: the extractors join without a space ("11:58Police have closed ...")
_GLUED_CLOCK = re.compile(
    r"^((?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\b\.?)?)(?=[A-Z\"\u201c])",
    re.M,
)


def unglue_clock_times(text: str) -> str:
    """``text`` with a clock time glued to the start of a line's text set on a line of its
    own ("11:58Police have ..." -> "11:58" / "Police have ..."), so the entry time is a
    live-blog header of its own and the sentence starts at its first word."""
    return _GLUED_CLOCK.sub(lambda m: m.group(1) + "\n\n", text)


def _same_text(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


_HEAD_WORDS = re.compile(r"[^\W_]+")
_KICKER_WORDS = 3  # a section label over a headline: "Tech", "World news", "Live updates"


def _restates_title(para: str, title: str | None) -> bool:
    """Whether ``para`` is the page's headline again (its <h1> beside the <title>): nearly
    the same words (a word added or dropped: "... Worldwide", "... | Kulu Media"), with no
    sentence end: a lead sentence that repeats the headline and goes on is body text."""
    if _same_text(para, title):
        return True
    if not title or para.rstrip().endswith((".", "?\u201d", ".\u201d", '."')):
        return False
    words = set(_HEAD_WORDS.findall(para.casefold()))
    head = set(_HEAD_WORDS.findall(title.casefold()))
    if len(words) < 3 or len(head) < 3:
        return False
    shared = len(words & head)
    return shared >= 0.8 * min(len(words), len(head)) and shared >= 0.6 * max(len(words), len(head))


def _page_head_end(paras: list[str], title: str | None) -> int:
    """How many leading paragraphs are the page's head, not its text: the headline restated
    (see :func:`_restates_title`), with the section label (kicker) printed over it."""
    for i, para in enumerate(paras[: _KICKER_WORDS + 1]):
        if _restates_title(para, title):
            return i + 1
        words = para.split()
        if len(words) > _KICKER_WORDS or para.rstrip()[-1:] in ".!?:;,":
            return 0
    return 0


#: the words of a paginated article's navigation ("Page 1 of 3", "Next page »", "« Previous
#: | 1 | 2 | 3 | Next", "Continued on page 2"): with numbers and arrows, nothing else
_PAGER_WORDS = frozenset(
    "page pages next previous prev of continue continued on to go first last older newer "
    "more".split()
)
_PAGER_CUES = frozenset({"page", "pages", "next", "previous", "prev"})
_PAGER_MAX_WORDS = 12


def is_pager(para: str) -> bool:
    """Whether ``para`` is a paginated page's navigation, not text: at most
    :data:`_PAGER_MAX_WORDS` words, each a page number or one of :data:`_PAGER_WORDS`,
    with a cue among them ("page", "next", "previous")."""
    words = re.findall(r"[^\W\d_]+|\d+", para.casefold())
    if not words or len(words) > _PAGER_MAX_WORDS or not _PAGER_CUES & set(words):
        return False
    return all(w.isdigit() or w in _PAGER_WORDS for w in words)


def _trafilatura_paragraphs(doc: Any) -> list[str]:
    """Paragraphs of trafilatura's extracted body (its XML tree), lists and tables kept."""
    paras: list[str] = []
    body = getattr(doc, "body", None)
    if body is not None:
        for child in body:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "list":
                items = [" ".join("".join(it.itertext()).split()) for it in child.findall("item")]
                block = "\n".join(f"- {i}" for i in items if i)
            elif tag == "table":
                rows = []
                for row in child.iter("row"):
                    cells = [" ".join("".join(c.itertext()).split()) for c in row.iter("cell")]
                    if any(cells):
                        rows.append(" | ".join(cells))
                block = "\n".join(rows)
            else:
                for lb in child.iter("lb"):
                    lb.tail = "\n" + (lb.tail or "")
                lines = "".join(child.itertext()).split("\n")
                block = "\n".join(" ".join(line.split()) for line in lines)
            block = block.strip()
            if block:
                paras.append(block)
    if not paras and getattr(doc, "text", None):
        paras = [p.strip() for p in doc.text.split("\n") if p.strip()]
    return paras


_SHORT_PAGE = 250

# Page metadata naming the publication date, the last update, or just "the date".
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "originalpublicationdate",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "revised",
)
_GENERIC_META = ("date", "dc.date", "dcterms.date")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")  # a date value names its year


@dataclass
class PageDates:
    """Dates a page's metadata states (as written): publication, last update, unlabelled."""

    published: str | None = None
    modified: str | None = None
    generic: str | None = None


def _meta_values(root: Any) -> dict[str, str]:
    """First value of each <meta name|property|itemprop|http-equiv> and <time itemprop>."""
    found: dict[str, str] = {}
    for el in root.iter("meta", "time"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content") or el.get("datetime")
        if el.tag == "time" and el.get("pubdate") is not None:
            key = key or "pubdate"
        if key and value and _YEAR.search(value):
            found.setdefault(key.strip().lower(), value.strip())
    return found


def _jsonld_dates(root: Any) -> tuple[str | None, str | None]:
    """(datePublished, dateModified) of the first JSON-LD object that has a publication date."""
    for obj in _jsonld_objects(root):
        if _YEAR.search(_str(obj.get("datePublished")) or ""):
            return _str(obj.get("datePublished")), _str(obj.get("dateModified"))
    return None, None


def _jsonld_objects(root: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD scripts, nested ones (``@graph``,
    ``mainEntity``, ``hasPart``, lists) included, in document order."""
    stack: list[Any] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            try:
                stack.append(json.loads(script.text))
            except json.JSONDecodeError:
                continue
    while stack:
        obj = stack.pop(0)
        if isinstance(obj, list):
            stack[:0] = obj
        elif isinstance(obj, dict):
            yield obj
            stack[:0] = [v for k, v in obj.items() if k in ("@graph", "mainEntity", "hasPart")]


def _jsonld_body_paragraphs(markup: str, extracted: str) -> list[str] | None:
    """The paragraphs of the page's JSON-LD ``articleBody`` when the extracted text is that
    body run together (trafilatura falls back to it on a page built by script, and joins
    its paragraphs with spaces), else None. HTML in the body is read as HTML. A body the
    page declares is its article, however short (no check for a menu read as text)."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", markup))
    except (etree.ParserError, ValueError):
        return None
    flat = " ".join(extracted.split())
    for obj in _jsonld_objects(root):
        body = _str(obj.get("articleBody"))
        if not body:
            continue
        text = html_to_text(body) if _HTML_HINT.search(body) else body
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
        if len(paras) > 1 and " ".join(paras) == flat:
            return paras
    return None


def page_dates(markup: str) -> PageDates:
    """The dates an HTML page's metadata states (meta tags, ``<time>``, JSON-LD).

    A specific label ("article:published_time", JSON-LD ``datePublished``) wins over an
    unlabelled ``<meta name="date">``, which many sites fill with the last update. Values
    are returned as written; nothing is parsed here. Unparseable markup gives no dates.
    """
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", markup))
    except (etree.ParserError, ValueError):
        return PageDates()
    meta = _meta_values(root)
    ld_published, ld_modified = _jsonld_dates(root)
    return PageDates(
        published=ld_published or _first(meta, _PUBLISHED_META),
        modified=ld_modified or _first(meta, _MODIFIED_META),
        generic=_first(meta, _GENERIC_META),
    )


def _same_day(a: str | None, b: str | None) -> bool:
    return bool(a and b) and a[:10] == b[:10]


def _has_time(value: str | None) -> bool:
    """An ISO datetime with a time of day ("2026-05-04T09:40:00Z"), kept whole."""
    return bool(value and re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", value))


def _iso_day(value: str | None) -> str | None:
    """The YYYY-MM-DD day a date value starts with, else None (other forms are not compared)."""
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}(?!\d)", value) else None


def _choose_dates(found: PageDates, extracted: str | None) -> tuple[str | None, str | None]:
    """(published, modified): labelled dates first; an unlabelled date that differs from the
    publication date is taken as the update."""
    published = found.published or extracted or found.generic
    if _same_day(published, extracted) and not _has_time(published):
        published = extracted  # trafilatura's form (YYYY-MM-DD) when both agree
    modified = found.modified
    if _iso_day(modified) and _iso_day(modified) < (_iso_day(published) or ""):
        # a page is not updated before it is published: the CMS wrote the update time into
        # the publication label, so the earlier date is the publication
        published, modified = modified, published
    if not modified and found.generic and found.published:
        if not _same_day(found.generic, found.published):
            modified = found.generic
    if modified and _same_day(modified, published):
        modified = None
    return published, modified


#: a <meta> tag giving the unlabelled "date" (_GENERIC_META), which many sites fill with
#: the last update or the time a print version was made
_GENERIC_META_TAG = re.compile(
    r"<meta\b[^>]*\b(?:name|property|itemprop)\s*=\s*[\"']?(?:dc\.date|dcterms\.date|date)"
    r"[\"'\s>/][^>]*>",
    re.I,
)


def _page_date_without_generic(markup: str) -> str | None:
    """The publication day htmldate finds in the page once its unlabelled ``date`` meta tags
    are taken out: a labelled date in the page itself ("Published: 18 February 2025", a
    ``<time>`` element), or None."""
    from htmldate import find_date

    try:
        return find_date(
            _GENERIC_META_TAG.sub("", markup), original_date=True, extensive_search=False
        )
    except Exception:  # htmldate on hostile markup: no second opinion
        return None


def _dated_by_page(found: PageDates, extracted: str | None, markup: str) -> PageDates:
    """``found`` with the page's own publication date when the only date its metadata gives
    is the unlabelled one and the page itself labels an earlier day as its publication:
    that unlabelled date is then the update (a page is not published after it is updated).
    Anything else is returned as it was."""
    if found.published or not found.generic or not _same_day(found.generic, extracted):
        return found
    own = _page_date_without_generic(markup)
    generic_day = _iso_day(found.generic)  # ISO: it is the day htmldate read (same day)
    if own and generic_day and own < generic_day:
        return PageDates(published=own, modified=found.modified or found.generic, generic=None)
    return found


def _extract_main_text(markup: str, url: str | None) -> tuple[Any, str | None, str]:
    """trafilatura's document, its title and the main text ("" when none is found)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    paras = _trafilatura_paragraphs(doc) if doc is not None else []
    paras = [p for p in paras if not is_pager(p)]
    declared = _jsonld_body_paragraphs(markup, paras[0]) if len(paras) == 1 else None
    paras = declared or paras
    title = doc.title if doc is not None else None
    text = unglue_clock_times("\n\n".join(paras[_page_head_end(paras, title) :]))
    if 0 < len(text) < _SHORT_PAGE and not declared:
        # A short result may be the menu of a page without an article (the fallback
        # extractors return navigation links): keep it only if precision mode agrees.
        strict = trafilatura.bare_extraction(
            markup, url=url, favor_precision=True, include_comments=False
        )
        if strict is None or not (strict.text or "").strip():
            text = ""
    return doc, title, text


def _markup_text(markup: str | bytes, source: str, declared: str | None) -> str | Skipped:
    """The page as text, or why it is not read (empty, binary, undecodable, too many elements)."""
    if isinstance(markup, bytes):
        if not markup.strip():
            return Skipped(source, "empty file")
        if _looks_binary(markup):
            return Skipped(source, binary_reason(markup))
        over = markup_over_budget(markup, MAX_HTML_ELEMENTS)
        if over:
            return Skipped(source, over)
        decoded = _decode_or_skip(markup, source, declared)
        if isinstance(decoded, Skipped):
            return decoded
        markup = decoded
    if not markup.strip():
        return Skipped(source, "empty file")
    over = markup_over_budget(markup, MAX_HTML_ELEMENTS)
    return Skipped(source, over) if over else markup


def read_html(
    markup: str | bytes,
    *,
    source: str,
    url: str | None = None,
    fmt: str = "html",
    declared: str | None = None,
    captured: str | None = None,
) -> Result:
    """One HTML page to a RawArticle with trafilatura (main text, title, author, site).

    Dates come from the page's labelled metadata first (:func:`page_dates`), then from
    trafilatura; ``captured`` is when an archive fetched the page (never the published date).
    A page over ``MAX_HTML_ELEMENTS`` elements is skipped before parsing, and extraction stops
    after ``HTML_TIME_BUDGET`` seconds where that can be enforced (:mod:`consilience.bounds`).
    """
    text_or_skip = _markup_text(markup, source, declared)
    if isinstance(text_or_skip, Skipped):
        return text_or_skip
    markup = text_or_skip
    if _OWN_HTML.search(markup[:4096]):
        return Skipped(source, OWN_OUTPUT)
    try:
        with time_budget(HTML_TIME_BUDGET):
            doc, title, text = _extract_main_text(markup, url)
            found_dates = page_dates(markup) if doc is not None and text.strip() else None
    except OverBudget as exc:
        return Skipped(source, f"HTML extraction {exc}; skipped")
    except Exception as exc:  # trafilatura/lxml on hostile markup
        return Skipped(source, f"could not parse the HTML ({type(exc).__name__})")
    if doc is None or found_dates is None:
        return Skipped(source, "no main text found in the HTML")
    page_url = url or (doc.url if _is_http_url(doc.url) else None)
    found_dates = _dated_by_page(found_dates, doc.date, markup)
    published, modified = _choose_dates(found_dates, doc.date)
    return RawArticle(
        source=source,
        text=text,
        title=title,
        url=page_url,
        outlet=_site_name(doc.sitename, title) or outlet_from_url(page_url),
        author=doc.author,
        published=published,
        fmt=fmt,
        modified=modified,
        captured=captured,
    )


def _site_name(name: str | None, title: str | None) -> str | None:
    """The page's site name, unless it holds the page's own title (an og:site_name filled
    with the headline, "Weekly | Online: Forbes: Trump is ...") or is a piece of a URL
    ("example.com?id=1", a name made from the address): then it names no outlet."""
    if name and " " not in name.strip() and re.search(r"[?/#=]", name):
        return None
    if name and title and len(title.split()) >= 3:
        if " ".join(title.casefold().split()) in " ".join(name.casefold().split()):
            return None
    return name


# --------------------------------------------------------------------------- txt / md

_DATELINE = re.compile(
    r"""^(
        \([^)]{1,40}\)\s*[-–—]                                   # (Kyiv) –
      | [A-Z][A-Z.'’\- ]{1,30}(,\s*[A-Za-z.'’\- ]{1,30})?\s*(\([^)]{1,20}\)\s*)?[-–—]{1,2}\s
                                                                # KYIV, Ukraine (AP) —
    )""",
    re.X,
)
_DATE_LINE = re.compile(
    r"^(\w+,?\s+)?(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(\s+\d{1,2})?,?\s+\d{4}\b|^\d{4}-\d{2}-\d{2}\b|^\d{1,2}/\d{1,2}/\d{2,4}$",
    re.I,
)


def _looks_like_headline(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > 150 or len(line.split()) > 20:
        return False
    if not re.search(r"[^\W\d_]", line):
        return False
    end = line.rstrip("\"'”’»)]*_ ")
    if not end or end[-1] in ".,;:":
        return False
    if _DATELINE.match(line) or _DATE_LINE.match(line):
        return False
    if re.match(r"^by\s+\S", line, re.I):  # a byline
        return False
    return True


def _split_title(text: str, *, markdown: bool, titled: bool = False) -> tuple[str | None, str]:
    """(title, body): the first line is the title when it is a Markdown heading or looks like
    a headline (:func:`_looks_like_headline`). ``titled``: the file's metadata already gives
    the title, so a first line that ends as a sentence does ("Is the weir safe?", "... at
    last!") is the body's first sentence, never dropped as a second title. A first line
    that opens a live blog's entry (:func:`consilience.live_entries.opens_with_entry`) is
    the body's, whatever its shape: its time dates the entry's figures."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i == len(lines):
        return None, ""
    first = lines[i].strip()
    rest = "\n".join(lines[i + 1 :]).strip("\n")
    if not rest.strip():
        return None, text.strip("\n")
    if markdown and re.match(r"^#{1,6}\s+\S", first):
        return first.lstrip("#").strip().rstrip("#").strip() or None, rest
    if markdown and i + 1 < len(lines) and re.fullmatch(r"=+\s*", lines[i + 1]):
        return first, "\n".join(lines[i + 2 :]).strip("\n")  # setext "Title\n====="
    if titled and first.rstrip("\"'”’»)]*_ ").endswith(("?", "!")):
        return None, text.strip("\n")
    if opens_with_entry(text):
        return None, text.strip("\n")  # "17:40 Hospital count rises": a blog's newest entry
    if _looks_like_headline(first):
        return first, rest
    return None, text.strip("\n")


_NAME_PARTICLES = {
    "and",
    "&",
    "de",
    "da",
    "di",
    "van",
    "von",
    "der",
    "den",
    "al",
    "el",
    "bin",
    "la",
    "le",
}


def _byline_name(line: str) -> str | None:
    """ "Jane Doe" for a line "By Jane Doe" (capitalised name words only), else None."""
    m = re.match(r"^(?:by|written by)\s+(.+?)\s*$", line.strip(), re.I)
    if not m:
        return None
    name = m.group(1).rstrip(".")
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 8:
        return None
    for w in words:
        if w.lower() not in _NAME_PARTICLES and not w[0].isupper():
            return None
    return name


_BYLINE_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4})\b",
    re.I,
)


@dataclass
class Byline:
    author: str
    outlet: str | None = None
    date: str | None = None


def _parse_byline(line: str) -> Byline | None:
    """ "By Jane Doe", "By Jane Doe, The Outlet | March 17, 2025", "By Jane Doe — 2025-03-17"."""
    head, date = line.strip(), None
    parts = re.split(r"\s+[|·•—–]\s+|\s+-\s+", head)
    if len(parts) > 1:
        dated = [p for p in parts[1:] if _BYLINE_DATE.fullmatch(p.strip().rstrip("."))]
        if len(dated) != len(parts) - 1:
            return None
        head, date = parts[0], dated[0].strip().rstrip(".")
    outlet = None
    name = _byline_name(head)
    if name and "," in name:
        first, _, rest = name.partition(",")
        if len(first.split()) <= 4 and rest.strip():
            # "By Hugh Lambert, Political Editor" names a job, not an outlet
            name, outlet = first.strip(), None if is_role(rest) else rest.strip()
    return Byline(name, outlet, date) if name else None


def _split_byline(body: str) -> tuple[Byline | None, str]:
    """A byline first or last in the body: author (and outlet, date), removed from the body."""
    lines = body.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return None, body
    for i in (filled[0], filled[-1]):
        byline = _parse_byline(lines[i])
        if byline:
            return byline, "\n".join(lines[:i] + lines[i + 1 :]).strip("\n")
    return None, body


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(---|\.\.\.)[ \t]*(\n|\Z)", re.S)
#: a "---" line opening the file, then a ``key: value`` line: front matter begins (a "---"
#: followed by prose is a thematic break, read as text)
_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\n[ \t]*[A-Za-z_][\w-]*[ \t]*:")
#: Why a file whose front matter is never closed is skipped: its fields and its text cannot
#: be told apart (the fields would become the title and the text, the outlet would be lost).
FRONT_MATTER_NOT_CLOSED = (
    "front matter not closed (no '---' line after its fields; add one before the article text)"
)


def unclosed_front_matter(text: str) -> bool:
    """Whether ``text`` opens a front-matter block ("---" then a ``key: value`` line) that
    no "---" (or "...") line closes."""
    return bool(_FRONT_MATTER_OPEN.match(text)) and not _FRONT_MATTER.match(text)


#: one ``key: value`` line of front matter (a one-word field name, then a colon)
_FIELD_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:.*")
#: a line closing front matter
_FENCE_LINE = re.compile(r"(---|\.\.\.)[ \t]*")


def _read_field_names() -> frozenset[str]:
    """Every front-matter field name this tool reads (each name of :data:`MD_FIELDS`)."""
    return frozenset(name for names in MD_FIELDS.values() for name in names)


def _field_head(lines: list[str]) -> list[str]:
    """The field names, lower-cased, of the ``key: value`` lines opening ``lines``."""
    names: list[str] = []
    for line in lines:
        m = _FIELD_LINE.fullmatch(line)
        if not m:
            break
        names.append(m[1].lower())
    return names


def headless_front_matter(text: str) -> tuple[str, list[str]] | None:
    """(the form, the field names of its lines) when ``text`` opens with ``key: value``
    lines that no "---" line opens: "closing" when a "---" line ends them and one names a
    field this tool reads; else "unfenced" for the two or more lines at the top that each
    name a field it reads (a line of another name, "Update: ...", is text again); else
    "lone" for a single such line, which is not told from prose ("Source: Reuters")."""
    if text.startswith("---"):
        return None
    lines = text.split("\n")
    names = _field_head(lines)
    read = _read_field_names()
    after = lines[len(names)] if len(names) < len(lines) else ""
    if any(name in read for name in names) and _FENCE_LINE.fullmatch(after):
        return "closing", names
    known = list(itertools.takewhile(read.__contains__, names))
    if len(known) >= 2:
        return "unfenced", known
    return ("lone", known) if known else None


#: the warning of each form of front matter without an opening "---" line: how it is read
_HEADLESS = {
    "closing": "front matter has a closing '---' line but no opening one; its fields (%s) "
    "are read as front matter (add '---' as the first line)",
    "unfenced": "front matter has no '---' lines around it; its fields (%s) are read as "
    "front matter (put a '---' line before them and one after)",
    "lone": "the first line gives a front-matter field (%s) with no '---' lines around "
    "it; the line is read as text (put a '---' line before it and one after)",
}


def fenced_front_matter(text: str, source: str) -> str:
    """``text`` with the "---" lines its front matter lacks (:func:`headless_front_matter`)
    put back, with one warning line naming ``source``, the form and the fields: such a
    head is read as the front matter it is, never as the article's title and text. A lone
    field line is left as text, with the warning. Other text is returned as it is."""
    found = headless_front_matter(text)
    if found is None:
        return text
    form, names = found
    log.warning(
        "%s: " + _HEADLESS[form],
        escape_line(source),
        escape_line(", ".join(dict.fromkeys(names))),
    )
    if form == "closing":
        return "---\n" + text
    if form == "lone":
        return text
    lines = text.split("\n")
    return "\n".join(["---", *lines[: len(names)], "---", *lines[len(names) :]])


#: a numeric date written year first ("2026-11-27", "2026/11/27 09:20"): month and day
#: must make a calendar day
_YEAR_FIRST_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T ])")


def date_problem(value: str | None) -> str | None:
    """Why a date given in a file's metadata is certainly no date, else None: a year-first
    numeric date whose month and day make no calendar day ("2026-13-45", "2026-02-30"), or
    a value without a digit ("not-a-date", "TBC"). Other values are left to
    :mod:`consilience.normalise`, which parses dates."""
    text = (value or "").strip()
    if not text:
        return None
    m = _YEAR_FIRST_DATE.match(text)
    if m:
        try:
            datetime(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return "is no calendar date"
        return None
    return None if re.search(r"\d", text) else "has no date in it"


def _checked_date(value: str | None, source: str) -> str | None:
    """``value`` (a metadata date of ``source``), or None with a one-line warning naming
    the file and the value when it is certainly no date (:func:`date_problem`): the
    article is read undated rather than dropped, as its text still counts."""
    problem = date_problem(value)
    if problem is None:
        return value
    log.warning(
        "%s: published date %s %s; the article is read without a date",
        escape_line(source),
        escape_line(repr(value)),
        problem,
    )
    return None


def _front_matter(text: str, source: str = "") -> tuple[dict[str, str], str]:
    """(fields, rest) of a Markdown file opening with front matter: each ``key: value`` line
    as ``{key: raw value}`` (quotes kept, checked by :func:`front_matter_problem`); a key
    with no value followed by ``- item`` lines holds those items as a flow list ("[a, b]").
    A line that is none of these (:func:`_malformed_line`) is ignored with a one-line
    warning naming ``source`` and the line."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    items: dict[str, list[str]] = {}
    key = None
    for line in m.group(1).split("\n"):
        item = re.match(r"[ \t]*-[ \t]+(.*)", line)
        if item and key is not None and not meta[key]:
            items.setdefault(key, []).append(item[1].strip())
            continue
        k, sep, v = line.partition(":")
        key = k.strip().lower() if sep and re.fullmatch(r"[A-Za-z_][\w-]*", k.strip()) else None
        if key is not None:
            meta[key] = v.strip()
        elif (problem := _malformed_line(line)) is not None:
            _warn_line(source, line, problem)
    meta.update((k, "[" + ", ".join(names) + "]") for k, names in items.items())
    return meta, text[m.end() :]


def _malformed_line(line: str) -> str | None:
    """Why a front-matter ``line`` that gives no ``key: value`` is malformed, else None: an
    unindented line with no ':' ("outlet Marrow Times") or with no one-word field name
    before it. Blank lines, comments ("# ..."), list items and indented lines (a value
    continued) are well formed."""
    if not line.strip() or line[:1] in " \t#" or re.match(r"-[ \t]", line):
        return None
    return "has no ':'" if ":" not in line else "has no one-word field name before its ':'"


def _warn_line(source: str, line: str, problem: str) -> None:
    """One line of warning: ``source``'s front-matter ``line`` ``problem`` and is ignored
    (the field it meant is read as not given)."""
    log.warning(
        "%s: front matter line %s %s; the line is ignored",
        escape_line(source),
        escape_line(repr(line.strip())),
        problem,
    )


#: the fields a Markdown file's front matter gives, each under any of its names; each holds
#: one string (a list is read only as the authors, joined as a JSON record's are)
MD_FIELDS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "publisher"),
    "published": ("published", "date", "published_at"),
    "url": ("url", "link", "canonical_url"),
    "author": ("author", "byline"),
}
#: a YAML flow collection: a list ("[a, b]") or a mapping ("{name: x}")
_FLOW = re.compile(r"^(\[.*\]|\{.*\})$")
_CLOSERS = {"[": "]", "{": "}"}


def _unbalanced_bracket(value: str) -> str | None:
    """The first square or curly bracket of ``value`` that is never closed, or closed
    without being opened or by the other kind ("[unclosed" -> "["), else None."""
    opened: list[str] = []
    for ch in value:
        if ch in _CLOSERS:
            opened.append(ch)
        elif ch in "]}":
            if not opened or _CLOSERS[opened.pop()] != ch:
                return ch
    return opened[0] if opened else None


def front_matter_problem(field: str, value: str) -> str | None:
    """Why a raw front-matter ``value`` of ``field`` (a key of :data:`MD_FIELDS`) is
    malformed, else None: a quotation mark opening it that nothing closes, a list or mapping
    where one string is meant (an author list is allowed), or an unbalanced square or curly
    bracket. A value quoted whole is one string whatever it holds."""
    if value[:1] in "\"'" and value[0] not in value[1:]:
        return f"opens a quotation mark ({value[0]}) that is never closed"
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return None
    if _FLOW.match(value) and not _unbalanced_bracket(value):
        if field == "author" and value[0] == "[":
            return None
        return "is a list, not one value" if value[0] == "[" else "is a mapping, not one value"
    bracket = _unbalanced_bracket(value)
    if bracket is None:
        return None
    return f"has a '{bracket}' that " + (
        "is never closed" if bracket in _CLOSERS else "closes nothing"
    )


def _md_value(field: str, value: str) -> str:
    """A well-formed raw front-matter value as read: without enclosing quotes, and an
    author list as its names joined by ", "."""
    if field == "author" and _FLOW.match(value):
        names = (_unquote(name.strip()) for name in value[1:-1].split(","))
        return ", ".join(name for name in names if name)
    return _unquote(value)


def md_fields(meta: dict[str, str], source: str) -> dict[str, str | None]:
    """Each field of :data:`MD_FIELDS` as the front matter ``meta`` of ``source`` gives it:
    its value, None when not given, or "" when malformed (:func:`front_matter_problem`),
    with a one-line warning naming the file and the field: the field is left empty, never
    guessed from the malformed value nor from elsewhere."""
    fields: dict[str, str | None] = {}
    for field, keys in MD_FIELDS.items():
        key = next((k for k in keys if _unquote(meta.get(k, ""))), None)
        problem = front_matter_problem(field, meta[key]) if key else None
        if key and problem:
            log.warning(
                "%s: front matter field '%s' %s %s; the field is left empty",
                escape_line(source),
                escape_line(key),
                escape_line(repr(meta[key])),
                problem,
            )
        fields[field] = ("" if problem else _md_value(field, meta[key]) or None) if key else None
        if key is None:
            _warn_empty(field, keys, meta, source)
    _warn_misspelt(meta, source)
    return fields


def _warn_empty(field: str, keys: tuple[str, ...], meta: dict[str, str], source: str) -> None:
    """One warning line when ``source``'s front matter names ``field`` (under one of its
    ``keys``) with no value ("outlet:" alone, or ``""``): the field is read as not given."""
    empty = next((k for k in keys if k in meta), None)
    if empty is not None:
        log.warning(
            "%s: front matter field '%s' has no value; it is read as not given",
            escape_line(source),
            escape_line(empty),
        )


def _warn_misspelt(meta: dict[str, str], source: str) -> None:
    """One warning line for each front-matter key of ``source`` this tool does not read
    that is a near miss of a field name it reads ("titel", "publised"): the field meant
    would be lost in silence. Other keys ("tags", "summary") are ignored quietly."""
    read = sorted(_read_field_names())
    for key in meta:
        if key in read:
            continue
        meant = difflib.get_close_matches(key, read, n=1, cutoff=0.8)
        if meant:
            log.warning(
                "%s: front matter field '%s' is not one this tool reads (did you mean '%s'?);"
                " it is ignored",
                escape_line(source),
                escape_line(key),
                meant[0],
            )


def _given(value: str | None, *fallbacks: str | None) -> str | None:
    """A front-matter field's value (:func:`md_fields`); None when it was malformed (left
    empty); else, when not given, the first of ``fallbacks`` found."""
    if value is not None:
        return value or None
    return next((f for f in fallbacks if f), None)


def _unquote(value: str) -> str:
    """A front-matter value without the quotes that enclose it whole (``"A title"`` ->
    ``A title``); a value that only starts or ends with a quotation mark keeps it
    (``"Gone": a town digs out`` stays as written)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _read_text_capped(fh: BinaryIO, path: str, opts: ReadOptions) -> str | Skipped:
    """The file's text, decoded by detection, or why it cannot be read."""
    data = _read_capped(fh, path, opts)
    if isinstance(data, Skipped):
        return data
    return _decode_or_skip(data, path)


#: Why a brief this tool wrote is not read back as an article (``brief news/ -o
#: news/brief.html`` run twice would otherwise add the brief to its own story).
OWN_OUTPUT = "a brief written by consilience (its own output), not an article"
#: The generator tag of an HTML brief (``templates/brief.html``).
_OWN_HTML = re.compile(r"<meta\s+name=[\"']?generator[\"']?\s+content=[\"']?consilience\b", re.I)
#: The coverage line under the title of a Markdown brief (``render_md``).
_OWN_MD = re.compile(r"^\*\d+ articles? from [^\n]* · story `[^`\n]+`\*$", re.M)


def _plain_text_head(text: str, source: str) -> str:
    """``text`` of a plain-text file as it is, with one warning line naming ``source`` when
    it opens with front matter giving a field this tool reads (fenced, closed or not, or
    :func:`headless_front_matter`): a .txt is read as plain text, so its fields stay in
    the text; a .md has them read."""
    fenced = text.startswith("---") and set(_field_head(text.split("\n")[1:]))
    head = headless_front_matter(text)
    if (fenced and fenced & _read_field_names()) or (head and head[0] != "lone"):
        log.warning(
            "%s: opens with front matter, which a .txt file keeps as plain text "
            "(rename it to .md to have its fields read)",
            escape_line(source),
        )
    return text


def _read_text(path: str, fh: BinaryIO, opts: ReadOptions, *, markdown: bool) -> Iterator[Result]:
    text = _read_text_capped(fh, path, opts)
    if isinstance(text, Skipped):
        yield text
        return
    if _OWN_MD.search(text[:2048]):
        yield Skipped(path, OWN_OUTPUT)
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    text = fenced_front_matter(text, path) if markdown else _plain_text_head(text, path)
    if markdown and unclosed_front_matter(text):
        yield Skipped(path, FRONT_MATTER_NOT_CLOSED)
        return
    if markdown:
        meta, text = _front_matter(text, path)
    fields = md_fields(meta, path)
    title, body = _split_title(unwrap(text), markdown=markdown, titled=fields["title"] is not None)
    if markdown and has_markup(body):
        body = markdown_to_text(body, html_to_text)
    if markdown and title and has_markup(title):
        title = markdown_to_text(title, html_to_text)
    byline, body = _split_byline(body)
    url = _given(fields["url"])
    published = fields["published"]
    if published:  # certainly no date: read undated, or dated by the byline, as before
        published = _checked_date(published, path)
    yield RawArticle(
        source=path,
        text=body,
        title=_given(fields["title"], title),
        url=url if _is_http_url(url) else None,
        outlet=_given(fields["outlet"], outlet_from_url(url), byline.outlet if byline else None),
        author=_given(fields["author"], byline.author if byline else None),
        published=_given(published, byline.date if byline else None),
        fmt="md" if markdown else "txt",
    )


@register("txt", ".txt", ".text")
def read_txt(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """Plain text; the first line is the title when it looks like a headline."""
    return _read_text(path, fh, opts, markdown=False)


@register("table", ".csv", ".tsv")
def read_table(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """A CSV or TSV file is a table, never one article: skipped with the reason (read as
    text it would become an article of cells). A metadata manifest goes with ``--meta``."""
    yield Skipped(path, "a CSV/TSV table, not article text (a metadata manifest goes with --meta)")


@register("md", ".md", ".markdown")
def read_md(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """Markdown; a leading ``# Title`` (or a headline-like first line) is the title."""
    return _read_text(path, fh, opts, markdown=True)


@register("html", ".html", ".htm", ".xhtml")
def read_html_file(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    data = _read_capped(fh, path, opts)
    if isinstance(data, Skipped):
        yield data
        return
    yield read_html(data, source=path, fmt="html")


# --------------------------------------------------------------------------- JSON / JSONL

#: JSON Feed (jsonfeed.org) items hold ``content_html`` / ``content_text``, and a
#: ``summary`` when they carry no content (as an RSS entry's description)
TEXT_KEYS = (
    "text",
    "body",
    "content",
    "content_html",
    "content_text",
    "maintext",
    "full_text",
    "article_text",
    "article",
    "articleBody",  # schema.org NewsArticle (a saved JSON-LD block, a CMS API export)
    "summary",
)
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link", "canonical_url", "mainEntityOfPage")
DATE_KEYS = (
    "published",
    "date",
    "pubDate",
    "published_at",
    "publishedAt",
    "date_publish",
    "date_published",
    "datePublished",
)
MODIFIED_KEYS = (
    "modified",
    "dateModified",
    "date_modified",
    "updated",
    "updated_at",
    "updatedAt",
    "last_modified",
    "lastModified",
)
OUTLET_KEYS = ("outlet", "source", "site", "site_name", "publisher", "source_domain")
AUTHOR_KEYS = ("author", "byline", "authors", "creator")
ID_KEYS = ("id", "guid", "_id", "uuid")
CONTAINER_KEYS = ("articles", "items", "entries", "documents", "data", "results")


def _record_text(value: Any) -> str | None:
    if isinstance(value, list):
        parts = [p for p in (_record_text(v) for v in value) if p]
        return "\n\n".join(parts) if parts else None
    if isinstance(value, dict):
        return _record_text(_first(value, ("value", "text", "html", "body")))
    if isinstance(value, str):
        return html_to_text(value)
    return None


def _record_date(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        secs = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(secs, UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return _str(value)


def record_to_raw(
    obj: dict[str, Any], source: str, fmt: str, *, outlet: str | None = None
) -> Result:
    """A JSON object (one article) to a RawArticle, or Skipped when it has no text field.

    ``outlet``: the outlet of the file the record sits in (a JSON Feed's title), used when
    the record names none.
    """
    raw_text = _first(obj, TEXT_KEYS)
    if raw_text is None:
        present = [k for k in TEXT_KEYS if k in obj]
        if present:
            return Skipped(source, f"empty text field ({present[0]})")
        return Skipped(source, "no text field (expected one of: text, body, content)")
    text = _record_text(raw_text)
    if text is None:
        return Skipped(source, "the text field is not a string")
    url = _str(_first(obj, URL_KEYS))
    url = url if _is_http_url(url) else None
    own_outlet = _str(_first(obj, OUTLET_KEYS))
    if own_outlet and _is_http_url(own_outlet):
        own_outlet = outlet_from_url(own_outlet)
    title = _str(_first(obj, TITLE_KEYS))
    return RawArticle(
        source=source,
        text=text,
        title=html_to_text(title) if title else None,
        url=url,
        outlet=own_outlet or outlet or outlet_from_url(url),
        author=_str(_first(obj, AUTHOR_KEYS)),
        published=_record_date(_first(obj, DATE_KEYS)),
        fmt=fmt,
        modified=_record_date(_first(obj, MODIFIED_KEYS)),
    )


def _record_key(obj: dict[str, Any]) -> Any:
    key = _first(obj, ID_KEYS)
    if isinstance(key, dict | list):
        key = None
    return key if key is not None else _str(_first(obj, URL_KEYS))


def _safe_record_key(obj: dict[str, Any]) -> Any:
    try:
        return _record_key(obj)
    except (Exception, RecursionError):
        return None


def json_reason(exc: json.JSONDecodeError) -> str:
    """What a JSON parse error says, whole and with its column: ``"column 29: invalid
    control character"``. The decoder's message ends in a dangling "at" or "starting at"
    (``"Invalid control character at"``), whose position it gives apart: those are dropped
    and the column put first."""
    msg = exc.msg.removesuffix(" at").removesuffix(" starting")
    return f"column {exc.colno}: {msg[:1].lower()}{msg[1:]}"


@register("json", ".json")
def read_json(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """A JSON object (one article) or an array of objects (``FILE#KEY`` per record)."""
    text = _read_text_capped(fh, path, opts)
    if isinstance(text, Skipped):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            # one object per line in a .json file: read it as JSONL
            yield from read_jsonl(path, io.BytesIO(text.encode("utf-8")), opts)
            return
        yield Skipped(path, f"malformed JSON (line {exc.lineno}, {json_reason(exc)})")
        return
    except (ValueError, RecursionError) as exc:  # deep nesting, a 5,000-digit number
        yield Skipped(path, _record_failure(exc))
        return
    feed_outlet = _json_feed_outlet(value)
    # a top-level "summary" describes a container, it is no article's text
    if isinstance(value, dict) and (feed_outlet or _first(value, TEXT_KEYS[:-1]) is None):
        for k in CONTAINER_KEYS:
            if isinstance(value.get(k), list):
                value = value[k]
                break
    if isinstance(value, dict):
        yield record_to_raw(value, path, "json")
        return
    if not isinstance(value, list):
        yield Skipped(path, "JSON is neither an object nor an array of objects")
        return
    if not value:
        yield Skipped(path, "no articles in the JSON array")
        return
    keys = _Keys(path)
    for pos, obj in enumerate(value, 1):
        if not isinstance(obj, dict):
            yield Skipped(keys.source(None, pos), "not a JSON object")
            continue
        where = keys.source(_safe_record_key(obj), pos)
        yield _safe_record(
            where,
            lambda obj=obj, where=where: record_to_raw(obj, where, "json", outlet=feed_outlet),
        )


def _json_feed_outlet(value: Any) -> str | None:
    """The outlet of a JSON Feed (jsonfeed.org: a ``version`` URL naming it, ``items``),
    from its title and home page as for an RSS feed; None for any other JSON."""
    if not isinstance(value, dict) or "jsonfeed.org" not in str(value.get("version") or ""):
        return None
    home = _str(value.get("home_page_url"))
    return _feed_outlet(_str(value.get("title")), home if _is_http_url(home) else None)


def _feed_outlet(title: str | None, link: str | None) -> str | None:
    """The outlet of a feed from its title and site link: the title's outlet part, or the
    link's domain when the title names only a section ("Technology", "World news"), since
    two outlets' "World" feeds are two outlets. The title is matched against the link's host
    only: a section feed's link carries the section's path ("https://site.example/video")."""
    host = urlsplit(link).netloc if link and _is_http_url(link) else None
    name = outlet_from_feed_title(title, host or link)
    if name and link and _is_section(name):
        return outlet_from_url(link)
    return name or outlet_from_url(link)


def _record_failure(exc: BaseException) -> str:
    """One line for an unexpected failure while reading one record."""
    if isinstance(exc, RecursionError):
        return "nested too deeply to read"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "a number too long to read"
    first = (str(exc).strip().splitlines() or [""])[0][:120]
    return f"unreadable record ({type(exc).__name__}{': ' + first if first else ''})"


def _safe_record(where: str, build: Callable[[], Result]) -> Result:
    """``build()``, or a Skipped naming ``where`` when reading this one record fails in any
    way (deep nesting, an over-long number, a reader bug): the other records go on."""
    try:
        return build()
    except (Exception, RecursionError) as exc:  # one record must never end the file
        return Skipped(where, _record_failure(exc))


def _parse_jsonl_line(line: bytes, where: str, keys: _Keys, lineno: int) -> Result:
    text = decode_bytes(line)
    if text is None:
        return Skipped(where, "could not detect the text encoding")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"malformed JSON line ({json_reason(exc)})")
    if not isinstance(obj, dict):
        return Skipped(where, "not a JSON object")
    return record_to_raw(obj, keys.source(_record_key(obj), lineno), "jsonl")


def _jsonl_record(line: bytes, where: str, keys: _Keys, lineno: int) -> Result:
    """One JSONL line as an article or a Skipped named ``FILE:LINE``; never raises."""
    return _safe_record(where, lambda: _parse_jsonl_line(line, where, keys, lineno))


@register("jsonl", ".jsonl", ".ndjson", ".jsonlines", streaming=True)
def read_jsonl(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """One JSON object per line; a bad line is one Skipped naming ``FILE:LINE``."""
    head = fh.read(8192)
    if not head.strip():
        yield Skipped(path, "empty file")
        return
    if _looks_binary(head):
        yield Skipped(path, binary_reason(head))
        return
    fh.seek(0)
    keys = _Keys(path)
    seen_any = False
    lineno = 0
    while True:
        line = fh.readline(opts.max_bytes + 1)
        if not line:
            break
        lineno += 1
        if len(line) > opts.max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = fh.readline(1 << 20)
            seen_any = True
            yield Skipped(f"{path}:{lineno}", _too_large(opts.max_bytes))
            continue
        if lineno == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if not line.strip():
            continue
        seen_any = True
        yield _jsonl_record(line, f"{path}:{lineno}", keys, lineno)
    if not seen_any:
        yield Skipped(path, "empty file")


# --------------------------------------------------------------------------- feeds


def _feed_date(entry: Any) -> str | None:
    """The entry's date as ISO, keeping the local date as written (feedparser's
    ``*_parsed`` fields are converted to UTC and can move an evening story to the next day).
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        if re.match(r"\d{4}-\d{2}-\d{2}", raw):
            return raw
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return None


def _feed_modified(entry: Any) -> str | None:
    """The entry's "updated" date when it also has a distinct "published" one."""
    # plain dict lookups: feedparser maps a missing "published" to "updated" (deprecated)
    published, updated = dict.get(entry, "published"), dict.get(entry, "updated")
    if not published or not updated or published == updated:
        return None
    try:
        return parsedate_to_datetime(updated).isoformat()
    except (TypeError, ValueError, IndexError):
        return updated


_BODY_TAGS = ("encoded", "content", "description", "summary")


def _raw_feed_bodies(data: bytes, count: int) -> list[str] | None:
    """The raw text of each item's/entry's body element, in document order, or None when
    the XML cannot be parsed or its items do not line up with feedparser's ``count``."""
    from lxml import etree

    try:
        parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    items = root.xpath("//*[local-name()='item' or local-name()='entry']")
    if len(items) != count:
        return None
    bodies = []
    for item in items:
        texts = {
            etree.QName(c).localname: "".join(c.itertext()) for c in item if isinstance(c.tag, str)
        }
        bodies.append(next((texts[t] for t in _BODY_TAGS if texts.get(t, "").strip()), ""))
    return bodies


def _feed_entry_text(entry: Any, own: str | None = None) -> str:
    """The entry's body as text: its content, else its summary (``own``: its link)."""
    candidates = []
    for c in entry.get("content") or []:
        candidates.append((c.get("value") or "", c.get("type") or ""))
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    for value, ctype in candidates:
        if not value.strip():
            continue
        text = value if ctype == "text/plain" else html_to_text(value, own)
        if text.strip():
            return text
    return ""


def _read_feed_bytes(source: str, data: bytes) -> Iterator[Result]:
    """Read an RSS/Atom feed's bytes into one ``RawArticle`` per entry with text.

    Yields ``Skipped`` for the whole feed when it is over the element budget, unparseable, has no
    entry, or (malformed XML) no entry with text; and one ``Skipped`` per entry without text.
    """
    import feedparser

    over = markup_over_budget(data, MAX_FEED_ELEMENTS)
    if over:
        yield Skipped(source, over.replace("HTML", "XML").replace("a page", "a feed"))
        return
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient; this is a last resort
        yield Skipped(source, f"malformed feed ({type(exc).__name__})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        yield Skipped(source, _no_entries_reason(parsed, data))
        return
    results = _feed_entries(source, data, parsed, entries)
    if parsed.get("bozo") and not any(isinstance(r, RawArticle) for r in results):
        yield Skipped(source, f"malformed XML, no feed entry with text recovered ({_bozo(parsed)})")
        return
    yield from results


def _no_entries_reason(parsed: Any, data: bytes) -> str:
    """The one-line reason a parsed feed with no entries is skipped (malformed, sitemap, not a feed)."""
    if parsed.get("bozo"):
        return f"malformed XML, no feed entry recovered ({_bozo(parsed)})"
    if _SITEMAP.search(data[:4096]):
        return "a sitemap (a list of page addresses), not articles: give the pages"
    if not parsed.get("version"):
        return "not an RSS or Atom feed"
    return "the feed has no entries"


def _feed_entries(source: str, data: bytes, parsed: Any, entries: list[Any]) -> list[Result]:
    """One ``RawArticle`` (or ``Skipped`` when it has no text) per feed entry, in feed order."""
    feed = parsed.get("feed") or {}
    feed_outlet = _feed_outlet(_str(feed.get("title")), _str(feed.get("link")))
    keys = _Keys(source)
    results: list[Result] = []
    raw_bodies: list[str] | None = None
    for pos, entry in enumerate(entries, 1):
        link = entry.get("link")
        link = link if _is_http_url(link) else None
        rec_source = keys.source(entry.get("id") or link, pos)
        text = _feed_entry_text(entry, link)
        if not text.strip():
            # feedparser drops CDATA it finds inside a description (escaped or nested):
            # read the entry's own markup from the XML instead
            if raw_bodies is None:
                raw_bodies = _raw_feed_bodies(data, len(entries))
            text = html_to_text(raw_bodies[pos - 1], link) if raw_bodies else ""
        if not text.strip():
            results.append(Skipped(rec_source, "the feed entry has no text"))
            continue
        title = entry.get("title")
        results.append(
            RawArticle(
                source=rec_source,
                text=text,
                title=html_to_text(title) if title else None,
                url=link,
                outlet=feed_outlet or outlet_from_url(link),
                author=_str(entry.get("author")),
                published=_feed_date(entry),
                fmt="feed",
                modified=_feed_modified(entry),
            )
        )
    return results


#: the root of an XML sitemap (sitemaps.org) or sitemap index
_SITEMAP = re.compile(rb"<(?:\w+:)?(?:urlset|sitemapindex)\b")


def _bozo(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "unknown error"
    return getattr(exc, "getMessage", lambda: str(exc))()


@register("feed", ".rss", ".atom", ".xml", ".rdf")
def read_feed(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """RSS 0.9x/1.0/2.0 or Atom via feedparser: one article per entry with text."""
    data = _read_capped(fh, path, opts)
    if isinstance(data, Skipped):
        yield data
        return
    yield from _read_feed_bytes(path, data)


# --------------------------------------------------------------------------- WARC


def _gzip_damage(fh: BinaryIO) -> str | None:
    """None when the gzip stream in ``fh`` is complete, else what is wrong with it."""
    try:
        fh.seek(0)
        with gzip.GzipFile(fileobj=fh) as gz:
            while gz.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc) or type(exc).__name__
    return None


class _WarcioNotes(logging.Handler):
    """Collects what warcio would print or log while records are read."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _quiet_records(records: Iterator[Any], notes: _WarcioNotes) -> Iterator[Any]:
    """``records`` with warcio's own stderr writes and log warnings captured in ``notes``
    (only while warcio itself runs: a consumer's output between records is untouched)."""
    warcio_log = logging.getLogger("warcio")
    while True:
        buf = io.StringIO()
        propagate = warcio_log.propagate
        warcio_log.addHandler(notes)
        warcio_log.propagate = False
        try:
            with contextlib.redirect_stderr(buf):
                rec = next(records, None)
        finally:
            warcio_log.removeHandler(notes)
            warcio_log.propagate = propagate
            if buf.getvalue().strip():
                notes.messages.append(buf.getvalue())
        if rec is None:
            return
        yield rec


def _warcio_summary(path: str, messages: list[str]) -> str:
    """One plain line for what warcio complained about in ``path``."""
    bad_length = sum("Content-Length" in m for m in messages)
    other = len(messages) - bad_length
    parts = []
    if bad_length:
        parts.append(
            f"{bad_length} record(s) not followed by a blank line (a wrong Content-Length?)"
        )
    if other:
        parts.append(f"{other} other warning(s) from the WARC reader")
    return f"{escape_line(path)}: {'; '.join(parts)}; read what could be read"


@register("warc", ".warc", ".warc.gz", ".arc", ".arc.gz", streaming=True)
def read_warc(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """Each HTML page of a WARC or ARC archive through the HTML reader; a damaged archive
    yields what was read before the damage, then one Skipped naming it.

    A page is an HTTP 200 ``response`` record with an HTML Content-Type, or a ``resource``
    record (a page saved without its HTTP exchange, as wget and Webrecorder write them)
    whose record Content-Type is HTML. ARC records are read through warcio's ``arc2warc``.
    The record's WARC-Date is kept as ``captured``, never as the publication date. An
    archive gzipped as one stream (``gzip crawl.warc``), which warcio refuses after its first
    record, is read again decompressed, from the page after the last one read.
    """
    yield from _read_archive(path, fh, opts)


def _read_archive(path: str, fh: BinaryIO, opts: ReadOptions, skip: int = 0) -> Iterator[Result]:
    """:func:`read_warc`, leaving out the first ``skip`` pages (read before a retry)."""
    gzipped, refusal = _warc_head(path, fh)
    if refusal is not None:
        yield refusal
        return
    walk = _ArchiveWalk()
    notes = _WarcioNotes()
    try:
        yield from _archive_pages(path, fh, opts, skip, walk, notes)
    except Exception as exc:  # warcio fails in assorted ways on damaged archives
        walk.damage = _warc_damage(exc)
    if notes.messages:
        log.warning(_warcio_summary(path, notes.messages))
    if walk.damage is not None and "non-chunked gzip" in walk.damage and gzipped:
        fh.seek(0)
        with gzip.GzipFile(fileobj=fh) as whole:
            yield from _read_archive(path, whole, opts, skip=walk.pages)  # type: ignore[arg-type]
        return
    end = _archive_end(path, fh, gzipped, walk)
    if end is not None:
        yield end


@dataclass
class _ArchiveWalk:
    """How far one pass over an archive's records got: ``pages`` HTML pages met (read,
    skipped as too large, or left out as read before a retry) and the ``damage`` that
    stopped it (None while the records read whole)."""

    pages: int = 0
    damage: str | None = None


def _archive_pages(
    path: str,
    fh: BinaryIO,
    opts: ReadOptions,
    skip: int,
    walk: _ArchiveWalk,
    notes: _WarcioNotes,
) -> Iterator[Result]:
    """Each HTML page of the archive ``fh`` after the first ``skip`` (:func:`_archive_page`),
    counted in ``walk``; stops at a record cut short (``walk.damage``). warcio's errors on a
    damaged archive propagate; its log lines go to ``notes`` (:class:`_WarcioNotes`)."""
    from warcio.archiveiterator import ArchiveIterator

    keys = _Keys(path)
    records = iter(ArchiveIterator(fh, arc2warc=True))
    for pos, rec in enumerate(_quiet_records(records, notes), 1):
        ctype = _html_response(rec)
        if ctype is None:
            continue
        if walk.pages < skip:
            walk.pages += 1
            continue
        page = _archive_page(rec, ctype, keys, pos, opts, walk)
        if page is None:
            break
        yield page


def _archive_page(
    rec: Any, ctype: str, keys: _Keys, pos: int, opts: ReadOptions, walk: _ArchiveWalk
) -> Result | None:
    """The page of the HTML record ``rec`` (the ``pos``-th record; ``ctype`` its
    Content-Type) read through :func:`read_html`, a Skipped when its payload passes
    ``opts.max_bytes``, or None when the archive ends inside it (``walk.damage`` says so).
    A page read or skipped counts in ``walk.pages``."""
    uri = rec.rec_headers.get_header("WARC-Target-URI")
    uri = uri.strip("<>") if uri else None
    source = keys.source(uri, pos)
    payload = rec.content_stream().read(opts.max_bytes + 1)
    if len(payload) > opts.max_bytes:
        walk.pages += 1
        return Skipped(source, _too_large(opts.max_bytes))
    if _cut_short(rec, len(payload)):
        walk.damage = "the last record is cut short"
        return None
    walk.pages += 1
    return read_html(
        payload,
        source=source,
        url=uri if _is_http_url(uri) else None,
        fmt="warc",
        declared=_charset_from_content_type(ctype),
        captured=rec.rec_headers.get_header("WARC-Date"),
    )


def _archive_end(path: str, fh: BinaryIO, gzipped: bool, walk: _ArchiveWalk) -> Skipped | None:
    """The Skipped closing a pass over an archive: the damage that stopped it (a gzipped
    archive read whole is checked for a cut-short or corrupt gzip stream), or no HTML page
    in a whole archive; None when pages were read and nothing was damaged."""
    damage = walk.damage
    if damage is None and gzipped:
        damage = _gzip_damage(fh)
    if damage is not None:
        return Skipped(
            path,
            f"truncated or corrupt WARC ({damage}); {walk.pages} page(s) read before the damage",
        )
    if walk.pages == 0:
        return Skipped(path, "no HTML pages (HTTP 200 responses or saved resources) in the archive")
    return None


def _warc_head(path: str, fh: BinaryIO) -> tuple[bool, Skipped | None]:
    """``(gzipped, refusal)`` from the first 4 KiB of ``fh`` (rewound afterwards): a
    Skipped when the file is empty or starts with neither a ``WARC/1.x`` header nor an ARC
    version block (``filedesc://``)."""
    head = fh.read(4096)
    fh.seek(0)
    if not head:
        return False, Skipped(path, "empty file")
    gzipped = head.startswith(_GZIP_MAGIC)
    plain_head = _gunzip_head(head) if gzipped else head
    if plain_head.lstrip().startswith(_ARCHIVE_HEADS):
        return gzipped, None
    if gzipped and not plain_head:
        return gzipped, Skipped(path, "truncated or corrupt gzip, not a readable WARC")
    return gzipped, Skipped(path, "not a WARC file (no WARC/1.x header, no ARC version block)")


def _html_response(rec: Any) -> str | None:
    """The Content-Type of a WARC record that is an HTML page (an HTTP 200 response, or a
    ``resource`` record whose own Content-Type is HTML), else None."""
    if rec.rec_type == "resource":
        ctype = rec.rec_headers.get_header("Content-Type") or ""
        return ctype if "html" in ctype.lower() else None
    if rec.rec_type != "response" or rec.http_headers is None:
        return None
    if rec.http_headers.get_statuscode() != "200":
        return None
    ctype = rec.http_headers.get_header("Content-Type") or ""
    return ctype if "html" in ctype.lower() else None


def _cut_short(rec: Any, read: int) -> bool:
    """Whether the archive ends inside ``rec`` before its page is whole (``read``: payload
    bytes read). Record bytes left after the payload are drained first; an archive that
    ends short of the record's declared length still holds a whole page when the payload
    reached the HTTP Content-Length (warcio's own ARC samples end so)."""
    stream = rec.raw_stream
    while getattr(stream, "limit", 0) and stream.read(1 << 16):
        pass
    if not getattr(stream, "limit", 0):
        return False
    declared = rec.http_headers.get_header("Content-Length") if rec.http_headers else None
    return not (declared and declared.strip().isdigit() and read >= int(declared))


def _warc_damage(exc: Exception) -> str:
    """A one-line account of what warcio raised on a damaged archive."""
    from warcio.exceptions import ArchiveLoadFailed

    message = str(exc).strip()
    if isinstance(exc, ArchiveLoadFailed | EOFError | OSError | zlib.error) and message:
        return message.splitlines()[0]
    return "a record's headers or body cut short or malformed"


# --------------------------------------------------------------------------- URLs


def _dns_failure(message: str) -> bool:
    m = message.lower()
    return any(
        s in m
        for s in (
            "name or service not known",
            "nodename nor servname",
            "temporary failure in name resolution",
            "no address associated",
            "getaddrinfo failed",
            "name resolution",
        )
    )


_ALLOW_PRIVATE: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "consilience_allow_private_urls", default=False
)


@contextlib.contextmanager
def private_urls_allowed(allow: bool = True) -> Iterator[None]:
    """Within the block (this thread or task), URLs on loopback, private and link-local
    addresses are fetched (``--allow-private-urls``); by default they are refused."""
    token = _ALLOW_PRIVATE.set(allow)
    try:
        yield
    finally:
        _ALLOW_PRIVATE.reset(token)


def _non_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_unspecified
        or ip.is_multicast
        or ip.is_reserved
    )


async def _private_address(url: str) -> str | None:
    """The first loopback/private/link-local address ``url``'s host resolves to, or None
    (also None when the name does not resolve: the request then reports the DNS failure)."""
    host = (urlsplit(url).hostname or "").strip("[]")
    try:
        addrs = [ipaddress.ip_address(host)]
    except ValueError:
        import asyncio
        import socket

        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, None, type=socket.SOCK_STREAM
            )
        except OSError:
            return None
        addrs = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    bad = next((a for a in addrs if _non_public(a)), None)
    return str(bad) if bad is not None else None


def _refused(url: str, address: str, hop: str | None) -> Skipped:
    where = f"redirects to {hop}, which" if hop else "its host"
    return Skipped(
        url,
        f"refused: {where} is a private or loopback address ({address}); "
        "use --allow-private-urls to fetch it",
    )


@dataclass
class _FetchSpec:
    url: str
    max_bytes: int
    allow_private: bool
    transport: Any = None


async def _fetch_async(spec: _FetchSpec, client: Any) -> tuple[bytes, str, str] | Skipped:
    """Follow at most ``MAX_REDIRECTS`` redirects by hand, checking each hop's address."""
    current, hop = spec.url, None
    too_large = Skipped(spec.url, f"page {_too_large(spec.max_bytes)}")
    for _ in range(MAX_REDIRECTS + 1):
        if not spec.allow_private:
            bad = await _private_address(current)
            if bad is not None:
                return _refused(spec.url, bad, hop)
        async with client.stream("GET", current) as resp:
            if resp.is_redirect and resp.next_request is not None:
                current = hop = str(resp.next_request.url)
                continue
            if not 200 <= resp.status_code < 300:
                return Skipped(spec.url, f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            length = resp.headers.get("content-length", "")
            if length.isdigit() and int(length) > spec.max_bytes:
                return too_large
            chunks: list[bytes] = []
            total = 0
            async for chunk in resp.aiter_bytes():
                total += len(chunk)
                if total > spec.max_bytes:
                    return too_large
                chunks.append(chunk)
            return b"".join(chunks), resp.headers.get("content-type", ""), str(resp.url)
    return Skipped(spec.url, f"too many redirects (more than {MAX_REDIRECTS})")


async def _fetch_within(spec: _FetchSpec, timeout: float) -> tuple[bytes, str, str] | Skipped:
    """:func:`_fetch_async` under one deadline of ``timeout`` seconds for everything."""
    import asyncio

    import httpx

    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;"
        "q=0.9,*/*;q=0.5",
    }
    async with httpx.AsyncClient(
        follow_redirects=False, timeout=timeout, headers=headers, transport=spec.transport
    ) as client:
        try:
            async with asyncio.timeout(timeout):
                return await _fetch_async(spec, client)
        except TimeoutError:
            return Skipped(spec.url, f"timed out after {timeout:g} s")


def _run_coroutine(make: Callable[[], Any]) -> Any:
    """Run the coroutine ``make()`` returns to completion from synchronous code, in a helper
    thread when this thread already runs an event loop."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    box: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            box.append(asyncio.run(make()))
        except BaseException as exc:  # raised again in the caller's thread
            failed.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join()
    if failed:
        raise failed[0]
    return box[0]


def fetch(
    url: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch_timeout: float = 20.0,
    allow_private: bool | None = None,
    transport: Any = None,
) -> tuple[bytes, str, str] | Skipped:
    """GET ``url``: (body, content type, final URL) or a Skipped with a one-line reason.

    At most ``MAX_REDIRECTS`` redirects; one deadline of ``fetch_timeout`` seconds covers
    DNS, connect, headers and body together; the size cap is enforced while streaming. A URL
    or redirect whose host is a loopback, private or link-local address is refused unless
    ``allow_private`` (default: :func:`private_urls_allowed`). ``transport`` is an httpx
    async transport (tests)."""
    import httpx

    allow = _ALLOW_PRIVATE.get() if allow_private is None else allow_private
    spec = _FetchSpec(url, max_bytes, allow, transport)
    try:
        return _run_coroutine(lambda: _fetch_within(spec, fetch_timeout))
    except httpx.TimeoutException:
        return Skipped(url, f"timed out after {fetch_timeout:g} s")
    except httpx.ConnectError as exc:
        return _connect_failure(url, exc)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        return Skipped(url, f"invalid URL ({exc})")
    except httpx.HTTPError as exc:
        return Skipped(url, f"download failed ({type(exc).__name__}: {exc})")


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and the exceptions it was raised from, outermost first (at most ten)."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return
        yield seen
        seen = seen.__cause__ or seen.__context__


def _connect_failure(url: str, exc: Exception) -> Skipped:
    """One line for a failed connection: DNS, refused, or httpx's own words."""
    import socket

    chain = list(_causes(exc))
    if any(isinstance(e, socket.gaierror) or _dns_failure(str(e)) for e in chain):
        return Skipped(url, "could not resolve the host name (DNS)")
    if any(isinstance(e, ConnectionRefusedError) or "refused" in str(e).lower() for e in chain):
        return Skipped(url, "connection refused")
    return Skipped(url, f"could not connect ({str(exc) or type(exc).__name__})")


def read_url(
    url: str, *, max_bytes: int = DEFAULT_MAX_BYTES, fetch_timeout: float = 20.0
) -> Iterator[Result]:
    """Fetch an http(s) URL and read it as HTML (or as a feed when it is one)."""
    got = fetch(url, max_bytes=max_bytes, fetch_timeout=fetch_timeout)
    if isinstance(got, Skipped):
        yield got
        return
    data, ctype, final_url = got
    if not data.strip():
        yield Skipped(url, "empty response")
        return
    mime = ctype.split(";")[0].strip().lower()
    sniffed = _sniff_content(data[:4096])
    if mime in ("text/html", "application/xhtml+xml") or (
        mime in ("", "text/plain", "application/octet-stream") and sniffed == "html"
    ):
        yield read_html(
            data,
            source=url,
            url=final_url,
            fmt="url",
            declared=_charset_from_content_type(ctype),
        )
    elif sniffed == "feed" and ("xml" in mime or "rss" in mime or "atom" in mime or not mime):
        yield from _read_feed_bytes(url, data)
    else:
        yield Skipped(url, f"not an HTML page (content type: {mime or 'none'})")


# --------------------------------------------------------------------------- entry points


def _run_reader(fmt: str, source: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    try:
        yield from READERS[fmt](source, fh, opts)
    except Exception as exc:  # a reader bug must not end the whole run
        yield Skipped(source, f"could not read as {fmt} ({type(exc).__name__}: {exc})")


_DISPLAY_NAMES: contextvars.ContextVar[Mapping[str, str] | None] = contextvars.ContextVar(
    "consilience_display_names", default=None
)


@contextlib.contextmanager
def display_names(names: Mapping[str, str]) -> Iterator[None]:
    """Within the block (this thread or task only), a file read from a path in ``names`` gets
    the mapped name as its source, in articles and skips alike: an upload saved as
    ``/tmp/x/000_report.html`` is stored as ``report.html`` (``report.html#KEY`` per record)."""
    token = _DISPLAY_NAMES.set(dict(names))
    try:
        yield
    finally:
        _DISPLAY_NAMES.reset(token)


def _renamed(results: Iterator[Result], path: str) -> Iterator[Result]:
    """``results`` of the file at ``path`` with ``path`` replaced by its display name."""
    name = (_DISPLAY_NAMES.get() or {}).get(path)
    if name is None:
        yield from results
        return
    for r in results:
        if r.source == path or r.source.startswith((path + "#", path + ":")):
            r = dataclasses.replace(r, source=name + r.source[len(path) :])
        yield r


def canonical_sources(results: Iterable[Result], path: str, real: str) -> Iterator[Result]:
    """``results`` of the file read as ``path`` with ``path`` in each article's source
    replaced by ``real``, its canonical form (``os.path.realpath``: absolute, symlinks
    resolved), so one file read by a relative path, an absolute one or through a symlink
    is one source (``FILE`` or ``FILE#KEY`` per record). Sources renamed by
    :func:`display_names` and skipped inputs (named as given) are left alone."""
    for r in results:
        if isinstance(r, RawArticle) and (
            r.source == path or r.source.startswith((path + "#", path + ":"))
        ):
            r = dataclasses.replace(r, source=real + r.source[len(path) :])
        yield r


def read_path(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, fetch_timeout: float = 20.0
) -> Iterator[Result]:
    """Read one file. The size cap is checked on the file size before reading
    (per record for streaming formats: WARC, JSONL). Sources are renamed as set by
    :func:`display_names`."""
    return _renamed(_read_path(path, max_bytes=max_bytes, fetch_timeout=fetch_timeout), path)


def _read_path(
    path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, fetch_timeout: float = 20.0
) -> Iterator[Result]:
    opts = ReadOptions(max_bytes, fetch_timeout)
    try:
        size = os.stat(path).st_size
        if size == 0:
            yield Skipped(path, "empty file")
            return
        with open(path, "rb") as fh:
            head = fh.read(4096)
            fmt = sniff(path, head)
            if fmt != "warc" and head.startswith(_GZIP_MAGIC):
                yield from _read_gzipped(path, fh, opts)
                return
            if fmt is None:
                yield _untyped(path, head)
                return
            if fmt not in STREAMING and size > max_bytes:
                yield Skipped(path, f"file {_too_large(max_bytes)}")
                return
            fh.seek(0)
            yield from _run_reader(fmt, path, fh, opts)
    except OSError as exc:
        yield Skipped(path, f"cannot read the file ({exc.strerror or exc})")


#: suffixes a gzipped file adds to its name ("page.html.gz", "feed.xml.gzip")
_GZIP_SUFFIX = re.compile(r"\.(?:gz|gzip)$", re.I)


#: the skip reason of binary bytes under a gzip name that do not open as gzip
_NOT_GZIP = "damaged gzip archive: no gzip header, so it cannot be decompressed"


def _read_gzipped(path: str, fh: BinaryIO, opts: ReadOptions) -> Iterator[Result]:
    """A gzip-compressed page, feed, text or JSON file (a saved "page.html.gz", a crawler's
    compressed download) read as what it holds: decompressed up to the size cap, then read by
    the format its name without ".gz" gives, else by its first bytes. Web archives never come
    here (warcio reads them compressed). A damaged or over-size stream is skipped."""
    fh.seek(0)
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflate.decompress(fh.read(opts.max_bytes + 1), opts.max_bytes + 1)
    except zlib.error as exc:
        yield Skipped(path, f"damaged gzip data ({exc})")
        return
    if len(data) > opts.max_bytes or inflate.unconsumed_tail:
        yield Skipped(path, f"decompressed file {_too_large(opts.max_bytes)}")
        return
    if not data.strip():
        yield Skipped(path, "empty file once decompressed")
        return
    inner = _GZIP_SUFFIX.sub("", path)
    fmt = sniff(inner, data[:4096])
    if fmt is None:
        yield _untyped(inner, data[:4096], path)
        return
    yield from _run_reader(fmt, path, io.BytesIO(data), opts)


def _untyped(name: str, head: bytes, source: str | None = None) -> Skipped:
    """The skip of a file (``source``, else ``name``) whose name ``name`` has a suffix no
    reader knows: what it is when its bytes are binary (:func:`binary_reason`), else the
    unknown type (:func:`unknown_type`)."""
    if _looks_binary(head):
        if _GZIP_SUFFIX.search(name) and not head.startswith(_GZIP_MAGIC):
            return Skipped(source or name, _NOT_GZIP)
        return Skipped(source or name, binary_reason(head))
    return Skipped(source or name, unknown_type(name, head).reason)


def read_bytes(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Result]:
    """Read in-memory content (an upload); ``name`` gives the extension and the source."""
    opts = ReadOptions(max_bytes)
    if not data:
        yield Skipped(name, "empty file")
        return
    fmt = sniff(name, data[:4096])
    if fmt != "warc" and data.startswith(_GZIP_MAGIC):
        yield from _read_gzipped(name, io.BytesIO(data), opts)
        return
    if fmt is None:
        yield _untyped(name, data[:4096])
        return
    if fmt not in STREAMING and len(data) > max_bytes:
        yield Skipped(name, f"file {_too_large(max_bytes)}")
        return
    yield from _run_reader(fmt, name, io.BytesIO(data), opts)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _list_dir(folder: str) -> list[os.DirEntry[str]] | Skipped:
    """The entries of ``folder`` sorted by name, or a Skipped naming why it cannot be listed."""
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return Skipped(folder, f"cannot list the folder ({exc.strerror or exc})")


def _enter(entry: os.DirEntry[str], visited: set[tuple[int, int, int]], depth_key: int) -> bool:
    """Whether to descend into ``entry``: a directory (or a link to one) not yet visited
    with this part of the pattern, so a symlink loop is entered once and never again."""
    try:
        if not entry.is_dir():
            return False
        st = os.stat(entry.path)
    except OSError:
        return False
    key = (st.st_dev, st.st_ino, depth_key)
    if key in visited:
        return False
    visited.add(key)
    return True


def _walk(folder: str, visited: set[tuple[int, int, int]] | None = None) -> Iterator[str | Skipped]:
    """Files under ``folder``, recursively and lazily, in sorted path order, hidden files and
    folders left out. Each directory is entered once (symlink loops end there); a folder
    that cannot be listed is a Skipped with the reason."""
    visited = set() if visited is None else visited
    if not visited:
        with contextlib.suppress(OSError):
            st = os.stat(folder)
            visited.add((st.st_dev, st.st_ino, -1))
    entries = _list_dir(folder)
    if isinstance(entries, Skipped):
        yield entries
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        if _enter(entry, visited, -1):
            yield from _walk(entry.path, visited)
        elif not _is_dir(entry):
            yield entry.path


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


_GLOB_MAGIC = re.compile(r"[*?[]")


def _glob_root(pattern: str) -> tuple[str, list[str]]:
    """The folder a glob starts from (its leading parts without wildcards) and the rest."""
    parts = pattern.split(os.sep)
    first = next(i for i, p in enumerate(parts) if _GLOB_MAGIC.search(p))
    root = os.sep.join(parts[:first])
    if not root:
        root = os.sep if pattern.startswith(os.sep) else os.curdir
    return root, [p for p in parts[first:] if p]


def _iglob(pattern: str) -> Iterator[str | Skipped]:
    """Paths matching ``pattern`` (``*``, ``?``, ``[...]`` within a name; ``**`` for any
    depth), lazily, in sorted order per folder, hidden names matched only by a pattern that
    starts with a dot. Symlink loops are entered once; unlistable folders are Skipped."""
    root, parts = _glob_root(pattern)
    if os.path.isdir(root):
        yield from _glob_in(root, parts, set(), root == os.curdir)


def _glob_in(
    folder: str, parts: list[str], visited: set[tuple[int, int, int]], relative: bool
) -> Iterator[str | Skipped]:
    def join(name: str) -> str:
        return name if relative and folder == os.curdir else os.path.join(folder, name)

    head, rest = parts[0], parts[1:]
    if head == "**" and rest:
        yield from _glob_in(folder, rest, visited, relative)  # ** as zero folders
    entries = _list_dir(folder)
    if isinstance(entries, Skipped):
        yield entries
        return
    for entry in entries:
        path = join(entry.name)
        if _is_hidden(entry.name) and not head.startswith("."):
            continue
        if head == "**":
            if not rest and not _is_dir(entry):
                yield path  # folders are walked here, not handed back whole
            if _enter(entry, visited, len(parts)):
                yield from _glob_in(path, parts, visited, False)
        elif fnmatch.fnmatchcase(entry.name, head):
            if not rest:
                yield path
            elif _enter(entry, visited, len(rest)):
                yield from _glob_in(path, rest, visited, False)


def iter_raw(
    inputs: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fetch_timeout: float = 20.0,
) -> Iterator[RawArticle | Skipped]:
    """Read every input: file paths, folders (recursive), globs and http(s) URLs.

    Output order is deterministic: inputs in the order given, folder contents and glob
    matches sorted, records in file order. A file reached twice is read once.
    """
    seen: set[str] = set()

    def files(paths: Iterable[str | Skipped]) -> Iterator[Result]:
        for p in paths:
            if isinstance(p, Skipped):
                yield p
                continue
            key = os.path.realpath(p)
            if key in seen:
                continue
            seen.add(key)
            found = read_path(p, max_bytes=max_bytes, fetch_timeout=fetch_timeout)
            yield from canonical_sources(found, p, key)

    for item in inputs:
        inp = os.fspath(item)
        if _is_http_url(inp):
            yield from read_url(inp.strip(), max_bytes=max_bytes, fetch_timeout=fetch_timeout)
        elif os.path.isdir(inp):
            yield from _read_folder(inp, files)
        elif os.path.isfile(inp):
            yield from files([inp])
        elif os.path.exists(inp):
            yield Skipped(inp, "not a regular file")
        elif _GLOB_MAGIC.search(inp):
            yield from _read_glob(inp, files)
        elif _OTHER_SCHEME.match(inp.strip()):
            scheme = inp.strip().split(":", 1)[0].lower()
            yield Skipped(inp, f"unsupported URL scheme '{scheme}': give an http(s) URL or a path")
        else:
            yield Skipped(inp, _missing_reason(inp))


#: a web address written without its scheme: a host name of dotted labels ending in a
#: top-level domain of letters, then a path, a port or nothing ("www.example.org/x.html",
#: "example.org:8080/news", "news.example.co.uk/")
_BARE_HOST = re.compile(
    r"(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?P<tld>[A-Za-z]{2,24}))"
    r"(?P<rest>[:/].*)?$"
)


def _missing_reason(inp: str) -> str:
    """Why a missing input is not read: "no such file or directory", and, when it reads as
    a web address without its scheme (a host name starting "www." or followed by a path or
    port, whose last label is no file extension consilience reads), the URL to give."""
    text = inp.strip()
    m = _BARE_HOST.match(text)
    if m and (text.lower().startswith("www.") or m.group("rest")):
        if "." + m.group("tld").lower() not in EXTENSIONS:
            return f"no such file or directory; to fetch it from the web give https://{text}"
    return "no such file or directory"


#: a URL of another scheme than http(s) ("ftp://...", "file:///..."): named, not taken for
#: a missing path
_OTHER_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


_FilesFn = Callable[[Iterable[str | Skipped]], Iterator[Result]]


def _read_folder(folder: str, files: _FilesFn) -> Iterator[Result]:
    """Every file under ``folder`` through ``files``; an empty folder is one Skipped."""
    found = False
    for r in files(_walk(folder)):
        found = True
        yield r
    if not found:
        yield Skipped(folder, "empty folder (no readable files)")


def _read_glob(pattern: str, files: _FilesFn) -> Iterator[Result]:
    """Every file matching ``pattern`` (folders read whole) through ``files``."""
    matched = False
    unlisted: set[str] = set()
    for m in _iglob(pattern):
        if isinstance(m, Skipped):
            if m.source not in unlisted:  # "**/x" may try a folder more than once
                unlisted.add(m.source)
                yield m
            continue
        matched = True
        yield from files(_walk(m) if os.path.isdir(m) else [m])
    if not matched:
        yield Skipped(pattern, "no files match this pattern")
