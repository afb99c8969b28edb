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
