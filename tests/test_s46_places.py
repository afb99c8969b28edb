"""One act placed in two places, and one act done to two kinds of thing (session 46).

Claims (issue #11) and conflicts (issue #12), tested on sentences written for these tests:

- an act told of one thing in two places that exclude each other ("the ferret was kept *in
  a shed*" / "... *in a greenhouse*"; "the blaze began *in the kitchen*" / "... *in a
  bedroom*") is a ``fact`` conflict, and neither sentence is a consensus line for the
  other; a place and a part of it, or a place and a wider one ("in the kitchen" / "in the
  house"), agree; two dates or two things are two acts;
- one act done to two kinds of one near class of physical things ("the *dog* was found" /
  "the *cat* was found") is never one claim; people named by different nouns ("the boy" /
  "the child") still are;
- the noun a cleft sentence puts first ("It was the gas engineer, ..., who raised the
  alarm") is who did the act of its "who" clause, however the parser hangs that clause:
  against "the caretaker raised the alarm" it names another finder;
- two predicates of different classes whose one shared party is the doer of one and the
  undergoer of the other ("*your first tile* mattered" / "*each tile* was pressed by a
  child") are two claims unless the clauses read nearly alike.
"""

from __future__ import annotations

import pytest
from brief_fixtures import brief_of, conflicts_of

from consilience.noun_branches import co_kinds

DAY = "2036-08-14"
LEAD = "Firefighters were called to Marrow Lane on Tuesday evening. "
#: a second sentence of its own for each article, so that no two are near-copies
OWN = (
    " Neighbours said the smoke could be seen from the ring road.",
    " The lane was closed to traffic for three hours while crews worked.",
    " A spokesperson for the fire service praised the quick call from a passer-by.",
)


def _facts(bench, *texts: str) -> list[dict]:
    return conflicts_of(bench, "fact", *texts, published=DAY)


def _consensus_texts(bench, *texts: str) -> list[str]:
    brief = brief_of(bench, *texts, published=DAY)
    return [c.get("text", "") for c in brief.get("consensus", [])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The blaze began in the kitchen of the terrace on Tuesday evening.",
            "The blaze began in a bedroom of the terrace on Tuesday evening.",
        ),
        (
            "The stolen quad bike was hidden in a barn at Holt Farm.",
            "The stolen quad bike was hidden in a garage at Holt Farm.",
        ),
        (
            "Wardens found the injured owl in a greenhouse.",
            "Wardens found the injured owl in a shed.",
        ),
    ],
)
def test_one_act_in_two_exclusive_places_is_a_fact_conflict(bench, a, b):
    found = _facts(bench, LEAD + a + OWN[0], LEAD + b + OWN[1], LEAD + a + OWN[2])
    assert len(found) == 1
    cited = {r["text"] for r in found[0]["readings"]}
    assert any(a in t for t in cited) and any(b in t for t in cited)


def test_two_places_are_no_consensus_line(bench):
    a = "The injured owl was kept in a shed behind the lodge."
    b = "The injured owl was kept in a greenhouse behind the lodge."
    lines = _consensus_texts(bench, LEAD + a + OWN[0], LEAD + b + OWN[1])
    assert not any("owl" in t for t in lines)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # a place and the building it is part of
            "The blaze began in the kitchen on Tuesday evening.",
            "The blaze began in the house on Tuesday evening.",
        ),
        (  # two dates: two acts
            "The owl was kept in a shed on 3 August.",
            "The owl was kept in a greenhouse on 9 August.",
        ),
        (  # two things
            "The owl was kept in a shed.",
            "The kestrel was kept in a greenhouse.",
        ),
        (  # many things may be in many places
            "Wardens found injured owls in a greenhouse.",
            "Wardens found injured owls in a shed.",
        ),
        (  # denied in one: another kind of dispute, not two places
            "The owl was never kept in a shed.",
            "The owl was kept in a greenhouse.",
        ),
    ],
)
def test_places_that_can_both_hold_are_no_place_conflict(bench, a, b):
    found = _facts(bench, LEAD + a + OWN[0], LEAD + b + OWN[1])
    assert not any("place" in c.get("explanation", "") for c in found)


def test_two_kinds_of_animal_are_two_claims(bench):
    lines = _consensus_texts(
        bench,
        LEAD + "The dog was rescued from the loft by firefighters." + OWN[0],
        LEAD + "The cat was rescued from the loft by firefighters." + OWN[1],
    )
    assert not any("rescued" in t for t in lines)


def test_one_person_named_by_two_nouns_is_still_one_claim(bench):
    lines = _consensus_texts(
        bench,
        LEAD + "The boy was rescued from the loft by firefighters." + OWN[0],
        LEAD + "The child was rescued from the loft by firefighters." + OWN[1],
    )
    assert any("rescued" in t for t in lines)


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("kitchen", "bedroom", True),
        ("shed", "greenhouse", True),
        ("dog", "cat", True),
        ("house", "building", False),  # a kind of it
        ("kitchen", "house", False),  # a part of it
        ("car", "vehicle", False),
        ("flat", "apartment", False),  # one sense
        ("polytunnel", "greenhouse", False),  # unknown to WordNet
    ],
)
def test_co_kinds(x, y, expected):
    assert co_kinds(x, y) is expected


CHAPEL = "The roof of the chapel fell in on Tuesday. "


def test_cleft_focus_is_the_finder(bench):
    found = _facts(
        bench,
        CHAPEL + "The alarm was raised by the caretaker, who heard the crash from the vestry.",
        CHAPEL + "The caretaker raised the alarm at once, the diocese said.",
        CHAPEL + "It was the gas engineer, checking the boiler that morning, who raised the alarm.",
    )
    finders = [c for c in found if "alarm" in c["subject"]]
    assert len(finders) == 1
    assert any("gas engineer" in r["text"] for r in finders[0]["readings"])


def test_guard_a_cleft_naming_the_same_finder_is_no_conflict(bench):
    found = _facts(
        bench,
        CHAPEL + "The alarm was raised by the caretaker, who heard the crash from the vestry.",
        CHAPEL + "It was the caretaker, locking up that evening, who raised the alarm.",
    )
    assert not any("alarm" in c["subject"] for c in found)


KILN = "The kiln at the studio failed on Thursday night"


def test_one_party_in_crossed_roles_of_two_predicates_is_no_claim(bench):
    lines = _consensus_texts(
        bench,
        KILN + ". Tell the children: your first tile mattered, and the new one will be on the "
        "wall.",
        KILN + ", the potter said. Each tile here was pressed by a child from the estate.",
    )
    assert not any("tile" in t for t in lines)


def test_guard_one_act_told_by_doer_and_undergoer_still_aligns(bench):
    lines = _consensus_texts(
        bench,
        KILN + ". A child from the estate pressed each tile by hand.",
        KILN + ", the potter said. Each tile was pressed by hand by a child from the estate.",
    )
    assert any("tile" in t for t in lines)
