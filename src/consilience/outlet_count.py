"""How many articles and outlets a story draws on, counted one way for every output.

One stored *text* (an entry of ``story.articles`` in ``consilience.brief/1``, keyed by the
hash of its text) may have been printed verbatim by several outlets: syndication. Such a
header carries ``"appearances"`` (``[{"source", "url", "outlet", "title", "published"}]``,
earliest first, see ``Store.appearances``). Coverage counts every appearance: a wire story
printed by five outlets is five articles from five outlets, while the analysis (and the
independence of sources) treats the shared text as one report.

:func:`expand` is the one place that turns headers into appearances; Markdown, HTML, CSV,
the stored story list and the web API all count through it. An appearance names its
outlet in ``outlet``; when that is missing or blank the outlet is *unknown*. Unknown outlets
are counted as unknown, never guessed from file names or URLs, so every output says the
same, e.g. ``"2 outlets + 3 unknown"``.

Two names are one outlet when :func:`same_outlet` says so ("Harbourside Radio News" and
"Harbourside Radio"; "Channel 4" and "Channel 5 News" stay two): :func:`outlet_groups` is
the one place every count and list of outlet names keys outlets by.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .cues import GENERIC_OUTLET_WORDS, OUTLET_SUFFIXES, fold_accents

#: The metadata an appearance carries (the keys of ``Store.appearances`` entries).
APPEARANCE_KEYS: tuple[str, ...] = ("source", "url", "outlet", "title", "published")


@dataclass(frozen=True)
class Appearance:
    """One printing of a stored text: ``article`` is the text's id, ``n`` its 1-based rank
    among the text's appearances (earliest first); the rest is that printing's metadata
    (strings or None)."""

    article: str
    n: int
    source: str | None
    outlet: str | None
    title: str | None = None
    published: str | None = None
    url: str | None = None

    def code(self, base: str) -> str:
        """The appearance's short name from its text's code ``base``: ``"A2"`` for the
        first appearance, ``"A2.3"`` for the third printing of the same text."""
        return base if self.n == 1 else f"{base}.{self.n}"

    @property
    def name(self) -> str:
        """The printing's display name (:func:`article_name`): its outlet, else the file
        name of its source or URL, else its text's id."""
        return article_name(self.outlet, self.source or self.url, self.article)

    def header(self) -> dict[str, Any]:
        """The appearance as an article header: ``{"id", "source", "outlet", "title",
        "published", "url"}`` (``id`` is the shared text's id)."""
        return {
            "id": self.article,
            "source": self.source,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "url": self.url,
        }


