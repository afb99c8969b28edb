"""Arguments a sentence denies: a place, origin, channel or state it says the act did *not*
have ("found the cocaine in the cooling units, *not among the fruit*", "the ferry sailed
from Tarn *rather than from Ollen*").

    denied_nouns(doc, start, end) -> frozenset of noun lemmas
    argument_nouns(claim, texts) -> frozenset of noun lemmas
    denies_argument(m, a, texts) -> bool

A clause that places an act somewhere while its sentence denies the other place is never
support for a claim that gives that other place; it is its opposite reading. The
comparison is by argument, not by topic: the nouns of the negated prepositional phrase
against the nouns of the prepositional phrases of the other clause, related when they are
one lemma, one WordNet sense, or one a kind of the other ("banana" is a "fruit";
:func:`consilience.same_act.nouns_related`, :func:`consilience.same_act.is_a`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .same_act import is_a, nouns_related

if TYPE_CHECKING:
    from .claim_spans import Texts
    from .model import Claim

#: words before a preposition that make it the rejected alternative ("*rather than* from
#: Ollen", "*instead of* in the hold")
_INSTEAD = frozenset({"rather", "instead"})
#: parts of speech of an argument's nouns
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def _nouns(tok) -> set[str]:
    return {t.lemma_.lower() for t in tok.subtree if t.pos_ in _NOUN_POS}


def _rejected(tok) -> bool:
    """``tok`` (a preposition) heads a phrase the sentence negates: a ``neg`` dependent ("not
    among the fruit") or "rather than" / "instead of" before it."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in _INSTEAD


def denied_nouns(doc, start: int, end: int) -> frozenset[str]:
    """Lemmas of the nouns of the prepositional phrases that the characters ``start:end`` of
    ``doc`` (a sentence) negate or reject (:func:`_rejected`)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    out: set[str] = set()
    for t in span:
        if t.dep_ in ("prep", "pcomp") and t.pos_ == "ADP" and _rejected(t):
            out |= _nouns(t)
    return frozenset(out)


def argument_nouns(c: Claim, texts: Texts) -> frozenset[str]:
    """Lemmas of the nouns in the prepositional phrases of claim ``c``'s clause (where,
    from where, among what: "hidden *among bananas*", "inside *boxes of bananas*"), without
    those of a phrase the clause itself negates."""
    doc = texts.ctx.analysis(c.article).doc
    span = doc.char_span(*texts.clause(c), alignment_mode="expand")
    if span is None:
        return frozenset()
    inside = range(span.start, span.end)
    out: set[str] = set()
    for t in span:
        if t.dep_ == "prep" and t.pos_ == "ADP" and t.head.i in inside and not _rejected(t):
            out |= {x for x in _nouns(t)}
    return frozenset(out)


def related(x: str, y: str) -> bool:
    """Two noun lemmas name one thing or one is a kind of the other."""
    return nouns_related(x, y) or is_a(x, y) or is_a(y, x)


def denies_argument(m: Claim, a: Claim, texts: Texts) -> bool:
    """Whether the sentence of claim ``m`` denies an argument claim ``a``'s clause gives:
    a noun of a negated or rejected prepositional phrase of ``m``'s sentence
    (:func:`denied_nouns`) is related (:func:`related`) to a noun of a prepositional phrase
    of ``a`` (:func:`argument_nouns`) that ``m``'s own clause does not give. The caller
    decides that the two speak of one matter (one claim group, close clauses)."""
    doc = texts.ctx.analysis(m.article).doc
    denied = denied_nouns(doc, *texts.sentence(m))
    if not denied:
        return False
    given = argument_nouns(a, texts) - argument_nouns(m, texts)
    return any(related(x, y) for x in denied for y in given)
