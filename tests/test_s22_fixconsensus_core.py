"""A clause without a copular claim's number, year or name does not state it (session 22).

"The last big flood in the valley was in 1998" says its act in its complement; a clause
of the same group about another flood ("A flood that swept through the valley on
Monday") does not give 1998, so it is no citation of the claim (a false two-article
consensus of the tester's forest-fire story). Clauses giving the complement's figure,
year or name, in whatever words, stay; a copular claim with no number or name in its
complement ("were on strike") is judged as before.

Every sentence is written for this file; the dropping tests fail on the code before the
change.
"""

from __future__ import annotations

import pytest

from consilience import citation_check, core_arguments
from tests.test_citation_check_s16 import _claim, _nodes, _sim


@pytest.fixture(scope="module")
def texts_of(nlp):
    from tests.test_citation_check_s16 import _Texts

    return lambda sentences: _Texts(nlp, sentences)


@pytest.mark.parametrize(
    ("x", "xv", "y", "yv"),
    [
        (
            "The last serious flood in the Aren valley was in 1998.",
            "be",
            "A flood that swept through the Aren valley on Monday cut off two hamlets.",
            "sweep",
        ),
        (
            "The previous record for the crossing was 41 hours.",
            "be",
            "The rowers set off from the harbour at Vigo on Tuesday morning.",
            "set_off",
        ),
        (
            "The winner of the regional prize was Ilse Brandt.",
            "be",
            "The regional prize was handed out at a ceremony in Graz.",
            "hand_out",
        ),
    ],
)
def test_a_clause_lacking_the_complement_is_no_citation(texts_of, x, xv, y, yv) -> None:
    texts = texts_of({"a": x, "b": y})
    claims = [_claim("a", x, xv), _claim("b", y, yv)]
    for first in (0, 1):
        kept = citation_check.stating_members([0, 1], _nodes(claims), _sim(2, 0.8), texts, first)
        assert kept == [first]


@pytest.mark.parametrize(
    ("x", "xv", "y", "yv"),
    [
        (
            "The last serious flood in the Aren valley was in 1998.",
            "be",
            "The valley has not flooded so badly since 1998.",
            "flood",
        ),
        (
            "The new harbour master is Ana Ruiz.",
            "be",
            "The port authority appointed Ana Ruiz as its harbour master.",
            "appoint",
        ),
        (
            "The bridge's main span is 1,400 metres long.",
            "be",
            "The main span of the bridge measures 1,400 metres.",
            "measure",
        ),
        (
            "Bus drivers in the city were on strike on Monday.",
            "be",
            "Bus drivers in the city walked out over pay.",
            "walk_out",
        ),
    ],
)
def test_a_clause_giving_the_complement_stays(texts_of, x, xv, y, yv) -> None:
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, xv), _claim("b", y, yv)
    assert not core_arguments.core_missing(a, b, texts)
    assert not core_arguments.core_missing(b, a, texts)


def test_acts_with_verbs_of_their_own_are_not_judged_here(texts_of) -> None:
    x = "The ferry left the port on Friday."
    y = "The ferry sailed from the port in 2019 with 300 passengers."
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "leave"), _claim("b", y, "sail")
    assert not core_arguments.core_missing(a, b, texts)


def test_a_light_verb_keeps_its_adjuncts_out_of_the_core(texts_of) -> None:
    x = "The city orchestra will give the first performance in March 2027."
    y = "The city orchestra, which will perform the work in March, is based in Kessel."
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "give"), _claim("b", y, "perform")
    assert not core_arguments.core_missing(a, b, texts)
