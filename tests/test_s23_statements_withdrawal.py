"""Statement conflicts, session s23: a plan against a withdrawal from it, and a plan
against a decision not to carry it out.

A verb of withdrawing (:func:`consilience.denied_matter.withdrawing`: WordNet's senses
of withdrawing from participation, pulling out, dropping out, bowing out, opting out)
used without an object denies the doer what it leaves ("has withdrawn from Sunday's
final", "pulled out of the cup final"), as a decision about what is to come; a clause
that has the event for its subject ("the talks went on") takes no part in it and is no
side. A plan and a decision against it are one dispute when reported at most
:data:`consilience.statements.PLAN_DAYS` apart.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import _denied_tokens, withdrawing


def _denied(text: str) -> set[str]:
    doc = load_nlp()(text)
    denied, _ = _denied_tokens(doc[:])
    return {doc[i].lower_ for i in denied}


def test_verbs_of_withdrawing():
    for verb in ("withdraw", "pull_out", "drop_out", "bow_out", "opt_out"):
        assert withdrawing(verb), verb
    for verb in ("win", "swim", "leave", "remove", "attend"):
        assert not withdrawing(verb), verb


def test_what_is_left_is_denied():
    assert {"cup", "final"} <= _denied("The striker pulled out of the cup final with a knee injury.")
    assert "marathon" in _denied("Okoro has withdrawn from the city marathon.")


def test_a_verb_with_its_own_object_moves_it():
    assert _denied("The army withdrew troops from the border.") == set()


def test_will_run_against_withdrew():
    got = story_fact_conflicts(
        (
            "Okoro said she would run the Valden city marathon on Sunday.",
            "Okoro has pulled out of the Valden city marathon with a hamstring strain.",
        ),
        None,
        "2026-04-17",
    )
    assert disputed(got, "would run", "pulled out"), got


def test_withdrawing_from_talks_is_not_against_talks_going_on():
    got = story_fact_conflicts(
        (
            "The drivers' union withdrew from the pay talks with the bus company on Monday.",
            "The pay talks with the bus company went on without a break on Monday.",
        ),
        None,
        "2026-03-02",
    )
    assert not disputed(got, "withdrew", "went on"), got


def test_an_appeal_planned_and_ruled_out_next_day():
    got = story_fact_conflicts(
        (
            "The cyclists' federation will appeal the ban on the Orla Hill race in court.",
            "The cyclists' federation has ruled out a legal appeal against the ban on the "
            "Orla Hill race.",
        ),
        ["2026-06-01", "2026-06-02"],
        "2026-06-01",
    )
    assert disputed(got, "will appeal", "ruled out"), got


def test_a_plan_and_a_decision_weeks_apart_are_a_change_of_plan():
    got = story_fact_conflicts(
        (
            "The cyclists' federation will appeal the ban on the Orla Hill race in court.",
            "The cyclists' federation has ruled out a legal appeal against the ban on the "
            "Orla Hill race.",
        ),
        ["2026-06-01", "2026-07-10"],
        "2026-06-01",
    )
    assert not disputed(got, "will appeal", "ruled out"), got
