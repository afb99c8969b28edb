"""Local web app over the store (``consilience serve``): stories, briefs, articles, uploads.

``create_app(db_path)`` builds a FastAPI app over ``consilience.store.Store`` and
``consilience.pipeline`` — the same stage functions as the CLI; no analysis logic lives here.

Pages: ``/`` (story list with search and counts), ``/stories/{id}`` (the HTML brief),
``/articles`` and ``/articles/{id}?start=&end=`` (article text with the cited spans
highlighted), ``/upload`` (add articles: multipart upload, same readers and messages as the
CLI). JSON API under ``/api`` mirrors the brief contract; the schema is at ``/openapi.json``.

Security: every response carries a strict Content-Security-Policy (no inline script or style:
the brief's script and styles are static files), ``X-Content-Type-Options: nosniff``,
``Referrer-Policy: no-referrer`` and ``X-Frame-Options: DENY``; ids are checked against a
strict pattern (404 otherwise) and never used as paths; uploads are size-limited per file and
per request (413), written under sanitised names into a private temporary directory and
removed after ingest; cross-site form posts are refused.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from fastapi import FastAPI, Query, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_serializer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from . import __version__
from .model import Article, Skipped, Story
from .near_copies import oriented_stories
from .render_html import ID_RE, article_label, jinja_env, render_html

VERSION = "1"

#: Content-Security-Policy of every response: only same-origin scripts and styles
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
MAX_FILE_BYTES = 5 * 1024 * 1024  # one uploaded file
MAX_REQUEST_BYTES = 20 * 1024 * 1024  # one upload request (all files)
MAX_FILES = 50
_UPLOAD_PATH = "/upload"
_NAV = [("/", "Stories"), ("/articles", "Articles"), ("/upload", "Add articles")]


def valid_id(value: str) -> bool:
    """Article and story ids: letters, digits and ``_ . : -``; at most 128 characters."""
    return bool(ID_RE.match(value or ""))


def safe_filename(name: str, index: int = 0) -> str:
    """A harmless file name for an upload: the base name only, characters outside
    ``[A-Za-z0-9._-]`` replaced, no leading dot, at most 100 characters, the extension kept
    (readers dispatch on it), prefixed with ``index`` so names never collide."""
    base = re.split(r"[/\\]", name or "")[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip("._-") or "upload"
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = ext[:12]
    stem = stem[: 100 - len(ext) - 1] or "upload"
    return f"{index:03d}_{stem}" + (f".{ext}" if ext else "")


# --------------------------------------------------------------------------- backends


@dataclass
class UploadResult:
    """What an upload did, in the CLI's words."""

    read: int = 0
    new: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class Backend(Protocol):
    def stories(self) -> list[Story]: ...
    def story_page(self, q: str, page: int) -> tuple[list[dict[str, Any]], int]: ...
    def brief(self, story_id: str) -> dict[str, Any] | None: ...
    def articles(self) -> list[Article]: ...
    def appearances(self, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]: ...
    def article(self, article_id: str) -> Article | None: ...
    def texts(self, ids: Iterable[str]) -> dict[str, str]: ...
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...
    def ingest(
        self,
        paths: list[str],
        names: Mapping[str, str] | None = None,
        progress: Callable[[str, int], None] | None = None,
    ) -> UploadResult: ...


