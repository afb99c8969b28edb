"""Issue #12 (session 12) figure kinds on stories written for these tests: approximate clock
times are intervals as wide as the writer's rounding (kind 5); a start and an end of one
episode are two moments, never one clock-time conflict (kind 2)."""

from __future__ import annotations

import pytest


def _dated(make_ctx, *texts: str) -> list[tuple[str, set[str]]]:
    """(conflicts | corroborated, {reading texts}) of the time-of-day items of a story."""
    from consilience.reconcile import build_quantities

    out = build_quantities(make_ctx(*texts))
    return [
        (kind, {r["text"].strip(" .,") for r in item["readings"]})
        for kind in ("conflicts", "corroborated")
        for item in out[kind]
        if item["subject"].endswith("(time of day)")
    ]


# ------------------------------------------------------------------ approximate times (5)


@pytest.mark.parametrize(
    "approx, exact",
    [
        ("shortly before 11 a.m.", "10:35 a.m."),
        ("just after 4 p.m.", "4:25 p.m."),
        ("soon after 9 p.m.", "9:20 p.m."),
    ],
)
def test_an_approximate_whole_hour_reaches_half_an_hour(make_ctx, approx, exact):
    found = _dated(
        make_ctx,
        f"The cable car stopped mid-air {approx} on Saturday, the operator said.",
        f"The cable car stopped mid-air at {exact} on Saturday, passengers said.",
    )
    assert [k for k, _ in found] == ["corroborated"]


@pytest.mark.parametrize(
    "approx, exact",
    [("just after 9 a.m.", "7:20 a.m."), ("shortly before 6 p.m.", "4:50 p.m.")],
)
def test_an_approximate_time_far_from_another_still_conflicts(make_ctx, approx, exact):
    found = _dated(
        make_ctx,
        f"The cable car stopped mid-air {approx} on Saturday, the operator said.",
        f"The cable car stopped mid-air at {exact} on Saturday, passengers said.",
    )
    assert [k for k, _ in found] == ["conflicts"]


def test_shortly_before_a_time_with_minutes_stays_a_quarter_of_an_hour(make_ctx):
    found = _dated(
        make_ctx,
        "The cable car stopped mid-air shortly before 10:50 a.m., the operator said.",
        "The cable car stopped mid-air at 10:20 a.m., passengers said.",
    )
    assert [k for k, _ in found] == ["conflicts"]


# ------------------------------------------------------------ start and end moments (2)


@pytest.mark.parametrize(
    "start, end",
    [
        (
            "The water supply to the estate was cut at 6:20 a.m. on Monday.",
            "Water to the estate was restored at 5 p.m. on Monday, the utility said.",
        ),
        (
            "Ferry sailings to the island were halted at 6:50 a.m. because of the fog.",
            "Ferry sailings to the island resumed at 2 p.m., the operator said.",
        ),
        (
            "Card payments at the chain's shops went down at 8:05 a.m. on Friday.",
            "Card payments came back at 3:30 p.m. on Friday, the chain said.",
        ),
        (
            "The bridge was shut to traffic at 7:40 a.m. after the crash.",
            "The bridge reopened to traffic at 12:15 p.m., police said.",
        ),
    ],
)
def test_a_start_and_its_end_are_two_moments(make_ctx, start, end):
    found = _dated(make_ctx, start, end)
    assert all(k != "conflicts" for k, _ in found)


def test_one_event_told_with_two_unrelated_verbs_hours_apart_still_conflicts(make_ctx):
    found = _dated(
        make_ctx,
        "Masked raiders stormed the bullion depot at 1:10 a.m., police said.",
        "Masked raiders took over the bullion depot shortly before 3 a.m., police said.",
    )
    assert [k for k, _ in found] == ["conflicts"]


def test_one_act_told_two_ways_hours_apart_still_conflicts(make_ctx):
    found = _dated(
        make_ctx,
        "The gunman seized the bus at 6:10 a.m., police said.",
        "The gunman grabbed the bus at 9:45 a.m., a witness said.",
    )
    assert [k for k, _ in found] == ["conflicts"]


# ------------------------------------------------ bearers and stages of measures (2)


def _measured(make_ctx, *texts: str) -> list[tuple[str, set[str]]]:
    """(conflicts | corroborated, {reading texts}) of every figure item of a story."""
    from consilience.reconcile import build_quantities

    out = build_quantities(make_ctx(*texts))
    return [
        (kind, {r["text"].strip(" .,") for r in item["readings"]})
        for kind in ("conflicts", "corroborated")
        for item in out[kind]
    ]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "The storm brought average winds of 95 km/h over the pass.",
            "Gusts of 160 km/h tore roofs off barns near the pass.",
        ),
        (
            "The lake reached a high of 31 degrees Celsius on Sunday afternoon.",
            "Night lows of 19 degrees Celsius brought little relief by the lake.",
        ),
    ],
)
def test_a_kind_or_an_opposite_of_the_measured_noun_is_another_property(make_ctx, first, second):
    assert not [k for k, _ in _measured(make_ctx, first, second) if k == "conflicts"]


def test_two_stages_of_one_event_are_two_properties(make_ctx):
    found = _measured(
        make_ctx,
        "The typhoon packed winds of 210 km/h at landfall on the island.",
        "After crossing the mountains, the typhoon packed winds of 120 km/h.",
    )
    assert not [k for k, _ in found if k == "conflicts"]


def test_one_measured_noun_in_two_articles_still_conflicts(make_ctx):
    found = _measured(
        make_ctx,
        "The lake reached a high of 31 degrees Celsius on Sunday afternoon.",
        "A high of 35 degrees Celsius was measured at the lake on Sunday.",
    )
    assert [k for k, _ in found] == ["conflicts"]
