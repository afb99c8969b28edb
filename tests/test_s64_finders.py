"""Who found what went wrong, told of two finders (issue #11, statement conflicts): found
pooled over the held-out sets in session 64 ("who found the error", "who first noticed the
fault", "how the problem was picked up" in s56, s59, s60, s61, s62), tested on sentences
written for these tests. A fault, an error or a loss "comes to light" through someone or
when someone checks; it is "picked up" or "identified" by someone; a device or a routine
check finds it as a person does; a cleft ("It was a cashier at the branch who spotted it")
names the person, not the branch; a named finder whose own role is given ("a teacher, Amy
Cole") is told apart from a finder of another role."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts


def fact_conflicts(*texts: str) -> list[list[str]]:
    return story_fact_conflicts(texts, None, "2071-05-20")


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            "The leak came to light when a caretaker, Joe Brandt, checked the boiler room "
            "at the Vell Street flats.",
            "The leak was picked up by the building's own pressure sensors at the Vell Street "
            "flats.",
            ("caretaker", "sensors"),
        ),
        (
            "It was a cashier at the Elm Street branch of Harlow Mutual who first spotted the "
            "fraud.",
            "The fraud was identified by the regulator's auditors during their annual review.",
            ("cashier", "auditors"),
        ),
        (
            "The mistake came to light through a parent who compared two letters from "
            "Dunmore Academy.",
            "The mistake was detected by Dunmore Academy's own admissions software.",
            ("parent", "software"),
        ),
        (
            "The error came to light when a teacher, Amy Cole, checked the marks at Dunmore "
            "Academy.",
            "The error was picked up by an exam board moderator reviewing Dunmore Academy's marks.",
            ("Amy Cole", "moderator"),
        ),
    ],
)
def test_two_finders_of_what_went_wrong_are_a_conflict(a: str, b: str, words) -> None:
    got = fact_conflicts(a, b)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a body is identified, not found: two acts of two people
            "The body was identified by his brother at the Kerris mortuary.",
            "The body was found by a dog walker near the Kerris mortuary.",
        ),
        (  # one person, named in both
            "The error came to light when a teacher, Amy Cole, checked the marks.",
            "The error was picked up by Amy Cole, who teaches maths at the school.",
        ),
        (  # one role: a nurse named, and a nurse described
            "A nurse, Tom Hale, spotted the fault in the pump on Ward 4.",
            "The fault in the pump was spotted by a nurse on Ward 4.",
        ),
        (  # two troubles of two kinds: a leak is no fraud
            "The leak was discovered by a neighbour at the Vell Street flats.",
            "The fraud was discovered by an auditor at the Vell Street flats.",
        ),
        (  # what was picked up is no fault: a parcel, a passenger
            "The parcel was picked up by a courier from the Kerris depot.",
            "The parcel was picked up by the customer's neighbour at the Kerris depot.",
        ),
    ],
)
def test_one_finder_or_no_finding_of_a_fault_is_no_conflict(a: str, b: str) -> None:
    got = fact_conflicts(a, b)
    assert not [
        r
        for r in got
        if any(
            w in x
            for x in r
            for w in ("picked", "spotted", "identified", "came to light", "discovered")
        )
    ], got
