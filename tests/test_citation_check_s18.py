"""Opposite qualities of one act are never agreement (issue #11, session 18).

"The ferry sailed *in the opposite direction*" and "the ferry sailed *in the same
direction*" are one act with opposite qualities; "boarded *with a valid* ticket" and
"boarded *with an expired* ticket" too; "the truck rolled *backwards*" / "the truck rolled
*forward*". WordNet makes the two adjectives (an adverb read as its adjective) opposite,
so the citation check (``citation_check.says_opposite``, rule 0 of
:func:`consilience.citation_check.stating_members`) drops the member of the other side.
Qualities of two things ("the *new* bridge" in one clause, "the *old* ferry" in the
other), qualities one clause gives both, and negated verbs stay.

Every sentence is written for this file; each test fails on the code before the change.
"""

from __future__ import annotations

import pytest

from consilience import citation_check, modifier_opposites
from tests.test_citation_check_s16 import _claim, _nodes, _sim


@pytest.fixture(scope="module")
def texts_of(nlp):
    from tests.test_citation_check_s16 import _Texts

    return lambda sentences: _Texts(nlp, sentences)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "The comet travels around the sun in the opposite direction to the planets.",
            "The comet travels around the sun in the same direction as the planets.",
        ),
        (
            "The pilot flew the charter flight with a valid licence.",
            "The pilot flew the charter flight with an expired licence.",
        ),
        (
            "The unmanned tram rolled backwards down the hill.",
            "The unmanned tram rolled forward down the hill.",
        ),
    ],
)
def test_opposite_qualities_of_one_act_are_no_citation(texts_of, x: str, y: str) -> None:
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "x"), _claim("b", y, "y")
    assert citation_check.says_opposite(a, b, texts)
    assert citation_check.says_opposite(b, a, texts)


def test_the_member_of_the_other_side_is_dropped(texts_of) -> None:
    sentences = {
        "a": "The comet travels around the sun in the opposite direction to the planets.",
        "b": "The comet moves round the sun in the opposite direction to most planets.",
        "c": "The comet travels around the sun in the same direction as the planets.",
    }
    claims = [_claim(k, s, "travel", "comet") for k, s in sorted(sentences.items())]
    texts = texts_of(sentences)
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), _sim(3, 0.8), texts, 0)
    assert kept == [0, 1]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "Engineers opened the new bridge on Monday.",
            "Engineers opened the bridge beside the old ferry on Monday.",
        ),
        (
            "She replaced the old boiler with a new one on Friday.",
            "She replaced the old boiler on Friday.",
        ),
        (
            "The comet travels around the sun in the opposite direction to the planets.",
            "Like few others, the comet travels around the sun in the opposite direction.",
        ),
    ],
)
def test_agreeing_or_unrelated_qualities_are_no_opposite(texts_of, x: str, y: str) -> None:
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "x"), _claim("b", y, "y")
    assert not citation_check.says_opposite(a, b, texts)
    assert not citation_check.says_opposite(b, a, texts)


def test_a_quality_under_a_negated_verb_is_left_out(nlp) -> None:
    doc = nlp("The comet does not travel in the opposite direction to the planets.")
    assert modifier_opposites.modifiers(doc[:]) == []


@pytest.mark.parametrize(
    ("adverb", "adjective"),
    [("backwards", "backward"), ("publicly", "public"), ("happily", "happy"), ("fast", "fast")],
)
def test_an_adverb_is_read_as_its_adjective(adverb: str, adjective: str) -> None:
    assert modifier_opposites.adverb_adjective(adverb) == adjective


def test_a_heading_naming_no_act_is_no_citation(texts_of) -> None:
    sentences = {
        "a": "Critics say awards like this can double a debut's sales overnight.",
        "b": "Four finalists, one trophy",
        "c": "Awards like this can double a debut's sales, booksellers say.",
    }
    said = _claim("a", sentences["a"], "double", "award", "sale")
    header = _claim("b", sentences["b"], "be", kind="appositive", role="identity", heading=True)
    again = _claim("c", sentences["c"], "double", "award", "sale")
    nodes = _nodes([said, header, again])
    texts = texts_of(sentences)
    assert citation_check.stating_members([0, 1, 2], nodes, _sim(3, 0.75), texts, 0) == [0, 2]
    assert citation_check.states_act(1, 1, nodes, _sim(3, 0.75), texts)  # itself
