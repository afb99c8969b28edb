"""A group completed by the clause of a third article that is its mutual nearest
(session 20, :func:`consilience.align._completes_mutually`).

A small story of our own: a museum board dismisses its director, and the museum's west
wing reopens. Two articles state both; a third says "The board sacked Lena Holt" in a
sentence whose vector sits below the absolute completion floor (``COMPLETE_SENTENCE``)
but nearest the dismissal and far from the reopening. Sentence and clause vectors are
built by hand so that only the completion rule is tested.
"""

from __future__ import annotations

import numpy as np

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, predicate: str, **kw) -> Claim:
    """A hand-built event claim of ``article`` stating ``text``."""
    for role in ("actor", "patient"):
        if kw.get(f"{role}_key") and not kw.get(role):
            kw[role] = kw[f"{role}_key"]
    if kw.get("actor_key"):
        kw.setdefault("actor_keys", [kw["actor_key"]])
    return Claim(article, 0, len(text), text, 0, "main", predicate, predicate, **kw)


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def _story(third: Claim, third_sentence: np.ndarray) -> tuple[list[align.Node], np.ndarray]:
    """Nodes 0-1: the dismissal in a0 and a1; 2-3: the reopening in a0 and a1; 4: ``third``
    of a2 with sentence vector ``third_sentence`` (clause cosine 0.5 to the dismissal,
    0.1 to the reopening)."""
    fired = claim("a0", "The board fired director Lena Holt", "fire", actor_key="board",
                  patient_key="holt")  # fmt: skip
    dismissed = claim("a1", "The museum board dismissed Holt", "dismiss", actor_key="board",
                      patient_key="holt")  # fmt: skip
    opened = claim("a0", "The west wing reopened to visitors", "reopen", actor_key="wing")
    reopens = claim("a1", "Visitors returned to the reopened west wing", "return",
                    actor_key="visitor", patient_key="wing")  # fmt: skip
    sentences = [_unit(1, 0, 0, 0), _unit(1, 0.1, 0, 0), _unit(0, 1, 0, 0), _unit(0, 1, 0.1, 0)]
    nodes = [
        align.Node(c, k % 2, c.article, align._keys(c), v)
        for k, (c, v) in enumerate(zip([fired, dismissed, opened, reopens], sentences, strict=True))
    ]
    nodes.append(align.Node(third, 2, "a2", align._keys(third), third_sentence))
    sim = np.full((5, 5), 0.1)
    np.fill_diagonal(sim, 1.0)
    sim[0, 1] = sim[1, 0] = sim[2, 3] = sim[3, 2] = 0.9
    sim[4, :2] = sim[:2, 4] = 0.5
    return nodes, sim


def _completed(third: Claim, third_sentence: np.ndarray) -> list[list[int]]:
    nodes, sim = _story(third, third_sentence)
    return align._complete([[0, 1], [2, 3]], nodes, sim)


SACKED = claim("a2", "The board sacked Lena Holt", "sack", actor_key="board", patient_key="holt")
#: sentence cosine about 0.55 to the dismissal, about 0.1 to the reopening
NEAR_DISMISSAL = _unit(0.55, 0.1, 0, 0.83)


def test_a_third_article_completes_the_group_it_is_nearest_in_other_words():
    """'sacked' is 'fired' in some WordNet sense; the sentence is nearest the dismissal
    and far from the reopening, though below the absolute floor."""
    assert align.COMPLETE_MUTUAL_SENTENCE <= 0.55 < align.COMPLETE_SENTENCE
    assert _completed(SACKED, NEAR_DISMISSAL) == [[0, 1, 4], [2, 3]]


def test_a_clause_as_near_another_group_completes_neither():
    """A sentence about as close to the reopening as to the dismissal is nobody's mutual
    nearest: it stays out."""
    between = _unit(0.55, 0.53, 0, 0.65)
    assert _completed(SACKED, between) == [[0, 1], [2, 3]]


def test_a_nearest_clause_of_another_act_on_one_participant_stays_out():
    """'The board is cooperating with Holt' speaks of the dismissal's participants but
    states another act: the doer and undergoer it shares are one kind of anchor."""
    other_act = claim("a2", "The board is cooperating with Holt", "cooperate",
                      actor_key="board", patient_key="holt")  # fmt: skip
    assert _completed(other_act, NEAR_DISMISSAL) == [[0, 1], [2, 3]]


def test_a_far_sentence_stays_out_however_related_its_act():
    far = _unit(0.3, 0.05, 0, 0.95)
    assert _completed(SACKED, far) == [[0, 1], [2, 3]]
