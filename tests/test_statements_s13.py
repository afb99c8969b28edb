"""Statement conflicts of session s13 (issues #11/#12, kind ``fact``).

Guards against false conflicts:

(a) another time: a clause dated only to a past year (or month) is not the moment of a
    clause of the time of writing -- "the tunnel, opened in 1998" / "stays closed", "shut
    the tunnel on Monday" / "was opened in 1998", "came ashore in 2016" / "none came back"
    (:func:`consilience.event_states.periods_apart`);
(b) another set: a denial over a class its doer narrows ("none of the *refloated* dolphins
    have come back in") says nothing of the whole group ("thirty dolphins beached themselves"),
    :func:`consilience.event_states.narrower_class`;
(c) a past "helped X do" is the doing, not an expectation
    (:func:`consilience.opposition._done_and_pending`).

Conflicts found:

(d) a decision against an act (:func:`consilience.opposition._refused`): a refusal
    ("refused / declined to quit") against a plan of the act ("will quit"), a negated plan
    ("will not close") against the act done ("has been closed"), written the same day; an
    institution named by its bare possessive ("Kelby's will not shut") is the one named in
    full ("Kelby's Junior School");
(e) one ballot's exclusive options (opposition scale "ballot"): a vote cast -- for,
    against, with a side, backing the motion -- against abstaining, of one party named or
    described ("the party") in its own article; a fronted "in the end" is no object;
(f) a group's access to a place (:mod:`consilience.access_states`): "can still use" /
    "open to" against "barred / banned from" / "closed to", one group and one place; a
    place open to one group and closed to another is no conflict.

Every text is written for this file, in domains no tuning set covers."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts


def fact_conflicts(*texts: str) -> list[list[str]]:
    """:func:`conftest.story_fact_conflicts` of ``texts``, published on one day."""
    return story_fact_conflicts(texts, None, "2025-03-04")


@pytest.mark.parametrize(
    "texts",
    [
        (  # (a) a past year against a state of now, bounded by "until"
            "The Harrow Tunnel will stay closed until Monday, the council said.",
            "The Harrow Tunnel was opened in 1998 and carries 30,000 cars a day.",
        ),
        (  # (a) a past year against a change dated to a day of this week
            "The council shut the Harrow Tunnel to traffic on Monday.",
            "The Harrow Tunnel, opened in 1998, was last refurbished in 2012.",
        ),
        (  # (a) an act of another year against a denial of now
            "Thirty dolphins came ashore on the same beach in 2016.",
            "None of the dolphins that were refloated came back, rescuers said.",
        ),
        (  # (b) a denial over a narrowed set of doers
            "Thirty dolphins beached themselves at Marram Point on Sunday.",
            "Rescuers will return at dawn to check that none of the refloated dolphins have "
            "come back in.",
        ),
        (  # (c) helped them keep: done, like "kept"
            "Firefighters kept the residents calm through the night.",
            "Neighbours helped firefighters keep the residents warm through the night.",
        ),
    ],
)
def test_no_conflict_across_times_sets_and_helped_acts(texts):
    assert fact_conflicts(*texts) == []


@pytest.mark.parametrize(
    "one, other, words",
    [
        (
            "The mayor said she would step down at the end of the month.",
            "The mayor refused to step down on Tuesday evening.",
            ("would step down", "refused"),
        ),
        (
            "Coach Dario Renz has told the board he will quit.",
            "Dario Renz declined to quit after the defeat, the club said.",
            ("will quit", "declined"),
        ),
        (
            "Northgate Library has been closed for repairs.",
            "Northgate Library will not close, the council said.",
            ("has been closed", "will not close"),
        ),
        (
            "Kelby's Junior School has shut for two days so that it can be disinfected.",
            "Kelby's will not shut, the education office said.",
            ("has shut", "will not shut"),
        ),
    ],
)
def test_a_refusal_or_negated_plan_disputes_the_plan_or_the_deed(one, other, words):
    got = fact_conflicts(one, other)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "texts, days",
    [
        (  # written two days apart: the decision may have changed (an update)
            (
                "The mayor said she would step down at the end of the month.",
                "The mayor refused to step down on Tuesday evening.",
            ),
            ["2025-03-04", "2025-03-06"],
        ),
        (  # a refusal of another act
            (
                "The mayor said she would step down at the end of the month.",
                "The mayor refused to comment on Tuesday evening.",
            ),
            None,
        ),
        (  # done in another year
            (
                "Northgate Library closed for repairs in 2019.",
                "Northgate Library will not close, the council said.",
            ),
            None,
        ),
    ],
)
def test_no_refusal_conflict_across_days_acts_or_years(texts, days):
    assert story_fact_conflicts(texts, days, "2025-03-04") == []


@pytest.mark.parametrize(
    "one, other, words",
    [
        (
            "The Farmers' Union, a junior partner in the government, voted with the opposition.",
            "In the end the Farmers' Union abstained.",
            ("voted with", "abstained"),
        ),
        (
            "The Liberals backed the bill.",
            "The Liberals abstained in the vote on the bill.",
            ("backed", "abstained"),
        ),
        (
            "The Harbour Party voted against the budget on Tuesday.",
            "The Harbour Party's leader spoke for an hour. In the end the party abstained.",
            ("voted against", "the party abstained"),
        ),
    ],
)
def test_a_vote_cast_against_an_abstention(one, other, words):
    got = fact_conflicts(one, other)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "texts",
    [
        ("The Liberals abstained on the amendment.", "The Liberals voted for the budget."),
        ("The Liberals abstained.", "The Social Democrats voted for the bill."),
    ],
)
def test_no_ballot_conflict_of_two_motions_or_two_parties(texts):
    assert fact_conflicts(*texts) == []


@pytest.mark.parametrize(
    "one, other, words",
    [
        (
            "Cyclists can still use the tunnel's cycle lane, the city said.",
            "Cyclists have also been barred from the tunnel.",
            ("can still use", "barred"),
        ),
        (
            "The harbour path remains open to walkers.",
            "Walkers have been banned from the harbour path.",
            ("open to walkers", "banned"),
        ),
    ],
)
def test_a_group_permitted_and_barred_from_one_place(one, other, words):
    got = fact_conflicts(one, other)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "texts",
    [
        ("The Marsh Bridge is closed to lorries.", "The Marsh Bridge remains open to cyclists."),
        (
            "Cyclists can still use the Kell Tunnel.",
            "Cyclists have been barred from the Dunmore ferry.",
        ),
    ],
)
def test_no_access_conflict_of_two_groups_or_two_places(texts):
    assert fact_conflicts(*texts) == []
