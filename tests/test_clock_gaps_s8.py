"""Clock times in conflicts, session 8 (issue #12, dates): the gap between two readings of
one time of day is told in minutes, never as a percentage. Texts written for these tests."""

from __future__ import annotations

import pytest

from consilience.clock_gaps import clock_gap

HOUR = 3600.0


@pytest.mark.parametrize(
    ("value", "reference", "said"),
    [
        (9 * HOUR + 5 * 60, 9 * HOUR + 50 * 60, "45 minutes earlier"),
        (16 * HOUR + 10 * 60, 15 * HOUR, "1 hour 10 minutes later"),
        (21 * HOUR, 19 * HOUR, "2 hours later"),
        (0.5 * HOUR, 23.5 * HOUR, "1 hour later"),  # past midnight, the short way round
        (12 * HOUR + 20, 12 * HOUR, "under a minute later"),
    ],
)
def test_clock_gap_in_minutes_and_hours(value, reference, said):
    assert clock_gap(value, reference) == said


def test_a_clock_time_outlier_is_told_in_minutes_not_percent():
    from conftest import load_bench

    from consilience.model import Article
    from consilience.reconcile import build_quantities

    texts = {
        "a": "The roof of the Brakke ice rink collapsed at 4:50 p.m. on Sunday, police said.",
        "b": "The roof of the Brakke ice rink collapsed at 4:50 p.m., trapping two staff.",
        "c": "The roof of the Brakke ice rink collapsed at 5:35 p.m. during a youth match.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, published="2026-02-09") for k, v in texts.items()
    ]
    ctx = load_bench("corpora").build_context(arts)
    clocks = [
        c for c in build_quantities(ctx)["conflicts"] if c["subject"].endswith("(time of day)")
    ]
    assert len(clocks) == 1
    assert "45 minutes later than the majority" in clocks[0]["explanation"]
    assert "%" not in clocks[0]["explanation"].split("Intervals")[0]
