"""The opposite of a claim is never its citation (issue #11, session 16).

A consensus item cites only clauses that state it. A clause of the same group that says
the opposite -- an opposite word of one bearer ("found alive" / "found dead"), a word one
clause denies and the other asserts ("made no arrests" / "arrested a teenager"), one state of
one thing with the opposite polarity ("stayed shut" / "was opened") -- is the other side
of a dispute, for the conflicts, and the check (``citation_check.says_opposite``, rule
0 of :func:`consilience.citation_check.stating_members`) drops it. Agreeing negations ("no
one was hurt" / "nobody was injured") stay.

Every sentence is written for this file; each test fails on the code before the change.
"""

from __future__ import annotations

import numpy as np
import pytest

from consilience import align, citation_check
from consilience.model import Claim


def _claim(article: str, text: str, verb: str, actor=None, patient=None, **kw) -> Claim:
    return Claim(article=article, start=0, end=len(text), text=text, sentence=0,
                 kind=kw.pop("kind", "main"), predicate=verb, frame=verb,
                 actor_key=actor, patient_key=patient, actor_keys=[actor] if actor else [],
                 tense=kw.pop("tense", "past"), **kw)  # fmt: skip


#: an article with no publication time (the state readings read its day)
_UNDATED = type("Article", (), {"published": None})


class _Texts:
    """What the check reads of :class:`consilience.claim_spans.Texts`: each article one
    sentence, the claim's clause the whole of it."""

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


@pytest.fixture(scope="module")
def texts_of(nlp):
    return lambda sentences: _Texts(nlp, sentences)


ALIVE = "The two missing cavers were found alive in the lower chamber."
ALIVE_TOO = "Both missing cavers were brought out alive from the lower chamber."
DEAD = "The two missing cavers were found dead in the lower chamber."


def _cavers(sentences: dict[str, str]) -> list[Claim]:
    verbs = {"a": "find", "b": "bring_out", "c": "find"}
    return [_claim(k, s, verbs[k], None, "caver") for k, s in sorted(sentences.items())]


def test_an_opposite_state_of_one_bearer_is_no_citation(texts_of) -> None:
    sentences = {"a": ALIVE, "b": ALIVE_TOO, "c": DEAD}
    claims = _cavers(sentences)
    texts = texts_of(sentences)
    assert citation_check.says_opposite(claims[2], claims[0], texts)
    assert not citation_check.says_opposite(claims[1], claims[0], texts)
    kept = citation_check.stating_members([0, 1, 2], _nodes(claims), _sim(3, 0.8), texts, 0)
    assert kept == [0, 1]


def test_a_denied_word_against_the_same_word_asserted_is_no_citation(texts_of) -> None:
    sentences = {
        "a": "Police arrested a teenager over the fire at the Kelso bus depot.",
        "b": "Detectives have made no arrests over the fire at the Kelso bus depot.",
    }
    arrested = _claim("a", sentences["a"], "arrest", "police", "teenager")
    none = _claim("b", sentences["b"], "make", "detective", "arrest", tense="present")
    texts = texts_of(sentences)
    assert citation_check.says_opposite(none, arrested, texts)
    kept = citation_check.stating_members([0, 1], _nodes([arrested, none]), _sim(2, 0.8), texts, 0)
    assert kept == [0]


def test_one_state_with_the_opposite_polarity_is_no_citation(texts_of) -> None:
    sentences = {
        "a": "The flood barrier at Penhallow was closed on Friday night.",
        "b": "The flood barrier at Penhallow was not closed on Friday night.",
    }
    shut = _claim("a", sentences["a"], "close", None, "barrier")
    open_ = _claim("b", sentences["b"], "close", None, "barrier", negated=True)
    texts = texts_of(sentences)
    assert citation_check.says_opposite(open_, shut, texts)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Nobody was hurt in the warehouse blaze.", "No one was injured in the warehouse blaze."),
        (ALIVE, ALIVE_TOO),
        (
            "The Orme stadium, which opened in 2009, will remain closed until further notice.",
            "The Orme stadium will stay closed until further notice.",
        ),
        (
            "The council approved the new cycle lanes on Tuesday.",
            "Councillors voted on Tuesday to approve the new cycle lanes.",
        ),
    ],
)
def test_clauses_that_agree_are_no_opposite_reading(texts_of, x: str, y: str) -> None:
    texts = texts_of({"a": x, "b": y})
    a, b = _claim("a", x, "x"), _claim("b", y, "y")
    assert not citation_check.says_opposite(a, b, texts)
    assert not citation_check.says_opposite(b, a, texts)
