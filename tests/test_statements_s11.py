"""Statement conflicts of session s11 (issue #11/#12, kind ``fact``):

(1) a denial of harm or theft of a whole class against a report of it in other words: the
    state a person is treated for or taken to hospital with ("treated for burns", "with
    head wounds", "suffered fractures") is a kind of the denied act's state (WordNet); "no
    one" / "nobody" deny it of every person, "nothing" of every thing; a doer whose noun
    names the act ("burglars took ...": burglarise, a way to steal) makes a general verb
    that act; an amount of a thing ("two tonnes of diesel") is that thing. Guards: a denial
    narrowed by an adverb the report does not match ("no one was *seriously* hurt" /
    "treated for minor cuts"), another class, a pronoun's place ("nobody *in the stands*"), a state that is no kind of the act, a later
    report after the denial (an update);
(2) a report of a thing stated against a report of it denied, whoever words it: the teller
    ("reported smoke", "radioed a fault", "told the landlord about damp") or the receiver
    ("received no complaints about a smell", "denied receiving any warning of damp") --
    one act, "report", of one thing. Guards: another thing reported, both sides denying;
(3) two past changes of one state in opposite directions ("closed the bridge for six
    hours" / "the bridge reopened at 4 p.m.") are two steps of one story, not a conflict;
    a state said to hold ("remains closed") still disputes a reopening;
(4) the conflicts that cite one reading are one dispute: "survived" / "died" and
    "survived" / "killed" come out as one conflict with both sides.

Every text is written for this file, in domains no tuning set covers (a theatre, a
vineyard, a scaffolding collapse, a salvage dive, a football club's coach crash, a bridge
over a canal)."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts

from consilience.fact_groups import merged


def fact_conflicts(*texts: str, published: list[str] | None = None) -> list[list[str]]:
    """:func:`conftest.story_fact_conflicts` of ``texts``, published on 2025-03-04 by default."""
    return story_fact_conflicts(texts, published, "2025-03-04")


# --------------------------------------------------------------------------- (1) harm, theft


@pytest.mark.parametrize(
    "none, some, words",
    [
        (  # "no one" against a person treated for a kind of injury
            "No one was injured in the fire at the Rialto theatre, the fire service said.",
            "One stagehand was treated for minor burns after the fire at the Rialto theatre.",
            ("No one was injured", "treated for minor burns"),
        ),
        (  # "none of" + class; "with" hanging on the hospital, not on the verb
            "None of the dancers were harmed when the stage lights fell, the company said.",
            "A dancer was taken to hospital with head wounds when the stage lights fell.",
            ("None of the dancers", "head wounds"),
        ),
        (  # "nobody", the injury the object of a verb of undergoing, the report first
            "Two roofers suffered fractures when the scaffolding on Quay Street gave way.",
            "Nobody was hurt when the scaffolding on Quay Street gave way, the builder said.",
            ("suffered fractures", "Nobody was hurt"),
        ),
        (  # a denial narrowed by an adverb, matched by the report's adjective
            "No one was seriously injured when the coach overturned, the club said.",
            "The goalkeeper was taken to hospital with serious burns after the coach overturned.",
            ("seriously injured", "serious burns"),
        ),
        (  # "nothing" against a general verb whose doer's noun names theft
            "Nothing was stolen from the vineyard's cellar, the owner said on Monday.",
            "Burglars took forty cases of wine from the vineyard's cellar overnight.",
            ("Nothing was stolen", "Burglars took"),
        ),
    ],
)
def test_denied_harm_or_theft_against_a_report(none, some, words):
    got = fact_conflicts(none, some)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "none, some, published",
    [
        (  # the denial is of serious injury; the report of a minor one
            "No one was seriously injured in the fire at the theatre, the fire service said.",
            "Two stagehands were treated for minor burns after the fire at the theatre.",
            None,
        ),
        (  # another class: a spectator is no dancer
            "None of the dancers were harmed when the stage lights fell, the company said.",
            "A spectator was treated for cuts when the stage lights fell, paramedics said.",
            None,
        ),
        (  # what the person is treated for is no injury
            "No one was injured in the fire at the theatre, the fire service said.",
            "One stagehand was treated for exhaustion after the fire at the theatre.",
            None,
        ),
        (  # another act on the thing: breaking is no kind of stealing
            "Nothing was stolen from the vineyard's cellar, the owner said on Monday.",
            "Burglars broke a window of the vineyard's cellar overnight.",
            None,
        ),
        (  # the pronoun's class is its place: the injured goalkeeper was not in the stands
            "Nobody in the stands was hurt when the coach hit the barrier, the club said.",
            "The goalkeeper was taken to hospital with serious burns after the coach crash.",
            None,
        ),
        (  # a later update: the denial first, the injury reported a day later
            "Nobody was hurt when the scaffolding on Quay Street gave way, the builder said.",
            "Two roofers suffered fractures when the scaffolding on Quay Street gave way.",
            ["2025-03-04", "2025-03-05"],
        ),
    ],
)
def test_denied_harm_or_theft_guards(none, some, published):
    got = fact_conflicts(none, some, published=published)
    assert not got, got


# --------------------------------------------------------------------------- (2) reports


@pytest.mark.parametrize(
    "one, two, words",
    [
        (  # the receiver denies any complaint about the thing the tellers reported
            "Residents reported a strong smell of burning to the landlord on Sunday evening.",
            "The landlord said it had received no complaints about a smell of burning.",
            ("reported a strong smell", "no complaints"),
        ),
        (  # "told X about", against "denied receiving any warning of"
            "Tenants told the landlord about damp in the flats last winter.",
            "The landlord denied receiving any warning of damp in the flats.",
            ("told the landlord about damp", "denied receiving"),
        ),
        (  # a verb of communicating against "did not report any"
            "The captain radioed a fault in the steering gear, the coastguard said.",
            "The captain did not report any fault in the steering gear, the owners said.",
            ("radioed a fault", "did not report any fault"),
        ),
    ],
)
def test_report_stated_and_denied(one, two, words):
    got = fact_conflicts(one, two)
    assert disputed(got, *words), got


def test_report_of_another_thing_is_no_conflict():
    got = fact_conflicts(
        "Residents reported a strong smell of burning to the landlord on Sunday evening.",
        "The landlord said it had received no complaints about noise from the flats.",
    )
    assert not got, got


# --------------------------------------------------------------------------- (3) sequences


@pytest.mark.parametrize(
    "one, two",
    [
        (  # closed for a while, reopened at a time of day ("reopened" tagged a participle)
            "The council closed the Weir Bridge to traffic for six hours on Tuesday.",
            "The Weir Bridge reopened to traffic at 4 p.m. on Tuesday, the council said.",
        ),
        (  # the passive and the active: shut, then opened again
            "The canal lock was shut for two hours after the barge struck the gate.",
            "Engineers opened the canal lock again at 9 a.m., the waterways trust said.",
        ),
    ],
)
def test_two_past_changes_are_a_sequence(one, two):
    got = fact_conflicts(one, two)
    assert not got, got


def test_a_state_that_holds_still_disputes_a_reopening():
    got = fact_conflicts(
        "The Weir Bridge remains closed to traffic, the council said on Tuesday.",
        "The Weir Bridge reopened to traffic on Tuesday afternoon, drivers said.",
    )
    assert disputed(got, "remains closed", "reopened"), got


# --------------------------------------------------------------------------- (4) one dispute


@pytest.mark.parametrize(
    "texts",
    [
        (
            "One of the divers survived the blast, the navy said.",
            "The blast killed one of the divers, police said.",
            "One diver died in the blast, a doctor said.",
        ),
        (
            "The goalkeeper survived the crash, the club said.",
            "The crash killed the goalkeeper, the league said.",
            "The goalkeeper died in the crash, officials said.",
        ),
    ],
)
def test_readings_of_one_slot_are_one_conflict(texts):
    got = fact_conflicts(*texts)
    assert len(got) == 1, got
    assert disputed(got, "survived", "killed", "died"), got


def _item(*sides: list[tuple[str, int, int]]) -> dict:
    """A fact conflict item whose readings are ``sides``' citations."""
    cites = [c for side in sides for c in side]
    return {
        "kind": "fact",
        "subject": "s",
        "readings": [
            {"article": a, "text": "t", "citation": {"article": a, "start": s, "end": e}}
            for a, s, e in cites
        ],
        "majority": [],
        "outliers": [],
        "_sides": [list(side) for side in sides],
    }


