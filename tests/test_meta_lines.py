"""Meta lines are never unique facts, headlines or summary lines (issue #11, held-out s13
kind 10): a connective sentence about the reporting ("Accounts of its size differ.") names
no argument of the story and its subject is what is said or known, not a thing of the
story. Sentences written for these tests (a shipwreck, a landslide)."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.meta_lines import discourse_noun, meta_line
from consilience.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "Reports of the death toll vary.",
        "Estimates of the wreck's depth vary widely.",
        "The details are still hazy.",
        "Whose warning came first may never be clear.",
        "Descriptions of the cargo remain vague.",
    ],
)
def test_sentences_about_the_reporting_are_meta_lines(nlp, text):
    assert meta_line(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The wreck lies in 40 metres of water.",  # a figure
        "Reports say the trawler sank within minutes.",  # a report with its content
        "The coastguard's report found a crack in the hull.",  # an object
        "The salvage crew remains hopeful.",  # people, not the reporting
        "The cargo was timber.",  # an attribute of a thing of the story
        "Estimates reached 12 million crowns on Tuesday.",  # figure and date
        "Accounts by the Harbour Authority differ.",  # a named source is an argument
        "No salvage talks have been held, and the owners have hired divers.",  # a passive act
    ],
)
def test_facts_and_reports_with_content_are_not(nlp, text):
    assert not meta_line(nlp(text), 0, len(text))


def test_discourse_nouns_come_from_wordnet():
    assert discourse_noun("estimate") and discourse_noun("report")
    assert not discourse_noun("trawler") and not discourse_noun("sailor")


LANDSLIDE = {
    "a": (
        "A landslide buried part of the mountain road above Vellmar on Sunday. "
        "Rescuers pulled two drivers from their cars. "
        "The road will stay closed for at least a week."
    ),
    "b": (
        "A landslide cut the mountain road above Vellmar on Sunday. "
        "Rescuers freed two drivers trapped in their cars. "
        "Figures for the clean-up bill are even less clear. "
        "A geologist, Mara Holt, said heavy rain had loosened the slope."
    ),
    "c": (
        "Rocks and mud swept over the mountain road above Vellmar on Sunday. "
        "Two drivers were rescued from their cars. "
        "Estimates of the slide's size differ. "
        "The regional council has set aside 2 million crowns for repairs."
    ),
}


def test_meta_lines_are_no_unique_fact_headline_or_summary(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-03-08")
        for k, t in LANDSLIDE.items()
    ]
    brief = build_brief(bench.build_context(arts))
    lines = [u["text"] for u in brief["unique"]]
    lines += [x["text"] for x in [*(brief.get("headline") or []), *brief["summary"]]]
    assert lines, brief["unique"]
    assert not any("less clear" in t or "size differ" in t for t in lines), lines
    assert any("Mara Holt" in t or "2 million" in t for t in brief_texts(brief)), lines


def brief_texts(brief) -> list[str]:
    """Every unique line's text."""
    return [u["text"] for u in brief["unique"]]
