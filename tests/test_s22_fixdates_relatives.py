"""Dates (session 22, fixdates): a weekday inside a relative clause with a past modal of
ability ("hauled what they could save ... on Friday night") is read with the main verb's
tense, and the timeline line is the main clause, not the fragment "what they could ...".
Sentences written for these tests (a flood, a storm, a factory fire), not from any set.
"""

from __future__ import annotations

import datetime as _dt

import pytest

#: a Monday
PUBLISHED = _dt.date(2027, 3, 8)


def _resolve(text: str, date: str):
    from consilience.analyse import load_nlp
    from consilience.dates import resolve_span

    doc = load_nlp()(text)
    k = text.index(date)
    span = doc.char_span(k, k + len(date), alignment_mode="expand")
    return resolve_span(span, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "date", "day"),
    [
        (
            "Shopkeepers hauled what they could save onto the upper floor on Friday night "
            "as the river burst its banks.",
            "Friday night",
            "2027-03-05",
        ),
        (
            "Farmers moved whatever they could round up to higher ground on Saturday.",
            "Saturday",
            "2027-03-06",
        ),
        (
            "Workers grabbed everything they could reach from the burning shed on Thursday.",
            "Thursday",
            "2027-03-04",
        ),
    ],
)
def test_ability_in_a_relative_clause_is_past(text, date, day):
    assert _resolve(text, date).date == day


@pytest.mark.parametrize(
    ("text", "date", "day"),
    [
        # a possibility ahead, no one's ability: the wh-word is the subject
        ("Forecasters warned of what could happen on Friday.", "Friday", "2027-03-12"),
        # a clause of its own, not a relative one: the modal looks ahead
        ("The council could vote on the plan on Thursday.", "Thursday", "2027-03-11"),
        # the noun is the relative clause's subject: a possibility ahead
        (
            "Officials tracked a storm that could reach the coast on Friday.",
            "Friday",
            "2027-03-12",
        ),
    ],
)
def test_other_modals_still_look_ahead(text, date, day):
    assert _resolve(text, date).date == day


def test_timeline_line_is_the_main_clause(bench):
    from consilience.dates import build_timeline
    from consilience.model import Article

    text = (
        "Shopkeepers in Orlo hauled what they could save onto the upper floor on Friday "
        "night as the river burst its banks. The bridge reopened on Sunday."
    )
    arts = [Article(id="a", source="a.txt", text=text, published=PUBLISHED.isoformat())]
    out = build_timeline(bench.build_context(arts))
    lines = {e["date"]: e for e in out["timeline"]}
    assert "2027-03-05" in lines, out["timeline"]
    line = lines["2027-03-05"]["text"]
    assert line.startswith("Shopkeepers in Orlo hauled"), line
