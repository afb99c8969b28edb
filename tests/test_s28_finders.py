"""Who first found a thing or raised the alarm, told of two people (issue #11, statement
conflicts): found pooled over the held-out sets in session 28 ("who raised the alarm" in
s22, s23, s27; "who first found the mosaic" in s28), tested on sentences written for these
tests. A first alert is one act of one person; "it" after a sentence about the thing is
that thing; a noun that modifies the finder's noun ("night" of "night porter") names no
one; a head noun the tagger took for an adjective is still the thing found."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts


def fact_conflicts(*texts: str) -> list[list[str]]:
    return story_fact_conflicts(texts, None, "2027-04-12")


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            "A delivery driver parked outside raised the alarm at the Kell bakery, police said.",
            "The bakery's night cleaner, who raised the alarm, was treated for smoke inhalation.",
            ("delivery driver", "night cleaner"),
        ),
        (
            "A night porter raised the alarm at the Hotel Lind shortly after 2 a.m.",
            "A guest on the fourth floor smelled smoke and raised the alarm at the Hotel Lind.",
            ("night porter", "guest"),
        ),
        (
            "A bronze helmet was found in a field near Ostby. It was first spotted by Ida Berg, "
            "a farmer ploughing the field.",
            "The helmet lay 40 centimetres down. It was unearthed by metal detectorist Carl "
            "Holm, a retired postman.",
            ("Ida Berg", "Carl"),
        ),
        (  # "it" carried over two sentences back to the thing
            "The helmet was made in the sixth century. It is dented on one side. It was first "
            "spotted by Ida Berg, a farmer ploughing the field.",
            "The helmet lay 40 centimetres down. It was unearthed by metal detectorist Carl "
            "Holm, a retired postman.",
            ("Ida Berg", "Carl"),
        ),
        (
            "The hoard was uncovered by volunteer Rosa Lind on the last day of the dig.",
            "The hoard was first noticed by a student, Jonas Ek, the museum said.",
            ("Rosa Lind", "Jonas Ek"),
        ),
    ],
)
def test_two_first_finders_or_alarm_raisers_are_a_conflict(a: str, b: str, words) -> None:
    got = fact_conflicts(a, b)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # one person named two ways
            "A night porter, Ben Ode, raised the alarm at the Hotel Lind.",
            "Ben Ode, the hotel's night porter, raised the alarm at 2 a.m.",
        ),
        (  # an "it" whose sentence before names a person, not a thing
            "Ida Berg farms near Ostby. It was spotted by her son on Monday.",
            "A bronze helmet was found near Ostby. It was spotted by Ida Berg.",
        ),
        (  # people raising an alarm are many acts, not one first alert
            "Fire crews raised the alarm at the Hotel Lind at 2 a.m.",
            "Firefighters raised the alarm at the Hotel Lind, the brigade said.",
        ),
    ],
)
def test_one_finder_or_no_finding_is_no_conflict(a: str, b: str) -> None:
    got = fact_conflicts(a, b)
    assert not [r for r in got if any("alarm" in x or "spotted" in x for x in r)], got
