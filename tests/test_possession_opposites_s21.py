"""Getting and giving up one thing are never agreement (issue #11, session 21, kind 2 of
heldout_s20/judged.md): "Ames will waive her allowance" / "Ames will still collect her
allowance" are one disagreement, though WordNet gives the two verbs no antonymy. The
citation check (:func:`consilience.citation_check.never_states`) drops the member of the
other side through :mod:`consilience.possession_opposites`.

Every sentence is written for this file; each test fails on the code before the change
(the module did not exist).
"""

from __future__ import annotations

import pytest

from consilience import citation_check
from consilience.possession_opposites import gaining, losing, possession_opposite
from tests.test_citation_check_s16 import _claim, _nodes, _sim


@pytest.mark.parametrize("verb", ["receive", "collect", "keep", "retain", "inherit", "obtain"])
def test_verbs_of_getting_and_keeping(verb: str) -> None:
    assert gaining(verb) and not losing(verb)


@pytest.mark.parametrize("verb", ["forgo", "waive", "forfeit", "surrender", "turn_down", "lose"])
def test_verbs_of_going_without(verb: str) -> None:
    assert losing(verb) and not gaining(verb)


@pytest.mark.parametrize("verb", ["announce", "build", "say", "injure", "open"])
def test_other_verbs_are_neither(verb: str) -> None:
    assert not gaining(verb) and not losing(verb)


WAIVE = "Councillor Ruth Ames will waive her allowance for the coming year."
COLLECT = "Ames will still collect her allowance for the coming year, the ledger shows."
GIVE_UP = "Ruth Ames is giving up her council allowance next year."


def test_giving_up_and_collecting_one_thing_are_opposite() -> None:
    a = _claim("a", WAIVE, "waive", "ruth ames", "allowance", tense="future")
    b = _claim("b", COLLECT, "collect", "ames", "allowance", tense="future")
    assert possession_opposite(a, b) and possession_opposite(b, a)


@pytest.mark.parametrize(
    ("verb", "actor", "patient", "negated"),
    [
        ("collect", "ames", "salary", False),  # another thing
        ("collect", "treasurer", "allowance", False),  # another party
        ("collect", "ames", "allowance", True),  # "will not collect": the same side
        ("forfeit", "ames", "allowance", False),  # the same side
    ],
)
def test_other_things_parties_and_polarity_are_not(verb, actor, patient, negated) -> None:
    a = _claim("a", WAIVE, "waive", "ruth ames", "allowance")
    b = _claim("b", "x", verb, actor, patient, negated=negated)
    assert not possession_opposite(a, b)


def test_the_member_of_the_other_side_is_dropped(nlp) -> None:
    from tests.test_citation_check_s16 import _Texts

    sentences = {"a": WAIVE, "b": GIVE_UP, "c": COLLECT}
    claims = [
        _claim("a", WAIVE, "waive", "ruth ames", "allowance", tense="future"),
        _claim("b", GIVE_UP, "give_up", "ruth ames", "allowance", tense="present"),
        _claim("c", COLLECT, "collect", "ames", "allowance", tense="future"),
    ]
    texts = _Texts(nlp, sentences)
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), _sim(3, 0.8), texts, 0)
    assert kept == [0, 1]
