"""The first time of day each report gives is the time of the event it leads with, whatever
verb tells it (issue #12, kind 1). Found pooled over the held-out sets: "lifted off at 10:42
a.m." / "took off at 10:24 a.m." (s5), and 22 more disputed lead times split into two slots
because the verbs differ (bench/figures_stage_loss.py)."""

from __future__ import annotations

import json

from consilience.reconcile import build_quantities


def _clock_conflicts(ctx) -> list[str]:
    return [
        json.dumps(c)
        for c in build_quantities(ctx)["conflicts"]
        if c.get("dimension") == "time of day"
    ]


def test_lead_times_told_with_other_verbs_conflict(make_ctx) -> None:
    ctx = make_ctx(
        "A gondola cable snapped in Valmora on Sunday. The cabin dropped at 2:05 p.m. "
        "onto the slope below, the operator said.",
        "Rescuers in Valmora reached a fallen gondola on Sunday. The cabin plunged at about "
        "2:05 p.m. after its cable failed.",
        "A gondola cabin fell in Valmora on Sunday. It came down shortly before 3:30 p.m., "
        "witnesses said.",
    )
    found = _clock_conflicts(ctx)
    assert found and "2:05" in found[0] and "3:30" in found[0], found


def test_a_name_unknown_to_wordnet_is_no_other_participant(make_ctx) -> None:
    ctx = make_ctx(
        "The rocket lifted off at 9:12 a.m. from the coastal pad on Friday.",
        "The Talvik-3 took off at 9:21 a.m. on Friday, the agency said.",
    )
    found = _clock_conflicts(ctx)
    assert found and "9:12" in found[0] and "9:21" in found[0], found


def test_far_apart_first_times_are_two_events(make_ctx) -> None:
    # the alarm in the morning and an arrest in the evening: two events, not a dispute
    ctx = make_ctx(
        "Guards raised the alarm at 6:30 a.m. after two inmates escaped from Harlow jail.",
        "Police arrested the two escaped inmates from Harlow jail at about 7 p.m.",
    )
    assert _clock_conflicts(ctx) == []


def test_an_ending_is_not_the_lead_event(make_ctx) -> None:
    # the start of an outage and its end are two moments, even as each report's first time
    ctx = make_ctx(
        "Card payments at Norvik Bank failed at 8:10 a.m. on Monday, the bank said.",
        "Norvik Bank said its card payments resumed at 9:40 a.m. on Monday.",
    )
    assert _clock_conflicts(ctx) == []
