"""Statement conflicts, session s23: a group abstaining against the group backing a
proposal, the group named two ways.

Backing or opposing any proposal put to a vote (:data:`consilience.opposition.
PROPOSALS`: a plan, a budget, a bill, a scheme ...) is a vote cast, exclusive of
abstaining; "the Green faction" and "the Greens" name one body
(:func:`consilience.group_names.group_of`), two different names two bodies.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.group_names import group_of


def test_group_names():
    assert group_of("The Green faction", "the Greens") == "green"
    assert group_of("Labour", "the Labour group") == "labour"
    assert group_of("The Green faction", "the Liberals") == ""
    assert group_of("a small group", "Smalls") == ""
    assert group_of("the Green mayor", "the Greens") == ""


def test_faction_abstained_against_party_backed_the_budget():
    got = story_fact_conflicts(
        (
            "The Green faction abstained when the regional assembly voted on the housing "
            "budget on Thursday.",
            "The Greens backed the housing budget in Thursday's vote in the regional "
            "assembly, the party said.",
        ),
        None,
        "2026-10-16",
    )
    assert disputed(got, "abstained", "backed"), got


def test_two_groups_are_no_dispute():
    got = story_fact_conflicts(
        (
            "The Green faction abstained when the regional assembly voted on the housing "
            "budget on Thursday.",
            "The Liberals backed the housing budget in Thursday's vote in the regional "
            "assembly, the party said.",
        ),
        None,
        "2026-10-16",
    )
    assert not disputed(got, "abstained", "backed"), got
