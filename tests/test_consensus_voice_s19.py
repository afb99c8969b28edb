"""Consensus item texts in the reporter's voice, without a leading complementiser (issue
#11, session 19, kind 11 of heldout_s18/judged.md).

A statement's own first person ("a pump at *our* Kell station failed") is the party's
voice, not the story's: when another member states the claim in the third person, the
item shows that member (:func:`consilience.consensus._by_voice`). A clause taken from
"We can confirm *that* ..." loses its "that" (:func:`consilience.consensus.
without_complementiser`).

Every sentence is written for this file; each test fails on the code before the change.
"""

from __future__ import annotations

import pytest

from consilience import consensus
from consilience.model import Claim


@pytest.mark.parametrize(
    ("sentence", "clause", "shown"),
    [
        (
            "The trust can confirm that the Elm Street ward will close on Friday.",
            "that the Elm Street ward will close on Friday",
            "the Elm Street ward will close on Friday",
        ),
        (
            "The band can confirm that lead singer Tom Avery has left the group.",
            "that lead singer Tom Avery has left the group",
            "lead singer Tom Avery has left the group",
        ),
        (
            "Officials announced that two ferries had been withdrawn from the Tarne route.",
            "that two ferries had been withdrawn from the Tarne route",
            "two ferries had been withdrawn from the Tarne route",
        ),
    ],
)
def test_a_leading_that_is_left_out(nlp, sentence: str, clause: str, shown: str) -> None:
    doc = nlp(sentence)
    s = sentence.index(clause)
    got = consensus.without_complementiser(doc, sentence, (s, s + len(clause)))
    assert sentence[slice(*got)] == shown


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("That plan failed in March.", "That plan failed in March"),
        ("Nobody trusted that lead singer.", "that lead singer"),
        ("Nobody knows whether the pier will reopen.", "whether the pier will reopen"),
    ],
)
def test_a_demonstrative_or_another_subordinator_stays(nlp, sentence: str, clause: str) -> None:
    doc = nlp(sentence)
    s = sentence.index(clause)
    got = consensus.without_complementiser(doc, sentence, (s, s + len(clause)))
    assert got == (s, s + len(clause))


class _Texts:
    """The two attributes of :class:`consilience.claim_spans.Texts` that ``_by_voice``
    reads: ``ctx.analysis(article).doc``."""

    def __init__(self, docs: dict):
        self.ctx = self
        self._docs = docs

    def analysis(self, article: str):
        return type("A", (), {"doc": self._docs[article]})()


def test_a_first_person_member_is_shown_last(nlp) -> None:
    release = "At 06:10 a pump at our Kell station failed and the town lost water."
    wire = "A pump at the Kell station failed, the water company said."
    docs = {"r": nlp(release), "w": nlp(wire)}
    mine = "a pump at our Kell station failed"
    theirs = "A pump at the Kell station failed"
    claims = [
        Claim("r", release.index(mine), release.index(mine) + len(mine), mine, 0, "main",
              "fail", "fail"),
        Claim("w", 0, len(theirs), theirs, 0, "main", "fail", "fail"),
    ]  # fmt: skip
    nodes = [type("N", (), {"claim": c})() for c in claims]
    found = [(0, (claims[0].start, claims[0].end)), (1, (0, len(theirs)))]
    order = consensus._by_voice(found, nodes, _Texts(docs))
    assert [i for i, _ in order] == [1, 0]
