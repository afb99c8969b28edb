"""Clauses that deny one event in other words support one consensus item.

    with_same_denials(group, nodes, texts, groups) -> group widened

"There have been no injuries", "No injuries have been reported", "No one was injured",
"nobody was hurt": four outlets deny one thing, two with a noun under "no", two with a verb
under a negative subject. The grouping (:func:`consilience.align.claim_groups`) keeps the
two wordings apart (their predicates, "be" / "report" against "injure", and their
arguments differ), so the item counts two articles where four agree. A group all of whose
members deny a word (:func:`consilience.denied_matter.polar_words`, sign -1, not a
decision about what is to come; or a noun under "no": "*no injuries* have been reported") is joined, for each article it lacks, by the first claim in
no group of its own that states an event and denies the same concept: one lemma, a
synonym, a noun and its verb (:func:`consilience.denied_matter.concept_match`: "injury" /
"injure"), the verb read through its frame too (:data:`consilience.claims.FRAMES`: "hurt"
-> "injure"). Nothing is joined to a group whose members assert what they say (a denial
needs every member to deny); the citation check and the counts of
:mod:`consilience.consensus` then judge the widened group as any other.
"""

from __future__ import annotations

import weakref

from .align import Node
from .claim_spans import Texts
from .denied_matter import concept_match, polar_words
from .model import Claim

#: per story's ``texts``: claim key -> its denied words, computed once
_MEMO: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _denied(c: Claim, texts: Texts) -> frozenset[tuple[str, str]]:
    """``(lemma, WordNet pos)`` of the words ``c``'s clause denies (not what it rules out
    for later), the predicate also by its frame; computed once per claim and story."""
    store = _MEMO.setdefault(texts, {})
    key = (c.article, c.start, c.end, c.predicate)
    if key not in store:
        store[key] = _denied_words(c, texts)
    return store[key]


def _denied_words(c: Claim, texts: Texts) -> frozenset[tuple[str, str]]:
    """:func:`_denied` computed."""
    analysis = texts.ctx.analysis(c.article)
    out = set()
    for w in polar_words(analysis, c):
        if w.sign < 0 and not w.prospective and not w.expected:
            out.add((w.lemma, w.pos))
            if w.pos == "v" and w.lemma == c.predicate and c.frame:
                out.add((c.frame, "v"))
    span = analysis.doc.char_span(c.start, c.end, alignment_mode="expand")
    for t in span if span is not None else ():
        if t.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in t.children):
            out.add((t.lemma_.lower(), "n"))  # "*No injuries* have been reported"
    return frozenset(out)


def _meet(x: frozenset[tuple[str, str]], y: frozenset[tuple[str, str]]) -> bool:
    """Whether some denied word of ``x`` and some of ``y`` name one concept."""
    return any(concept_match(a, ap, b, bp) or concept_match(b, bp, a, ap)
               for a, ap in x for b, bp in y)  # fmt: skip


def with_same_denials(
    group: list[int], nodes: list[Node], texts: Texts, groups: list[list[int]]
) -> list[int]:
    """``group`` (indices into ``nodes``) with, per article it lacks, the first ungrouped
    event claim denying the concept every member denies (module docstring); sorted."""
    denied = [_denied(nodes[i].claim, texts) for i in group]
    if not denied or not all(denied):
        return group
    have = {nodes[i].claim.article for i in group}
    grouped = {i for g in groups for i in g}
    added: dict[str, int] = {}
    for k, node in enumerate(nodes):
        c = node.claim
        if k in grouped or c.article in have or c.article in added:
            continue
        if c.dangling or c.heading or c.role != "event":
            continue
        mine = _denied(c, texts)
        if mine and all(_meet(mine, d) for d in denied):
            added[c.article] = k
    return sorted(group + list(added.values()))
