"""A brief as a fact-checker's sheet (CSV, written with the standard ``csv`` module).

One row per cited span of every consensus claim, unique fact, conflict reading, quote and
timeline entry. Rows of one item share ``item`` (e.g. ``consensus-2``), so a claim that
five articles state gives five rows, each naming its article, outlet, publication date,
the cited text and its character offsets into the stored article text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

#: The sheet's columns, in order.
COLUMNS: tuple[str, ...] = (
    "story",
    "story_title",
    "section",
    "item",
    "kind",
    "subject",
    "statement",
    "speaker",
    "date",
    "value",
    "unit",
    "role",
    "article",
    "source",
    "outlet",
    "published",
    "cited_text",
    "start",
    "end",
)


def render_csv(briefs: dict[str, Any] | list[dict[str, Any]], texts: dict[str, str]) -> str:
    """The sheet of one brief or of several (``consilience.brief/1`` dicts) as CSV text
    with a header row and ``\\r\\n`` line ends (what spreadsheets expect).

    ``texts`` maps article id -> stored text; it supplies ``cited_text`` for citations that
    carry no ``"text"`` of their own. Empty cells are empty strings.
    """
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for brief in [briefs] if isinstance(briefs, dict) else briefs:
        writer.writerows(rows(brief, texts))
    return buf.getvalue()


def rows(brief: dict[str, Any], texts: dict[str, str]) -> Iterator[dict[str, str]]:
    """The rows of one brief, each a dict over :data:`COLUMNS` with string values."""
    story = brief.get("story", {})
    heads = {a["id"]: a for a in story.get("articles", [])}
    base = {"story": story.get("id"), "story_title": story.get("title")}
    for section, number, fields, citation in _items(brief):
        row = {**base, "section": section, "item": f"{section}-{number}", **fields}
        row.update(_cited(citation, heads, texts))
        yield {c: _cell(row.get(c)) for c in COLUMNS}


def _items(brief: dict[str, Any]) -> Iterator[tuple[str, int, dict[str, Any], dict[str, Any]]]:
    """(section, item number, fields, citation) for every cited span the sheet shows."""
    for n, claim in enumerate(brief.get("consensus", []), 1):
        for c in _all_citations(claim):
            yield "consensus", n, {"statement": claim.get("text")}, c
    for n, fact in enumerate(brief.get("unique", []), 1):
        yield "unique", n, {"statement": fact.get("text")}, fact.get("citation") or {}
    for n, conflict in enumerate(brief.get("conflicts", []), 1):
        for reading in conflict.get("readings", []):
            yield "conflict", n, _reading_fields(conflict, reading), reading.get("citation") or {}
    for n, quote in enumerate(brief.get("quotes", []), 1):
        fields = {
            "kind": "direct" if quote.get("direct") else "reported",
            "statement": quote.get("text"),
            "speaker": quote.get("speaker"),
        }
        yield "quote", n, fields, quote.get("citation") or {}
    for n, event in enumerate(brief.get("timeline", []), 1):
        fields = {"kind": event.get("precision"), "statement": event.get("text")}
        fields["date"] = event.get("date")
        for c in _all_citations(event):
            yield "timeline", n, fields, c


def _reading_fields(conflict: dict[str, Any], reading: dict[str, Any]) -> dict[str, Any]:
    article = reading.get("article")
    role = ""
    if article in conflict.get("outliers", []):
        role = "outlier"
    elif article in conflict.get("majority", []):
        role = "majority"
    return {
        "kind": conflict.get("kind"),
        "subject": conflict.get("subject"),
        "statement": reading.get("text"),
        "value": reading.get("value"),
        "unit": reading.get("unit"),
        "role": role,
    }


def _all_citations(item: dict[str, Any]) -> list[dict[str, Any]]:
    """``citations`` of an item, else its single ``citation``, else one empty citation."""
    found = item.get("citations") or ([item["citation"]] if item.get("citation") else [])
    return found or [{}]


def _cited(
    citation: dict[str, Any], heads: dict[str, dict[str, Any]], texts: dict[str, str]
) -> dict[str, Any]:
    article = citation.get("article")
    head = heads.get(article, {})
    text = citation.get("text")
    if text is None and article in texts and "start" in citation:
        text = texts[article][citation["start"] : citation["end"]]
    return {
        "article": article,
        "source": head.get("source"),
        "outlet": head.get("outlet"),
        "published": head.get("published"),
        "cited_text": text,
        "start": citation.get("start"),
        "end": citation.get("end"),
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)