def test_merged_sides_follow_the_shared_reading():
    one = _item([("a1", 0, 10)], [("a2", 0, 10)])
    two = _item([("a3", 5, 20)], [("a1", 2, 8), ("a5", 0, 9), ("a6", 0, 9)])  # a1 second
    out = merged([one, two])
    assert len(out) == 1
    assert out[0]["majority"] == ["a1", "a5", "a6"] and out[0]["outliers"] == ["a2", "a3"]
    assert [r["article"] for r in out[0]["readings"]] == ["a1", "a2", "a3", "a5", "a6"]
    assert "_sides" not in out[0]


def test_merged_keeps_apart_what_would_put_one_reading_on_both_sides():
    one = _item([("a1", 0, 10)], [("a2", 0, 10)])
    two = _item([("a1", 0, 10), ("a2", 0, 10)], [("a3", 0, 10)])
    assert len(merged([one, two])) == 2
    assert len(merged([one, _item([("a4", 0, 10)], [("a5", 0, 10)])])) == 2


@pytest.mark.parametrize(
    "one, two",
    [
        (
            "The walkout, which was called off on Sunday, would have closed most of the "
            "city's 40 libraries.",
            "Libraries will open as normal.",
        ),
        ("The strike would have closed the museums for a week.", "Museums will open as normal."),
    ],
)
def test_what_would_have_happened_is_no_state(one, two):
    """A counterfactual ("would have closed") states no state: no dispute with a plan."""
    got = fact_conflicts(one, two)
    assert not got, got
