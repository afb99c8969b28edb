"""Statement conflicts, session s23: a level kept against a level changed.

A measured thing frozen, left unchanged, held at a level or staying the same, against the
same thing raised, cut, going up or down (:mod:`consilience.level_changes`; the verbs of
change are WordNet's kinds of increasing and decreasing, not a list). One thing: one head
with the same modifiers, or two heads with one modifier; "peak fares" and "off-peak
fares" are two things, "fares" and "off-peak fares" a whole and a part.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.level_changes import level_clash, level_readings


def _levels(text: str):
    return level_readings(load_nlp()(text)[:])


def test_readings_of_holding_and_changing():
    assert [r.pole for r in _levels("The central bank left interest rates unchanged.")] == ["hold"]
    assert [r.pole for r in _levels("Season ticket prices will stay the same next year.")] == ["hold"]
    assert [r.pole for r in _levels("The government held the minimum wage at 11 pounds.")] == ["hold"]
    assert [r.pole for r in _levels("The club will increase season ticket prices.")] == ["change"]
    assert [r.pole for r in _levels("Bus fares were cut by a tenth.")] == ["change"]


def test_a_denied_change_is_no_reading():
    assert _levels("Council tax will not rise this year.") == []


def test_one_thing_needs_one_modifier():
    (peak,) = _levels("Peak fares will rise by 4%.")
    (off,) = _levels("Off-peak fares will be frozen.")
    (whole,) = _levels("Fares will rise by 4%.")
    (tickets,) = _levels("Off-peak tickets will go up.")
    assert not level_clash(peak, off)
    assert not level_clash(whole, off)
    assert level_clash(tickets, off)


def test_rates_left_unchanged_against_rates_raised():
    got = story_fact_conflicts(
        (
            "The Ostmark central bank left interest rates unchanged on Thursday, citing "
            "slowing inflation.",
            "The Ostmark central bank raised interest rates by a quarter point on Thursday.",
        ),
        None,
        "2026-06-11",
    )
    assert disputed(got, "unchanged", "raised"), got


def test_prices_staying_the_same_against_an_increase():
    got = story_fact_conflicts(
        (
            "Season ticket prices at Harrow Vale will stay the same next season, the club said.",
            "Harrow Vale will increase season ticket prices by 4% next season, the club said.",
        ),
        None,
        "2026-04-02",
    )
    assert disputed(got, "stay the same", "increase"), got


def test_peak_and_off_peak_are_two_things():
    got = story_fact_conflicts(
        (
            "Peak fares on the Coastline ferries will rise by 6% from March.",
            "Off-peak fares on the Coastline ferries will be frozen from March.",
        ),
        None,
        "2026-01-15",
    )
    assert not disputed(got, "rise", "frozen"), got
