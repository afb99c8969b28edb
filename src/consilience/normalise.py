"""NORMALISE stage: a :class:`RawArticle` becomes a stored :class:`Article`.

The stored text is what every citation offset points into, so it is cleaned once here and
never changed afterwards: Unicode NFC, one kind of newline, no invisible characters,
ordinary spaces, one space between words, paragraphs separated by one blank line, a live
blog's entry times on lines of their own (:mod:`consilience.live_entries`). Curly quotes
and dashes are kept (quote detection needs them).
"""

from __future__ import annotations

import hashlib
import html
import html.entities
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from .boilerplate import BoilerplateSpan, boilerplate_spans, strip_site_suffix
from .live_entries import separate_entry_times
from .model import Article, RawArticle, Skipped
from .read import DEFAULT_MAX_BYTES, iter_raw

__all__ = [
    "DEFAULT_MAX_CHARS",
    "clean_field",
    "clean_text",
    "detect_language",
    "normalise",
    "parse_date",
    "parse_datetime",
    "read_articles",
    "text_id",
]

DEFAULT_MAX_CHARS = 200_000
LANG_SAMPLE_CHARS = 2000
LANG_MIN_CHARS = 200  # below this, text is assumed English unless clearly otherwise
ENGLISH_LABELS = frozenset({"en", "pcm"})  # py3langid often ranks Nigerian Pidgin second

# --------------------------------------------------------------------------- text

# zero-width characters, soft hyphen, BOM, word joiner, Mongolian vowel separator
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
_DROP = {ord(c): None for c in _INVISIBLE}
# other C0/C1 control characters (tab and newline are kept; NEL becomes a newline)
_DROP.update({c: None for c in range(0x20) if c not in (0x09, 0x0A)})
_DROP.update({c: None for c in range(0x7F, 0xA0) if c != 0x85})
_NEWLINES = {0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n\n"}
_DROP.update(_NEWLINES)
# tab, NBSP and the other Unicode space separators
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


#: a character reference left in extracted text: the page or feed escaped its markup twice
#: ("&amp;nbsp;", "&amp;#8217;"), so one decoding by the reader leaves "&nbsp;" in the words
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _reference(m: re.Match[str]) -> str:
    ref = m.group(0)
    if ref[1] == "#" or ref[1:] in html.entities.html5:
        return html.unescape(ref)
    return ref  # "&T;" in "AT&T;" is no entity


def decode_references(text: str) -> str:
    """``text`` with its leftover HTML character references decoded (named HTML5 entities
    and numeric ones, ";"-terminated; up to three levels of escaping). Stored text holds
    the characters a reader sees, never "&nbsp;" or "&#8217;"."""
    for _ in range(3):
        decoded = _REFERENCE.sub(_reference, text)
        if decoded == text:
            break
        text = decoded
    return text


def fix_mojibake(text: str) -> str:
    """``text`` with mojibake undone: UTF-8 that was once decoded as cp1252 or Latin-1 and
    saved again ("cafÃ©", "â€œworthâ€\x9d", "Â£12" -> "café", "“worth”", "£12"), as pages
    and feeds scraped with the wrong charset carry it. ``ftfy.fix_encoding`` (Speer 2019,
    ftfy 6) re-decodes only sequences that are implausible as written text and decode as
    UTF-8; clean text is returned unchanged."""
    from ftfy import fix_encoding

    return fix_encoding(text) if _MOJIBAKE_HINT.search(text) else text


#: the characters a cp1252/Latin-1 reading of a UTF-8 multi-byte sequence starts with (the
#: lead bytes 0xC2-0xF4): text without any is left to the other steps at no cost
_MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4]")


def clean_text(text: str) -> str:
    """The stored form of an article body (see the module docstring)."""
    text = fix_mojibake(text)
    text = decode_references(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_DROP)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return separate_entry_times(_BLANK_LINES.sub("\n\n", text).strip())


_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)


def clean_field(value: Any) -> str | None:
    """A one-line metadata field: entities decoded, whitespace collapsed, empty → None."""
    if value is None:
        return None
    s = fix_mojibake(str(value))
    if _ENTITY.search(s):
        s = decode_references(html.unescape(s))
    s = unicodedata.normalize("NFC", s.translate(_DROP))
    s = " ".join(s.split())
    return s or None


def _clean_url(value: Any) -> str | None:
    s = clean_field(value)
    if not s or " " in s:
        return None
    return s


