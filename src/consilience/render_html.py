"""Render briefs (the ``consilience.brief/1`` JSON contract) as HTML.

``render_html(brief, texts)`` returns one self-contained file: styles and the citation script
are inlined, a Content-Security-Policy meta tag allows only those two inline blocks (by their
sha256 hashes), and nothing is fetched from the network. Every cited line carries numbered
citation markers; clicking, hovering or focusing a marker shows the cited span highlighted
inside its sentence and neighbours, with the article and outlet named. The same context is
listed under "Sources" at the end of each story, per article, so nothing is hover-only on paper.

The page leads with the answer (it fits a 1280x800 screen): headline, one line of coverage
(articles, outlets, independent sources), each conflict as a card with a small chart
(``consilience.charts``), updates (figures that rose over time) on one line each and not
counted as conflicts, then the best-supported agreed claims. The rest is collapsed in
``<details>`` (the summary, each conflict's readings by outlet, unique facts, quotes,
entities, articles, sources); printing opens it all.

With ``standalone=False`` the page links ``/static/brief.css`` and ``/static/brief.js``
instead (the web app serves them under a strict CSP) and citation popovers link to the
article page.

Article text is untrusted: everything goes through jinja2 autoescaping, the data the script
reads is JSON inside ``<script type="application/json">`` with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, and no URL is ever taken from article text.

Rendering is deterministic: the same briefs and texts give the same bytes.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from . import charts
from .clock_display import ClockAxis, clock_text, is_clock
from .outlet_count import (
    NAMED_UNKNOWN,
    Coverage,
    OutletCount,
    article_name,
    coverage,
    expand,
)

VERSION = "1"

__all__ = [
    "render_html",
    "render_story_body",
    "sentence_context",
    "format_value",
    "format_range",
    "provenance_svg",
    "json_for_script",
    "static_text",
    "csp_hash",
    "article_label",
    "jinja_env",
]

#: pattern every article / story id must match before it is put into a URL
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")

# --------------------------------------------------------------------------- assets


def static_text(name: str) -> str:
    """The text of a file in ``consilience/static`` (CSS / JS shipped with the package)."""
    return _static_text(name)


@cache
def _static_text(name: str) -> str:
    return resources.files("consilience").joinpath("static", name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """CSP source expression (``'sha256-…'``) for an inline ``<script>``/``<style>`` body."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def jinja_env():
    """The jinja2 environment (autoescape on for every template)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("consilience", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["fmtnum"] = _num
    return env


_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def json_for_script(data: Any) -> Markup:
    """JSON safe to place inside ``<script type="application/json">``: ``<``, ``>``, ``&``
    and the JS line separators are escaped, so no ``</script>`` or comment can appear."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    text = re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)
    return Markup(text)


