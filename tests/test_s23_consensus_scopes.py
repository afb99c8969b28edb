"""A whole and a part of one kind of thing are never agreement (issue #11, session 23,
kind 2 of heldout_s22/judged.md: "will cover every road" cited with "most of the streets").

"The ban covers every beach on the coast" and "the ban covers most beaches" give one act
two scopes; so do "all passengers" and "nine in ten passengers", "the whole forest" and
"a third of the forest". The citation check (``citation_check.says_opposite``, rule 0 of
:func:`consilience.citation_check.stating_members`) drops the member of the other scope,
through :mod:`consilience.quantifier_scopes`. Two parts ("most" / "four in five"), two
wholes, an approximated number ("some 450 homes") and a noun of another kind stay.

Every sentence is written for this file, about events unlike the held-out sets'.
"""

from __future__ import annotations

import pytest

from consilience import citation_check, quantifier_scopes
from tests.test_citation_check_s16 import _claim, _nodes, _sim


@pytest.fixture(scope="module")
def texts_of(nlp):
    from tests.test_citation_check_s16 import _Texts

    return lambda sentences: _Texts(nlp, sentences)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "The bathing ban covers every beach on the northern coast.",
            "The bathing ban covers most beaches on the northern coast.",
        ),
        (
            "All passengers were taken off the stranded ferry by lifeboat.",
            "Nine in ten passengers were taken off the stranded ferry by lifeboat.",
        ),
        (
            "The whole forest burned before the rain came.",
            "A third of the forest burned before the rain came.",
        ),
        (
            "The court said each of the defendants must pay a fine.",
            "The court said some of the defendants must pay a fine.",
        ),
        (
            "The new timetable applies to all routes in the county.",
            "The new timetable applies to 70% of the county's lines.",
        ),
        (
            "Every school in the district will stay closed on Friday.",
            "Not every school in the district will stay closed on Friday.",
        ),
    ],
)
def test_a_whole_and_a_part_are_no_citation(texts_of, x: str, y: str) -> None:
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "x"), _claim("b", y, "y")
    assert citation_check.says_opposite(a, b, texts)
    assert citation_check.says_opposite(b, a, texts)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "The bathing ban covers most beaches on the northern coast.",
            "Four in five beaches on the northern coast are covered by the ban.",
        ),
        (
            "All passengers were taken off the stranded ferry by lifeboat.",
            "Every passenger was taken off the stranded ferry by lifeboat.",
        ),
        (
            "Some 450 homes were flooded when the river burst its banks.",
            "All the roads out of the village were flooded when the river burst its banks.",
        ),
        (
            "The striking drivers want a pay rise for all staff.",
            "The striking drivers want a pay rise for the staff.",
        ),
        (
            "It was the club's third win of the season.",
            "Every fan in the stadium stood for the winning goal.",
        ),
    ],
)
def test_agreeing_or_unrelated_scopes_are_no_opposite(texts_of, x: str, y: str) -> None:
    """Precision: two parts, two wholes, a number's approximator, a bare noun, an ordinal
    and things of two kinds give no clash."""
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "x"), _claim("b", y, "y")
    assert not citation_check.says_opposite(a, b, texts)
    assert not citation_check.says_opposite(b, a, texts)


def test_the_member_of_the_other_scope_is_dropped(texts_of) -> None:
    sentences = {
        "a": "The bathing ban will apply to most of the coast's beaches from May.",
        "b": "The bathing ban will cover every beach on the coast.",
        "c": "Four in five beaches will be covered by the bathing ban.",
    }
    claims = [_claim(k, s, "cover", "ban") for k, s in sorted(sentences.items())]
    texts = texts_of(sentences)
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), _sim(3, 0.8), texts, 1)
    assert kept == [0, 2]


@pytest.mark.parametrize(
    ("sentence", "noun", "scope"),
    [
        ("Most of the city's bridges were shut.", "bridge", "part"),
        ("Around 80% of the city's bridges were shut.", "bridge", "part"),
        ("Nearly two-thirds of its bridges were shut.", "bridge", "part"),
        ("Three quarters of the bridges were shut.", "bridge", "part"),
        ("A majority of the bridges were shut.", "bridge", "part"),
        ("Nearly all bridges were shut.", "bridge", "part"),
        ("All of the bridges were shut.", "bridge", "all"),
        ("The entire bridge was shut.", "bridge", "all"),
        ("Each bridge was shut.", "bridge", "all"),
    ],
)
def test_scopes_read_from_the_parse(nlp, sentence: str, noun: str, scope: str) -> None:
    found = {(s.noun, s.scope) for s in quantifier_scopes.scopes(nlp(sentence)[:])}
    assert (noun, scope) in found


def test_numbers_and_bare_nouns_have_no_scope(nlp) -> None:
    for sentence in ("Some 450 bridges were shut.", "The bridges were shut.", "40 bridges shut."):
        assert quantifier_scopes.scopes(nlp(sentence)[:]) == [], sentence


def test_nouns_of_one_kind(nlp) -> None:
    assert quantifier_scopes.one_kind("road", "street")
    assert quantifier_scopes.one_kind("beach", "beach")
    assert not quantifier_scopes.one_kind("school", "fan")
