"""Render briefs as Markdown (for terminals, editors and notes) and as JSON (the contract).

Markdown cites with footnotes: every cited line ends with ``[^n]`` and the footnote quotes
the exact cited characters with the article they come from.
"""

from __future__ import annotations

import json
from typing import Any

from .outlet_count import coverage, expand

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
    appearance of a text (:func:`consilience.outlet_count.expand`)."""
    arts = brief["story"]["articles"]
    labels = {a["id"]: _label(i, a) for i, a in enumerate(arts, 1)}
    short = {a["id"]: f"A{i}" for i, a in enumerate(arts, 1)}
    notes = _Notes(texts, labels)
    out: list[str] = [f"# {_esc(brief['story']['title'] or 'Untitled story')}", ""]
    out.append(f"*{coverage(arts).text()} · story `{brief['story']['id']}`*")
    out.append("")
    for item in brief.get("headline") or []:
        out += [f"**{_esc(item['text'])}**{notes.cite(item.get('citations'))}", ""]
    out += _articles_table(arts, short)

    def names(ids: list[str]) -> str:
        return ", ".join(short.get(i, i) for i in ids)

    def section(title: str, lines: list[str]) -> None:
        out.extend([f"## {title}", ""])
        out.extend(lines or ["*None found.*"])
        out.append("")

    section(
        "Summary",
        [f"- {_esc(s['text'])}{notes.cite(s.get('citations'))}" for s in brief.get("summary", [])],
    )
    section(
        "Consensus",
        [
            f"- {_esc(c['text'])}{notes.cite(c.get('citations'))} — {_support(c, arts, short)}"
            for c in brief.get("consensus", [])
        ],
    )
    for n in brief.get("provenance_notes", []):
        out.insert(len(out) - 1, f"> {_esc(n['text'])}")

    conflict_lines: list[str] = []
    # an update (a figure that rose between reports) says which reading is the latest
    for c in brief.get("conflicts", []):
        tag = _update_tag(c)
        conflict_lines += [f"### {c.get('kind', '')}: {_esc(c.get('subject', ''))}{tag}", ""]
        conflict_lines += ["| article | as written | normalised | |", "|---|---|---|---|"]
        outliers = set(c.get("outliers", []))
        for r in c.get("readings", []):
            flag = _reading_flag(c, r, outliers)
            norm = r.get("normalized") or r.get("value", "")
            conflict_lines.append(
                f"| {short.get(r.get('article'), r.get('article'))} | {_esc(r.get('text', ''))}"
                f"{notes.cite(r.get('citation'))} | {_esc(norm)} | {flag} |"
            )
        if c.get("explanation"):
            conflict_lines += ["", _esc(c["explanation"])]
        conflict_lines.append("")
    section("Conflicts", conflict_lines)

    section(
        "Corroborated",
        [
            f"- **{_esc(c.get('subject', ''))}**: "
            + "; ".join(
                f"{_esc(r.get('text', ''))} ({short.get(r.get('article'), r.get('article'))}){notes.cite(r.get('citation'))}"
                for r in c.get("readings", [])
            )
            + (f" — {_esc(c['explanation'])}" if c.get("explanation") else "")
            for c in brief.get("corroborated", [])
        ],
    )

    unique = brief.get("unique", [])
    shown = sorted(unique, key=lambda u: u.get("rank", 0))[:UNIQUE_SHOWN]
    unique_lines: list[str] = []
    by_article: dict[str, list[dict[str, Any]]] = {}
    for u in shown:  # each article's facts in rank order
        by_article.setdefault(u["article"], []).append(u)
    for aid in [a["id"] for a in arts]:
        if aid in by_article:
            unique_lines.append(f"**{labels[aid]}**")
            unique_lines += [
                f"- {_esc(u['text'])}{notes.cite(u.get('citation'))}" for u in by_article[aid]
            ]
            unique_lines.append("")
    if len(unique) > len(shown):
        unique_lines.append(
            f"*The {len(shown)} most newsworthy of {len(unique)} are shown; "
            "`--format json` lists every one with its rank.*"
        )
    section("Only one source", unique_lines)

    quote_lines: list[str] = []
    for q in brief.get("quotes", []):
        words = f"“{_esc(q['text'])}”" if q.get("direct") else f"(reported) {_esc(q['text'])}"
        quote_lines.append(
            f"- **{_esc(q['speaker'])}**: {words} — {short.get(q['article'], q['article'])}{notes.cite(q.get('citation'))}"
        )
    section("Quotes", quote_lines)

    section(
        "Provenance",
        [
            f"- {short.get(p['article'], p['article'])} cites "
            + "; ".join(
                f"{_esc(c['source'])} ({_esc(c.get('cue', ''))}){notes.cite(c.get('citation'))}"
                for c in p.get("cites", [])
            )
            for p in brief.get("provenance", [])
            if p.get("cites")
        ],
    )
    section(
        "Timeline",
        [
            f"- **{t['date']}** {_esc(t['text'])} ({names(t.get('articles', []))}){notes.cite(t.get('citations') or t.get('citation'))}"
            for t in brief.get("timeline", [])
        ],
    )
    ent_lines = ["| entity | type | also written | articles |", "|---|---|---|---|"]
    for e in brief.get("entities", []):
        aliases = ", ".join(_esc(a) for a in e.get("aliases", []) if a != e["name"])
        ent_lines.append(
            f"| {_esc(e['name'])} | {e.get('type', '')} | {aliases} | {len(e.get('articles', []))} |"
        )
    section("Entities", ent_lines if brief.get("entities") else [])

    footnotes = notes.render()
    if footnotes:
        out += ["## Sources", ""] + footnotes + [""]
    return "\n".join(out).rstrip() + "\n"


def _label(i: int, header: dict[str, Any]) -> str:
    """A text's footnote label: ``"A2 (Dunmore Daily)"``; a text printed by several
    outlets adds how many more printed it: ``"A1 (Kestrel Wire, +4 reprints)"``."""
    first, *more = expand([header])
    name = first.outlet or first.source or header.get("source") or header.get("id")
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
            f"| {app.code(short.get(app.article, app.article))} | {_esc(app.outlet or '—')} "
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
        f"{n} article{'' if n == 1 else 's'} ({codes}) from {cov.outlets.text()}, "
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
        if r.get("latest") or aid in c.get("majority", []):
            return "**latest**"
        return "superseded" if aid in c.get("superseded", []) else ""
    if aid in outliers:
        return "**outlier**"
    return "majority" if aid in c.get("majority", []) else ""
