"""Whether another article states a unique candidate's clause in its own words: a
recall-oriented check that does not depend on the consensus alignment gate.

    stated_elsewhere(members, nodes, sim, words) -> bool
    matches(members, nodes, sim, words) -> [(clause, other clause, closeness)]
    told_otherwise(members, nodes, sim) -> bool   # another article gives another figure/date

Each asserting clause of the candidate sentence (not a background clause) is compared with
every clause of every other root article (near-copies count as their original; identity
clauses such as "Head coach X" state no act and are left out) by the embedder's clause
cosine (``sim``), under argument constraints: nothing disagrees (figures, dates, stated
numbers, polarity, opposite predicates: :func:`consilience.align.compatible`) and the two
do not name different actors. The decision is relative: the other clause must be the
closest clause of its article to the candidate clause, and the closest clause of the
candidate's article to that other clause must be in the candidate sentence (mutual best
match). A mutual best match of ``STATED_FLOOR`` or more states the clause elsewhere.

Fit (``python bench/unique_s10_fit.py --cache DIR``, fitted on held-out s5-s8, s9 held
out): ``OVERLAP_WEIGHT`` (a share of shared content words added to the cosine) came out 0
-- the word share did not separate stated-elsewhere candidates from unique ones -- and
``STATED_FLOOR`` 0.5, the lowest floor that drops no gold-unique candidate: on s5-s8 and
s9 no candidate the older tests keep reaches it (their "stated elsewhere" candidates
score 0.18-0.52 against up to 0.56 for true unique ones), so the check adds recall on
clauses the embedder does find close ("more closures will probably follow" / "further
shutdowns were likely") without losing unique facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from . import lexicon
from .align import (
    Node,
    _different_actors,
    compatible,
    dates_agree,
    dates_disagree,
    figures_agree,
    figures_disagree,
    numerals_disagree,
)
from .claim_spans import BACKGROUND_KINDS, Texts
from .opposition import opposed

#: weight of the share of words in common beside the cosine (:func:`closeness`)
OVERLAP_WEIGHT = 0.0
#: a mutual best match this close (:func:`closeness`) states the clause
STATED_FLOOR = 0.5
#: clauses that only say who someone is ("Head coach X"): they state no act to match
IDENTITY_KINDS = frozenset({"title", "appositive"})
#: parts of speech of the words two clauses may share
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
#: verbs that carry no content of their own ("said", "is", "has")
_LIGHT = frozenset({"be", "have", "do", "say", "tell", "add", "make", "get"})


class ClauseWords:
    """Content lemmas of each claim's clause (stop words and light verbs left out),
    with their WordNet part of speech, read from the article's parse."""

    def __init__(self, nodes: Sequence[Node], texts: Texts):
        self._words: dict[int, frozenset[tuple[str, str]]] = {}
        self.nodes, self.texts = nodes, texts

    def of(self, i: int) -> frozenset[tuple[str, str]]:
        """``{(lemma, pos)}`` of claim ``i``'s clause (pos ``"n"``, ``"v"`` or ``"a"``)."""
        if i not in self._words:
            c = self.nodes[i].claim
            doc = self.texts.ctx.analysis(c.article).doc
            span = doc.char_span(c.start, c.end, alignment_mode="expand") or ()
            self._words[i] = frozenset(
                (t.lemma_.lower(), _wn_pos(t.pos_))
                for t in span
                if t.pos_ in _CONTENT
                and not t.is_stop
                and (t.is_alpha or t.like_num)
                and t.lemma_.lower() not in _LIGHT
            )
        return self._words[i]


def _wn_pos(pos: str) -> str:
    return {"VERB": "v", "ADJ": "a"}.get(pos, "n")


