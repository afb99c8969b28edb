"""Clauses denying one event in other words support one consensus item (session 22).

"There were no arrests", "No arrests have been made" and "Nobody was arrested" deny one
thing; the grouping keeps the verb wording apart from the noun wording, so the item
counted two articles where three agree (the tester's "no injuries" / "No one was injured" /
"nobody was hurt"). ``denial_support.with_same_denials`` joins, per article a group of
denials lacks, an ungrouped clause denying the same concept; never a clause asserting
the act, a denial of another concept, or any clause beside a group that asserts.

Every sentence is written for this file; the widening test fails before the change (the
module did not exist).
"""

from __future__ import annotations

import pytest

from consilience import denial_support
from tests.test_citation_check_s16 import _claim, _nodes

SENTENCES = {
    "a": "There were no arrests after the march through the city centre.",
    "b": "No arrests have been made so far, a police spokesman said.",
    "c": "Nobody was arrested during the protest.",
    "d": "Police arrested two men after the march.",
    "e": "No one was hurt in the crush at the gates.",
}
VERBS = {"a": "be", "b": "make", "c": "arrest", "d": "arrest", "e": "hurt"}


@pytest.fixture(scope="module")
def texts(nlp):
    from tests.test_citation_check_s16 import _Texts

    return _Texts(nlp, SENTENCES)


def _story(keys: str) -> list:
    return _nodes([_claim(k, SENTENCES[k], VERBS[k]) for k in keys])


def test_a_verb_denial_joins_a_noun_denial(texts) -> None:
    nodes = _story("abc")
    assert denial_support.with_same_denials([0, 1], nodes, texts, [[0, 1]]) == [0, 1, 2]


def test_an_assertion_or_another_denial_does_not_join(texts) -> None:
    nodes = _story("abde")
    assert denial_support.with_same_denials([0, 1], nodes, texts, [[0, 1]]) == [0, 1]


def test_nothing_joins_a_group_that_asserts(texts) -> None:
    nodes = _story("dac")
    assert denial_support.with_same_denials([0, 1], nodes, texts, [[0, 1]]) == [0, 1]


def test_a_clause_grouped_elsewhere_stays_there(texts) -> None:
    nodes = _story("abc")
    assert denial_support.with_same_denials([0, 1], nodes, texts, [[0, 1], [2]]) == [0, 1]