# --------------------------------------------------------------------------- small helpers


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _as_dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _num(x: Any) -> str:
    """Human number: thousands separators, no trailing zeros, at most 3 significant decimals."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return _str(x)
    if isinstance(x, float) and not math.isfinite(x):
        return "∞" if x > 0 else ("−∞" if x < 0 else "?")
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    ax = abs(x)
    if ax >= 100:
        s = f"{x:,.1f}"
    elif ax >= 1:
        s = f"{x:,.2f}"
    else:
        s = f"{x:,.3g}"
    if "." in s and "e" not in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _basename(source: str) -> str:
    src = source.rstrip("/")
    head, sep, frag = src.partition("#")
    base = re.split(r"[/\\]", head)[-1] or head
    return f"{base}#{frag}" if sep else base


def article_label(header: Mapping[str, Any]) -> str:
    """A short human name for an article: its outlet, else its file name / URL tail."""
    return article_name(header.get("outlet"), header.get("source"), header.get("id"))


def _safe_id(value: Any) -> str | None:
    s = _str(value)
    return s if ID_RE.match(s) else None


# --------------------------------------------------------------------------- sentence context

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "maj",
    "prof", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "est", "dept",
}  # fmt: skip
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*")


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in _BOUNDARY.finditer(text):
        end_punct = m.start()
        if not text[m.start() : m.end()].lstrip(" \t").startswith("\n"):
            # a punctuation boundary: reject "Mr. Smith", "U.S. officials", "J. Doe"
            word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", text[max(0, end_punct - 12) : end_punct])
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in _ABBREV or len(w) == 1 or "." in w:
                    continue
        starts.append(m.end())
    return sorted(set(s for s in starts if s < len(text)))


def _collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def sentence_context(
    text: str, start: int, end: int, *, neighbours: int = 1, limit: int = 420
) -> dict[str, str] | None:
    """The cited span ``text[start:end]`` within its sentence(s) and ``neighbours`` sentences
    either side: ``{"before", "hit", "after"}`` (whitespace collapsed, long sides trimmed
    with "…"). None when the offsets do not fit the text."""
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
        return None
    if not (0 <= start <= end <= len(text)):
        return None
    starts = _sentence_starts(text)
    # index of the sentence containing start / end
    import bisect

    i0 = max(0, bisect.bisect_right(starts, start) - 1)
    i1 = max(0, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    lo = starts[max(0, i0 - neighbours)]
    hi_i = i1 + 1 + neighbours
    hi = starts[hi_i] if hi_i < len(starts) else len(text)
    before = _collapse(text[lo:start]).lstrip()
    hit = _collapse(text[start:end])
    after = _collapse(text[end:hi]).rstrip()
    if len(before) > limit:
        cut = before[-limit:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    if len(after) > limit:
        cut = after[:limit]
        after = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    if len(hit) > 4 * limit:
        hit = hit[: 2 * limit] + " … " + hit[-2 * limit :]
    return {"before": before, "hit": hit, "after": after}


# --------------------------------------------------------------------------- values

_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _scaled_money(v: float) -> str:
    av = abs(v)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if av >= size:
            return f"{_num(round(v / size, 3))} {word}"
    return _num(v)


def _fmt_one(v: Any, unit: str, noun: str = "", *, clock: bool = False) -> str:
    """One normalised value with its unit as text; ``clock``: a time of day (seconds
    after midnight) as a clock time (:func:`consilience.clock_display.clock_text`)."""
    if not isinstance(v, int | float) or isinstance(v, bool):
        return _str(v)
    if clock:
        return clock_text(v)
    u = unit or ""
    if u == "m":
        return f"{_num(v / 1000)} km" if abs(v) >= 1000 else f"{_num(v)} m"
    if u == "kg":
        return f"{_num(v / 1000)} t" if abs(v) >= 1000 else f"{_num(v)} kg"
    if u == "s":
        av = abs(v)
        for size, word in (
            (86400 * 365.25, "years"),
            (86400, "days"),
            (3600, "hours"),
            (60, "min"),
        ):
            if av >= size:
                return f"{_num(v / size)} {word}"
        return f"{_num(v)} s"
    if u == "m/s":
        return f"{_num(v * 3.6)} km/h"
    if u in ("m2", "m^2", "m²"):
        return f"{_num(v / 1e6)} km²" if abs(v) >= 1e5 else f"{_num(v)} m²"
    if u == "%":
        return f"{_num(v)}%"
    if u in _CURRENCY_SIGNS:
        return f"{_CURRENCY_SIGNS[u]}{_scaled_money(v)}"
    if re.fullmatch(r"[A-Z]{3}", u):
        return f"{_scaled_money(v)} {u}"
    if not u:
        return f"{_num(v)} {noun}".strip()
    return f"{_num(v)} {u}"


_QUALIFIER_SIGNS = {"about": "≈", "nearly": "≈", "max": "≤", "min": "≥", "under": "<"}


def _qualifier_sign(qualifier: str) -> str | None:
    """The sign a qualifier phrase stands for ("up to" -> ``≤``, "more than" -> ``≥``,
    "about" -> ``≈``, "fewer than" -> ``<``); ``""`` for a phrase outside the lexicon of
    ``consilience.quantities``, None when there is no phrase."""
    from .quantities import QUALIFIERS

    words = tuple(qualifier.lower().split())
    if not words:
        return None
    for n in range(len(words), 0, -1):  # the longest known phrase at the start
        kind = QUALIFIERS.get(words[:n])
        if kind:
            return _QUALIFIER_SIGNS.get(kind, "")
    return ""


def format_value(item: Mapping[str, Any]) -> str:
    """The normalised value of a reading as text: ``≤ 350 km``, ``> 10,000 troops``,
    ``≈ 2 km (1.8–2.2 km)``, ``$4.5 million``, ``2025-03-16``, ``≈ 14:00`` (a time of
    day: its ``normalized`` clock time, else ``hh:mm``). Empty when there is none.
    A reading's ``qualifier`` ("up to", "about", ...) decides the sign when the item has that
    key (None = a bare figure, its interval only rounding); otherwise its interval does."""
    value = item.get("value")
    unit = _str(item.get("unit"))
    noun = _str(item.get("noun"))
    low, high = item.get("low"), item.get("high")
    if value is None or value == "":
        return ""
    if not isinstance(value, int | float) or isinstance(value, bool):
        prec = _str(item.get("precision"))
        if prec and isinstance(value, str):
            return _fmt_date(value, prec)
        return _str(value)
    main = _fmt_one(value, unit, noun, clock=is_clock(item))
    if is_clock(item) and _str(item.get("normalized")):
        main = _str(item.get("normalized"))  # as the Markdown writes it, with its zone
    if "qualifier" in item:
        sign = _qualifier_sign(_str(item.get("qualifier")))
        if sign is not None:
            return f"{sign} {main}" if sign else main
        if not isinstance(high, int | float) or not isinstance(low, int | float):
            return _sign_from_interval(main, value, low, high)
        return main
    return _sign_from_interval(main, value, low, high)


def _sign_from_interval(main: str, value: float, low: Any, high: Any) -> str:
    nums = all(isinstance(x, int | float) and not isinstance(x, bool) for x in (low, high))
    if nums and low == high == value:
        return main
    if nums and low <= 0 < value and high == value:
        return "≤ " + main
    if isinstance(low, int | float) and low == value and high is None:
        return "≥ " + main
    if nums and low < value < high:
        return "≈ " + main
    return main


def format_range(item: Mapping[str, Any]) -> str:
    """The interval ``low–high`` of a numeric reading when it is not a single point."""
    value, low, high = item.get("value"), item.get("low"), item.get("high")
    unit, noun = _str(item.get("unit")), _str(item.get("noun"))
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in (value, low, high)):
        return ""
    if low == high or (low <= 0 < value and high == value):
        return ""
    clock = is_clock(item)
    return f"{_fmt_one(low, unit, clock=clock)}–{_fmt_one(high, unit, noun, clock=clock)}"


def _fmt_date(date: str, precision: str) -> str:
    try:
        if precision == "day" or (not precision and len(date) == 10):
            d = _dt.date.fromisoformat(date[:10])
            return d.strftime("%a %-d %b %Y")
        if precision == "week":  # the date is the week's Monday
            return "week of " + _dt.date.fromisoformat(date[:10]).strftime("%a %-d %b %Y")
        if precision == "month" or (not precision and len(date) == 7):
            d = _dt.date.fromisoformat(date[:7] + "-01")
            return d.strftime("%B %Y")
    except ValueError:
        pass
    return date


# --------------------------------------------------------------------------- provenance graph


def _norm_name(s: str) -> str:
    s = re.sub(r"^(the)\s+", "", s.strip().lower())
    return re.sub(r"[^a-z0-9]", "", s)


def _outlet_matches(source: str, header: Mapping[str, Any]) -> bool:
    name = _norm_name(source)
    if len(name) < 4:
        return False
    for field in ("outlet", "source", "title"):
        val = _str(header.get(field))
        if not val:
            continue
        if field == "outlet":
            dom = re.sub(r"^(www\.)", "", val.lower())
            dom = (
                _norm_name(dom.split(".")[0]) if "." in dom and " " not in dom else _norm_name(dom)
            )
            if dom and (dom == name or (len(dom) >= 6 and dom in name) or name in dom):
                return True
    return False


def _trim(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def provenance_svg(
    articles: list[Mapping[str, Any]], provenance: list[Mapping[str, Any]], codes: Mapping[str, str]
) -> Markup:
    """Inline SVG: articles (left) → the sources they cite (right). Deterministic layout:
    articles in story order, sources by how many articles cite them, then name. A source that
    is itself an outlet of this story is drawn in the accent colour. Empty when no article
    of ``articles`` cites anyone."""
    by_id = {_str(a.get("id")): a for a in articles}
    edges, names = _cite_edges(by_id, provenance)
    if not edges:
        return Markup("")
    g = _ProvGraph.of(list(by_id), edges, names)
    in_story = {k: any(_outlet_matches(names[k], by_id[a]) for a in by_id) for k in g.right}
    parts = [
        f'<svg class="prov-graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {g.width} '
        f'{g.height}" width="{g.width}" height="{g.height}" role="img" aria-label="Who cites whom">'
    ]
    lab = _ProvLabels(names, in_story, by_id, codes)
    parts.append('<g class="edges">')
    parts += _prov_edges(g, edges, lab)
    parts.append('</g><g class="nodes">')
    parts += _prov_nodes(g, lab)
    parts.append("</g></svg>")
    return Markup("".join(parts))


def _cite_edges(
    by_id: Mapping[str, Mapping[str, Any]], provenance: list[Mapping[str, Any]]
) -> tuple[dict[tuple[str, str], list[str]], dict[str, str]]:
    """``({(article id, source key): cues}, {source key: source name as first written})``
    of the provenance entries of the articles ``by_id``; a source's key is its folded
    name, cues keep their first order."""
    edges: dict[tuple[str, str], list[str]] = {}
    names: dict[str, str] = {}
    for entry in provenance:
        aid = _str(_as_dict(entry).get("article"))
        if aid not in by_id:
            continue
        for cite in _as_list(_as_dict(entry).get("cites")):
            src = _str(_as_dict(cite).get("source")).strip()
            if not src:
                continue
            key = src.casefold()
            names.setdefault(key, src)
            cues = edges.setdefault((aid, key), [])
            cue = _str(_as_dict(cite).get("cue"))
            if cue and cue not in cues:
                cues.append(cue)
    return edges, names


@dataclass(frozen=True)
class _ProvGraph:
    """The layout of the provenance graph: the citing articles (``left``, story order),
    the sources (``right``, most cited first), how many articles cite each, and the
    geometry in SVG user units."""

    left: list[str]
    right: list[str]
    counts: dict[str, int]
    row: int = 24
    pad: int = 10
    width: int = 780
    lw: int = 250
    rw: int = 250
    lx: int = 10

    @classmethod
    def of(
        cls, order: list[str], edges: Mapping[tuple[str, str], list[str]], names: Mapping[str, str]
    ) -> _ProvGraph:
        counts: dict[str, int] = {}
        for _aid, key in edges:
            counts[key] = counts.get(key, 0) + 1
        right = sorted(counts, key=lambda k: (-counts[k], names[k].casefold(), names[k]))
        left = [a for a in order if any(e[0] == a for e in edges)] or order
        return cls(left, right, counts)

    @property
    def rx(self) -> int:
        return self.width - self.rw - 10

    @property
    def height(self) -> int:
        return self.pad * 2 + self.row * max(len(self.left), len(self.right))

    def y(self, i: int, n: int) -> float:
        """The centre line of row ``i`` of a column of ``n`` rows (columns centred)."""
        off = (self.height - 2 * self.pad - self.row * n) / 2
        return self.pad + off + self.row * i + self.row / 2


@dataclass(frozen=True)
class _ProvLabels:
    """What the provenance graph names: each source's name by key (``names``), whether it
    is an outlet of this story (``in_story``), the articles by id and their codes."""

    names: Mapping[str, str]
    in_story: Mapping[str, bool]
    by_id: Mapping[str, Mapping[str, Any]]
    codes: Mapping[str, str]

    def article(self, aid: str, sep: str = " ") -> str:
        """An article's code and label (``"A1 The Calder Courier"``), ``sep`` between."""
        return f"{self.codes.get(aid, '')}{sep}{article_label(self.by_id[aid])}"


