"""The opposite reading is never support, and a claim another article denies is no
consensus (issue #11, session 14).

* A clause whose sentence denies an argument of the item ("found the heroin in the ballast
  tanks, *not among the coffee*" beside "heroin hidden among coffee sacks") is dropped from
  the item's citations: it is the other side of a dispute about the place.
* An article outside a group that denies a member's argument, or denies a related act of
  the same doer and undergoer ("the panel has yet to decide whether the painting is a
  forgery" against "the panel declared the painting a forgery"), makes the claim disputed.
* A light verb's particle verb ("gave way") states its act: the check judges it.
* A clause telling the previous occurrence ("the geyser last erupted in 1988") states no
  act told without "last".

Every text is written for this file."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from consilience import align, citation_check, consensus
from consilience.model import Claim


def _claim(article: str, text: str, verb: str, actor=None, patient=None, **kw) -> Claim:
    clause = kw.pop("clause", text)
    start = text.index(clause)
    return Claim(article=article, start=start, end=start + len(clause), text=clause,
                 sentence=0, kind=kw.pop("kind", "main"), predicate=verb, frame=verb,
                 actor_key=actor, patient_key=patient, actor_keys=[actor] if actor else [],
                 **kw)  # fmt: skip


#: an article with no publication time (the state readings read its day)
_UNDATED = type("Article", (), {"published": None})


class _Texts:
    """What the check reads of :class:`consilience.claim_spans.Texts`: each article is the
    one sentence given, the claim's clause a part of it."""

    def __init__(self, nlp, sentences: dict[str, str]):
        docs = {a: nlp(s) for a, s in sentences.items()}
        self.sentences = sentences

        class _Ctx:
            @staticmethod
            def analysis(aid):
                return type("A", (), {"doc": docs[aid], "article": _UNDATED})

        self.ctx = _Ctx()

    @staticmethod
    def clause(c: Claim) -> tuple[int, int]:
        return c.start, c.end

    def sentence(self, c: Claim) -> tuple[int, int]:
        return 0, len(self.sentences[c.article])


def _nodes(claims: list[Claim]) -> list[align.Node]:
    return [align.Node(c, k, c.article, align._keys(c), None, None) for k, c in enumerate(claims)]


def _sim(n: int, cos: float) -> np.ndarray:
    sim = np.full((n, n), cos)
    np.fill_diagonal(sim, 1.0)
    return sim


HIDDEN_A = "Dock police said the heroin was hidden among coffee sacks from Santos."
HIDDEN_B = "The heroin, hidden among sacks of coffee, was found on Friday."
TANKS = "Dock police found the heroin concealed in the ship's ballast tanks, not among the coffee."
TANKS_ONLY = "Dock police found the heroin concealed in the ship's ballast tanks."


def _hidden(sentences: dict[str, str]) -> list[Claim]:
    a = _claim("a", sentences["a"], "hide", None, "heroin", tense="past",
               clause="the heroin was hidden among coffee sacks from Santos")  # fmt: skip
    b = _claim("b", sentences["b"], "hide", None, "heroin", tense="past", kind="reduced",
               clause="The heroin, hidden among sacks of coffee")  # fmt: skip
    c = _claim("c", sentences["c"], "conceal", None, "heroin", tense="past", kind="reduced",
               clause="the heroin concealed in the ship's ballast tanks")  # fmt: skip
    return [a, b, c]


@pytest.fixture(scope="module")
def texts_of(nlp):
    return lambda sentences: _Texts(nlp, sentences)


def test_a_clause_denying_the_place_is_no_citation(texts_of) -> None:
    sentences = {"a": HIDDEN_A, "b": HIDDEN_B, "c": TANKS}
    claims = _hidden(sentences)
    texts = texts_of(sentences)
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), _sim(3, 0.7), texts, 0)
    assert kept == [0, 1]
    assert citation_check.opposite_reading(claims[2], claims[0], texts)


def test_another_place_without_a_denial_stays(texts_of) -> None:
    """Two places that may both hold (sacks inside the tanks) are no opposite reading."""
    sentences = {"a": HIDDEN_A, "b": HIDDEN_B, "c": TANKS_ONLY}
    claims = _hidden(sentences)
    texts = texts_of(sentences)
    assert not citation_check.opposite_reading(claims[2], claims[0], texts)
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), _sim(3, 0.7), texts, 0)
    assert kept == [0, 1, 2]


def test_a_group_an_outside_article_denies_the_place_of_is_disputed(texts_of) -> None:
    sentences = {"a": HIDDEN_A, "b": HIDDEN_B, "c": TANKS}
    claims = _hidden(sentences)
    nodes = _nodes(claims)
    assert consensus.contradicted([0, 1], nodes, _sim(3, 0.6), texts_of(sentences))
    calm = {**sentences, "c": TANKS_ONLY}
    assert not consensus.contradicted([0, 1], _nodes(_hidden(calm)), _sim(3, 0.6), texts_of(calm))
    assert not consensus.contradicted([0, 1], nodes, _sim(3, 0.2), texts_of(sentences))


def test_a_related_act_not_yet_done_disputes_the_deed() -> None:
    declared = _claim("a", "The panel declared the painting a forgery", "declare", "panel",
                      "painting", tense="past", nouns=["panel", "painting", "forgery"])  # fmt: skip
    again = _claim("b", "The expert panel declared the painting a forgery on Monday", "declare",
                   "panel", "painting", tense="past", nouns=["panel", "painting", "forgery"])  # fmt: skip
    pending = _claim("c", "The panel has yet to decide whether the painting is a forgery",
                     "decide", "panel", None, tense="present", negated=True,
                     nouns=["panel", "painting", "forgery"])  # fmt: skip
    other = _claim("d", "The museum has yet to decide whether to sell the painting", "decide",
                   "museum", None, tense="present", negated=True,
                   nouns=["museum", "painting"])  # fmt: skip
    sim = _sim(3, 0.6)
    assert consensus.contradicted([0, 1], _nodes([declared, again, pending]), sim)
    assert not consensus.contradicted([0, 1], _nodes([declared, again, other]), sim)
    plan = dataclasses.replace(pending, modality="hedged")  # "may not decide": open
    assert not consensus.contradicted([0, 1], _nodes([declared, again, plan]), sim)


def test_a_particle_verb_of_a_light_verb_states_its_act() -> None:
    assert citation_check.vague("give")
    assert citation_check.vague("be_in")
    assert not citation_check.vague("give_way")
    assert not citation_check.vague("lay_off")


def test_a_previous_occurrence_is_no_citation(nlp) -> None:
    sentences = {
        "c": "The Varr geyser erupted on Sunday.",
        "d": "The Varr geyser last erupted in 1988.",
    }
    texts = _Texts(nlp, sentences)
    now = _claim("c", sentences["c"], "erupt", "geyser", tense="past")
    then = _claim("d", sentences["d"], "erupt", "geyser", tense="past")
    assert citation_check.previous_occurrence(then, texts)
    assert not citation_check.previous_occurrence(now, texts)
    kept = citation_check.stating_members([0, 1], _nodes([now, then]), _sim(2, 0.8), texts, 0)
    assert kept == [0]
