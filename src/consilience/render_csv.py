"""A brief as a fact-checker's sheet (CSV, written with the standard ``csv`` module).

One row per cited span of every consensus claim, unique fact, conflict reading, quote and
timeline entry, and per appearance of the cited text: a text that several outlets printed
verbatim (syndication, see :func:`consilience.outlet_count.expand`) gives one row per
outlet, each with that printing's source, outlet (empty when unknown), display name
(``name``, the name every output gives it), publication date and URL. Rows of one item share
``item`` (e.g. ``consensus-2``), so a claim that five articles state gives five rows, each
naming its article, outlet, publication date, the cited text and its character offsets into
the stored article text.

Cells are neutralised against spreadsheet formula injection: a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or with ``'``, so the escaping can
be undone) gets a leading ``'``. :func:`raw_cell` gives the text back; the JSON brief
(``--format json``) holds every text unescaped.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from .charts import reading_status
from .outlet_count import expand

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
    "name",
    "published",
    "cited_text",
    "start",
    "end",
    "url",
)

#: First characters that make a spreadsheet read a cell as a formula (and ``'``, the
#: escape itself, so that :func:`raw_cell` is exact).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


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
        row.update(_cited(citation, texts))
        for printing in _printings(heads.get(row["article"])):
            yield {c: _cell({**row, **printing}.get(c)) for c in COLUMNS}


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
    role = reading_status(conflict, reading)
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


def _cited(citation: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """The citation's columns: article id, cited text (from ``texts`` when the citation
    carries none) and offsets."""
    article = citation.get("article")
    text = citation.get("text")
    if text is None and article in texts and "start" in citation:
        text = texts[article][citation["start"] : citation["end"]]
    return {
        "article": article,
        "cited_text": text,
        "start": citation.get("start"),
        "end": citation.get("end"),
    }


def _printings(head: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The source, outlet, name, published and url columns of every appearance of the
    article ``head`` (one all-empty printing for an article missing from the story
    header). ``outlet`` is empty when none is known; ``name`` is the display name every
    output gives the printing (:func:`consilience.outlet_count.article_name`)."""
    if head is None:
        return [{}]
    keys = ("source", "outlet", "name", "published", "url")
    return [{k: getattr(app, k) for k in keys} for app in expand([head])]


def _cell(value: Any) -> str:
    """A cell's text: numbers as written (whole floats without ``.0``), text neutralised
    (:func:`escape_cell`), None as ``""``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    if isinstance(value, int | float):  # a number is never a formula
        return str(value)
    return escape_cell(str(value))


def escape_cell(text: str) -> str:
    """``text`` safe from formula injection: ``"'"`` + text when it starts with one of
    :data:`FORMULA_STARTS`, else unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def raw_cell(cell: str) -> str:
    """The text a cell written by :func:`escape_cell` holds: ``cell`` without the one
    leading ``'`` the sheet added (exact inverse of :func:`escape_cell`)."""
    return cell[1:] if cell.startswith("'") else cell