def _prov_edges(
    g: _ProvGraph, edges: Mapping[tuple[str, str], list[str]], lab: _ProvLabels
) -> list[str]:
    """One SVG path per (article, source) edge, with its cues as the title."""
    out = []
    for (aid, key), cues in sorted(
        edges.items(),
        key=lambda e: (g.left.index(e[0][0]) if e[0][0] in g.left else 0, g.right.index(e[0][1])),
    ):
        y1 = g.y(g.left.index(aid), len(g.left))
        y2 = g.y(g.right.index(key), len(g.right))
        x1, x2 = g.lx + g.lw, g.rx
        mid = (x1 + x2) / 2
        cls = "edge in-story" if lab.in_story[key] else "edge"
        title = escape(f"{lab.article(aid)} → {lab.names[key]} ({', '.join(cues)})")
        out.append(
            f'<path class="{cls}" d="M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} '
            f'{x2:.1f},{y2:.1f}"><title>{title}</title></path>'
        )
    return out


def _prov_nodes(g: _ProvGraph, lab: _ProvLabels) -> list[str]:
    """The article nodes (left) and the source nodes (right, with their citing count)."""
    out = []
    for i, aid in enumerate(g.left):
        label = escape(_trim(lab.article(aid, "  "), 36))
        out.append(_svg_box("node article", g.lx, g.y(i, len(g.left)), g.lw, 4, 8, label))
    for i, key in enumerate(g.right):
        cls = "node source in-story" if lab.in_story[key] else "node source"
        count = g.counts[key]
        label = escape(_trim(lab.names[key], 30) + (f"  ×{count}" if count > 1 else ""))
        out.append(_svg_box(cls, g.rx, g.y(i, len(g.right)), g.rw, 11, 10, label))
    return out


