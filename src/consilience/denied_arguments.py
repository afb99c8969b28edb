"""Arguments a sentence denies: a place, origin, channel or state it says the act did *not*
have ("found the cocaine in the cooling units, *not among the fruit*", "the ferry sailed
from Tarn *rather than from Ollen*").

    denied_nouns(doc, start, end) -> frozenset of noun lemmas
    argument_nouns(claim, texts) -> frozenset of noun lemmas
    denied_values(doc, start, end) -> frozenset of numbers and day/month names
    denies_argument(m, a, texts) -> bool

A clause that places an act somewhere while its sentence denies the other place is never
support for a claim that gives that other place; it is its opposite reading. The
comparison is by argument, not by topic: the nouns of the negated prepositional phrase
against the nouns of the prepositional phrases of the other clause, related when they are
one lemma, one WordNet sense, or one a kind of the other ("banana" is a "fruit";
:func:`consilience.same_act.nouns_related`, :func:`consilience.same_act.is_a`).

A figure or date the sentence denies is a denied argument too ("six weeks, *not the two
months* some reports gave", "will run until June, *not March*", "insured for 800,000
euros, *not the 2 million euros* reported", "*rather than* 40"): a noun phrase or number
a negation hangs on, or the object of "rather than" / "instead of"
(:func:`denied_values`, compared as numbers, :func:`consilience.align.numerals`, and as
weekday and month names). A clause giving that figure or date is what the sentence
denies, never what it supports (kind 2 of heldout_s20/judged.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .align import numerals
from .same_act import is_a, nouns_related

if TYPE_CHECKING:
    from .claim_spans import Texts
    from .model import Claim

#: words before a preposition that make it the rejected alternative ("*rather than* from
#: Ollen", "*instead of* in the hold")
_INSTEAD = frozenset({"rather", "instead"})
#: parts of speech of an argument's nouns
_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: day and month names compared as date values (lower case)
_DAY_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
#: parts of speech of a phrase a negation denies as a value (not a verb: "did not rise")
_VALUE_POS = frozenset({"NOUN", "PROPN", "NUM"})
#: dependents of a denied value's noun that are not the value ("the 2 million euros
#: *reported on Thursday*")
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})


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


def values(text: str) -> frozenset[str]:
    """The numbers (:func:`consilience.align.numerals`) and day and month names of
    ``text``."""
    words = {w.strip(".,;:").lower() for w in text.split()}
    return numerals(text) | frozenset(words & _DAY_NAMES)


def _value_phrase(head) -> str:
    """The text of the phrase headed by ``head`` without its clauses (:data:`_CLAUSE_DEPS`)."""
    skip = {x.i for c in head.children if c.dep_ in _CLAUSE_DEPS for x in c.subtree}
    return " ".join(t.text for t in head.subtree if t.i not in skip)


def denied_values(doc, start: int, end: int) -> frozenset[str]:
    """Numbers and day and month names (:func:`values`) of the phrases that the characters
    ``start:end`` of ``doc`` (a sentence) deny: a noun or number phrase with a negation
    ("*not* the 2 million euros", "*not* March", "*not* four as first reported"), or the
    object of "rather than" / "instead of"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    out: set[str] = set()
    for t in span:
        if t.dep_ == "neg" and t.head.pos_ in _VALUE_POS:
            out |= values(_value_phrase(t.head))
        elif t.pos_ == "ADP" and t.lower_ in ("than", "of") and _rejected(t):
            for o in t.children:
                if o.dep_ == "pobj":
                    out |= values(_value_phrase(o))
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
    a figure or date (:func:`_denies_value`), or a noun of a negated or rejected prepositional phrase of ``m``'s sentence
    (:func:`denied_nouns`) is related (:func:`related`) to a noun of a prepositional phrase
    of ``a`` (:func:`argument_nouns`) that ``m``'s own clause does not give. The caller
    decides that the two speak of one matter (one claim group, close clauses)."""
    doc = texts.ctx.analysis(m.article).doc
    if _denies_value(m, a, texts):
        return True
    denied = denied_nouns(doc, *texts.sentence(m))
    if not denied:
        return False
    given = argument_nouns(a, texts) - argument_nouns(m, texts)
    return any(related(x, y) for x in denied for y in given)


def _denies_value(m: Claim, a: Claim, texts: Texts) -> bool:
    """The sentence of ``m`` denies a figure or date (:func:`denied_values`) that ``a``'s
    clause gives and ``m``'s clause does not assert ("five works were taken, *not four*" /
    "four works were taken")."""
    doc = texts.ctx.analysis(m.article).doc
    denied = denied_values(doc, *texts.sentence(m))
    if not denied:
        return False
    text_m, text_a = texts.text(m.article), texts.text(a.article)
    asserted = values(text_m[slice(*texts.clause(m))]) - denied
    return bool(denied & (values(text_a[slice(*texts.clause(a))]) - asserted))
