"""Statement conflicts, session s16: polarity that composes (two denials in other words
agree; a denial inside a statement a governing infinitive does not turn into an aim),
a state noun read in whichever sense the denial it meets gives it, a controlled
infinitive's subject, and a lasting state bounded by a calendar period ("for the rest of
the month") against a plan inside that period.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.align import story_nodes
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles
from consilience.statements import _polar


def _signed_words(text: str, day: str = "2025-06-02") -> list[tuple[str, int]]:
    art = Article(id="x0", source="x0.txt", text=text, outlet="P", published=day)
    ctx = context_from_articles([art], Story("s", "", ["x0"]))
    nodes, _ = story_nodes(ctx)
    return [(w.lemma, w.sign) for n in nodes for w in _polar(ctx, n)]


def test_a_denial_stated_under_a_governing_infinitive_is_still_a_denial():
    words = _signed_words(
        "The ferry company said it was pleased to announce that there were no casualties."
    )
    assert ("casualty", -1) in words
    assert ("casualty", 1) not in words


def test_an_aim_still_asserts_nothing():
    words = _signed_words("Divers went down to check that no hatch had been opened.")
    assert ("open", -1) not in words


def test_two_denials_in_other_words_are_no_conflict():
    got = story_fact_conflicts(
        (
            "A grain silo collapsed at Brisk Farm on Friday. The owners were glad to report "
            "that there were no injuries.",
            "A grain silo collapsed at Brisk Farm on Friday. Nobody was injured, the county "
            "fire service said.",
        ),
        None,
        "2025-06-06",
    )
    assert not disputed(got, "no injuries", "Nobody was injured")


def test_a_cut_in_its_rarer_sense_of_a_wound_against_nobody_hurt():
    got = story_fact_conflicts(
        (
            "A grain silo collapsed at Brisk Farm on Friday. Nobody was hurt, the county "
            "fire service said.",
            "A grain silo collapsed at Brisk Farm on Friday. One farmhand was taken to "
            "Elmsworth Hospital with a cut to his leg.",
        ),
        None,
        "2025-06-06",
    )
    assert disputed(got, "Nobody was hurt", "cut to his leg")


def test_closed_for_the_rest_of_the_month_against_a_reopening_within_it():
    got = story_fact_conflicts(
        (
            "Flooding shut the Harrow Street library on Monday. The library will reopen to "
            "readers on Thursday, the council said.",
            "Flooding shut the Harrow Street library on Monday. The library is to stay "
            "closed for the rest of the month while the floors dry out.",
        ),
        None,
        "2025-06-02",
    )
    assert disputed(got, "reopen to readers on Thursday", "rest of the month")


def test_closed_for_the_rest_of_the_week_against_a_reopening_after_it():
    got = story_fact_conflicts(
        (
            "Flooding shut the Harrow Street library on Monday. The library will reopen to "
            "readers on 16 June, the council said.",
            "Flooding shut the Harrow Street library on Monday. The library is to stay "
            "closed for the rest of the week while the floors dry out.",
        ),
        None,
        "2025-06-02",
    )
    assert not disputed(got, "reopen to readers", "rest of the week")


def test_without_denies_its_object():
    words = _signed_words("The courier crossed the border without stopping at the depot.")
    assert ("stop", -1) in words
    assert ("stop", 1) not in words


def test_a_decision_not_to_act_denies_the_act():
    words = _signed_words("The tenants' union decided not to appeal the eviction order.")
    assert ("appeal", -1) in words


def test_a_decision_against_a_thing_denies_it():
    words = _signed_words("The tenants' union has decided against an appeal.")
    assert ("appeal", -1) in words


def test_a_denied_light_verb_denies_where_it_goes():
    words = _signed_words("The tenants' union said it would not go to arbitration.")
    assert ("arbitration", -1) in words


def test_sailed_without_stopping_against_a_stop_made():
    got = story_fact_conflicts(
        (
            "The courier van reached Tarnow at dawn. The driver crossed the whole country "
            "without stopping, the firm said.",
            "The courier van reached Tarnow at dawn. The driver made a short stop in Kalisz "
            "to refuel, the firm said.",
        ),
        None,
        "2025-06-06",
    )
    assert disputed(got, "without stopping", "short stop")


def test_without_over_one_part_denies_nothing_of_the_rest():
    words = _signed_words("The aid convoy covered the last 40 km without an escort.")
    assert ("escort", -1) not in words
    got = story_fact_conflicts(
        (
            "An aid convoy reached Tarnow at dawn. The convoy crossed the border behind an "
            "army escort and covered the last 40 km alone.",
            "An aid convoy reached Tarnow at dawn. The convoy, which covered the last 40 km "
            "without an escort, was cheered by residents.",
        ),
        None,
        "2025-06-06",
    )
    assert not disputed(got, "army escort", "without an escort")


def test_a_plan_and_a_decision_against_it_a_day_apart():
    got = story_fact_conflicts(
        (
            "Harbour Board approved the new mooring fees on Tuesday. The Yacht Owners' "
            "Association said it would challenge the fees in the courts.",
            "Harbour Board approved the new mooring fees on Tuesday. Association chair Ida "
            "Moss told the paper the association would not go to court.",
        ),
        ["2025-06-03", "2025-06-04"],
        "2025-06-04",
    )
    assert disputed(got, "challenge the fees in the courts", "would not go to court")


def test_a_plan_and_a_decision_against_it_a_week_apart_is_a_change_of_plan():
    got = story_fact_conflicts(
        (
            "Harbour Board approved the new mooring fees on Tuesday. The Yacht Owners' "
            "Association said it would challenge the fees in the courts.",
            "Harbour Board approved the new mooring fees last week. Association chair Ida "
            "Moss told the paper the association would not go to court.",
        ),
        ["2025-06-03", "2025-06-10"],
        "2025-06-10",
    )
    assert not disputed(got, "challenge the fees in the courts", "would not go to court")


def test_a_denied_copula_and_its_opposite_complement_agree():
    got = story_fact_conflicts(
        (
            "A gas leak closed Fenwick Row on Monday. Tenants are expected to be out of "
            "their flats for ten days.",
            "A gas leak closed Fenwick Row on Monday. Tenants say they may not be home "
            "for ten days.",
        ),
        None,
        "2025-06-02",
    )
    assert not got
