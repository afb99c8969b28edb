"""Headline, summary and unique facts (issue #11, s7): lines free of disputed claims, the
same whatever the input order, a summary whenever two articles share a claim, and unique
facts that are facts. Every story here is written for these tests."""

from __future__ import annotations

import json

import pytest

from consilience.brief import build_brief
from consilience.model import Article


def _brief(bench, texts: dict[str, str], order=None, published: str = "2026-03-12"):
    keys = list(order or texts)
    arts = [
        Article(id=k, source=f"{k}.txt", text=texts[k], outlet=f"Outlet {k.upper()}",
                published=published)
        for k in keys
    ]
    return build_brief(bench.build_context(arts))


def _lines(brief) -> str:
    """Headline and summary as bytes (JSON, keys sorted)."""
    return json.dumps([brief["headline"], brief["summary"]], sort_keys=True)


# ------------------------------------------- a statement conflict, no consensus, any order

FERRY = {
    "a": (
        "Tomas Reinholt has resigned as chief executive of the ferry operator Skerline, the "
        "company said on Wednesday. Operations director Hanne Vik will lead Skerline on an "
        "interim basis. Skerline carries about two million passengers a year between the "
        "islands."
    ),
    "b": (
        "Skerline's board fired chief executive Tomas Reinholt at a meeting on Tuesday evening, "
        "two people with knowledge of the meeting said. Reinholt did not answer calls. The "
        "board had argued with him for months over the price of two new ships."
    ),
    "c": (
        "The ferry operator Skerline is looking for a new boss. Tomas Reinholt, who ran the "
        "company for six years, has left. Operations director Hanne Vik will lead the firm on "
        "an interim basis while the board searches for a successor."
    ),
    "d": (
        "Passengers on the Skerline routes saw no change to timetables on Wednesday. Deckhand "
        "union leader Per Aalto said crews wanted stability after the change at the top."
    ),
    "e": (
        "Shares in Skerline fell 3% in Oslo trading on Wednesday. Analyst Mette Dahl of Fjord "
        "Securities said investors had expected a calmer year."
    ),
    "f": (
        "The island council of Vardholm asked Skerline to keep its winter timetable unchanged. "
        "Council leader Ola Brekke wrote to the company on Wednesday."
    ),
}


@pytest.fixture(scope="module")
def ferry(bench):
    return _brief(bench, FERRY)


def test_headline_and_summary_do_not_depend_on_input_order(bench, ferry):
    """The same six articles in three orders give the same headline and summary bytes."""
    for order in (["f", "e", "d", "c", "b", "a"], ["b", "d", "f", "a", "e", "c"]):
        assert _lines(_brief(bench, FERRY, order)) == _lines(ferry), order


def test_headline_states_no_side_of_a_statement_conflict(ferry):
    """Resigned / fired is disputed and nothing has the support of half the sources: the
    headline is the claim two articles share (the interim leader), not either side nor
    one article's lead."""
    head = ferry["headline"][0]["text"]
    assert "Hanne Vik" in head, head
    for line in ferry["headline"] + ferry["summary"]:
        assert "resigned" not in line["text"] and "fired" not in line["text"], line
