"""Positions written in words or after their noun are read like "the 80th minute" (issue #12,
kind 4). Found on held-out s25 (j6): "in the ninth round" / "in round nine" against "in the
eighth round" was never read, so the stoppage-round conflict was missed."""

from __future__ import annotations

import json

import pytest

from consilience.quantities import extract_quantities


def _positions(make, text: str) -> list[tuple[str, float, str]]:
    return [
        (q.text, q.value, q.unit)
        for q in extract_quantities(make(text))
        if q.dimension == "ordinal"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The champion was stopped in the ninth round.", [("ninth round", 9.0, "round")]),
        ("The referee waved it off in round nine.", [("round nine", 9.0, "round")]),
        ("Her car spun on the seventh lap.", [("seventh lap", 7.0, "lap")]),
        ("He took the lead on lap 12 and never lost it.", [("lap 12", 12.0, "lap")]),
        ("Her tee shot at hole 16 found the water.", [("hole 16", 16.0, "hole")]),
        (
            "The winner came in Kovac's fourteenth minute on the pitch.",
            [("fourteenth minute", 14.0, "minute")],
        ),
    ],
)
def test_word_and_trailing_positions(make, text: str, expected) -> None:
    assert _positions(make, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police first arrived at the scene after ten minutes.",  # an order of events
        "The first round of talks ended without a deal.",  # a round of something else
        "They met in a round 40 minutes long.",  # no position
        "The pool is built in round numbers.",
    ],
)
def test_no_position(make, text: str) -> None:
    assert _positions(make, text) == []


def test_round_conflict_across_articles(make_ctx) -> None:
    from consilience.reconcile import build_quantities

    ctx = make_ctx(
        "Alva Brink beat Tess Moreau in the seventh round on Saturday night in Kelby.",
        "Alva Brink stopped Tess Moreau in round seven in Kelby on Saturday.",
        "Alva Brink knocked out Tess Moreau in the fifth round in Kelby on Saturday.",
    )
    conflicts = build_quantities(ctx)["conflicts"]
    rounds = [c for c in conflicts if "round" in json.dumps(c)]
    assert rounds, conflicts
    text = json.dumps(rounds[0])
    assert "seventh round" in text and "fifth round" in text