def _svg_box(cls: str, x: int, y: float, width: int, rx: int, inset: int, label: str) -> str:
    """A labelled box of the graph: a rounded rect (corner ``rx``) 22 units tall centred on
    ``y``, its text ``inset`` units in from ``x``; ``label`` is already escaped."""
    return (
        f'<g class="{cls}"><rect x="{x}" y="{y - 11:.1f}" width="{width}" height="22" '
        f'rx="{rx}"/><text x="{x + inset}" y="{y + 4:.1f}">{label}</text></g>'
    )


# --------------------------------------------------------------------------- view model


_SECTIONS_WITH_ARTICLES = (
    "summary",
    "consensus",
    "unique",
    "quotes",
    "provenance",
    "timeline",
    "conflicts",
)


class _ArticleIndex:
    """The articles of one brief: each text's code (``A1``...), its view dict, and the
    appearances of the texts (every outlet that printed one, ``A1``, ``A1.2``...) for
    coverage (:func:`consilience.outlet_count.expand`)."""

    def __init__(self, brief: Mapping[str, Any]) -> None:
        story = _as_dict(brief.get("story"))
        self.articles = [
            a for a in _as_list(story.get("articles")) if isinstance(a, dict) and a.get("id")
        ]
        known = {_str(a.get("id")) for a in self.articles}
        # articles referenced but missing from the header still get a code
        for key in _SECTIONS_WITH_ARTICLES:
            for item in _as_list(brief.get(key)):
                for aid in _article_refs(item):
                    if aid not in known:
                        known.add(aid)
                        self.articles.append(
                            {"id": aid, "source": aid, "outlet": None, "title": None}
                        )
        self.by_id = {_str(a["id"]): a for a in self.articles}
        self.codes = {_str(a["id"]): f"A{i + 1}" for i, a in enumerate(self.articles)}

    def art(self, aid: str) -> dict[str, Any]:
        """The view dict of text ``aid``: ``{id, code, label, title, source, outlet,
        published}`` (strings), named after the text's first appearance (as ``A1`` of the
        Articles table)."""
        head = self.by_id.get(aid, {"id": aid, "source": aid})
        return self._view(aid, self.codes.get(aid, "A?"), expand([head])[0].header())

    def _view(self, aid: str, code: str, a: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "id": aid,
            "code": code,
            "label": article_label({"id": aid, **a}),
            "title": _str(a.get("title")),
            "source": _str(a.get("source")),
            "outlet": _str(a.get("outlet")),
            "published": _str(a.get("published")),
        }

    def order(self, ids: Iterable[Any]) -> list[str]:
        """The distinct string ids of ``ids`` in story order (unknown ids last)."""
        seen = list(dict.fromkeys(a for a in ids if isinstance(a, str)))
        pos = {_str(a["id"]): i for i, a in enumerate(self.articles)}
        return sorted(seen, key=lambda a: (pos.get(a, 10**6), a))

    def arts(self, ids: Iterable[Any]) -> list[dict[str, Any]]:
        """View dicts of the texts ``ids`` (each once, story order)."""
        return [self.art(a) for a in self.order(ids)]

    def printings(self, ids: Iterable[Any] | None = None) -> list[dict[str, Any]]:
        """View dicts of every appearance of the texts ``ids`` (all texts when None), in
        story order: a text printed by three outlets gives ``A1``, ``A1.2``, ``A1.3``."""
        chosen = self.order(self.by_id if ids is None else ids)
        heads = [self.by_id.get(a, {"id": a, "source": a}) for a in chosen]
        return [
            self._view(app.article, app.code(self.codes.get(app.article, "A?")), app.header())
            for app in expand(heads)
        ]

    def coverage(self) -> Coverage:
        """Texts, appearances and outlets of the whole story."""
        return coverage(self.articles)


def _named_unknown(count: OutletCount) -> list[str]:
    """The display names of the printings of unknown outlet, as the count's text names
    them (:meth:`OutletCount.text`): at most :data:`NAMED_UNKNOWN`, else none."""
    names = list(count.unknown_names)
    return names if len(names) <= NAMED_UNKNOWN else []


def _article_refs(item: Any) -> list[str]:
    """The article ids an item of a brief section names (its own, its citations', its
    readings')."""
    out: list[str] = []
    d = _as_dict(item)
    if isinstance(d.get("article"), str):
        out.append(d["article"])
    out += [a for a in _as_list(d.get("articles")) if isinstance(a, str)]
    for c in _as_list(d.get("citations")) + [d.get("citation")]:
        if isinstance(_as_dict(c).get("article"), str):
            out.append(c["article"])
    for r in _as_list(d.get("readings")):
        out += _article_refs(r)
    return out


