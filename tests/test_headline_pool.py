"""Headline from the story's central event (issue #11, s13): the event every report tells,
each in its own words, is the headline even when no two of its sentences align as one claim,
over a side fact two articles share word for word. Texts written for these tests (a
pipeline spill); coverage is checked on made-up claims."""

from __future__ import annotations

from consilience.align import Node
from consilience.brief import build_brief
from consilience.headline_support import StoryCoverage
from consilience.model import Article, Claim


def _node(article: str, sentence: int, names: list[str]) -> Node:
    claim = Claim(article, 0, 10, "x", sentence, "main", "spill", "spill", nouns=names)
    return Node(claim=claim, order=0, root=article, sentence_vector=None)


def test_coverage_counts_what_the_other_reports_name():
    nodes = [
        _node("a", 0, ["oil", "pipeline", "marsh"]),
        _node("a", 1, ["depot", "staff"]),
        _node("b", 0, ["pipeline", "oil", "crew"]),
        _node("c", 0, ["spill", "marsh", "oil"]),
    ]
    cover = StoryCoverage(nodes)
    # a's lead: oil in b and c (1.0), pipeline in b (0.5), marsh in c (0.5)
    assert cover.of(0) == 2.0
    assert cover.of(1) == 0.0
    # one report alone has no other article to share with
    assert StoryCoverage(nodes[:2]).of(0) == 0.0


SPILL = {
    "a": (
        "Oil from a ruptured pipeline has spread across the Ostvik marshes, the coastguard "
        "said on Tuesday. Norlink Energy employs 200 people at its depot in the town. "
        "Birds have been seen coated in oil."
    ),
    "b": (
        "The Norlink pipeline burst near Ostvik late on Monday, pouring crude oil into the "
        "marshes. Norlink Energy employs 200 people at its depot in the town. Fishing in "
        "the bay has been suspended."
    ),
    "c": (
        "Crews worked through the night to contain crude leaking from the Norlink pipeline "
        "into the Ostvik marshes. Volunteers have set up a centre to clean birds."
    ),
}


def test_the_event_every_report_tells_is_the_headline(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-04-14")
        for k, t in SPILL.items()
    ]
    brief = build_brief(bench.build_context(arts))
    headline = brief["headline"][0]["text"]
    assert "pipeline" in headline and "200 people" not in headline, headline
