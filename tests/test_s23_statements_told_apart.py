"""Statement conflicts, session s23: two referents one article tells apart.

An article that states both poles of one opposition ("one climber died" and "a second
climber was found alive") speaks of two bearers; another article's clause that reads as
that article's same-pole clause agrees with it and disputes nothing
(:mod:`consilience.told_apart`). Where the other clause is closest to the opposite
clause, the dispute stands.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts


def test_a_second_climber_alive_is_not_the_one_who_died():
    got = story_fact_conflicts(
        (
            "One climber died in the avalanche on Mount Varn. A second climber was dug out "
            "alive from the snow after six hours.",
            "Rescuers dug a buried climber out alive from the snow after six hours on Mount "
            "Varn, the mountain rescue team said.",
        ),
        None,
        "2026-02-20",
    )
    assert not disputed(got, "died", "alive"), got


def test_one_pole_only_keeps_the_dispute():
    got = story_fact_conflicts(
        (
            "The lone climber caught in the avalanche on Mount Varn died in the snow.",
            "The lone climber caught in the avalanche on Mount Varn was dug out alive, "
            "the mountain rescue team said.",
        ),
        None,
        "2026-02-20",
    )
    assert disputed(got, "died", "alive"), got