def text_id(text: str) -> str:
    """16 hex chars of sha256 over the casefolded text with whitespace collapsed."""
    key = " ".join(text.casefold().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- dates

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_EPOCH = re.compile(r"^\d{9,13}(\.\d+)?$")
_DATEPARSER_SETTINGS = {
    # absolute dates only: nothing relative to "now", so the result never depends on the day
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day.isoformat() if 1000 <= y <= 2999 else None


def parse_date(value: Any) -> str | None:
    """A publication date as ``YYYY-MM-DD``, or None when it cannot be read.

    Accepts ISO 8601 dates and datetimes (the local date as written, whatever the offset),
    RFC 2822 (feeds, email), Unix timestamps (UTC) and absolute English dates
    ("17 November 2024", "Nov. 17, 2024"). Relative phrases ("yesterday") give None.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    return _parse_date_str(" ".join(str(value).split()))


#: "05.03.2024": numeric dates written with dots are day first wherever they are written
#: (German, Russian, Nordic, Turkish... pages); dateparser reads them month first
_DOTTED_DATE = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$")
#: "20240305" (URL slugs, sailthru/parsely metadata): year, month, day
_COMPACT_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)$")


@lru_cache(maxsize=4096)
def _parse_date_str(s: str) -> str | None:
    if not s:
        return None
    m = _ISO_DATE.match(s)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if _EPOCH.match(s):
        return _from_epoch(float(s))
    m = _DOTTED_DATE.match(s) or _COMPACT_DATE.match(s)
    if m:
        return _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    try:
        return _valid(*parsedate_to_datetime(s).timetuple()[:3])
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    import dateparser

    try:
        parsed = dateparser.parse(s, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return _valid(parsed.year, parsed.month, parsed.day) if parsed else None


#: an ISO 8601 date with a time of day: "2026-05-04T09:40", "2026-05-04 09:40:00+01:00"
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
#: an RFC 2822 date with a time of day: "Tue, 12 May 2026 09:40:00 +0100"
_RFC_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|[A-Z]{1,5})?\s*$")


def parse_datetime(value: Any) -> str | None:
    """The publication moment as an ISO 8601 datetime to the second
    (``YYYY-MM-DDTHH:MM:SS``, with its UTC offset when the input gives one, ``Z`` read as
    ``+00:00``), or None when ``value`` gives no time of day or cannot be read.

    Accepts datetime objects, ISO 8601 datetimes, RFC 2822 dates with a time (feeds) and
    Unix timestamps (UTC). A date alone ("2026-05-04", a ``date`` object) gives None: its
    day is :func:`parse_date`'s. The local date of the result is always ``parse_date``'s."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return None
    if isinstance(value, int | float):
        return _moment_from_epoch(float(value))
    return _parse_datetime_str(" ".join(str(value).split()))


@lru_cache(maxsize=4096)
def _parse_datetime_str(s: str) -> str | None:
    moment = None
    if _ISO_TIME.match(s):
        try:
            moment = datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
    elif _EPOCH.match(s):
        return _moment_from_epoch(float(s))
    elif _RFC_TIME.search(s):
        try:
            moment = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if moment is None or parse_date(s) != moment.date().isoformat():
        return None
    return moment.replace(microsecond=0).isoformat()


def _moment_from_epoch(secs: float) -> str | None:
    if secs > 1e11:  # milliseconds
        secs /= 1000
    try:
        return datetime.fromtimestamp(int(secs), UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _from_epoch(secs: float) -> str | None:
    if secs > 1e11:  # milliseconds
        secs /= 1000
    try:
        return datetime.fromtimestamp(secs, UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


# --------------------------------------------------------------------------- language

_IDENTIFIER: Any = None
_IDENTIFIER_LOCK = threading.Lock()


def _identifier() -> Any:
    global _IDENTIFIER
    if _IDENTIFIER is None:
        with _IDENTIFIER_LOCK:
            if _IDENTIFIER is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def detect_language(text: str) -> tuple[str, float, float]:
    """(best label, its probability, probability of English) on the first 2000 chars."""
    ranked = _identifier().rank(text[:LANG_SAMPLE_CHARS])
    top, conf = ranked[0]
    p_en = sum(p for lang, p in ranked if lang in ENGLISH_LABELS)
    return top, float(conf), float(p_en)


def _foreign_language(text: str) -> str | None:
    """The detected language when the text is confidently not English, else None."""
    lang, conf, p_en = detect_language(text)
    if lang in ENGLISH_LABELS or lang == "zxx":
        return None
    if len(text) >= LANG_MIN_CHARS and conf >= 0.9:
        return lang
    if conf >= 0.99 and p_en < 0.001:  # short, but clearly not English
        return lang
    return None


# --------------------------------------------------------------------------- normalise


def normalise(
    raw: RawArticle,
    *,
    published: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    min_chars: int = 40,
) -> Article | Skipped:
    """Clean a RawArticle into an Article, or say why it is skipped.

    ``published`` is the fallback date for articles whose reader found none (the CLI's
    ``--published``); an unreadable value raises ValueError.
    """
    fallback = _fallback_date(published)
    text = clean_text(raw.text or "")
    refusal = _text_refusal(raw.source, text, max_chars, min_chars)
    if refusal is not None:
        return refusal
    outlet = clean_field(raw.outlet)
    title = clean_field(raw.title)
    if title:
        title = strip_site_suffix(title, outlet) or title
    boilerplate = boilerplate_spans(text, title)
    if _only_boilerplate(text, boilerplate, min_chars):
        kinds = sorted({b.kind for b in boilerplate})
        return Skipped(raw.source, f"no article text (only {', '.join(kinds)} lines)")
    return Article(
        id=text_id(text),
        source=raw.source,
        text=text,
        title=title,
        outlet=outlet,
        language="en",
        boilerplate=boilerplate,
        **_raw_metadata(raw, fallback),
    )


def _fallback_date(published: str | None) -> str | None:
    """The ISO date of ``published`` (the CLI's ``--published``), None when not given;
    raises ValueError when it is given but cannot be read."""
    if published is None or not str(published).strip():
        return None
    fallback = parse_date(published)
    if fallback is None:
        raise ValueError(f"cannot read the date {published!r}: use YYYY-MM-DD (e.g. 2024-11-17)")
    return fallback


def _text_refusal(source: str, text: str, max_chars: int, min_chars: int) -> Skipped | None:
    """Why the cleaned ``text`` of ``source`` is not stored (too short, over the size
    cap, not English), or None when it is kept."""
    if len(text) < max(min_chars, 1):
        return Skipped(source, "no article text")
    if len(text) > max_chars:
        return Skipped(
            source, f"text over the size cap of {max_chars:,} characters (use --max-chars)"
        )
    foreign = _foreign_language(text)
    if foreign:
        return Skipped(source, f"not English (detected: {foreign})")
    return None


def _raw_metadata(raw: RawArticle, fallback: str | None) -> dict[str, str | None]:
    """The Article fields ``author``, ``published``, ``published_at``, ``url``,
    ``modified`` and ``captured`` of ``raw``, cleaned: the publication date (else
    ``fallback``), its moment when the input gives a time of day, a last-modified date only
    when it differs from the publication date, the capture date."""
    published_day = parse_date(raw.published) or fallback
    modified = parse_date(raw.modified)
    return {
        "author": clean_field(raw.author),
        "published": published_day,
        "published_at": parse_datetime(raw.published) if parse_date(raw.published) else None,
        "url": _clean_url(raw.url),
        "modified": modified if modified and modified != published_day else None,
        "captured": parse_date(raw.captured),
    }


def _only_boilerplate(text: str, spans: list[BoilerplateSpan], min_chars: int) -> bool:
    """Whether ``text`` outside its boilerplate ``spans`` is shorter than ``min_chars``: a
    page whose extractor found only a photo caption, a byline or a "Read more" line (a
    paywalled or script-built article) holds no article to store."""
    kept, at = 0, 0
    for span in sorted(spans, key=lambda b: b.start):
        kept += len(text[at : max(at, span.start)].strip())
        at = max(at, span.end)
    kept += len(text[at:].strip())
    return bool(spans) and kept < max(min_chars, 1)


def read_articles(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_chars: int = DEFAULT_MAX_CHARS,
    min_chars: int = 40,
    fetch_timeout: float = 20.0,
) -> Iterator[Article | Skipped]:
    """Read and normalise every input (``iter_raw`` + ``normalise``), in input order.

    Raises ValueError at once (not on first iteration) when ``published`` is unreadable.
    """
    if published is not None and str(published).strip() and parse_date(published) is None:
        raise ValueError(f"cannot read the date {published!r}: use YYYY-MM-DD (e.g. 2024-11-17)")

    def run() -> Iterator[Article | Skipped]:
        for item in iter_raw(inputs, max_bytes=max_bytes, fetch_timeout=fetch_timeout):
            if isinstance(item, Skipped):
                yield item
            else:
                yield normalise(item, published=published, max_chars=max_chars, min_chars=min_chars)

    return run()