class _Story:
    """Builds the view model of one brief: citations numbered in reading order."""

    def __init__(
        self, brief: Mapping[str, Any], texts: Mapping[str, str], index: int, article_href
    ):
        self.brief = brief
        self.texts = texts
        self.prefix = f"s{index}"
        self.article_href = article_href
        self.story = _as_dict(brief.get("story"))
        self.index = _ArticleIndex(brief)
        self.articles, self.by_id, self.codes = (
            self.index.articles,
            self.index.by_id,
            self.index.codes,
        )
        self.art, self.arts = self.index.art, self.index.arts
        self.cites: list[dict[str, Any]] = []
        self._cite_ix: dict[tuple[str, int, int], dict[str, Any]] = {}

    # ---- citations
    def cite(self, c: Any) -> dict[str, Any] | None:
        c = _as_dict(c)
        aid, start, end = c.get("article"), c.get("start"), c.get("end")
        if not isinstance(aid, str) or not isinstance(start, int) or not isinstance(end, int):
            return None
        key = (aid, start, end)
        if key in self._cite_ix:
            return self._cite_ix[key]
        n = len(self.cites) + 1
        text = self.texts.get(aid)
        ctx = sentence_context(text, start, end) if isinstance(text, str) else None
        art = self.art(aid)
        href = None
        if self.article_href and _safe_id(aid):
            href = self.article_href(aid, start, end)
        entry = {
            "n": n,
            "id": f"{self.prefix}-c{n}",
            "article": aid,
            "start": start,
            "end": end,
            "art": art,
            "ctx": ctx,
            "href": href,
        }
        self.cites.append(entry)
        self._cite_ix[key] = entry
        return entry

    def cites_of(self, item: Mapping[str, Any]) -> list[dict[str, Any]]:
        raw = _as_list(item.get("citations"))
        if isinstance(item.get("citation"), dict):
            raw = [item["citation"], *raw]
        out = []
        for c in raw:
            e = self.cite(c)
            if e is not None and e not in out:
                out.append(e)
        return out

    # ---- sections
    def build(self) -> dict[str, Any]:
        """The view model of the story (what ``_brief_macros.html`` renders); citations are
        numbered in the order the page shows them."""
        b = self.brief
        headline = self._lines(
            _as_list(b.get("headline"))
            or ([b["headline"]] if isinstance(b.get("headline"), dict) else [])
        )
        headline = [h for h in headline if h["text"]]
        conflicts = [
            self._conflict(_as_dict(c), i) for i, c in enumerate(_as_list(b.get("conflicts")))
        ]
        consensus = self._consensus(_as_list(b.get("consensus")))
        summary = self._lines(_as_list(b.get("summary")))
        corroborated = [self._corroborated(_as_dict(c)) for c in _as_list(b.get("corroborated"))]
        unique, unique_rows = self._unique(_as_list(b.get("unique")))
        timeline = _timeline_view(self, _as_list(b.get("timeline")))
        printings = self.index.printings()
        model = {
            "anchor": f"story-{self.prefix}",
            "id": _str(self.story.get("id")),
            "title": _str(self.story.get("title")) or "Untitled story",
            "articles": printings,
            "outlets": sorted({a["label"] for a in printings}),
            "dates": sorted({a["published"] for a in printings if a["published"]}),
            "headline": headline,
            "summary": summary,
            "consensus": consensus,
            "top_consensus": _top_claims(consensus, TOP_CLAIMS, [h["text"] for h in headline]),
            "disputes": [c for c in conflicts if not c["is_update"]],
            "updates": [c for c in conflicts if c["is_update"]],
            "conflicts": conflicts,
            "corroborated": corroborated,
            "unique": unique,
            "quotes": _quotes_view(self, _as_list(b.get("quotes"))),
            "quote_count": len(_as_list(b.get("quotes"))),
            "timeline": timeline,
            "timeline_svg": _timeline_svg(timeline, _as_list(b.get("timeline"))),
            "matrix": _matrix_view(self, consensus, conflicts),
            "unique_count": len(unique_rows),
            "unique_top": unique_rows[:UNIQUE_TOP],
        }
        model.update(self._provenance_model(_as_list(b.get("provenance"))))
        shown = {_collapse(x["text"]).strip() for x in headline + model["top_consensus"]}
        model["summary_shown"] = sum(_collapse(x["text"]).strip() in shown for x in summary)
        model["entities"] = _entities_view(self, _as_list(b.get("entities")))
        model["cites"] = self.cites
        model["sources"] = self._sources_by_article()
        model["counts"] = self._counts(model)
        return model

    def _counts(self, model: Mapping[str, Any]) -> dict[str, Any]:
        """The story's figures at a glance: printings, texts, outlets (known and unknown),
        independent reports, disputes, updates and consensus claims."""
        cov = self.index.coverage()
        return {
            "articles": cov.articles,
            "texts": cov.texts,
            "outlets": cov.outlets.known,
            "unknown_outlets": cov.outlets.unknown,
            "unknown_names": _named_unknown(cov.outlets),
            "outlets_text": cov.outlets.text(),
            "outlets_short": cov.outlets.short(),
            "independent": independent_reports(self.brief, self.by_id),
            "conflicts": len(model["disputes"]),
            "updates": len(model["updates"]),
            "consensus": len(model["consensus"]),
        }

    def _lines(self, items: list) -> list[dict[str, Any]]:
        return [
            {"text": _str(_as_dict(s).get("text")), "cites": self.cites_of(_as_dict(s))}
            for s in items
        ]

    def _consensus(self, items: list) -> list[dict[str, Any]]:
        out = []
        for item in items:
            item = _as_dict(item)
            cites = self.cites_of(item)
            ids = _as_list(item.get("articles")) or [c["article"] for c in cites]
            out.append(
                {
                    "text": _str(item.get("text"))
                    + (
                        f" (said by {'; '.join(map(str, _as_list(item.get('said_by'))))})"
                        if len(_as_list(item.get("said_by"))) > 1
                        else ""
                    ),
                    "cites": cites,
                    "articles": self.index.printings(ids),
                    "independent": item.get("independent_sources"),
                }
            )
        return out

    def _corroborated(self, item: Mapping[str, Any]) -> dict[str, Any]:
        readings = [self._reading(item, _as_dict(r)) for r in _as_list(item.get("readings"))]
        return {
            "kind": _str(item.get("kind")),
            "subject": _str(item.get("subject")),
            "readings": readings,
            "values": _shown_values(readings),
            "arts": self.arts(r["article"] for r in readings),
            "card_chart": self._chart(item, compact=True, width=300),
        }

    def _unique(self, items: list) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """``(groups by article, rows)``: every unique fact, each article's in rank order
        (rank 1 = most newsworthy; items without a rank keep their order, after)."""
        by: dict[str, list[dict[str, Any]]] = {}
        rows = []
        ranked = sorted(
            enumerate(_as_dict(x) for x in items),
            key=lambda p: (
                not _is_num(p[1].get("rank")),
                p[1]["rank"] if _is_num(p[1].get("rank")) else 0,
                p[0],
            ),
        )
        for _k, item in ranked:
            aid = _str(item.get("article")) or _str(_as_dict(item.get("citation")).get("article"))
            row = {"text": _str(item.get("text")), "cites": self.cites_of(item), "article": aid}
            row["art"] = self.art(aid) if aid else None
            by.setdefault(aid, []).append(row)
            rows.append(row)
        return [{"art": a, "items": by[a["id"]]} for a in self.arts(by)], rows

    def _provenance_model(self, items: list) -> dict[str, Any]:
        return {
            "provenance": _provenance_view(self, items),
            "provenance_svg": provenance_svg(self.articles, items, self.codes),
        }

    def _sources_by_article(self) -> list[dict[str, Any]]:
        """The citations grouped per article (story order), each group's in page order."""
        by: dict[str, list[dict[str, Any]]] = {}
        for c in self.cites:
            by.setdefault(c["article"], []).append(c)
        return [{"art": a, "cites": by[a["id"]]} for a in self.arts(by)]

    def _fmt_for(self, item: Mapping[str, Any]):
        first = next((_as_dict(r) for r in _as_list(item.get("readings")) if _as_dict(r)), {})
        unit, noun = _str(first.get("unit")), _str(first.get("noun"))
        if is_clock(first):
            return ClockAxis()  # hh:mm, ticks on whole clock steps
        return lambda v: _fmt_one(v, unit, noun)

    def _chart(self, item: Mapping[str, Any], *, compact: bool, width: int = 0) -> Markup:
        labels = {
            aid: f"{self.codes.get(aid, '')} {article_label(a)}" for aid, a in self.by_id.items()
        }
        svg = charts.quantity_chart(
            item,
            labels,
            fmt=self._fmt_for(item),
            describe=format_value,
            compact=compact,
            width=width or (460 if compact else 720),
        )
        return Markup(svg)

    def _reading(self, item: Mapping[str, Any], r: Mapping[str, Any]) -> dict:
        aid = _str(r.get("article")) or _str(_as_dict(r.get("citation")).get("article"))
        return {
            "text": _str(r.get("text")),
            "art": self.art(aid) if aid else None,
            "value": format_value(r),
            "range": format_range(r),
            "cites": self.cites_of(r),
            "status": charts.reading_status(item, r),
            "article": aid,
            "num": r.get("value") if _is_num(r.get("value")) else None,
        }

    def _conflict(self, c: Mapping[str, Any], i: int) -> dict[str, Any]:
        readings = [self._reading(c, _as_dict(r)) for r in _as_list(c.get("readings"))]
        groups = {}
        for status in ("majority", "outlier", "latest", "superseded"):
            rs = [r for r in readings if r["status"] == status]
            groups[status] = {
                "values": _shown_values(rs),
                "arts": self.arts(r["article"] for r in rs),
            }
        return {
            "anchor": f"{self.prefix}-conflict-{i + 1}",
            "kind": _str(c.get("kind")) or "fact",
            "subject": _str(c.get("subject")) or "(no subject)",
            "readings": readings,
            "explanation": _str(c.get("explanation")),
            "groups": groups,
            "others": [r for r in readings if not r["status"]],
            "is_update": charts.is_update(c),
            "card_chart": self._chart(c, compact=True),
            "chart": self._chart(c, compact=False),
        }


