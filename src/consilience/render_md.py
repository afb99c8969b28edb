"""Render briefs as Markdown (for terminals, editors and notes) and as JSON (the contract).

Markdown cites with footnotes: every cited line ends with ``[^n]`` and the footnote quotes
the exact cited characters with the article they come from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .outlet_count import article_name, coverage, expand

UNIQUE_SHOWN = 12  # unique facts the Markdown brief shows (by rank); JSON has all


def render_json(briefs: dict[str, Any] | list[dict[str, Any]]) -> str:
    """One brief as an object, several as an array; UTF-8, stable key order."""
    return json.dumps(briefs, ensure_ascii=False, indent=2) + "\n"


class _Notes:
    """Numbered footnotes; the same span cited twice gets the same number."""

    def __init__(self, texts: dict[str, str], labels: dict[str, str]) -> None:
        self.texts, self.labels = texts, labels
        self.numbers: dict[tuple[str, int, int], int] = {}

    def cite(self, citations: list[dict[str, Any]] | dict[str, Any] | None) -> str:
        if not citations:
            return ""
        if isinstance(citations, dict):
            citations = [citations]
        marks = []
        for c in citations:
            if not c or "article" not in c:
                continue
            key = (c["article"], int(c["start"]), int(c["end"]))
            n = self.numbers.setdefault(key, len(self.numbers) + 1)
            marks.append(f"[^{n}]")
        return "".join(marks)

    def render(self) -> list[str]:
        lines = []
        for (article, start, end), n in sorted(self.numbers.items(), key=lambda kv: kv[1]):
            quoted = " ".join(self.texts.get(article, "")[start:end].split())
            label = self.labels.get(article, article)
            lines.append(f'[^{n}]: {label}, chars {start}–{end}: "{quoted}"')
        return lines


def _sources(n: Any) -> str:
    return f"{n} independent source{'' if n == 1 else 's'}"


def _esc(text: Any) -> str:
    """Keep article text from turning into Markdown structure (tables, links, HTML)."""
    s = " ".join(str(text).split())
    for ch in "\\`*_[]<>|":
        s = s.replace(ch, "\\" + ch)
    return s


def render_markdown(brief: dict[str, Any], texts: dict[str, str]) -> str:
    """One brief as Markdown. ``texts`` maps article id -> stored text (for footnotes).
    Coverage (the header line, the Articles table, each consensus line) counts every
    appearance of a text (:func:`consilience.outlet_count.expand`). Sections come in the
    order of :data:`SECTIONS`; an empty one says "None found"."""
    arts = brief["story"]["articles"]
    labels = {a["id"]: _label(i, a) for i, a in enumerate(arts, 1)}
    md = _Md(brief, arts, labels, {a["id"]: f"A{i}" for i, a in enumerate(arts, 1)})
    md.notes = _Notes(texts, labels)
    out: list[str] = [f"# {_esc(brief['story']['title'] or 'Untitled story')}", ""]
    out.append(f"*{_esc(coverage(arts).text())} · story `{brief['story']['id']}`*")
    out.append("")
    for item in brief.get("headline") or []:
        out += [f"**{_esc(item['text'])}**{md.notes.cite(item.get('citations'))}", ""]
    out += _articles_table(arts, md.short)
    for title, lines in SECTIONS:
        out.extend([f"## {title}", ""])
        out.extend(lines(md))
        out.append("")
    footnotes = md.notes.render()
    if footnotes:
        out += ["## Sources", ""] + footnotes + [""]
    return "\n".join(out).rstrip() + "\n"


@dataclass
class _Md:
    """What every Markdown section reads: the brief, its articles, their footnote labels
    (``"A2 (Dunmore Daily)"``), short names (``"A2"``) and the footnotes so far."""

    brief: dict[str, Any]
    arts: list[dict[str, Any]]
    labels: dict[str, str]
    short: dict[str, str]
    notes: Any = None

    def who(self, aid: Any) -> Any:
        """An article's short name (its id when unknown)."""
        return self.short.get(aid, aid)

    def items(self, key: str) -> list[dict[str, Any]]:
        """The brief's section ``key`` (empty when absent)."""
        return self.brief.get(key) or []


_NONE = ["*None found.*"]


def _summary_md(md: _Md) -> list[str]:
    lines = [f"- {_esc(s['text'])}{md.notes.cite(s.get('citations'))}" for s in md.items("summary")]
    return lines or _NONE


