"""A disputed reading inside an aside, left out so the clause around it can still be stated.

    aside_gap(clause, reading) -> (start, end) | None

Articles that disagree on a figure, a date or a description often give it in an aside set
off from their clause: "The tortoises, *worth about 60,000 pounds in all*, were taken from
the zoo overnight", "Marchetti, *34*, crossed the line", "The reactor (*commissioned in 1974*) was shut down". The aside
describes a noun of the clause; the clause states its act without it ("The tortoises were
taken from the zoo overnight"). This module finds, in the dependency parse, the **aside**
holding a reading: the subtree of a modifier of a noun (:data:`ASIDE_DEPS`: an apposition,
an adjective or participle phrase, a number; not a relative clause, which states a claim of
its own) that punctuation sets off
on both sides (a comma, bracket or dash before it, and one after it or the clause's end),
and returns its characters with the punctuation that sets it off, so that the pieces left
(:func:`consilience.count_cuts.pieces`) join into a clause ("The tortoises" + "were taken
...").

A modifier without such punctuation restricts its noun ("the tortoises *stolen on
Monday*", "the ship *that sank*"): it says which thing the clause is about and is never
cut. The conflict keeps the reading.
"""

from __future__ import annotations

#: dependency labels of a phrase that describes a noun (an apposition, an adjective or
#: participle phrase, a number); a relative clause with its own finite verb states a claim
#: of its own ("ATACMS, *which have a range of 300 km*, will allow ..."): never an aside
ASIDE_DEPS = frozenset({"appos", "amod", "acl", "nummod", "npadvmod", "advmod"})
#: punctuation that opens an aside, and what closes each
_OPENERS = {",": ",", "(": ")", "–": "–", "—": "—", "-": "-"}
#: parts of speech of the noun an aside describes
_NOUNS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def aside_gap(clause, reading) -> tuple[int, int] | None:
    """Characters of the aside (module doc) of the spaCy span ``clause`` that holds every
    token of the spaCy span ``reading``, with the punctuation setting it off; None when no
    aside holds it (the reading is in the clause's own arguments or predicate)."""
    words = [t for t in reading if not t.is_punct]
    if not words:
        return None
    for tok in _modifiers(words[0], clause):
        lo, hi = _extent(tok)
        if not all(lo <= t.i <= hi for t in words):
            continue
        gap = _set_off(clause, lo, hi)
        if gap is not None:
            return gap
    return None


def _modifiers(tok, clause):
    """``tok`` and its ancestors inside ``clause`` that modify a noun (:data:`ASIDE_DEPS`),
    nearest first, up to the clause's root."""
    inside = range(clause.start, clause.end)
    while tok.head.i != tok.i and tok.head.i in inside:
        if tok.dep_ in ASIDE_DEPS and tok.head.pos_ in _NOUNS:
            yield tok
        tok = tok.head


def _extent(tok) -> tuple[int, int]:
    """First and last token index of ``tok``'s subtree, punctuation at its edges left out."""
    sub = [t for t in tok.subtree]
    while len(sub) > 1 and sub[0].is_punct:
        sub = sub[1:]
    while len(sub) > 1 and sub[-1].is_punct:
        sub = sub[:-1]
    return sub[0].i, sub[-1].i


def _set_off(clause, lo: int, hi: int) -> tuple[int, int] | None:
    """Characters of tokens ``lo..hi`` with the punctuation before them and the matching
    punctuation after them (or the clause's end), when both are there; else None."""
    doc = clause.doc
    if lo - 1 < clause.start:
        return None
    before = doc[lo - 1].text
    close = _OPENERS.get(before)
    if close is None:
        return None
    end = hi + 1
    if end >= clause.end or all(t.is_punct for t in doc[end : clause.end]):
        return doc[lo - 1].idx, doc[hi].idx + len(doc[hi].text)
    if doc[end].text != close:
        return None
    return doc[lo - 1].idx, doc[end].idx + len(doc[end].text)
