"""Statement conflicts, session s22: a plan against its opposite state.

- what a relative clause says of a set is said of its member ("the pool *is among those
  that* will stay open", "the clinic *is one of the sites that* will close");
- two plans for what is to come reported a day apart ("will close on 2 May" / "will stay
  open") are one future: the date of one is the plan's, not the report's moment; two
  plans dated differently are two moments;
- two bearers of one head noun whose proper names share no word ("the Hill Lane pool" /
  "the Quarry Road pool") are two things;
- the dispute is named by the thing ("the Hill Lane pool"), not by the head lemma.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.opposite_words import bearer, bearer_names

DAYS = ["2026-04-02", "2026-04-03"]


def _word(text: str, word: str):
    return next(t for t in load_nlp()(text) if t.text == word)


def test_a_member_of_a_set_bears_what_the_relative_clause_says():
    assert bearer(_word("The Hill Lane pool is among those that will stay open.", "open")) == {
        "pool"
    }
    assert bearer(_word("The Elm Road clinic is one of the sites that will close.", "close")) == {
        "clinic"
    }


def test_names_of_a_bearer():
    assert bearer_names(_word("The Hill Lane pool will stay open.", "open")) == {"hill", "lane"}
    assert bearer_names(_word("The pool will stay open.", "open")) == frozenset()


def test_a_plan_to_close_against_staying_open_is_a_conflict():
    got = story_fact_conflicts(
        (
            "The town's Hill Lane pool will close on 2 May, the council confirmed.",
            "Residents were told the Hill Lane pool is among those that will stay open.",
        ),
        DAYS,
        None,
    )
    assert disputed(got, "will close on 2 May", "will stay open"), got


def test_two_pools_with_other_names_are_no_conflict():
    got = story_fact_conflicts(
        (
            "The town's Hill Lane pool will close on 2 May, the council confirmed.",
            "Residents were told the Quarry Road pool will stay open.",
        ),
        DAYS,
        None,
    )
    assert not disputed(got, "close", "open"), got


def test_two_plans_dated_differently_are_two_moments():
    got = story_fact_conflicts(
        (
            "The Hill Lane pool will close on 2 May.",
            "The Hill Lane pool will stay open until the end of June.",
        ),
        DAYS,
        None,
    )
    assert not disputed(got, "close", "open"), got


def test_a_state_now_and_a_plan_a_day_later_are_no_conflict():
    got = story_fact_conflicts(
        (
            "The Hill Lane pool is open this morning, staff said.",
            "The Hill Lane pool will close next year.",
        ),
        DAYS,
        None,
    )
    assert not disputed(got, "open", "close"), got