def _quotes_view(story: _Story, items: list) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for q in items:
        q = _as_dict(q)
        speaker = _str(q.get("speaker")).strip() or "Unattributed"
        key = speaker.casefold()
        g = groups.setdefault(key, {"speaker": speaker, "quotes": []})
        aid = _str(q.get("article")) or _str(_as_dict(q.get("citation")).get("article"))
        cites = story.cites_of(q)
        g["quotes"].append(
            {
                "text": _str(q.get("text")),
                "direct": bool(q.get("direct")),
                "art": story.art(aid) if aid else None,
                "cites": cites,
                "_key": (story.codes.get(aid, "~"), cites[0]["start"] if cites else 0),
            }
        )
    out = []
    for g in groups.values():
        g["quotes"].sort(
            key=lambda x: (
                int(x["_key"][0][1:]) if x["_key"][0][1:].isdigit() else 10**6,
                x["_key"][1],
                x["text"],
            )
        )
        out.append(g)
    out.sort(key=lambda g: (-len(g["quotes"]), g["speaker"].casefold(), g["speaker"]))
    return out


def _timeline_view(story: _Story, items: list) -> list[dict[str, Any]]:
    rows = []
    for t in items:
        t = _as_dict(t)
        date, prec = _str(t.get("date")), _str(t.get("precision"))
        cites = story.cites_of(t)
        ids = _as_list(t.get("articles")) or [c["article"] for c in cites]
        rows.append(
            {
                "date": date,
                "precision": prec,
                "label": _timeline_label(t, date, prec),
                "text": _str(t.get("text")),
                "cites": cites,
                "articles": story.arts(ids),
            }
        )
    rows.sort(key=lambda r: (r["date"] or "9999", r["text"]))
    return rows


