"""Statement conflicts, session s22: a thing intact against a thing damaged.

WordNet files a crack, a dent or a chip under shape or opening, not under damage, so the
words of physical damage are one closed class (:data:`consilience.opposite_words.
DAMAGE_MARKS`): "was cracked", "has a small dent" say the thing is damaged, against
"undamaged" / "intact" / "unscathed" said of the same thing; the object of "have" is a
mark its subject bears. A mark on another thing, or a word of another sense ("tears"),
is no opposite.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.opposite_words import bearer, opposite


def test_marks_of_damage_are_opposite_to_intact():
    assert opposite("undamaged", "a", "crack", "n")
    assert opposite("intact", "a", "crack", "v")
    assert opposite("unscathed", "a", "dent", "v")
    assert not opposite("unscathed", "a", "tear", "n")
    assert not opposite("intact", "a", "open", "a")


def test_the_object_of_have_is_borne_by_its_subject():
    doc = load_nlp()("The kettle has a small dent.")
    assert bearer(next(t for t in doc if t.text == "dent")) == {"kettle"}


def test_cracked_against_undamaged_is_a_conflict():
    got = story_fact_conflicts(
        (
            "The museum said the bronze statue was undamaged after the storm.",
            "The bronze statue was cracked on one side by the storm, a curator said.",
        ),
        None,
        "2026-02-11",
    )
    assert disputed(got, "was undamaged", "was cracked"), got


def test_a_mark_on_another_thing_is_no_conflict():
    got = story_fact_conflicts(
        (
            "The museum said the bronze statue was undamaged after the storm.",
            "The stone plinth was cracked on one side by the storm, a curator said.",
        ),
        None,
        "2026-02-11",
    )
    assert not disputed(got, "undamaged", "cracked"), got
