"""Statement conflicts, session s23: a formal assent done against one not yet given.

Verbs of formal assent are one act on one thing (:func:`consilience.denied_matter.
assenting`: WordNet's kinds of approve, authorise and ratify, and "sign off", which
WordNet files only as ending a broadcast), as verbs of challenging are: "has not yet
signed off the increase" denies "approved the increase"; a thing named by a less
frequent sense of its noun is the same thing ("the rise" / "the increase",
:func:`consilience.denied_matter._kin`). An article that itself states the assent and a
denial of another step of it ("the senate approved the treaty; the president would not
sign it") tells two acts apart.

Every text is written for this file, about events no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.denied_matter import assenting, formal_pair


def test_verbs_of_assent():
    for verb in ("approve", "sanction", "ratify", "endorse", "authorise", "sign_off"):
        assert assenting(verb), verb
    for verb in ("reject", "abstain", "announce", "sign_up", "pay"):
        assert not assenting(verb), verb
    assert formal_pair("sign_off", "approve")
    assert not formal_pair("approve", "appeal")


def test_signed_off_not_yet_against_approved():
    got = story_fact_conflicts(
        (
            "The regional cabinet approved the budget increase for hospitals on Monday.",
            "Regional ministers have not yet signed off the budget increase for hospitals, "
            "officials said.",
        ),
        None,
        "2026-09-09",
    )
    assert disputed(got, "approved", "signed off"), got


def test_ratified_against_not_approved():
    got = story_fact_conflicts(
        (
            "The rugby league ratified the transfer of the Pellow Hawks franchise on Friday.",
            "The rugby league has not approved the transfer of the Pellow Hawks franchise, a "
            "spokesman said on Friday.",
        ),
        None,
        "2026-08-21",
    )
    assert disputed(got, "ratified", "not approved"), got


def test_two_steps_one_article_tells_apart():
    got = story_fact_conflicts(
        (
            "The senate ratified the fisheries treaty on Monday, but the president said she "
            "would not approve the fisheries treaty until the court had ruled on it.",
            "The senate ratified the fisheries treaty on Monday after a long debate.",
        ),
        None,
        "2026-10-05",
    )
    assert not disputed(got, "would not approve", "ratified"), got
