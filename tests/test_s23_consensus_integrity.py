"""A thing still standing and the same thing brought down are never agreement (issue
#11, session 23, kind 2 of heldout_s22/judged.md: "the spire is still standing" cited
with "tore the spire off the church").

"The bridge survived the flood" / "the flood swept the bridge away"; "the lighthouse
remains intact" / "the storm toppled the lighthouse"; "the clock tower is still standing"
/ "the clock tower collapsed". The citation check (``citation_check.says_opposite``, rule
0 of :func:`consilience.citation_check.stating_members`) drops the member of the other
side, through :mod:`consilience.integrity_states`. Two things, two clauses that agree,
"stands at 5%", "stood down" and negated readings that agree stay.

Every sentence is written for this file, about events unlike the held-out sets'.
"""

from __future__ import annotations

import pytest

from consilience import citation_check, integrity_states
from tests.test_citation_check_s16 import _claim, _nodes, _sim


@pytest.fixture(scope="module")
def texts_of(nlp):
    from tests.test_citation_check_s16 import _Texts

    return lambda sentences: _Texts(nlp, sentences)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "The old lighthouse remains intact after the storm.",
            "The storm toppled the old lighthouse on Tuesday night.",
        ),
        (
            "The clock tower is still standing, officials said.",
            "The clock tower collapsed shortly after the second tremor.",
        ),
        (
            "The Victorian footbridge survived the flood.",
            "The Victorian footbridge was destroyed by the flood.",
        ),
        (
            "Firefighters said the warehouse was not destroyed.",
            "The blaze razed the warehouse before dawn.",
        ),
        (
            "The gale blew the roof off the sports hall.",
            "The roof of the sports hall is still standing.",
        ),
    ],
)
def test_standing_and_brought_down_are_no_citation(texts_of, x: str, y: str) -> None:
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "x"), _claim("b", y, "y")
    assert citation_check.says_opposite(a, b, texts)
    assert citation_check.says_opposite(b, a, texts)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "The storm toppled the old lighthouse on Tuesday night.",
            "The old lighthouse was flattened by the storm on Tuesday night.",
        ),
        (
            "The clock tower is still standing, officials said.",
            "The old clock tower survived the tremors.",
        ),
        (
            "The gale blew the roof off the sports hall.",
            "The sports hall's car park is still standing.",
        ),
        (
            "Unemployment stands at 5% after the closure of the plant.",
            "The closure of the plant destroyed 400 jobs.",
        ),
        (
            "The club's chairman stood down on Monday.",
            "The club's stadium was destroyed by the fire.",
        ),
    ],
)
def test_agreeing_or_unrelated_readings_are_no_opposite(texts_of, x: str, y: str) -> None:
    """Precision: two clauses on one side, two things, "stands at", "stood down"."""
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "x"), _claim("b", y, "y")
    assert not citation_check.says_opposite(a, b, texts)
    assert not citation_check.says_opposite(b, a, texts)


def test_the_member_of_the_other_side_is_dropped(texts_of) -> None:
    sentences = {
        "a": "The storm tore the weathervane off the town hall.",
        "b": "The town hall's weathervane is still standing.",
        "c": "High winds ripped the weathervane off the town hall.",
    }
    claims = [_claim(k, s, "tear", "weathervane") for k, s in sorted(sentences.items())]
    texts = texts_of(sentences)
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), _sim(3, 0.8), texts, 1)
    assert kept == [0, 2]


@pytest.mark.parametrize(
    ("sentence", "theme", "sign"),
    [
        ("The blast razed the warehouse.", "warehouse", -1),
        ("The earthquake toppled the clock tower.", "tower", -1),
        ("Three climbers survived the avalanche.", "climber", 1),
        ("The tower is no longer standing.", "tower", -1),
        ("The old mill was not destroyed.", "mill", 1),
    ],
)
def test_readings_from_the_parse(nlp, sentence: str, theme: str, sign: int) -> None:
    found = {(r.theme, r.sign) for r in integrity_states.integrity(nlp(sentence)[:])}
    assert (theme, sign) in found


def test_no_reading_of_other_predicates(nlp) -> None:
    for sentence in (
        "Inflation stands at 5%.",
        "The mayor stood down on Monday.",
        "The firm cut prices by a tenth.",
        "The record has stood since 2021.",
    ):
        assert integrity_states.integrity(nlp(sentence)[:]) == [], sentence
