"""Statement conflicts, session s23: a thing still standing against the act that ended it.

A thing "still standing", "remaining standing" or intact, against the same thing
destroyed, demolished, collapsed or taken off something (:mod:`consilience.standing_states`:
the verbs of ending are WordNet's kinds of destroying, demolishing, removing and
collapsing, and any verb that takes its object *off* something). People standing are no
reading; two things with two heads are two things.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.standing_states import standing_clash, standing_readings


def _read(text: str):
    return standing_readings(load_nlp()(text)[:])


def test_readings():
    assert [r.pole for r in _read("The old water tower remained standing after the blast.")] == ["stands"]
    assert [r.pole for r in _read("The gale ripped the roof off the sports hall.")] == ["ended"]
    assert [r.pole for r in _read("Workers demolished the footbridge on Saturday.")] == ["ended"]
    assert _read("Fans are still standing in the rain.") == []


def test_two_heads_are_two_things():
    (tower,) = _read("The church tower is still standing.")
    (hall,) = _read("The storm destroyed the church hall.")
    assert not standing_clash(tower, hall)


def test_lighthouse_standing_against_destroyed():
    got = story_fact_conflicts(
        (
            "The old lighthouse at Kell Point is still standing after the storm, the "
            "coastguard said.",
            "The storm destroyed the old lighthouse at Kell Point on Tuesday night.",
        ),
        None,
        "2026-01-14",
    )
    assert disputed(got, "still standing", "destroyed"), got


def test_roof_taken_off_against_roof_standing():
    got = story_fact_conflicts(
        (
            "The wind ripped the roof off the Dunlow sports hall during the storm.",
            "The roof of the Dunlow sports hall remained standing during the storm, the "
            "club said.",
        ),
        None,
        "2026-01-14",
    )
    assert disputed(got, "ripped the roof off", "remained standing"), got


def test_another_building_is_no_dispute():
    got = story_fact_conflicts(
        (
            "The old lighthouse at Kell Point is still standing after the storm, the "
            "coastguard said.",
            "The storm destroyed the harbour office at Kell Point on Tuesday night.",
        ),
        None,
        "2026-01-14",
    )
    assert not disputed(got, "still standing", "destroyed"), got
