"""Headline and summary (issue #11, s5): the headline is the story's main event as a clean
whole sentence; summary lines do not repeat it; no line is a quotation, a question, a
report-only clause or page filler. Stories written for these tests."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.model import Article
from consilience.summary import headline_worthy


def _brief(bench, texts: dict[str, str], published: str = "2025-10-14"):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k.upper()}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


STRIKE = {
    "a": (
        "Bus drivers in Holt walked out on Monday in a dispute over pay. "
        "The union said 420 drivers had joined the strike. "
        "The depot on Quarry Road was closed. "
        "As the story unfolds, all eyes will be on what comes next."
    ),
    "b": (
        "Holt's bus drivers went on strike on Monday over pay. "
        "About 420 drivers joined the walkout, according to the union. "
        "The Quarry Road depot was closed. "
        "The Eastfield Courier reported on Sunday. "
        "All eyes will now be on the Holt Transport Board, which meets on Friday."
    ),
    "c": (
        "A pay strike by bus drivers halted services across Holt on Monday. "
        "The Quarry Road depot was shut. "
        "As the situation develops, all eyes are on what happens next."
    ),
}


@pytest.fixture(scope="module")
def strike(bench):
    return _brief(bench, STRIKE)


def _lines(brief) -> list[str]:
    return [x["text"] for x in brief["headline"] + brief["summary"]]


def test_headline_is_a_clean_sentence_the_summary_does_not_repeat(strike):
    assert strike["headline"], strike
    head = strike["headline"][0]["text"]
    assert head[0].isupper() and head.endswith("."), head
    assert head not in [s["text"] for s in strike["summary"]]


def test_filler_and_report_only_lines_are_in_no_section(strike):
    """A stock line naming a board ("All eyes will now be on ...") is filler, not a unique
    fact; a report-only clause is no line either."""
    texts = _lines(strike)
    texts += [c["text"] for c in strike["consensus"]] + [u["text"] for u in strike["unique"]]
    for t in texts:
        assert "All eyes" not in t and "all eyes" not in t, t
        assert "Courier reported on Sunday" not in t, t


@pytest.mark.parametrize(
    "text",
    [
        '"We will not let the valley down," the governor said.',  # a quotation
        "Will the bridge reopen before winter?",  # a question
        "Kyiv) – The president approved the plan.",  # a cut dateline
        "approved the plan on Monday.",  # a fragment
        "It was the third closure this year.",  # points back
    ],
)
def test_lines_that_cannot_be_a_headline(text):
    assert not headline_worthy(text)


def test_a_plain_news_sentence_can_be_a_headline():
    assert headline_worthy("The council closed the Tamsin Bridge to traffic on Wednesday.")