class StoreBackend:
    """The store and pipeline of the CLI, with briefs cached until the store changes.
    One connection, used under a lock (requests run in a thread pool)."""

    def __init__(self, db_path: str) -> None:
        from .store import Store

        self.db_path = str(db_path)
        self.store = Store(self.db_path)
        self.lock = threading.RLock()
        self._key: tuple[str, ...] | None = None
        self._stories: list[Story] = []
        self._briefs: dict[str, dict[str, Any] | None] = {}

    def reopen(self) -> None:
        """Drop the store's connection and open a new one (after the database went away,
        e.g. a team server restarted). Raises StoreError while it is still unreachable."""
        from .store import Store

        with self.lock:
            with contextlib.suppress(Exception):  # the old connection is already broken
                self.store.close()
            self.store = Store(self.db_path)
            self._key = None

    def ping(self) -> None:
        """Check that the store answers one cheap query (the article count). Returns at once,
        without a query, when another request holds the connection for over a second (the
        store is in use, so it is answering). Raises the database's own error when it is
        unreachable (see :func:`consilience.store.database_errors`)."""
        if not self.lock.acquire(timeout=1.0):
            return
        try:
            self.store.count()
        finally:
            self.lock.release()

    def _refresh(self) -> None:
        from . import pipeline

        key = tuple(self.store.article_ids())
        if key != self._key:
            found = pipeline.list_stories(self.store) if key else []
            self._stories = oriented_stories(found, self.store.articles()) if found else []
            self._briefs = {}
            self._key = key

    def stories(self) -> list[Story]:
        with self.lock:
            self._refresh()
            return list(self._stories)

    def story_page(self, q: str, page: int) -> tuple[list[dict[str, Any]], int]:
        """One page of the story list from the stored per-story counts (the story list is
        brought up to date first when articles came in; no brief is built): see
        :func:`consilience.story_counts.page_rows`."""
        from . import pipeline, story_counts

        with self.lock:
            if self.store.count() and not pipeline.story_counts_current(self.store):
                pipeline.list_stories(self.store)
            return story_counts.page_rows(self.store, q, page)

    def brief(self, story_id: str) -> dict[str, Any] | None:
        from . import pipeline

        with self.lock:
            self._refresh()
            if story_id not in self._briefs:
                if not any(s.id == story_id for s in self._stories):
                    return None
                self._briefs[story_id] = pipeline.brief_for_story(self.store, story_id)
            return self._briefs[story_id]

    def articles(self) -> list[Article]:
        with self.lock:
            return self.store.articles()

    def appearances(self, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """article id -> its printings (``Store.appearances``)."""
        with self.lock:
            return self.store.appearances(list(ids))

    def article(self, article_id: str) -> Article | None:
        with self.lock:
            return self.store.article(article_id)

    def texts(self, ids: Iterable[str]) -> dict[str, str]:
        from . import pipeline

        with self.lock:
            return pipeline.article_texts(self.store, sorted(set(ids)))

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """``Store.search`` matches (see there), each with its ``story`` and ``story_title``
        (None when the article is in no story)."""
        with self.lock:
            matches = self.store.search(query, limit)
        return with_stories(matches, self.stories())

    def ingest(
        self,
        paths: list[str],
        names: Mapping[str, str] | None = None,
        progress: Callable[[str, int], None] | None = None,
    ) -> UploadResult:
        """Ingest ``paths`` (sources renamed by ``names``) through a connection of its own,
        so pages keep reading the store meanwhile; ``progress`` gets ("read"|"stored", n)."""
        from . import pipeline
        from .read import display_names
        from .store import Store

        with display_names(names or {}):
            if self.db_path == ":memory:":
                with self.lock:
                    rep = pipeline.ingest(self.store, paths, progress=progress)
            else:
                with Store(self.db_path) as own:
                    rep = pipeline.ingest(own, paths, progress=progress)
        with self.lock:
            self._key = None
        return UploadResult(rep.read, list(rep.new), list(rep.already), list(rep.skipped))


class MemoryBackend:
    """Briefs and texts held in memory (tests, or serving briefs computed elsewhere).
    ``reader`` (paths -> UploadResult) handles uploads; without it uploads are refused."""

    def __init__(
        self,
        briefs: list[Mapping[str, Any]],
        texts: Mapping[str, str],
        reader: Callable[[list[str]], UploadResult] | None = None,
    ) -> None:
        self._briefs = {b["story"]["id"]: dict(b) for b in briefs}
        self._texts = dict(texts)
        self._reader = reader
        self._headers: dict[str, dict[str, Any]] = {}
        for b in briefs:
            for a in b["story"].get("articles", []):
                self._headers.setdefault(a["id"], a)

    def stories(self) -> list[Story]:
        return [_brief_story(sid, b) for sid, b in self._briefs.items()]

    def story_page(self, q: str, page: int) -> tuple[list[dict[str, Any]], int]:
        """One page of the story list, counted from the briefs held (none is built)."""
        from . import story_counts

        heads = {
            i: Article(id=i, source=h.get("source") or i, text="", **_meta(h))
            for i, h in self._headers.items()
        }
        apps = {i: h["appearances"] for i, h in self._headers.items() if h.get("appearances")}
        rows = []
        for story in self.stories():
            row = story_counts.story_row(story, heads, apps)
            row["conflicts"], row["updates"] = story_counts.brief_conflicts(self._briefs[story.id])
            rows.append(row)
        return story_counts.page_of(rows, q, page)

    def brief(self, story_id: str) -> dict[str, Any] | None:
        return self._briefs.get(story_id)

    def articles(self) -> list[Article]:
        return [a for a in (self.article(i) for i in self._headers) if a is not None]

    def appearances(self, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """article id -> its printings, as the briefs held list them (texts printed once
        are left out)."""
        heads = (self._headers.get(i) or {} for i in ids)
        return {h["id"]: list(h["appearances"]) for h in heads if h.get("appearances")}

    def article(self, article_id: str) -> Article | None:
        h = self._headers.get(article_id)
        if h is None or article_id not in self._texts:
            return None
        return Article(
            id=article_id,
            source=h.get("source") or article_id,
            text=self._texts[article_id],
            title=h.get("title"),
            outlet=h.get("outlet"),
            published=h.get("published"),
        )

    def texts(self, ids: Iterable[str]) -> dict[str, str]:
        return {i: self._texts[i] for i in ids if i in self._texts}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose title or text hold every word of ``query`` (case-insensitive), in
        story order, shaped as ``Store.search`` matches (``score`` 0, ``snippet`` the text's
        start) with ``story`` and ``story_title``."""
        words = re.findall(r"\w+", query.casefold())
        found = []
        for a in self.articles():
            hay = f"{a.title or ''} {a.text}".casefold()
            if words and all(w in hay for w in words):
                found.append(_memory_match(a))
        return with_stories(found[: max(0, int(limit))], self.stories())

    def ingest(
        self,
        paths: list[str],
        names: Mapping[str, str] | None = None,
        progress: Callable[[str, int], None] | None = None,
    ) -> UploadResult:
        """``reader(paths)`` with sources renamed by ``names``; ``progress`` is not called."""
        from .read import display_names

        if self._reader is None:
            return UploadResult(skipped=[Skipped(p, "uploads are disabled") for p in paths])
        with display_names(names or {}):
            return self._reader(paths)


def _meta(header: Mapping[str, Any]) -> dict[str, Any]:
    """The title, outlet and publication date of a brief's article header."""
    return {k: header.get(k) for k in ("title", "outlet", "published")}


def _brief_story(sid: str, brief: Mapping[str, Any]) -> Story:
    """The Story of a brief: its articles, and near-copies as their ``duplicate_of`` says."""
    heads = brief["story"].get("articles", [])
    dups = {a["id"]: a["duplicate_of"] for a in heads if a.get("duplicate_of")}
    return Story(sid, brief["story"].get("title", ""), [a["id"] for a in heads], dups)


def _memory_match(a: Article) -> dict[str, Any]:
    snippet = a.text[:160] + (" …" if len(a.text) > 160 else "")
    keys = ("id", "title", "outlet", "published", "source")
    return {k: getattr(a, k) for k in keys} | {"score": 0.0, "snippet": snippet}


def with_stories(matches: list[dict[str, Any]], stories: list[Story]) -> list[dict[str, Any]]:
    """``matches`` (dicts with ``id``) each given ``story`` (id) and ``story_title`` of the
    story holding that article, both None when none does. Changes and returns ``matches``."""
    of = {i: s for s in stories for i in s.articles}
    for m in matches:
        found = of.get(m["id"])
        m["story"] = found.id if found else None
        m["story_title"] = found.title if found else None
    return matches


# --------------------------------------------------------------------------- API models


class ArticleHeader(BaseModel):
    """An article entry of ``story.articles`` (``consilience.brief/1``)."""

    id: str
    source: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="ISO date or null")


class ArticleOut(ArticleHeader):
    """One stored article with its normalised text (citation offsets index into ``text``)."""

    author: str | None = None
    language: str = "en"
    url: str | None = None
    text: str


class ArticlesOut(BaseModel):
    schema_: str = Field("consilience.articles/1", alias="schema")
    articles: list[ArticleHeader]
    model_config = ConfigDict(populate_by_name=True)


class AppearanceRef(BaseModel):
    """One outlet's printing of a text (syndication): as ``Store.appearances`` lists it."""

    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="ISO date or null")
    name: str | None = Field(
        None, description="the short name every output gives this printing (its outlet or file)"
    )


