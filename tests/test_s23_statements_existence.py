"""Statement conflicts, session s23: a thing denied to exist against the thing stated.

"No X were reported / recorded / occurred" denies X itself, not an act of reporting
(:func:`consilience.denied_matter._attesting`); a clause that names nothing but the
denied thing ("No arrests were made.", "No injuries were recorded.") speaks of the whole
story, so a clause of another article stating the thing (the same word, its verb or a
synonym) disputes it (:func:`consilience.statements._bare_denial`). A denial narrowed by
other words ("among the passengers") keeps its matter; a verb of reporting with its own
object ("no club reported a loss") reports something, denies nothing.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import _denied_tokens


def _denied(text: str) -> set[str]:
    doc = load_nlp()(text)
    denied, _ = _denied_tokens(doc[:])
    return {doc[i].lemma_.lower() for i in denied}


def test_no_x_reported_denies_x():
    assert "injury" in _denied("No injuries were recorded at the stadium.")
    assert "arrest" in _denied("No arrests were reported after the match.")


def test_no_x_with_a_verb_of_its_own_denies_the_verb_only():
    assert _denied("No passengers were hurt.") == {"hurt"}


def test_a_reporting_verb_with_an_object_denies_no_subject_thing():
    assert "club" not in _denied("No club reported a loss for the season.")


def test_no_injuries_recorded_against_a_steward_injured():
    got = story_fact_conflicts(
        (
            "The derby passed off peacefully. No injuries were recorded.",
            "A steward was injured when a crowd barrier gave way in the second half.",
        ),
        None,
        "2026-03-08",
    )
    assert disputed(got, "No injuries were recorded", "was injured"), got


def test_no_arrests_against_police_arrested_two():
    got = story_fact_conflicts(
        (
            "Hundreds marched through the square on Saturday. No arrests were reported.",
            "Police arrested two protesters near the town hall on Saturday evening.",
        ),
        None,
        "2026-05-16",
    )
    assert disputed(got, "No arrests were reported", "arrested"), got


def test_a_narrowed_denial_is_not_of_another_group():
    got = story_fact_conflicts(
        (
            "The ferry ran aground off Skerry Point. No injuries were reported among the passengers.",
            "The ferry's engineer was injured when the ferry ran aground off Skerry Point.",
        ),
        None,
        "2026-07-02",
    )
    assert not disputed(got, "No injuries", "was injured"), got
