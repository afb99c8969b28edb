"""A group completed by its mutual nearest clause when that clause is strongly aligned
with a member though WordNet does not relate the two verbs (session 20,
:func:`consilience.align._states_member`).

Our own story: a museum board removes its director. Two articles say it with "fired" and
"dismissed"; a third says "The board showed Lena Holt the door" -- an idiom no verb sense
joins to "fire", in a clause close to the first article's and a sentence nearest the
dismissal, below the absolute completion floor. The mutual completion asked for one act
or two anchors, so the third article stayed out. Vectors are built by hand.
"""

from __future__ import annotations

import numpy as np

from consilience import align
from consilience.model import Claim

NOUNS = ["board", "director", "holt"]


def claim(article: str, text: str, predicate: str, **kw) -> Claim:
    """A hand-built event claim of ``article`` by the board on Holt."""
    kw.setdefault("nouns", NOUNS)
    return Claim(
        article, 0, len(text), text, 0, "main", predicate, predicate,
        actor="the board", actor_key="board", actor_keys=["board"],
        patient="Holt", patient_key="holt", **kw,
    )  # fmt: skip


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def _completed(third: Claim, clause_cosine: float) -> list[list[int]]:
    """Group [0, 1] (the dismissal) and [2, 3] (a reopening) after completion by
    ``third`` of a2, whose clause has ``clause_cosine`` to the dismissal's clauses."""
    fired = claim("a0", "The board fired director Lena Holt", "fire")
    dismissed = claim("a1", "The museum board dismissed director Holt", "dismiss")
    opened = Claim("a0", 0, 9, "Wing open", 0, "main", "reopen", "reopen", actor_key="wing")
    reopens = Claim("a1", 0, 9, "Wing open", 0, "main", "reopen", "reopen", actor_key="wing")
    sentences = [_unit(1, 0, 0, 0), _unit(1, 0.1, 0, 0), _unit(0, 1, 0, 0), _unit(0, 1, 0.1, 0)]
    claims = [fired, dismissed, opened, reopens]
    nodes = [
        align.Node(c, k % 2, c.article, align._keys(c), v)
        for k, (c, v) in enumerate(zip(claims, sentences, strict=True))
    ]
    nodes.append(align.Node(third, 2, "a2", align._keys(third), _unit(0.55, 0.1, 0, 0.83)))
    sim = np.full((5, 5), 0.1)
    np.fill_diagonal(sim, 1.0)
    sim[0, 1] = sim[1, 0] = sim[2, 3] = sim[3, 2] = 0.9
    sim[4, :2] = sim[:2, 4] = clause_cosine
    return align._complete([[0, 1], [2, 3]], nodes, sim)


SHOWN_THE_DOOR = claim("a2", "The board showed Lena Holt the door", "show")


def test_the_idiom_is_no_act_wordnet_relates_to_firing():
    assert not align.acts_in_some_sense("show", "fire")
    assert not align.same_predicate(SHOWN_THE_DOOR, claim("a0", "fired Holt", "fire"))


def test_a_nearest_clause_strongly_aligned_with_a_member_completes_the_group():
    assert _completed(SHOWN_THE_DOOR, 0.85) == [[0, 1, 4], [2, 3]]


def test_a_nearest_clause_the_pair_test_does_not_admit_stays_out():
    """At a clause cosine below ``PARAPHRASE_COSINE`` the two verbs are not compared at
    all: the strong-pair route adds nothing the pair test would not."""
    assert _completed(SHOWN_THE_DOOR, 0.5) == [[0, 1], [2, 3]]


def test_a_strong_pair_with_the_party_in_another_role_stays_out():
    """'Holt is suing the board' names the board as undergoer where the members name it
    as doer: one party in two roles is two acts, however close the clauses."""
    sues = Claim(
        "a2", 0, 24, "Holt is suing the board", 0, "main", "sue", "sue", nouns=NOUNS,
        actor="Holt", actor_key="holt", actor_keys=["holt"], patient="the board",
        patient_key="board",
    )  # fmt: skip
    assert _completed(sues, 0.85) == [[0, 1], [2, 3]]
