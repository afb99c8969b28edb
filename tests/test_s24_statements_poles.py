"""Statement conflicts, session s24: going on against ending, one thing named in two words
of one sense, one known thing named more briefly, and a state of a period gone by.

- :func:`consilience.act_relations.pole`: a verb names going on (keep, maintain, retain,
  stay, remain, continue) or ending (scrap, abolish, cancel, discontinue, resign, step
  down, leave) by WordNet's first sense and its hypernyms; keeping a thing, planned or
  stated, disputes its ending reported the same day
  (``act_readings._going_on_against_end``); a plan to end a thing kept so far does not.
- ``statements._one_bearer``: a denied word and an asserted one said of one thing named in
  two words of one first sense ("cars" / "automobiles") share that thing as matter.
- ``denied_matter._one_referent``: a denial of one known thing ("the eight-year
  sentence") meets an assertion about the same thing named without the adjective ("the
  sentence"); a class ("any fines") still does not.
- :func:`consilience.class_denials.ended_period`: "was unseen since 1990" is a period the
  finding ended, no dispute with "has been found".

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts

from consilience.act_relations import pole, poles_apart
from consilience.class_denials import broken_state, ended_period
from consilience.event_states import Reading


def test_poles_of_going_on_and_ending():
    for verb in ("maintain", "keep", "retain", "continue", "preserve"):
        assert pole(verb) == 1, verb  # keeping
    for verb in ("scrap", "abolish", "cancel", "discontinue", "quit"):
        assert pole(verb) == -1, verb  # ending
    assert pole("stay") == pole("remain") == 2  # staying
    for verb in ("resign", "step_down", "leave"):
        assert pole(verb) == -2, verb  # leaving
    for verb in ("run", "close", "open", "win", "sell", "say", "drop", "cut", "be"):
        assert pole(verb) == 0, verb  # "run" is moving fast before it is fleeing
    assert poles_apart("maintain", "scrap") and poles_apart("step_down", "stay")
    assert not poles_apart("keep", "retain") and not poles_apart("scrap", "cancel")
    assert not poles_apart("hold", "leave")  # keeping a thing, leaving a place: two axes


@pytest.mark.xfail(
    strict=True,
    reason="both read as stated acts, not plans: poles are read only against a plan "
    "(as a general opposite they made 'flights were cancelled' / 'flights resumed' a dispute)",
)
def test_will_keep_against_has_scrapped():
    got = story_fact_conflicts(
        (
            "Velmont Rail will keep its night service between Aster and Coyle, the operator "
            "said in a statement.",
            "Velmont Rail has scrapped its night service between Aster and Coyle to save money.",
        ),
        None,
        "2026-05-11",
    )
    assert disputed(got, "keep", "scrapped"), got


@pytest.mark.xfail(
    strict=True,
    reason="both read as stated acts, not plans: poles are read only against a plan "
    "(as a general opposite they made 'flights were cancelled' / 'flights resumed' a dispute)",
)
def test_will_stay_on_against_will_step_down():
    got = story_fact_conflicts(
        (
            "Harbour Rowing Club said its head coach, Ilse Marten, will stay in her post "
            "for the next season.",
            "Ilse Marten will step down as head coach of Harbour Rowing Club after the regatta.",
        ),
        None,
        "2026-08-03",
    )
    assert disputed(got, "stay", "step down"), got


def test_plan_to_end_what_was_kept_is_no_dispute():
    got = story_fact_conflicts(
        (
            "The council has retained the tourist levy on hotel rooms since 2019.",
            "The council will abolish the tourist levy on hotel rooms next April.",
        ),
        None,
        "2026-02-20",
    )
    assert not disputed(got, "retained", "abolish"), got


def test_keeping_one_thing_and_ending_another():
    got = story_fact_conflicts(
        (
            "The brewer will maintain its interim dividend, the board said.",
            "The brewer has scrapped its share buyback programme.",
        ),
        None,
        "2026-03-09",
    )
    assert not disputed(got, "maintain", "scrapped"), got


def test_keeping_and_ending_reported_days_apart():
    got = story_fact_conflicts(
        (
            "The festival will keep its free opening concert, organisers said.",
            "The festival has cancelled its free opening concert after a sponsor pulled out.",
        ),
        ["2026-06-01", "2026-06-09"],
        "2026-06-01",
    )
    assert not disputed(got, "keep", "cancelled"), got


def test_two_words_of_one_sense_are_one_thing():
    got = story_fact_conflicts(
        (
            "We will not close any shops, the chairman of Brisk Outdoor told shareholders "
            "at the annual meeting.",
            "Brisk Outdoor will shut 9 of its 60 stores, we understand.",
        ),
        None,
        "2026-09-14",
    )
    assert disputed(got, "not close", "shut 9"), got


def test_one_bearer_needs_one_first_sense():
    from consilience.denied_matter import Polar
    from consilience.statements import _one_bearer

    shop = Polar(1, "close", "v", -1, bearer=frozenset({"shop"}))
    store = Polar(9, "shut", "v", 1, bearer=frozenset({"store"}))
    engine = Polar(9, "shut", "v", 1, bearer=frozenset({"factory"}))
    assert _one_bearer([(shop, store)]) == {"bearer:shop"}
    assert _one_bearer([(shop, engine)]) == set()


def test_one_known_thing_named_more_briefly():
    got = story_fact_conflicts(
        (
            "Ferran's lawyers said he will appeal against the sentence handed down in Tarsk.",
            "Ferran has decided not to challenge the eight-year sentence, his lawyers said.",
        ),
        ["2026-10-05", "2026-10-06"],
        "2026-10-05",
    )
    assert disputed(got, "appeal", "not to challenge"), got


def test_a_narrower_class_is_still_apart():
    got = story_fact_conflicts(
        (
            "The haulier will appeal against the fine imposed by the regulator.",
            "The haulier has decided not to contest any speeding fines this year.",
        ),
        None,
        "2026-10-05",
    )
    assert not disputed(got, "appeal", "contest"), got


def _state(surface: str, preps: frozenset) -> Reading:
    return Reading(3, "act", "unseen", surface, 1, frozenset({"altarpiece"}), "altarpiece",
                   frozenset(), frozenset(), False, "", "", preps=preps, pos="a")  # fmt: skip


def test_a_period_gone_by_is_no_dispute_with_its_end():
    assert ended_period(_state("was unseen", frozenset({("since", "1944")})))
    assert ended_period(_state("had been unseen", frozenset({("for", "decades")})))
    assert not ended_period(_state("is unseen", frozenset({("since", "1944")})))
    assert not ended_period(_state("was unseen", frozenset()))
    found = Reading(7, "event", "find", "found", 1, frozenset({"altarpiece"}), "altarpiece",
                    frozenset(), frozenset(), False, "", "", pos="v")  # fmt: skip
    gone_by = _state("was unseen", frozenset({("since", "1944")}))
    days = ("2026-11-18", "2026-11-18")
    assert not broken_state(gone_by, found, days) and not broken_state(found, gone_by, days)


def test_a_present_state_still_disputes_its_end():
    got = story_fact_conflicts(
        (
            "The Velde altarpiece, which dates from about 1480 and was painted for Osterby "
            "church, is still unseen.",
            "The Velde altarpiece, a panel painted for Osterby church around 1480 and last "
            "recorded in 1944, has been found in a farmhouse attic.",
        ),
        None,
        "2026-11-18",
    )
    assert disputed(got, "still unseen", "found"), got