def _timeline_label(t: Mapping[str, Any], date: str, prec: str) -> str:
    """A timeline line's date as shown: ``"12 May 2026"``; a disputed line (its date, or a
    statement it states, :mod:`consilience.timeline_disputes`) every date given, then
    ``" (disputed)"``."""
    if not t.get("disputed"):
        return _fmt_date(date, prec)
    dates = [_as_dict(d) for d in _as_list(t.get("dates"))] or [{"date": date, "precision": prec}]
    return (
        " / ".join(_fmt_date(_str(d.get("date")), _str(d.get("precision"))) for d in dates)
        + " (disputed)"
    )


def _provenance_view(story: _Story, items: list) -> list[dict[str, Any]]:
    rows = []
    for p in items:
        p = _as_dict(p)
        aid = _str(p.get("article"))
        cites = []
        for c in _as_list(p.get("cites")):
            c = _as_dict(c)
            cites.append(
                {
                    "source": _str(c.get("source")),
                    "cue": _str(c.get("cue")),
                    "cites": story.cites_of(c),
                }
            )
        if aid:
            rests = p.get("rests_on")
            rests_txt = ""
            if isinstance(rests, str):
                rests_txt = (
                    story.art(rests)["code"] + " " + story.art(rests)["label"]
                    if rests in story.by_id
                    else rests
                )
            elif isinstance(rests, dict):
                rests_txt = _str(rests.get("source") or rests.get("article"))
            rows.append({"art": story.art(aid), "cites": cites, "rests_on": rests_txt})
    rows.sort(key=lambda r: int(r["art"]["code"][1:]) if r["art"]["code"][1:].isdigit() else 10**6)
    return rows


def _entities_view(story: _Story, items: list) -> list[dict[str, Any]]:
    rows = []
    for e in items:
        e = _as_dict(e)
        name = _str(e.get("name")).strip()
        if not name:
            continue
        aliases = sorted(
            {_str(a) for a in _as_list(e.get("aliases")) if _str(a) and _str(a) != name}
        )
        rows.append(
            {
                "name": name,
                "type": _str(e.get("type")) or "—",
                "aliases": aliases,
                "articles": story.arts(_as_list(e.get("articles"))),
            }
        )
    rows.sort(key=lambda r: (-len(r["articles"]), r["type"], r["name"].casefold(), r["name"]))
    return rows


def _matrix_view(story: _Story, consensus: list, conflicts: list) -> dict[str, Any]:
    """Coverage: one row per consensus claim and per conflict, one column per article;
    cells ``states`` / ``omits`` / ``contradicts`` (an outlier) / ``updates`` (the latest
    reading of an update)."""
    cols = [story.art(_str(a["id"])) for a in story.articles]
    rows = []
    for c in consensus:
        ids = {a["id"] for a in c["articles"]} | {x["article"] for x in c["cites"]}
        cells = ["states" if a["id"] in ids else "omits" for a in cols]
        rows.append({"kind": "consensus", "text": c["text"], "cells": cells, "anchor": None})
    for c in conflicts:
        cells = [_conflict_cell({r["status"] for r in c["readings"] if r["article"] == a["id"]})
                 for a in cols]  # fmt: skip
        kind = "update" if c["is_update"] else "conflict"
        rows.append({"kind": kind, "text": c["subject"], "cells": cells, "anchor": c["anchor"]})
    disputes = [r for r in rows if r["kind"] != "consensus"]
    claims = [r for r in rows if r["kind"] == "consensus"]
    shown = disputes + claims[:MATRIX_ROWS]
    return {"cols": cols, "rows": shown, "more": claims[MATRIX_ROWS:]}


