"""Statement conflicts, session s18: parts of a sequence are not rivals of the whole
("lost the opening round" / "won the championship"), a delay is no denial ("will not
open until 2031" / "will open in 2030": a date conflict, shown once), and the kinds of
contradiction missed before: a universal denial against an instance, a pending state
against the state, a manner denied against it asserted, absence against presence.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.model import Claim
from consilience.opposition import delayed, opposed
from consilience.statements import same_object


def _claim(text: str, predicate: str, patient: str | None, negated: bool = False) -> Claim:
    return Claim(
        article="x", start=0, end=len(text), text=text, sentence=0, kind="main",
        predicate=predicate, frame=predicate, actor="Osei", actor_key="osei",
        actor_keys=["osei"], patient=patient, patient_key=None, negated=negated,
    )  # fmt: skip


def test_a_part_picked_by_its_place_is_not_the_whole():
    part = _claim("Osei lost the opening game 11-9", "lose", "the opening game 11-9")
    whole = _claim("Osei wins 3-1", "win", "3-1")
    assert not same_object(part, whole, [])
    third = _claim("Osei lost the 3rd game", "lose", "the 3rd game")
    assert not same_object(part, third, [])
    again = _claim("Osei won the opening game", "win", "the opening game")
    assert same_object(part, again, [])


def test_a_delay_is_no_denial_of_the_act():
    late = _claim("The footbridge will not open until 2031", "open", None, negated=True)
    soon = _claim("The footbridge will open in 2030", "open", None)
    assert delayed(late) and not delayed(soon)
    assert opposed(late, soon) is None
    shut = _claim("The footbridge will not open until further notice", "open", None, True)
    assert not delayed(shut)


def test_a_delay_is_a_date_not_a_denial():
    got = story_fact_conflicts(
        (
            "The new Quayside footbridge will open in 2030, the harbour board said on Monday.",
            "The Quayside footbridge will not open until 2031, the harbour board admitted on "
            "Monday.",
        ),
        None,
        "2025-02-03",
    )
    assert not disputed(got, "will open in 2030", "will not open until 2031")


def test_a_denied_manner_disputes_the_manner_asserted():
    got = story_fact_conflicts(
        (
            "The tribunal's three members reached their ruling unanimously, the society said.",
            "The tribunal did not rule unanimously, one of its members told the paper.",
        ),
        None,
        "2025-09-15",
    )
    assert disputed(got, "reached their ruling unanimously", "did not rule unanimously")


def test_a_state_still_to_come_disputes_the_state():
    got = story_fact_conflicts(
        (
            "The sale of the Brightwater ferry line has been approved by the competition "
            "authority, the company said on Tuesday.",
            "The sale of the Brightwater ferry line still has to be approved by the "
            "competition authority, a spokesman told the paper on Tuesday.",
        ),
        None,
        "2025-10-07",
    )
    assert disputed(got, "has been approved", "still has to be approved")


def test_a_verb_of_reporting_with_only_an_object_is_an_act():
    got = story_fact_conflicts(
        (
            "The new fossil species has been confirmed by the Natural History Society, the "
            "museum said.",
            "The new fossil species still has to be confirmed by the Natural History "
            "Society, the curator told reporters.",
        ),
        None,
        "2025-10-07",
    )
    assert disputed(got, "has been confirmed", "still has to be confirmed")