def appearances_of(header: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The printings of one article header: its ``"appearances"`` mappings when it lists
    any, else the header itself (a text seen at one source is one appearance)."""
    listed = header.get("appearances")
    found = [a for a in listed if isinstance(a, Mapping)] if isinstance(listed, list) else []
    return found or [header]


def expand(headers: Iterable[Any]) -> list[Appearance]:
    """Every appearance of the article ``headers`` (brief ``story.articles`` entries or
    ``Article.header()`` dicts), in header order, each text's printings earliest first.
    Entries that are not mappings are ignored; a header without ``id`` gets ``"#<index>"``."""
    out: list[Appearance] = []
    for i, header in enumerate(headers):
        if not isinstance(header, Mapping):
            continue
        aid = str(header.get("id") or f"#{i}")
        for n, app in enumerate(appearances_of(header), 1):
            meta = {k: _text_or_none(app.get(k)) for k in APPEARANCE_KEYS}
            out.append(Appearance(article=aid, n=n, **meta))
    return out


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


#: Up to this many printings of unknown outlet are named in a count's text.
NAMED_UNKNOWN = 3


@dataclass(frozen=True)
class OutletCount:
    """``known``: distinct named outlets (:func:`outlet_groups`);
    ``unknown``: appearances whose outlet is not known; ``unknown_names``: the display
    names (:func:`article_name`) of those appearances, each once, in appearance order."""

    known: int
    unknown: int
    unknown_names: tuple[str, ...] = ()

    def text(self) -> str:
        """The count as words: ``"1 outlet"``, ``"3 outlets + 2 unknown"``, ``"no named
        outlet"`` (no printing names its outlet: "1 article from no named outlet", never
        "from 0 outlets + 1 unknown"); the unknown printings named after the count when
        there are at most :data:`NAMED_UNKNOWN` of them, under the name every output
        gives them: ``"6 outlets + 1 unknown (gazette.txt)"``."""
        words = f"{self.known} outlet{'' if self.known == 1 else 's'}"
        if not self.unknown:
            return words
        names = self.unknown_names
        named = f" ({', '.join(names)})" if names and len(names) <= NAMED_UNKNOWN else ""
        if not self.known:
            return f"no named outlet{named}"
        return f"{words} + {self.unknown} unknown{named}"

    def short(self) -> str:
        """The count for a table column headed "Outlets": ``"3"``, ``"0 + 4 unknown"``."""
        return f"{self.known} + {self.unknown} unknown" if self.unknown else str(self.known)


def outlet_key(name: Any) -> str:
    """An outlet name folded for counting (case and spacing ignored); ``""`` when blank or
    not a string."""
    return " ".join(name.split()).casefold() if isinstance(name, str) else ""


def name_words(name: str) -> tuple[str, ...]:
    """The words of an outlet name that can tell it from another: accents folded,
    lower-cased, punctuation dropped, a leading "the", a "www." and a web suffix (".com",
    ``cues.OUTLET_SUFFIXES``) left out: ``"The Harbourside-Radio.com"`` ->
    ``("harbourside", "radio")``."""
    k = fold_accents(name).casefold().strip()
    k = re.sub(r"^www\.", "", k)
    k = next((k[: -len(s)] for s in OUTLET_SUFFIXES if k.endswith(s) and len(k) > len(s)), k)
    words = re.findall(r"\w+", k)
    return tuple(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def name_core(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` (:func:`name_words`) without the generic words of news organisations at
    either edge (``cues.GENERIC_OUTLET_WORDS``: "news", "online", "live" ...): ``("sky",
    "news")`` -> ``("sky",)``; a name made only of such words is its own core."""
    lo, hi = 0, len(words)
    while lo < hi and words[lo] in GENERIC_OUTLET_WORDS:
        lo += 1
    while hi > lo and words[hi - 1] in GENERIC_OUTLET_WORDS:
        hi -= 1
    return words[lo:hi] or words


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` is a contiguous run of ``long``."""
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _site(address: Any) -> str:
    """The host of a web address (``www.`` dropped, lower-cased); ``""`` for anything
    that is not an http(s) URL (a file path, None)."""
    if not isinstance(address, str) or not address.lower().startswith(("http://", "https://")):
        return ""
    host = (urlsplit(address.strip()).hostname or "").lower()
    return host.removeprefix("www.")


def _same_site(a: set[str], b: set[str]) -> bool:
    """Whether two sets of hosts share one site (a host, or one a subdomain of the other)."""
    return any(x == y or x.endswith("." + y) or y.endswith("." + x) for x in a for y in b)


def same_outlet(
    a: str, b: str, sites_a: set[str] = frozenset(), sites_b: set[str] = frozenset()
) -> bool:
    """Whether outlet names ``a`` and ``b`` (printed at the hosts ``sites_a``, ``sites_b``)
    name one outlet: they differ only by case, punctuation, a leading "the", a web suffix
    and generic words of news organisations at either edge (:func:`name_core`), and either
    one is the other plus such words ("Harbourside Radio News" / "Harbourside Radio") or
    they share a site ("Harbourside News" / "Harbourside Online", both at harbourside.example).
    "Channel 4" and "Channel 5 News" stay two outlets; so does "Harbourside Radio" beside
    "Harbourside FM" (a medium is no generic word)."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb or name_core(wa) != name_core(wb):
        return False
    return _inside(wa, wb) or _inside(wb, wa) or _same_site(set(sites_a), set(sites_b))


def outlet_groups(printings: Iterable[tuple[Any, Any]]) -> dict[str, str]:
    """One key per outlet among ``printings`` (``(outlet name, url or source)`` pairs):
    :func:`outlet_key` of each named outlet -> the smallest such key of the names
    :func:`same_outlet` joins with it (directly or through another name of the set), so
    counting distinct values counts outlets. Blank or non-string names are left out."""
    sites: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for name, address in printings:
        key = outlet_key(name)
        if key:
            spelled.setdefault(key, name)
            sites.setdefault(key, set()).update({_site(address)} - {""})
    keys = sorted(spelled)
    group = {k: k for k in keys}
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if group[a] != group[b] and same_outlet(spelled[a], spelled[b], sites[a], sites[b]):
                old, new = max(group[a], group[b]), min(group[a], group[b])
                group = {k: new if g == old else g for k, g in group.items()}
    return group


def _groups_of(apps: Iterable[Appearance]) -> dict[str, str]:
    """:func:`outlet_groups` of appearances (the URL, else the source, as the address)."""
    return outlet_groups((a.outlet, a.url or a.source) for a in apps)


def _count(apps: Iterable[Appearance]) -> OutletCount:
    apps = list(apps)
    groups = _groups_of(apps)
    known: set[str] = set()
    unknown = 0
    names: dict[str, None] = {}
    for app in apps:
        key = outlet_key(app.outlet)
        if key:
            known.add(groups[key])
        else:
            unknown += 1
            names[app.name] = None
    return OutletCount(len(known), unknown, tuple(names))


def outlet_names(articles: Iterable[Any]) -> list[str]:
    """The distinct named outlets of article headers over every appearance, sorted: one
    name per outlet (:func:`outlet_groups`; its smallest spelling, spaces collapsed), so the list is
    as long as :func:`count_outlets`' ``known``; appearances without an outlet give none
    (never a file name or URL in its place)."""
    apps = expand(articles)
    groups = _groups_of(apps)
    names: dict[str, str] = {}
    for app in apps:
        key = outlet_key(app.outlet)
        if key:
            name = " ".join(app.outlet.split())
            names[groups[key]] = min(names.get(groups[key], name), name)
    return sorted(names.values())


def count_outlets(articles: Iterable[Any]) -> OutletCount:
    """Count the outlets of article headers (``story.articles`` of a brief, or
    ``Article.header()`` dicts) over every appearance (:func:`expand`): distinct non-blank
    ``outlet`` values, plus one unknown per appearance without one."""
    return _count(expand(articles))


@dataclass(frozen=True)
class Coverage:
    """Who printed a set of texts: ``texts`` distinct texts, ``articles`` appearances
    (every outlet's printing counts), ``outlets`` their outlet count."""

    texts: int
    articles: int
    outlets: OutletCount

    def text(self) -> str:
        """``"5 articles from 5 outlets"``; with ``" · 1 distinct text"`` added when some
        text appeared more than once (syndication)."""
        words = f"{self.articles} article{'' if self.articles == 1 else 's'} from "
        words += self.outlets.text()
        return words + self.texts_note()

    def texts_note(self) -> str:
        """``" · 3 distinct texts"`` when there are fewer texts than articles, else ``""``."""
        if self.texts >= self.articles:
            return ""
        return f" · {self.texts} distinct text{'' if self.texts == 1 else 's'}"


def coverage(headers: Iterable[Any], ids: Iterable[str] | None = None) -> Coverage:
    """The :class:`Coverage` of article ``headers``, or of those whose ``id`` is in
    ``ids`` (e.g. the articles stating one consensus claim)."""
    wanted = None if ids is None else set(ids)
    apps = [a for a in expand(headers) if wanted is None or a.article in wanted]
    return Coverage(len({a.article for a in apps}), len(apps), _count(apps))


def printing_outlets(appearances: Mapping[str, list[Any]]) -> dict[str, list[str]]:
    """article id -> the distinct named outlets (:func:`outlet_groups`; each as first
    written, sorted by folded name)
    that printed its text, for the texts of ``appearances`` (``Store.appearances``: article
    id -> entries) that appeared at more than one source; other texts are left out."""
    out: dict[str, list[str]] = {}
    for aid, apps in sorted(appearances.items()):
        if not isinstance(apps, list) or len(apps) < 2:
            continue
        pairs = [
            (a.get("outlet"), a.get("url") or a.get("source"))
            for a in apps
            if isinstance(a, Mapping)
        ]
        groups = outlet_groups(pairs)
        names: dict[str, str] = {}
        for name, _ in pairs:
            if outlet_key(name):
                names.setdefault(groups[outlet_key(name)], " ".join(name.split()))
        out[aid] = [names[k] for k in sorted(names)]
    return out


def article_name(outlet: Any, source: Any, fallback: Any = None) -> str:
    """The one short name every output gives an article (Markdown footnotes, HTML, the
    readings of a conflict, provenance notes): its ``outlet`` when it has one; else the
    file name of its ``source`` (the last part of a path or URL, a ``#member`` of an
    archive kept: ``"/news/a.md"`` -> ``"a.md"``); else ``fallback`` (its id), else
    ``"article"``. Never guesses an outlet from the source."""
    name = " ".join(outlet.split()) if isinstance(outlet, str) else ""
    if name:
        return name
    src = source.strip().rstrip("/") if isinstance(source, str) else ""
    if src:
        head, sep, member = src.partition("#")
        base = re.split(r"[/\\]", head)[-1] or head
        return f"{base}#{member}" if sep else base
    return str(fallback) if fallback else "article"
