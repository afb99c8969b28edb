"""A contradiction of a clause nested in a member is not one of the member's act (issue
#11, session 18, kind 3 of heldout_s17/judged.md).

"Rovers came from behind to beat Ashby in the cup final, *scoring a penalty in the last
minute*" and another article's "Rovers did not score a penalty in the final": the penalty
is disputed, the win is not. The nested participle clause is what the other article
contradicts (:func:`consilience.consensus.contradictions` returns its span), and the
claim is consensus without it; a contradiction of the member's own act still makes the
whole claim disputed.

Every text is written for this file; the first test fails on the code before the change.
"""

from __future__ import annotations

import numpy as np
import pytest

from consilience import align, consensus
from consilience.model import Claim

WON = (
    "Rovers came from behind to beat Ashby in the cup final, scoring a penalty in the last minute."
)
WON_TOO = "Rovers beat Ashby in the cup final on Sunday."
NO_PENALTY = "Rovers did not score a penalty in the final."
LOST = "Rovers did not beat Ashby in the cup final."


def _claim(article: str, text: str, verb: str, clause: str, **kw) -> Claim:
    start = text.index(clause)
    return Claim(article=article, start=start, end=start + len(clause), text=clause,
                 sentence=0, kind=kw.pop("kind", "main"), predicate=verb, frame=verb,
                 actor_key="rovers", actor_keys=["rovers"], tense="past", **kw)  # fmt: skip


def _nodes(claims: list[Claim]) -> list[align.Node]:
    return [align.Node(c, k, c.article, align._keys(c), None, None) for k, c in enumerate(claims)]


def _story(outside: Claim) -> list[Claim]:
    nouns = ["rovers", "ashby", "final", "penalty", "minute"]
    return [
        _claim("a", WON, "come", WON, patient_key="ashby", nouns=nouns),
        _claim("b", WON_TOO, "beat", WON_TOO, patient_key="ashby", nouns=["ashby", "final"]),
        _claim(
            "a",
            WON,
            "score",
            "scoring a penalty in the last minute",
            patient_key="penalty",
            nouns=["penalty", "minute"],
            kind="participle",
        ),  # fmt: skip
        outside,
    ]


def test_a_contradicted_nested_clause_is_cut_not_the_claim() -> None:
    denial = _claim("c", NO_PENALTY, "score", NO_PENALTY, patient_key="penalty",
                    nouns=["penalty", "final"], negated=True)  # fmt: skip
    nodes = _nodes(_story(denial))
    sim = np.full((4, 4), 0.7)
    assert not consensus.contradicted([0, 1], nodes, sim, texts=_NoTexts())
    whole, parts = consensus.contradictions([0, 1], nodes, sim, texts=_NoTexts())
    nested = nodes[2].claim
    assert not whole and parts == [("a", nested.start, nested.end)]


def test_a_contradiction_of_the_act_itself_stays_whole() -> None:
    denial = _claim("c", LOST, "beat", LOST, patient_key="ashby", nouns=["ashby", "final"],
                    negated=True)  # fmt: skip
    nodes = _nodes(_story(denial))
    sim = np.full((4, 4), 0.7)
    assert consensus.contradictions([0, 1], nodes, sim, texts=_NoTexts()) == (True, [])


class _NoTexts:
    """Texts of sentences that deny no argument (the opposite reading is not tested)."""


@pytest.fixture(autouse=True)
def _no_opposite_reading(monkeypatch) -> None:
    monkeypatch.setattr(consensus, "opposite_reading", lambda c, o, texts: False)