def _consensus_md(md: _Md) -> list[str]:
    """Consensus lines with their support, then the provenance notes (who rests on whom)."""
    lines = [
        f"- {_esc(c['text'])}{' ' + _esc('(said by ' + '; '.join(c['said_by']) + ')') if len(c.get('said_by', [])) > 1 else ''}{md.notes.cite(c.get('citations'))} — {_support(c, md.arts, md.short)}"
        for c in md.items("consensus")
    ] or _NONE
    return lines + [f"> {_esc(n['text'])}" for n in md.items("provenance_notes")]


def _conflicts_md(md: _Md) -> list[str]:
    """One table per conflict; an update (a figure that rose between reports) says which
    reading is the latest."""
    lines: list[str] = []
    for c in md.items("conflicts"):
        lines += [f"### {c.get('kind', '')}: {_esc(c.get('subject', ''))}{_update_tag(c)}", ""]
        lines += ["| article | as written | normalised | |", "|---|---|---|---|"]
        outliers = set(c.get("outliers", []))
        for r in c.get("readings", []):
            flag = _reading_flag(c, r, outliers)
            norm = r.get("normalized") or r.get("value", "")
            lines.append(
                f"| {md.who(r.get('article'))} | {_esc(r.get('text', ''))}"
                f"{md.notes.cite(r.get('citation'))} | {_esc(norm)} | {flag} |"
            )
        if c.get("explanation"):
            lines += ["", _esc(c["explanation"])]
        lines.append("")
    return lines or _NONE


def _corroborated_md(md: _Md) -> list[str]:
    lines = []
    for c in md.items("corroborated"):
        readings = "; ".join(
            f"{_esc(r.get('text', ''))} ({md.who(r.get('article'))}){md.notes.cite(r.get('citation'))}"
            for r in c.get("readings", [])
        )
        why = f" — {_esc(c['explanation'])}" if c.get("explanation") else ""
        lines.append(f"- **{_esc(c.get('subject', ''))}**: {readings}{why}")
    return lines or _NONE


def _unique_md(md: _Md) -> list[str]:
    """The ``UNIQUE_SHOWN`` best-ranked unique facts, grouped by article in story order."""
    unique = md.items("unique")
    shown = sorted(unique, key=lambda u: u.get("rank", 0))[:UNIQUE_SHOWN]
    lines: list[str] = []
    by_article: dict[str, list[dict[str, Any]]] = {}
    for u in shown:  # each article's facts in rank order
        by_article.setdefault(u["article"], []).append(u)
    for aid in [a["id"] for a in md.arts]:
        if aid in by_article:
            lines.append(f"**{md.labels[aid]}**")
            lines += [
                f"- {_esc(u['text'])}{md.notes.cite(u.get('citation'))}" for u in by_article[aid]
            ]
            lines.append("")
    if len(unique) > len(shown):
        lines.append(
            f"*The {len(shown)} most newsworthy of {len(unique)} are shown; "
            "`--format json` lists every one with its rank.*"
        )
    return lines or _NONE


def _quotes_md(md: _Md) -> list[str]:
    lines = []
    for q in md.items("quotes"):
        words = f"“{_esc(q['text'])}”" if q.get("direct") else f"(reported) {_esc(q['text'])}"
        lines.append(
            f"- **{_esc(q['speaker'])}**: {words} — {md.who(q['article'])}"
            f"{md.notes.cite(q.get('citation'))}"
        )
    return lines or _NONE


def _provenance_md(md: _Md) -> list[str]:
    lines = []
    for p in md.items("provenance"):
        if not p.get("cites"):
            continue
        cited = "; ".join(
            f"{_esc(c['source'])} ({_esc(c.get('cue', ''))}){md.notes.cite(c.get('citation'))}"
            for c in p["cites"]
        )
        lines.append(f"- {md.who(p['article'])} cites {cited}")
    return lines or _NONE


def _when(t: dict) -> str:
    """A timeline date as written: "week of 2026-09-07" for a week (its Monday)."""
    return f"week of {t['date']}" if t.get("precision") == "week" else t["date"]


def _timeline_md(md: _Md) -> list[str]:
    lines = []
    for t in md.items("timeline"):
        names = ", ".join(md.who(i) for i in t.get("articles", []))
        cite = md.notes.cite(t.get("citations") or t.get("citation"))
        dates = [_when(d) for d in t.get("dates") or []] or [_when(t)]
        date = " / ".join(dates) + " (disputed)" if t.get("disputed") else _when(t)
        lines.append(f"- **{date}** {_esc(t['text'])} ({names}){cite}")
    return lines or _NONE


