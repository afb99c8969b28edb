"""Denials that dispute nothing (issue #11, statement conflict precision), found on
heldout_s63 and heldout_s64 in session 64 and tested on sentences written for these tests:

- a rule for what is to come, written after the act ("From now on no names will be
  published until families are told") does not deny the act done before it ("The Courier
  published the names"); a denied act itself ("will not close the library" / "closed the
  library") still disputes;
- a noun before a head naming who stands ready for it ("emergency services", "fire crews",
  "the rescue team") states no emergency, fire or rescue."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts


def _conflicts(texts, days):
    return story_fact_conflicts(texts, list(days), "2073-02-01")


def test_a_rule_from_now_on_does_not_deny_the_act_done_before_it() -> None:
    got = _conflicts(
        (
            "The Dunlow Courier published the names of the two crew members on Monday.",
            "The Dunlow Courier apologised. From now on no names will be published by the "
            "Courier until families have been told.",
        ),
        ("2073-02-01", "2073-02-03"),
    )
    assert not [r for r in got if any("names" in x for x in r)], got


def test_a_denied_act_to_come_still_disputes_the_act_done() -> None:
    got = _conflicts(
        (
            "The council closed the Fenn Street library on Monday.",
            "The council will not close the Fenn Street library, its leader said.",
        ),
        ("2073-02-01", "2073-02-02"),
    )
    assert disputed(got, "will not close", "closed"), got


@pytest.mark.parametrize(
    "asserting",
    [
        "Emergency services in Carrow took about 900 calls in the hour after the alert.",
        "Fire crews from Carrow stood by at the depot for an hour after the alert.",
        "The coastguard rescue team was stood down at Carrow an hour after the alert.",
    ],
)
def test_who_stands_ready_for_a_thing_states_no_such_thing(asserting: str) -> None:
    denying = {
        "Emergency": "There was no emergency at Carrow, the county council said after the alert.",
        "Fire": "There was no fire at the Carrow depot, the county council said after the alert.",
        "The": "There was no rescue at Carrow, the county council said after the alert.",
    }[asserting.split()[0]]
    got = _conflicts((denying, asserting), ("2073-02-01", "2073-02-01"))
    assert not got, got


def test_never_checked_disputes_checked_on_a_past_date_by_a_body_named_short() -> None:
    got = _conflicts(
        (
            "Corvane Lettings said it had checked the tenant's references with his "
            "employer when he applied in 2069.",
            "Corvane Lettings Ltd never verified the tenant's references with his employer.",
        ),
        ("2073-02-01", "2073-02-01"),
    )
    assert disputed(got, "never verified", "had checked"), got


def test_an_undated_denial_without_never_does_not_dispute_a_dated_act() -> None:
    got = _conflicts(
        (
            "Corvane Lettings said it had checked the tenant's references with his "
            "employer when he applied in 2069.",
            "Corvane Lettings did not check the tenant's references last week.",
        ),
        ("2073-02-01", "2073-02-01"),
    )
    assert not got, got


def test_a_rule_in_the_present_bounded_by_until_does_not_deny_the_act_done_before_it() -> None:
    got = _conflicts(
        (
            "The Dunlow Courier reported the death of the sculptor Ines Marl on Monday.",
            "The Dunlow Courier has changed its rules so that no death is reported until "
            "the family has confirmed it.",
        ),
        ("2073-02-01", "2073-02-04"),
    )
    assert not [r for r in got if any("death" in x for x in r)], got


def test_a_forecast_of_no_strike_still_disputes_the_strike_begun() -> None:
    got = _conflicts(
        (
            "There will be no strike at the Dunlow depot, the union said on Monday.",
            "A strike began at the Dunlow depot on Monday afternoon.",
        ),
        ("2073-02-01", "2073-02-01"),
    )
    assert disputed(got, "no strike", "strike began"), got
