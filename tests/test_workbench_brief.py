"""What leaves the tool: JSON citations carry their text, CSV sheets round-trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consilience.cli import app
from consilience.pipeline import with_citation_texts

FERRY = Path(__file__).parent / "fixtures" / "workbench"
runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory) -> dict:
    """The ferry fixture briefed once into a fresh store: {"db", "brief", "texts"}."""
    db = tmp_path_factory.mktemp("ferry") / "ferry.db"
    result = _run("brief", str(FERRY), "--db", str(db), "--published", "2026-03-12", "-f", "json")
    assert result.exit_code == 0, result.output
    from consilience.store import Store

    with Store(db) as store:
        texts = {a.id: a.text for a in store.articles()}
    return {"db": db, "brief": json.loads(result.stdout), "texts": texts}


def _citations(obj):
    if isinstance(obj, list):
        for item in obj:
            yield from _citations(item)
    elif isinstance(obj, dict):
        if {"article", "start", "end"} <= obj.keys():
            yield obj
        else:
            for value in obj.values():
                yield from _citations(value)


def test_every_json_citation_carries_the_cited_characters(ferry):
    cites = list(_citations(ferry["brief"]))
    assert len(cites) >= 10
    for c in cites:
        assert c["text"] == ferry["texts"][c["article"]][c["start"] : c["end"]]
    sections = {k for k in ("summary", "conflicts", "quotes", "timeline") if ferry["brief"][k]}
    assert sections == {"summary", "conflicts", "quotes", "timeline"}


def test_a_cached_brief_by_story_id_also_carries_citation_texts(ferry):
    story_id = ferry["brief"]["story"]["id"]
    again = _run("brief", "--story", story_id, "--db", str(ferry["db"]), "-f", "json")
    assert again.exit_code == 0
    cites = list(_citations(json.loads(again.stdout)))
    assert cites and all("text" in c for c in cites)


def test_citation_texts_are_added_at_any_depth_and_only_where_they_fit():
    texts = {"x1": "Mayor Lund opened the dam on 4 May.", "x2": "Short."}
    brief = {
        "summary": [{"text": "s", "citations": [{"article": "x1", "start": 0, "end": 10}]}],
        "conflicts": [
            {"readings": [{"citation": {"article": "x1", "start": 29, "end": 35}, "text": "r"}]}
        ],
        "unique": [{"citation": {"article": "x2", "start": 2, "end": 40}}],
        "quotes": [{"citation": {"article": "gone", "start": 0, "end": 3}}],
    }
    with_citation_texts(brief, texts)
    assert brief["summary"][0]["citations"][0]["text"] == "Mayor Lund"
    reading = brief["conflicts"][0]["readings"][0]
    assert reading["citation"]["text"] == "4 May."
    assert reading["text"] == "r"
    assert "text" not in brief["unique"][0]["citation"]
    assert "text" not in brief["quotes"][0]["citation"]


def _expected_rows(brief: dict) -> int:
    def spans(item):
        return len(item.get("citations") or [item["citation"]])

    return (
        sum(spans(c) for c in brief["consensus"])
        + len(brief["unique"])
        + sum(len(c["readings"]) for c in brief["conflicts"])
        + len(brief["quotes"])
        + sum(spans(t) for t in brief["timeline"])
    )


def test_csv_sheet_round_trips_every_row_with_cited_text_and_offsets(ferry, tmp_path):
    import csv

    from consilience.render_csv import COLUMNS

    sheet = tmp_path / "out" / "ferry.csv"
    sheet.parent.mkdir()  # -o makes no folder (as --db does not)
    story_id = ferry["brief"]["story"]["id"]
    result = _run("brief", "--story", story_id, "--db", str(ferry["db"]), "-o", str(sheet))
    assert result.exit_code == 0, result.output
    with sheet.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == COLUMNS
    assert len(rows) == _expected_rows(ferry["brief"])
    sections = {r["section"] for r in rows}
    assert {"consensus", "conflict", "quote", "timeline"} <= sections
    for r in rows:
        text = ferry["texts"][r["article"]]
        assert r["cited_text"] == text[int(r["start"]) : int(r["end"])]
        assert r["published"] == "2026-03-12"
    outliers = [r for r in rows if r["role"] == "outlier"]
    assert outliers and all(r["section"] == "conflict" for r in outliers)


def test_csv_cells_with_commas_quotes_and_line_breaks_survive_a_round_trip():
    import csv
    import io

    from consilience.render_csv import render_csv

    text = 'Officials said: "Stay away, please."\nThe pier, 120 m long, is shut.'
    at = text.index("120 m")
    brief = {
        "story": {
            "id": "s-9",
            "title": 'Pier "closed", again',
            "articles": [{"id": "p1", "source": "p1.txt", "outlet": None, "published": None}],
        },
        "quotes": [
            {
                "speaker": "Rhea Vos",
                "text": "Stay away, please.",
                "direct": True,
                "citation": {"article": "p1", "start": 0, "end": len(text)},
            }
        ],
        "conflicts": [
            {
                "kind": "quantity",
                "subject": "pier length",
                "readings": [
                    {
                        "article": "p1",
                        "text": "120 m",
                        "value": 120.0,
                        "unit": "m",
                        "citation": {"article": "p1", "start": at, "end": at + 5},
                    }
                ],
                "majority": [],
                "outliers": ["p1"],
            }
        ],
    }
    sheet = render_csv([brief, brief], {"p1": text})
    rows = list(csv.DictReader(io.StringIO(sheet, newline="")))
    assert len(rows) == 4
    quote = rows[1]
    assert quote["cited_text"] == text and quote["story_title"] == 'Pier "closed", again'
    assert quote["kind"] == "direct" and quote["outlet"] == "" and quote["item"] == "quote-1"
    reading = rows[0]
    assert reading["cited_text"] == "120 m"
    assert (reading["value"], reading["unit"], reading["role"]) == ("120", "m", "outlier")