class StoryArticleRef(BaseModel):
    """An article of a story; ``duplicate_of`` only for a near-copy and ``appearances``
    only for a text several sources printed (as in the CLI's JSON)."""

    id: str
    source: str
    duplicate_of: str | None = Field(None, description="id of the article this one copies")
    appearances: list[AppearanceRef] | None = Field(
        None, description="every printing of this text, earliest first, when more than one"
    )

    @model_serializer(mode="wrap")
    def _drop_absent_copy(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        for key in ("duplicate_of", "appearances"):
            if data.get(key) is None:
                data.pop(key, None)
        return data


class StoryCounts(BaseModel):
    """A story's counts; ``articles`` counts every appearance of a text (a wire story five
    outlets printed is five articles), ``outlets`` are the distinct named outlets and
    ``unknown_outlets`` the appearances without one (as every output counts them); ``conflicts`` (updates apart)
    and ``updates`` are null until the story's brief has been built once."""

    articles: int
    outlets: int
    unknown_outlets: int = 0
    conflicts: int | None = None
    updates: int | None = None


class StoryRef(BaseModel):
    id: str
    title: str
    articles: list[StoryArticleRef]
    counts: StoryCounts | None = None
    outlets: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list, description="first and last ISO date")


class StoriesOut(BaseModel):
    """One page of the story list (``page_size`` stories a page, ``page`` from 1);
    ``next``/``previous`` are the URLs of the neighbouring pages or null."""

    schema_: str = Field("consilience.stories/1", alias="schema")
    stories: list[StoryRef]
    page: int = 1
    pages: int = 1
    page_size: int = 0
    total: int = 0
    next: str | None = None
    previous: str | None = None
    model_config = ConfigDict(populate_by_name=True)


class Citation(BaseModel):
    article: str
    start: int
    end: int


class BriefStory(BaseModel):
    id: str
    title: str
    articles: list[ArticleHeader]
    model_config = ConfigDict(extra="allow")


class BriefOut(BaseModel):
    """The brief of one story: the JSON contract ``consilience.brief/1``. Every item cites
    character spans (``Citation``) of the stored article texts; see DESIGN.md."""

    schema_: str = Field("consilience.brief/1", alias="schema")
    story: BriefStory
    summary: list[dict[str, Any]] = Field(default_factory=list, description="[{text, citations}]")
    consensus: list[dict[str, Any]] = Field(
        default_factory=list, description="[{text, articles, independent_sources, citations}]"
    )
    conflicts: list[dict[str, Any]] = Field(
        default_factory=list,
        description="[{kind, subject, readings: [{article, text, value, low, high, unit, citation}], majority, outliers, explanation}]",
    )
    corroborated: list[dict[str, Any]] = Field(
        default_factory=list, description="[{kind, subject, readings}]"
    )
    unique: list[dict[str, Any]] = Field(
        default_factory=list, description="[{article, text, citation}]"
    )
    quotes: list[dict[str, Any]] = Field(
        default_factory=list, description="[{speaker, text, direct, article, citation}]"
    )
    provenance: list[dict[str, Any]] = Field(
        default_factory=list, description="[{article, cites: [{source, cue, citation}]}]"
    )
    timeline: list[dict[str, Any]] = Field(
        default_factory=list, description="[{date, precision, text, articles, citation}]"
    )
    entities: list[dict[str, Any]] = Field(
        default_factory=list, description="[{name, type, aliases, articles}]"
    )
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ErrorOut(BaseModel):
    detail: str