@lru_cache(maxsize=65536)
def _related(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """One lemma, or WordNet synonyms of one part of speech among the first senses, or a
    noun and the verb WordNet derives it from ("increase" / "increased")."""
    if a[0] == b[0]:
        return True
    if a[1] == b[1]:
        return lexicon.same_sense(a[0], b[0], a[1], first=2)
    noun, verb = (a, b) if a[1] == "n" else (b, a)
    return verb[1] == "v" and verb[0] in lexicon.verbs_of(noun[0])


def overlap(i: int, j: int, nodes: Sequence[Node], words: ClauseWords) -> float:
    """Share (0..1) of clause ``i``'s content words that clause ``j`` has too (the same
    lemma, a WordNet synonym, a noun and its verb: :func:`_related`); an entity both name
    or a figure or date both give counts as one more shared word of ``i``."""
    a, b = nodes[i].claim, nodes[j].claim
    mine, theirs = words.of(i), words.of(j)
    hits = sum(1 for x in mine if any(_related(x, y) for y in theirs))
    extra = bool(set(a.entities) & set(b.entities)) + figures_agree(a, b) + dates_agree(a, b)
    return (hits + extra) / (len(mine) + extra) if mine or extra else 0.0


def closeness(i: int, j: int, nodes: Sequence[Node], sim: np.ndarray, words: ClauseWords) -> float:
    """How closely clause ``j`` states clause ``i``: their cosine plus ``OVERLAP_WEIGHT``
    times the share of ``i``'s words ``j`` has (:func:`overlap`); -1 when something in
    them disagrees (:func:`constrained`)."""
    if not constrained(i, j, nodes):
        return -1.0
    if not OVERLAP_WEIGHT:
        return float(sim[i, j])
    return float(sim[i, j]) + OVERLAP_WEIGHT * overlap(i, j, nodes, words)


def constrained(i: int, j: int, nodes: Sequence[Node]) -> bool:
    """Nothing in clauses ``i`` and ``j`` disagrees (:func:`consilience.align.compatible`)
    and they do not name two different actors."""
    a, b = nodes[i].claim, nodes[j].claim
    return compatible(a, b) and not _different_actors(a, b)


def asserting(members: Sequence[int], nodes: Sequence[Node]) -> list[int]:
    """The clauses of a sentence that assert its news: not background clauses (relative,
    appositive, reduced, participial), not headings."""
    return [
        i
        for i in members
        if nodes[i].claim.kind not in BACKGROUND_KINDS and not nodes[i].claim.heading
    ]


def best_match(
    i: int, pool: Sequence[int], nodes: Sequence[Node], sim: np.ndarray, words: ClauseWords
) -> tuple[int, float] | None:
    """``(j, closeness)`` of the clause of ``pool`` that states clause ``i`` most closely
    (:func:`closeness`); None when every one disagrees with it."""
    best: tuple[int, float] | None = None
    for j in pool:
        score = closeness(i, j, nodes, sim, words)
        if score >= 0 and (best is None or score > best[1]):
            best = (j, score)
    return best


def matches(
    members: Sequence[int], nodes: Sequence[Node], sim: np.ndarray, words: ClauseWords
) -> list[tuple[int, int, float]]:
    """``(clause, other clause, closeness)`` per asserting clause of the sentence
    (``members``, claim indices) and per other root article holding a mutual best match
    of it (:func:`best_match` both ways: ``j`` is the closest clause of its article to
    ``i``, and the closest clause of ``i``'s article to ``j`` is a clause of the same
    sentence)."""
    root = nodes[members[0]].root
    mine = [k for k, n in enumerate(nodes) if n.root == root]
    by_root: dict[str, list[int]] = {}
    for k, n in enumerate(nodes):
        if n.root != root and n.claim.kind not in IDENTITY_KINDS:
            by_root.setdefault(n.root, []).append(k)
    out = []
    for i in asserting(members, nodes) or list(members):
        for pool in by_root.values():
            found = best_match(i, pool, nodes, sim, words)
            if found is None:
                continue
            back = best_match(found[0], mine, nodes, sim, words)
            if back is not None and back[0] in members:
                out.append((i, found[0], found[1]))
    return out


def stated_elsewhere(
    members: Sequence[int],
    nodes: Sequence[Node],
    sim: np.ndarray,
    words: ClauseWords,
    floor: float = STATED_FLOOR,
) -> bool:
    """Whether another root article states an asserting clause of the sentence
    ``members``: a mutual best match (:func:`matches`) of closeness ``floor`` or more, or
    tells it with another figure or date (:func:`told_otherwise`)."""
    if any(score >= floor for _i, _j, score in matches(members, nodes, sim, words)):
        return True
    return told_otherwise(members, nodes, sim)


#: clause cosine at which another article's clause giving another figure or date of the
#: same doer tells one fact another way (:func:`told_otherwise`); above :data:`STATED_FLOOR`
#: since no agreeing argument backs it: heldout_s20's "The next downhill is in Lake Mora on
#: Saturday" / "The circuit moves to Lake Mora for a downhill next Friday" score 0.80,
#: heldout_s21's savings "around 150 million crowns" / "about 180 million crowns" 0.69
OTHER_READING_FLOOR = 0.65


def _reading_apart(a, b) -> bool:
    """Two clauses that disagree in a figure, stated number or date and in nothing else
    (polarity, tense, predicates: :func:`consilience.opposition.opposed`), and name no two
    actors."""
    if _different_actors(a, b) or a.negated != b.negated or a.superseded != b.superseded:
        return False
    if opposed(a, b):
        return False
    return figures_disagree(a, b) or numerals_disagree(a, b) or dates_disagree(a, b)


def told_otherwise(members: Sequence[int], nodes: Sequence[Node], sim: np.ndarray) -> bool:
    """Whether another root article tells an asserting clause of the sentence ``members``
    with another figure or date (:func:`_reading_apart`): the two clauses are each other's
    closest of their articles (clause cosine ``sim``) at :data:`OTHER_READING_FLOOR` or
    more. Such a sentence is one reading of a disagreement, never a unique fact, whether or
    not the conflict stages found it (kind 4 of heldout_s21/judged.md: two savings figures
    shown as two unique lines)."""
    root = nodes[members[0]].root
    mine = [k for k, n in enumerate(nodes) if n.root == root]
    for i in asserting(members, nodes) or list(members):
        for j, n in enumerate(nodes):
            if n.root == root or float(sim[i, j]) < OTHER_READING_FLOOR:
                continue
            if not _reading_apart(nodes[i].claim, n.claim):
                continue
            pool = [k for k, m in enumerate(nodes) if m.root == n.root]
            if max(pool, key=lambda k: (float(sim[i, k]), -k)) != j:
                continue
            if max(mine, key=lambda k: (float(sim[j, k]), -k)) in members:
                return True
    return False