def _entities_md(md: _Md) -> list[str]:
    if not md.items("entities"):
        return _NONE
    lines = ["| entity | type | also written | articles |", "|---|---|---|---|"]
    for e in md.items("entities"):
        aliases = ", ".join(_esc(a) for a in e.get("aliases", []) if a != e["name"])
        lines.append(
            f"| {_esc(e['name'])} | {e.get('type', '')} | {aliases} | {len(e.get('articles', []))} |"
        )
    return lines


#: the Markdown sections after the Articles table, in page order: (title, lines of a brief)
SECTIONS: list[tuple[str, Callable[[_Md], list[str]]]] = [
    ("Summary", _summary_md),
    ("Consensus", _consensus_md),
    ("Conflicts", _conflicts_md),
    ("Corroborated", _corroborated_md),
    ("Only one source", _unique_md),
    ("Quotes", _quotes_md),
    ("Provenance", _provenance_md),
    ("Timeline", _timeline_md),
    ("Entities", _entities_md),
]


def _label(i: int, header: dict[str, Any]) -> str:
    """A text's footnote label: ``"A2 (Dunmore Daily)"``; a text printed by several
    outlets adds how many more printed it: ``"A1 (Kestrel Wire, +4 reprints)"``."""
    first, *more = expand([header])
    name = article_name(first.outlet, first.source or header.get("source"), header.get("id"))
    extra = f", +{len(more)} reprint{'' if len(more) == 1 else 's'}" if more else ""
    return f"A{i} ({name}{extra})"


def _articles_table(arts: list[dict[str, Any]], short: dict[str, str]) -> list[str]:
    """The Articles section: one row per appearance (``A1``, ``A1.2``... for the printings
    of one text), a near-copy marked with the text it copies."""
    out = ["## Articles", "", "| | outlet | title | published | source |", "|---|---|---|---|---|"]
    by_id = {a["id"]: a for a in arts}
    for app in expand(arts):
        dup = by_id.get(app.article, {}).get("duplicate_of")
        note = f" (copy of {short.get(dup, dup)})" if dup and app.n == 1 else ""
        out.append(
            f"| {app.code(short.get(app.article, app.article))} | {_esc(app.name)} "
            f"| {_esc(app.title or '—')}{note} | {app.published or '—'} "
            f"| {_esc(app.source or '—')} |"
        )
    return out + [""]


def _support(claim: dict[str, Any], arts: list[dict[str, Any]], short: dict[str, str]) -> str:
    """The support of a consensus line, "6 articles (A1, A1.2, ..., A2) from 6 outlets,
    2 independent sources": every appearance of the texts stating ``claim`` covers it;
    independence is the brief's own count."""
    by_id = {a["id"]: a for a in arts}
    heads = [by_id.get(i, {"id": i}) for i in dict.fromkeys(claim.get("articles", []))]
    cov, listed = coverage(heads), expand(heads)
    codes = ", ".join(a.code(short.get(a.article, a.article)) for a in listed)
    n = cov.articles
    return (
        f"{n} article{'' if n == 1 else 's'} ({codes}) from {_esc(cov.outlets.text())}, "
        f"{_sources(claim.get('independent_sources'))}"
    )


def render_markdown_many(briefs: list[dict[str, Any]], texts: dict[str, str]) -> str:
    return "\n---\n\n".join(render_markdown(b, texts) for b in briefs)


def _update_tag(c: dict) -> str:
    """ " (update: latest figure 2,012, 2025-02-08)" for an update, "" otherwise."""
    if not c.get("update"):
        return ""
    latest = c.get("latest") or {}
    if not latest:
        return " (update over time)"
    when = f", {latest['published']}" if latest.get("published") else ""
    return f" (update: latest figure {_esc(str(latest.get('normalized') or latest.get('text')))}{when})"


def _reading_flag(c: dict, r: dict, outliers: set) -> str:
    """The last column of a reading row: outlier / majority, or latest / superseded."""
    aid = r.get("article")
    if c.get("update"):
        if r.get("consistent"):
            return "consistent with the latest"
        if isinstance(r.get("latest"), bool):  # the row's own flag, not its article's
            return "**latest**" if r["latest"] else "superseded"
        if aid in c.get("majority", []):
            return "**latest**"
        return "superseded" if aid in c.get("superseded", []) else ""
    if aid in outliers:
        return "**outlier**"
    return "majority" if aid in c.get("majority", []) else ""