def independent_reports(brief: Mapping[str, Any], ids: Iterable[str]) -> int:
    """The independent reports behind the texts ``ids`` of ``brief``: an article whose
    provenance ``rests_on`` a report, articles grouped by a ``provenance_notes`` entry
    (near-copies, one shared report) and articles of one outlet collapse into one source
    each. The
    appearances of one text (syndication) are one text id, hence one report."""
    parent = {aid: aid for aid in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(members: Iterable[str]) -> None:
        members = [i for i in members if i in parent]
        for other in members[1:]:
            parent[find(other)] = find(members[0])

    report: dict[str, list[str]] = {}
    for p in _as_list(brief.get("provenance")):
        rests = _as_dict(p).get("rests_on")
        key = (
            _str(rests.get("source") or rests.get("article"))
            if isinstance(rests, dict)
            else _str(rests)
        )
        if key:
            report.setdefault(key.casefold(), []).append(_str(_as_dict(p).get("article")))
    for group in report.values():
        join(group)
    for note in _as_list(brief.get("provenance_notes")):
        join([a for a in _as_list(_as_dict(note).get("articles")) if isinstance(a, str)])
    by_outlet: dict[str, list[str]] = {}  # one outlet's articles are one source
    for art in _as_list(_as_dict(brief.get("story")).get("articles")):
        outlet = _str(_as_dict(art).get("outlet"))
        if outlet:
            by_outlet.setdefault(outlet.casefold(), []).append(_str(_as_dict(art).get("id")))
    for group in by_outlet.values():
        join(group)
    return len({find(a) for a in parent})


def _is_num(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def _shown_values(readings: list[dict[str, Any]]) -> list[str]:
    """The distinct values of ``readings`` as shown (statements quoted), smallest first."""
    order = sorted(readings, key=lambda r: (r["num"] is None, r["num"] or 0.0, r["value"]))
    out: list[str] = []
    for r in order:
        shown = r["value"] or _quoted(r["text"])
        if shown and shown not in out:
            out.append(shown)
    return out


def _quoted(text: str, limit: int = 90) -> str:
    """A reading without a value (a statement) as it is shown in a card: quoted, trimmed."""
    text = _collapse(text).strip()
    return f"“{_trim(text, limit)}”" if text else ""


def _conflict_cell(statuses: set[str]) -> str:
    if "outlier" in statuses:
        return "contradicts"
    if "latest" in statuses:
        return "updates"
    return "states" if statuses else "omits"


#: fewest distinct dates worth a timeline chart (fewer read better as a list)
TIMELINE_CHART_DATES = 3


def _timeline_svg(rows: list[dict[str, Any]], items: list) -> Markup:
    """The timeline chart, or empty when fewer than ``TIMELINE_CHART_DATES`` dates."""
    if len({r["date"] for r in rows if r["date"]}) < TIMELINE_CHART_DATES:
        return Markup("")
    return Markup(charts.timeline_chart([_as_dict(t) for t in items], width=880))


#: how many agreed claims the coverage matrix shows before "more"
MATRIX_ROWS = 5

#: how many consensus claims the top of the page shows
TOP_CLAIMS = 3
UNIQUE_TOP = 3  # unique facts shown by rank above the full list (collapsed, by article)


def _top_claims(
    consensus: list[dict[str, Any]], n: int, shown: Iterable[str] = ()
) -> list[dict[str, Any]]:
    """The ``n`` best-supported claims (independent sources, then articles; ties keep the
    brief's order), shown in the brief's order; a claim whose text is already ``shown``
    (the headline) is left to the full list."""
    seen = {_collapse(t).strip() for t in shown}

    def support(i: int) -> tuple:
        c = consensus[i]
        ind = c["independent"] if isinstance(c["independent"], int | float) else 0
        return (-ind, -len(c["articles"]), i)

    fresh = [
        i for i in range(len(consensus)) if _collapse(consensus[i]["text"]).strip() not in seen
    ]
    best = sorted(sorted(fresh, key=support)[:n])
    return [consensus[i] for i in best]


# --------------------------------------------------------------------------- entry points


def _default_article_href(aid: str, start: int, end: int) -> str:
    return f"/articles/{quote(aid, safe='')}?start={int(start)}&end={int(end)}#focus"


def _briefs(brief: Mapping[str, Any] | list) -> list[Mapping[str, Any]]:
    if isinstance(brief, Mapping):
        return [brief]
    return [b for b in brief if isinstance(b, Mapping)]


def render_story_body(
    brief: Mapping[str, Any] | list, texts: Mapping[str, str], *, article_links: bool = False
) -> dict[str, Any]:
    """The view model of one or several briefs: ``{"stories": [...], "data": {...}}``,
    what the templates render (the web app reuses it inside its own layout)."""
    href = _default_article_href if article_links else None
    stories = [_Story(b, texts or {}, i, href).build() for i, b in enumerate(_briefs(brief))]
    data: dict[str, Any] = {"schema": "consilience.html/1", "cites": {}}
    for s in stories:
        for c in s["cites"]:
            art = c["art"]
            data["cites"][c["id"]] = {
                "n": c["n"],
                "article": c["article"],
                "start": c["start"],
                "end": c["end"],
                "code": art["code"],
                "label": art["label"],
                "title": art["title"],
                "source": _basename(art["source"]) if art["source"] else "",
                "published": art["published"],
                "ctx": c["ctx"],
                "href": c["href"],
            }
    return {"stories": stories, "data": data}


def render_html(
    brief: Mapping[str, Any] | list[Mapping[str, Any]],
    texts: Mapping[str, str],
    *,
    standalone: bool = True,
    static_url: str = "/static",
    title: str | None = None,
    nav: list[tuple[str, str]] | None = None,
) -> str:
    """Render one brief (dict) or several (list, with a story index) as an HTML document.

    ``texts`` maps article id → stored article text (citations show their sentence in
    context). ``standalone=True``: one self-contained file with inline CSS/JS under a hash-based
    CSP. ``standalone=False``: CSS/JS linked from ``static_url`` and citations link to
    ``/articles/{id}?start=&end=`` (for the web app); ``nav`` adds header links."""
    model = render_story_body(brief, texts, article_links=not standalone)
    stories = model["stories"]
    css = static_text("brief.css")
    js = static_text("brief.js")
    if title is None:
        title = (
            stories[0]["title"]
            if len(stories) == 1
            else f"{len(stories)} stories — consilience brief"
        )
    csp = None
    if standalone:
        csp = (
            "default-src 'none'; "
            f"style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
            "img-src data:; base-uri 'none'; form-action 'none'"
        )
    return (
        jinja_env()
        .get_template("brief.html")
        .render(
            title=title,
            stories=stories,
            data=json_for_script(model["data"]),
            standalone=standalone,
            css=Markup(css) if standalone else None,
            js=Markup(js) if standalone else None,
            csp=csp,
            static_url=static_url.rstrip("/"),
            nav=nav or [],
            multi=len(stories) > 1,
        )
    )
