"""The last time a ranked thing happened, in other shapes (session 24): "for the first time
since 1998" ranks the clause it hangs on ("are league champions"), not the noun "time";
"its first title since they won the league in 1998" dates the last win in a "since"
clause. Both meet "our first league title since 1998" in one slot, so another year is a
conflict. Sentences written for these tests (a league title, a rowing race, a strike), not
from the annotated sets.
"""

from __future__ import annotations

import pytest


def _readings(nlp, text: str):
    from consilience.year_readings import article_years

    return article_years("a", nlp(text), 2026)


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("Harlow Town are league champions for the first time since 1998.", {"champion", "league"}),
        ("The nurses walked out for the first time since 2011 on Monday.", set()),
    ],
)
def test_occasion_ranks_its_clause(nlp, text, things):
    (r,) = _readings(nlp, text)
    assert r.since_record
    assert things <= r.things


def test_since_clause_dates_the_last_time(nlp):
    (r,) = _readings(nlp, "It is the club's first league title since they won it in 1998.")
    assert r.since_record and r.act == "win"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank for the first time in 1991.",  # no "since": a date, not a record
        "The club won the league in 1998 and lost the final in 2003.",
        "Since they moved to the new ground in 2004, crowds have doubled.",  # no rank
    ],
)
def test_no_record_without_rank_and_since(nlp, text):
    assert not any(r.since_record for r in _readings(nlp, text))


def test_other_years_for_one_first_are_a_conflict():
    from test_s23_dates_clock_events import _story

    from consilience.year_readings import year_conflicts

    ctx = _story(
        ("One", "2026-05-09", "It is our first county cup since 1998, the chairman said."),
        ("Two", "2026-05-10", "Harlow Town are county cup winners for the first time since 2001."),
    )
    years = [{r["value"] for r in c["readings"]} for c in year_conflicts(ctx)]
    assert {"1998", "2001"} in years
