"""Dates (session 23): one happening told by two verbs. When a clause's subject is the
happening itself ("the avalanche", "the explosion", "the earthquake") and two articles give
it the same thing acted on, other verbs ("buried" / "blocked") still tell one happening, so
two days for it are a date conflict. Not when the subject is no happening (a club's two
deals), the things acted on differ, the subjects differ, or one side is a plan.
Sentences written for these tests (mountains, industry, earthquakes, sport, weather).
"""

from __future__ import annotations

import pytest


def _conflicts(bench, *texts: str) -> list[dict]:
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [
        Article(id=f"a{i}", source=f"a{i}.txt", text=t, published="2026-12-03")
        for i, t in enumerate(texts)
    ]
    return build_timeline(bench.build_context(arts))["conflicts"]


@pytest.mark.parametrize(
    "one, other",
    [
        (
            "An avalanche buried the mountain pass on Sunday morning, rescuers said.",
            "The avalanche blocked the mountain pass on Saturday.",
        ),
        (
            "The explosion that killed two workers rocked the refinery on Thursday.",
            "A huge explosion tore through the refinery on Friday, the company said.",
        ),
        (
            "The earthquake shook the island on Wednesday, forcing thousands from their homes.",
            "Residents said the earthquake struck the island on Tuesday.",
        ),
    ],
)
def test_one_happening_told_by_two_verbs_on_two_days_is_a_conflict(bench, one, other):
    assert _conflicts(bench, one, other)


@pytest.mark.parametrize(
    "one, other",
    [
        # no happening: two deals of one club
        ("The club signed the striker on Monday.", "The club sold the striker on Tuesday."),
        # one storm, two things it did
        ("The storm flooded the harbour on Monday.", "The storm closed the airport on Tuesday."),
        # a forecast beside what happened
        (
            "The hailstorm will hit the valley on Friday, forecasters said.",
            "A hailstorm battered the valley on Thursday.",
        ),
    ],
)
def test_no_conflict_without_one_happening_on_one_thing(bench, one, other):
    assert not _conflicts(bench, one, other)


def test_happening_subjects_needs_a_shared_happening_noun():
    from consilience.date_happenings import happening_subjects

    a = {"subjects": frozenset({"landslide"}), "things": frozenset({"road"}), "text": "x road"}
    b = {"subjects": frozenset({"landslide"}), "things": frozenset({"road"}), "text": "y road"}
    assert happening_subjects(a, b) == {"landslide"}
    c = dict(b, subjects=frozenset({"council"}))
    assert not happening_subjects(a, c)
    assert not happening_subjects(a, dict(b, planned=True))