# --------------------------------------------------------------------------- middleware


class _TooLarge(Exception):
    pass


class LimitsAndHeaders:
    """ASGI middleware: security headers on every response; request body size limit
    (Content-Length checked up front, streamed bodies counted) -> 413 with a clear message;
    cross-site POSTs refused (403)."""

    def __init__(self, app, max_body: int = MAX_REQUEST_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        out = _SecuredSend(send)
        headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])
        }
        refusal = _refusal(scope.get("method", "GET"), headers, self.max_body)
        if refusal is not None:
            await _plain(out, *refusal)
            return
        try:
            await self.app(scope, _counted(receive, self.max_body), out)
        except _TooLarge:
            if not out.started:
                await _plain(out, 413, _too_large_message(self.max_body))


class _SecuredSend:
    """An ASGI ``send`` that gives the response start :data:`SECURITY_HEADERS` (in place
    of any header of the same name the app set) and records whether it has started."""

    def __init__(self, send) -> None:
        self.send = send
        self.started = False

    async def __call__(self, message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
            headers = [
                (k, v)
                for k, v in message.get("headers", [])
                if k.decode("latin-1").lower() not in _LOWER_SEC
            ]
            headers += [
                (k.lower().encode("latin-1"), v.encode("latin-1"))
                for k, v in SECURITY_HEADERS.items()
            ]
            message = {**message, "headers": headers}
        await self.send(message)


def _refusal(method: str, headers: Mapping[str, str], max_body: int) -> tuple[int, str] | None:
    """``(status, message)`` refusing a request up front: a cross-site write (403), a
    Content-Length that is not a number (400) or over ``max_body`` bytes (413); None for
    reads (GET, HEAD, OPTIONS) and acceptable writes. ``headers``: lower-cased names."""
    if method in ("GET", "HEAD", "OPTIONS"):
        return None
    if _cross_site(headers):
        return 403, "cross-site request refused"
    length = headers.get("content-length")
    if length is None:
        return None
    try:
        too_big = int(length) > max_body
    except ValueError:
        return 400, "bad Content-Length"
    return (413, _too_large_message(max_body)) if too_big else None


def _counted(receive, max_body: int):
    """An ASGI ``receive`` counting the request body bytes; raises :class:`_TooLarge`
    once more than ``max_body`` have come (a streamed body without Content-Length)."""
    seen = 0

    async def counting_receive():
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > max_body:
                raise _TooLarge()
        return message

    return counting_receive


_LOWER_SEC = {k.lower() for k in SECURITY_HEADERS}


def _cross_site(headers: Mapping[str, str]) -> bool:
    site = headers.get("sec-fetch-site")
    if site:  # modern browsers; note Origin is "null" under Referrer-Policy: no-referrer
        return site not in ("same-origin", "none")
    origin = headers.get("origin")
    if origin and origin != "null":
        host = headers.get("host", "")
        bare = re.sub(r"^[a-z]+://", "", origin.lower()).rstrip("/")
        return bare != host.lower()
    return origin == "null"


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _too_large_message(limit: int) -> str:
    return f"upload too large: at most {_mb(limit)} per request"


async def _plain(send, status: int, text: str) -> None:
    body = (text + "\n").encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


# --------------------------------------------------------------------------- helpers


def _citations_in(obj: Any, article_id: str, out: list[tuple[int, int]]) -> None:
    """Every ``{"article", "start", "end"}`` inside ``obj`` that points into ``article_id``."""
    if isinstance(obj, dict):
        if (
            obj.get("article") == article_id
            and isinstance(obj.get("start"), int)
            and isinstance(obj.get("end"), int)
        ):
            out.append((obj["start"], obj["end"]))
        for v in obj.values():
            if isinstance(v, dict | list):
                _citations_in(v, article_id, out)
    elif isinstance(obj, list):
        for v in obj:
            _citations_in(v, article_id, out)


def highlight_segments(
    text: str, spans: Iterable[tuple[int, int]], focus: tuple[int, int] | None
) -> list[dict[str, Any]]:
    """Split ``text`` into segments ``{"text", "cited", "focus"}`` at every span boundary."""
    n = len(text)
    spans = sorted({(max(0, s), min(n, e)) for s, e in spans if 0 <= s < e <= n})
    cuts = {0, n}
    for s, e in spans:
        cuts.update((s, e))
    if focus:
        cuts.update(focus)
    points = sorted(c for c in cuts if 0 <= c <= n)
    segs: list[dict[str, Any]] = []
    first_focus = True
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        cited = any(s <= a and b <= e for s, e in spans)
        foc = bool(focus and focus[0] <= a and b <= focus[1])
        seg = {"text": text[a:b], "cited": cited, "focus": foc, "anchor": foc and first_focus}
        if foc:
            first_focus = False
        if (
            segs
            and not foc
            and not seg["cited"]
            and not segs[-1]["cited"]
            and not segs[-1]["focus"]
        ):
            segs[-1]["text"] += seg["text"]
        else:
            segs.append(seg)
    return segs


# --------------------------------------------------------------------------- app


def allowed_hosts(host: str = "127.0.0.1") -> list[str]:
    """The ``Host`` header values the app answers when served on interface ``host``: the
    loopback names, ``host`` itself, and this machine's names when ``host`` is a wildcard
    (0.0.0.0, ::). Any other Host (a DNS-rebinding page) gets 400."""
    import socket

    names = {"localhost", "127.0.0.1", "::1", "[::1]"}
    bare = host.strip().strip("[]")
    if bare in ("", "0.0.0.0", "::"):
        names |= {socket.gethostname(), socket.getfqdn()}
    else:
        names |= {bare, f"[{bare}]"} if ":" in bare else {bare}
    return sorted(n for n in names if n)


def create_app(
    db_path: str | None = None,
    *,
    backend: Backend | None = None,
    host: str = "127.0.0.1",
    hosts: Iterable[str] | None = None,
) -> FastAPI:
    """The web app over the store at ``db_path`` (or over ``backend``, e.g. a MemoryBackend),
    answering only requests whose ``Host`` is in ``hosts`` (default: :func:`allowed_hosts` of
    the interface ``host`` it is served on). Raises ValueError when neither store nor backend
    is given."""
    if backend is None:
        if db_path is None:
            raise ValueError("create_app needs db_path or backend")
        backend = StoreBackend(db_path)
    app = FastAPI(
        title="consilience",
        version=__version__,
        description="Briefs over many news articles: what is established, disputed, who said it "
        "and who first reported it — every line cited. Briefs follow `consilience.brief/1`.",
        docs_url=None,  # Swagger/ReDoc load scripts from a CDN: not offline, not CSP-clean
        redoc_url=None,
    )
    app.state.backend = backend
    app.state.upload = UploadProgress()
    app.add_middleware(
        TrustedHostMiddleware,
        allowed_hosts=list(hosts) if hosts is not None else allowed_hosts(host),
    )
    app.add_middleware(LimitsAndHeaders)  # outermost: a refused Host still gets the headers
    from importlib import resources

    static_dir = str(resources.files("consilience").joinpath("static"))
    app.mount("/static", StaticFiles(directory=static_dir), name="static")
    _add_error_handler(app)
    _add_store_error_handler(app, backend)
    _add_page_routes(app, backend)
    _add_upload_routes(app, backend)
    _add_api_routes(app, backend)
    _add_search_routes(app, backend)

    _add_health_route(app, backend)
    return app


def _add_health_route(app: FastAPI, backend: Backend) -> None:
    """``GET /healthz``: ``ok`` (200) when the store answers a query, else 503 with one line
    naming the cause (a team database that is down is not healthy); the next call opens a
    new connection. Backends without a store (``MemoryBackend``) are always ``ok``."""
    from .store import database_errors

    @app.get("/healthz", response_class=PlainTextResponse, include_in_schema=False)
    def healthz() -> PlainTextResponse:
        ping = getattr(backend, "ping", None)
        try:
            if ping is not None:
                ping()
        except database_errors() as exc:
            reopen = getattr(backend, "reopen", None)
            with contextlib.suppress(*database_errors(), OSError):
                if reopen is not None:
                    reopen()
            line = " ".join(str(exc).split()) or type(exc).__name__
            return PlainTextResponse(f"the store is unavailable ({line})", status_code=503)
        return PlainTextResponse("ok")


def _page(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    """A page of the app: template ``name`` in the app layout (nav and version filled in)."""
    html = jinja_env().get_template(name).render(nav=_NAV, version=__version__, **ctx)
    return HTMLResponse(html, status_code=status)


def _not_found(what: str, api: bool) -> Response:
    """A 404 naming what was asked (``"story X"``, ``"article X"``) and where the existing
    ones are listed: an HTML error page, or ``{"detail": ...}`` for the API."""
    if api:
        listed = "/api/stories" if what.startswith("story") else "/api/articles"
        return JSONResponse(
            {"detail": f"{what} not found: the existing ones are listed at {listed}"},
            status_code=404,
        )
    where = "the stories are listed at /" if what.startswith("story") else "see /articles"
    return _page("error.html", 404, title="Not found", message=f"{what} not found: {where}")


def _add_error_handler(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/") or request.url.path.startswith("/static/"):
            return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code)
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = (
                f"no page at {request.url.path}: stories are listed at / and each opens at "
                "/stories/<id>; articles at /articles"
            )
        return _page("error.html", exc.status_code, title=str(exc.status_code), message=message)

    @app.exception_handler(RequestValidationError)
    async def _bad_parameter(request: Request, exc: RequestValidationError):
        """A page asked with an unusable parameter (``/?page=0``, ``/articles/x?start=-1``)
        answers an HTML error page naming the parameter and the reason; ``/api/`` keeps
        FastAPI's JSON ``detail``."""
        if request.url.path.startswith("/api/"):
            return await request_validation_exception_handler(request, exc)
        return _page("error.html", 422, title="Bad request", message=_validation_line(exc))


def _add_store_error_handler(app: FastAPI, backend: Backend) -> None:
    """A store that fails (a team database that went away or restarted) answers 503 with
    one line naming the store and the cause, never a bare 500; the next request opens a
    new connection, so the app recovers by itself once the database is back."""
    from .store import database_errors

    async def _store_failed(request: Request, exc: Exception) -> Response:
        line = " ".join(str(exc).split()) or type(exc).__name__
        reopen = getattr(backend, "reopen", None)
        if reopen is not None:
            with contextlib.suppress(*database_errors(), OSError):
                await run_in_threadpool(reopen)
        message = f"the store is unavailable ({line}); try again shortly"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=503)
        return _page("error.html", 503, title="Store unavailable", message=message)

    for kind in database_errors():
        app.add_exception_handler(kind, _store_failed)


def _validation_line(exc: RequestValidationError) -> str:
    """The first validation error as one line naming the parameter, the reason and the value
    given (cut to 40 characters): ``"page: Input should be ... (given: 0)"``."""
    errors = exc.errors()
    if not errors:
        return "a parameter could not be read"
    first = errors[0]
    where = str(first.get("loc", ("", "?"))[-1])
    line = f"{where}: {first.get('msg', 'not valid')}"
    given = first.get("input")
    if isinstance(given, str | int | float) and not isinstance(given, bool):
        shown = str(given) if len(str(given)) <= 40 else str(given)[:39] + "…"
        line += f" (given: {shown!r})" if isinstance(given, str) else f" (given: {shown})"
    return line


def story_list_page(be: Backend, q: str, page: int, path: str) -> dict[str, Any]:
    """Page ``page`` (from 1) of the story list matching ``q``, from the backend's stored
    counts (no brief is built): ``{rows, page, pages, page_size, total, next, previous}``;
    ``next``/``previous`` are URLs under ``path`` (None at the ends). Rows as
    :func:`consilience.story_counts.page_rows` gives them, plus ``href``."""
    from urllib.parse import urlencode

    from .story_counts import PAGE_SIZE

    rows, total = be.story_page(q, page)
    pages = max(1, -(-total // PAGE_SIZE))
    for row in rows:
        row["title"] = row["title"] or "(untitled story)"
        row["href"] = f"/stories/{row['id']}" if valid_id(row["id"]) else None

    def link(n: int) -> str | None:
        if n < 1 or n > pages or n == page:
            return None
        return path + "?" + urlencode({**({"q": q} if q else {}), "page": n})

    return {
        "rows": rows,
        "page": page,
        "pages": pages,
        "page_size": PAGE_SIZE,
        "total": total,
        "first": (page - 1) * PAGE_SIZE + 1 if rows else 0,
        "next": link(page + 1),
        "previous": link(min(page - 1, pages)),
    }


def article_printings(
    arts: Sequence[Article], apps: Mapping[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """The rows of the article list page, one per printing: ``{"id", "title", "outlet"
    (the name every output gives it), "published", "source", "copy_of"}``; a text printed
    by several outlets gives its stored article first, then each other printing with
    ``copy_of`` naming the first printing (None on first printings)."""
    rows = []
    for a in arts:
        head = a.header()
        first = article_label(head)
        others = [p for p in apps.get(a.id) or [] if p.get("source") != a.source]
        for p, copy_of in [(head, None)] + [(p, first) for p in others]:
            rows.append(
                {
                    "id": a.id,
                    "title": p.get("title") or a.title,
                    "outlet": article_label({**p, "id": a.id}),
                    "published": p.get("published"),
                    "source": p.get("source") or a.source,
                    "copy_of": copy_of,
                }
            )
    return rows


def _add_page_routes(app: FastAPI, be: Backend) -> None:
    """``/``, ``/stories/{id}``, ``/articles``, ``/articles/{id}``."""
    _add_story_pages(app, be)
    _add_article_pages(app, be)


def _add_story_pages(app: FastAPI, be: Backend) -> None:
    """``/`` (the story list) and ``/stories/{id}`` (a story's brief)."""

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(q: str = Query("", max_length=200), page: int = Query(1, ge=1)) -> HTMLResponse:
        listing = story_list_page(be, q, page, "/")
        stored = listing["total"] if not q else be.story_page("", 1)[1]
        return _page("stories.html", title="Stories", q=q, stored=stored, **listing)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> Response:
        if not valid_id(story_id):
            return _not_found("story", False)
        brief = be.brief(story_id)
        if brief is None:
            return _not_found(f"story {story_id}", False)
        ids = [
            a["id"]
            for a in brief.get("story", {}).get("articles", [])
            if isinstance(a, dict) and "id" in a
        ]
        html = render_html(brief, be.texts(ids), standalone=False, nav=_NAV)
        return HTMLResponse(html)


def _add_article_pages(app: FastAPI, be: Backend) -> None:
    """``/articles`` (every printing) and ``/articles/{id}`` (a text with its cited spans)."""

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page() -> HTMLResponse:
        arts = sorted(
            be.articles(), key=lambda a: (a.published or "", article_label(a.header()), a.id)
        )
        rows = article_printings(arts, be.appearances(a.id for a in arts))
        texts = len(arts) if len(arts) < len(rows) else None
        return _page("articles.html", title="Articles", rows=rows, texts=texts)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(
        article_id: str,
        start: int | None = Query(None, ge=0),
        end: int | None = Query(None, ge=0),
    ) -> Response:
        if not valid_id(article_id):
            return _not_found("article", False)
        art = be.article(article_id)
        if art is None:
            return _not_found(f"article {article_id}", False)
        return _article_view(be, art, start, end)


def _article_view(be: Backend, art: Article, start: int | None, end: int | None) -> Response:
    """The page of one article: its text with every span a brief of its stories cites
    marked, the span ``start``-``end`` (character offsets) in focus when it lies inside
    the text, and links to those stories."""
    spans: list[tuple[int, int]] = []
    stories = []
    for s in be.stories():
        if art.id in s.articles:
            stories.append(s)
            _citations_in(be.brief(s.id), art.id, spans)
    focus = None
    if start is not None and end is not None and start < end <= len(art.text):
        focus = (start, end)
    segments = highlight_segments(art.text, spans, focus)
    return _page(
        "article.html",
        title=art.title or article_label(art.header()),
        art=art,
        label=article_label(art.header()),
        segments=segments,
        n_spans=len(set(spans)),
        focus=focus,
        stories=[(s.id, s.title) for s in stories if valid_id(s.id)],
    )


@dataclass
class UploadProgress:
    """The upload being ingested (one at a time), as ``GET /api/upload`` shows it."""

    running: bool = False
    files: int = 0
    read: int = 0
    stored: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def start(self, files: int) -> bool:
        """Claim the single upload slot for ``files`` files; False when one is running."""
        if not self.lock.acquire(blocking=False):
            return False
        self.running, self.files, self.read, self.stored = True, files, 0, 0
        return True

    def event(self, kind: str, n: int) -> None:
        """Progress callback of the ingest: ``("read" | "stored", n)``."""
        if kind == "read":
            self.read += n
        elif kind == "stored":
            self.stored += n

    def finish(self) -> None:
        self.running = False
        self.lock.release()

    def as_dict(self) -> dict[str, Any]:
        return {
            "running": self.running,
            "files": self.files,
            "read": self.read,
            "stored": self.stored,
        }


async def _off_loop(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` in a daemon thread and await its result, so the event loop keeps serving
    (``/healthz`` included) and a stopping server never waits on it."""
    loop = asyncio.get_running_loop()
    fut: asyncio.Future[Any] = loop.create_future()

    def settle(ok: bool, value: Any) -> None:
        if not fut.done():
            fut.set_result(value) if ok else fut.set_exception(value)

    def run() -> None:
        try:
            result = fn()
        except BaseException as exc:  # handed to the awaiting request
            loop.call_soon_threadsafe(settle, False, exc)
        else:
            loop.call_soon_threadsafe(settle, True, result)

    threading.Thread(target=run, name="consilience-upload", daemon=True).start()
    return await fut


def _add_upload_routes(app: FastAPI, be: Backend) -> None:
    """``GET /upload`` (the form), ``POST /upload`` (multipart, limited, then ingest off the
    event loop, one upload at a time) and ``GET /api/upload`` (its progress)."""
    progress: UploadProgress = app.state.upload

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form() -> HTMLResponse:
        return _page("upload.html", title="Add articles", result=None, limits=_limits())

    @app.get("/api/upload", tags=["api"])
    def upload_status() -> dict[str, Any]:
        """The running upload: ``{running, files, read, stored}`` (counts of articles)."""
        return progress.as_dict()

    @app.post("/upload", response_class=HTMLResponse, include_in_schema=False)
    async def upload(request: Request) -> Response:
        files = await _form_files(request)
        if isinstance(files, Response):
            return files
        if not progress.start(len(files)):
            return _upload_error(409, "another upload is being read; try again when it ends")
        tmp = tempfile.mkdtemp(prefix="consilience-upload-")
        os.chmod(tmp, 0o700)
        handed_off = False
        try:
            saved = await _save_uploads(files, tmp)
            if isinstance(saved, Response):
                return saved
            handed_off = True
            result = await _off_loop(lambda: _ingest_upload(be, saved, tmp, progress))
        finally:
            if not handed_off:
                shutil.rmtree(tmp, ignore_errors=True)
                progress.finish()
        messages = [f"skipped {_display(s.source, saved, tmp)}: {s.reason}" for s in result.skipped]
        return _upload_result(result, messages)


def _ingest_upload(
    be: Backend, saved: Mapping[str, str], tmp: str, progress: UploadProgress
) -> UploadResult:
    """Ingest the saved files under their uploaded names; always frees ``tmp`` and the slot."""
    try:
        return be.ingest(list(saved), names=saved, progress=progress.event)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        progress.finish()


async def _form_files(request: Request) -> list | Response:
    """The uploaded files of a multipart form, or the error page to answer with."""
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=20)
    except _TooLarge:
        raise
    except Exception as exc:  # malformed multipart, too many files
        return _upload_error(400, f"bad upload: {exc}")
    files = [v for _k, v in form.multi_items() if hasattr(v, "filename") and hasattr(v, "read")]
    files = [f for f in files if f.filename]
    if not files:
        return _upload_error(400, "no file chosen")
    for f in files:
        if (f.size or 0) > MAX_FILE_BYTES:
            return _upload_error(413, _file_too_large(safe_filename(f.filename)[4:]))
    return files


def _upload_error(status: int, message: str) -> HTMLResponse:
    return _page(
        "upload.html", status, title="Add articles", result=None, limits=_limits(), error=message
    )


def _file_too_large(name: str) -> str:
    return f"{name}: file too large (at most {_mb(MAX_FILE_BYTES)} per file)"


async def _save_uploads(files: list, tmp: str) -> dict[str, str] | Response:
    """Write each uploaded file under a sanitised name into ``tmp`` (mode 0600, never
    overwriting): ``{path: name the user gave}``, or a 413 page when one is too large."""
    names: dict[str, str] = {}
    for i, f in enumerate(files):
        name = safe_filename(f.filename, i)
        path = os.path.join(tmp, name)
        data = await f.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            return _upload_error(413, _file_too_large(name[4:]))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        names[path] = name[4:]
    return names


def _upload_result(result: UploadResult, messages: list[str]) -> HTMLResponse:
    status = 200 if (result.new or result.already) else 422
    return _page(
        "upload.html",
        status,
        title="Add articles",
        limits=_limits(),
        result={
            "read": result.read,
            "new": result.new,
            "already": result.already,
            "messages": messages,
        },
    )


def _add_api_routes(app: FastAPI, be: Backend) -> None:
    """The JSON API under ``/api`` (schemas in ``/openapi.json``)."""
    _add_api_story_routes(app, be)
    _add_api_article_routes(app, be)


def _add_api_story_routes(app: FastAPI, be: Backend) -> None:
    """``/api/stories`` (one page of the story list) and ``/api/stories/{id}`` (a brief)."""

    @app.get("/api/stories", response_model=StoriesOut, response_model_by_alias=True, tags=["api"])
    def api_stories(
        page: int = Query(1, ge=1), q: str = Query("", max_length=200)
    ) -> dict[str, Any]:
        """One page of the stories in the store (``consilience.stories/1``) with their
        counts, matching ``q`` in titles, outlets and sources; ``next``/``previous`` link the
        neighbouring pages."""
        listing = story_list_page(be, q, page, "/api/stories")
        keys = ("id", "title", "articles", "counts", "outlets", "dates")
        return {
            "schema": "consilience.stories/1",
            "stories": [{k: r[k] for k in keys} for r in listing["rows"]],
            **{k: listing[k] for k in ("page", "pages", "page_size", "total", "next", "previous")},
        }

    @app.get(
        "/api/stories/{story_id}",
        response_model=BriefOut,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        responses={404: {"model": ErrorOut}},
        tags=["api"],
    )
    def api_story(story_id: str) -> Any:
        """The brief of one story (``consilience.brief/1``)."""
        brief = be.brief(story_id) if valid_id(story_id) else None
        if brief is None:
            return _not_found(f"story {story_id}", True)
        return JSONResponse(brief)


def _add_api_article_routes(app: FastAPI, be: Backend) -> None:
    """``/api/articles`` (every stored article) and ``/api/articles/{id}`` (one, with text)."""

    @app.get(
        "/api/articles", response_model=ArticlesOut, response_model_by_alias=True, tags=["api"]
    )
    def api_articles() -> dict[str, Any]:
        """Every stored article (``consilience.articles/1``), without text."""
        return {"schema": "consilience.articles/1", "articles": [a.header() for a in be.articles()]}

    @app.get(
        "/api/articles/{article_id}",
        response_model=ArticleOut,
        responses={404: {"model": ErrorOut}},
        tags=["api"],
    )
    def api_article(article_id: str) -> Any:
        """One stored article with its text; citation offsets index into ``text``."""
        art = be.article(article_id) if valid_id(article_id) else None
        if art is None:
            return _not_found(f"article {article_id}", True)
        return _article_json(art)


def _article_json(art: Article) -> dict[str, Any]:
    """One article as ``/api/articles/{id}`` answers it: its header fields and its text."""
    keys = ("id", "source", "outlet", "title", "published", "author", "language", "url", "text")
    return {k: getattr(art, k) for k in keys}


SEARCH_LIMIT = 50


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """``snippet`` of a search match cut into ``[(text, is_hit)]``: the ``[...]`` marks of
    ``Store.search`` become hits (brackets dropped), everything else plain text."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in re.finditer(r"\[([^\[\]]*)\]", snippet):
        if m.start() > pos:
            out.append((snippet[pos : m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(snippet):
        out.append((snippet[pos:], False))
    return out


def search_rows(be: Backend, q: str) -> list[dict[str, Any]]:
    """The search page's matches: each ``Store.search`` match with ``segments`` (see
    :func:`snippet_segments`), ``href`` (its article page) and ``story_href`` (its story
    page, or None), links only for well-formed ids."""
    rows = []
    for m in be.search(q, SEARCH_LIMIT) if q.strip() else []:
        story = m.get("story")
        rows.append(
            m
            | {
                "segments": snippet_segments(m.get("snippet") or ""),
                "name": m.get("outlet") or f"unknown ({article_label(m)})",
                "href": f"/articles/{m['id']}" if valid_id(m["id"]) else None,
                "story_href": f"/stories/{story}" if story and valid_id(story) else None,
            }
        )
    return rows


def _add_search_routes(app: FastAPI, be: Backend) -> None:
    """``/search?q=`` (page) and ``/api/search?q=`` (``consilience.search/1``)."""

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = Query("", max_length=200)) -> HTMLResponse:
        rows = search_rows(be, q)
        return _page("search.html", title="Search", q=q, search_q=q, rows=rows)

    @app.get("/api/search", tags=["api"])
    def api_search(
        q: str = Query("", max_length=200), limit: int = Query(20, ge=1, le=SEARCH_LIMIT)
    ) -> dict[str, Any]:
        """Articles holding every word of ``q``, best first (``consilience.search/1``):
        ``{schema, query, matches: [{id, title, outlet, published, source, score, snippet,
        story, story_title}]}``; ``snippet`` marks the hits with ``[...]``."""
        matches = be.search(q, limit) if q.strip() else []
        return {"schema": "consilience.search/1", "query": q, "matches": matches}


def _limits() -> dict[str, str]:
    return {"file": _mb(MAX_FILE_BYTES), "request": _mb(MAX_REQUEST_BYTES), "files": str(MAX_FILES)}


def _display(source: str, names: Mapping[str, str], tmp: str) -> str:
    """A skipped source as the user knows it: the uploaded file name, never the temp path."""
    for path, name in names.items():
        if source == path or source.startswith(path + "#"):
            return name + source[len(path) :]
    return source.replace(tmp + os.sep, "")
