"""Dates a sentence denies: "expected to run until June, *not March*", "will sail on Friday
*rather than on Thursday*", "*May 2027* was 'a hope, not a plan'".

    denied_date(span) -> Denial | None

A denied date is no event of the timeline and never supports a line that gives it; it is
the reading another source gave, which this sentence rejects. When the sentence names the
date it asserts instead (``Denial.instead``: "June" for "until June, not March"), that date
is this sentence's reading of the act, and the denied one names the act it is about.

The denial is read from the dependency parse only (spaCy's English models): a ``neg``
dependent on the date's token or its preposition ("not March", "not in August"), "rather
than" / "instead of" before it, or the date as the subject of a copula whose attribute is
negated ("May 2027 was a hope, not a plan": the date is said not to be a planned one).
"""

from __future__ import annotations

from typing import NamedTuple

#: words before "than" / "of" that make what follows the rejected alternative
_INSTEAD = frozenset({"rather", "instead"})
#: dependencies joining a denied date to the date asserted beside it ("June, not March":
#: appos; "June and not March": conj; "on Friday rather than on Thursday": prep of one verb)
_ALTERNATIVE_DEPS = frozenset({"appos", "conj", "npadvmod"})
#: prepositions whose negation asserts the date as the earliest ("not until January")
EARLIEST_PREPS = frozenset({"until", "till", "before"})


class Denial(NamedTuple):
    """A date the sentence denies: ``instead`` the token of the date it asserts in its
    place (None when it names none: "May 2027 was a hope, not a plan")."""

    instead: object | None


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _rejected(first) -> bool:
    """The word before ``first`` (a date's first token, or its preposition's) rejects what
    follows: "not" (the parser may hang it on either date of "June, not March"), or "rather
    than" / "instead of"."""
    doc = first.doc
    i = first.i
    if i >= 1 and doc[i - 1].lower_ == "not":
        return True
    return i >= 2 and doc[i - 1].lower_ in ("than", "of") and doc[i - 2].lower_ in _INSTEAD


def _instead_of(tok):
    """The date token asserted beside the denied date head ``tok``: its appositive or
    conjunct head ("June, not March"), the date "than" hangs on ("in 2029 rather than
    2031"), or the nearest date object of a sibling preposition that is not denied ("finish
    in October, not in August"); else None."""
    if tok.dep_ in _ALTERNATIVE_DEPS and _is_date(tok.head):
        return tok.head
    if tok.head.lower_ == "than":
        return tok.head.head if _is_date(tok.head.head) else None
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    objects = [
        obj
        for sib in prep.head.children
        if sib.dep_ == "prep" and sib.i != prep.i and not _rejected(sib)
        for obj in sib.children
        if obj.dep_ == "pobj" and _is_date(obj)
    ]
    return min(objects, key=lambda o: (abs(o.i - tok.i), o.i), default=None)


def _is_date(tok) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def _denied_subject(tok) -> bool:
    """``tok`` is the subject of a copula whose attribute (or a noun beside it) is negated:
    "May 2027 was a hope, not a plan", "Friday is not the deadline"."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    if _negated(verb):
        return True
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        if _negated(attr) or any(_negated(c) for c in attr.children if c.dep_ in _ALTERNATIVE_DEPS):
            return True
    return False


def denied_date(span) -> Denial | None:
    """Whether the sentence of the date ``span`` (a spaCy span) denies it, and which date it
    asserts instead: a :class:`Denial`, or None when the date is not denied."""
    head = span.root
    prep = head.head if head.dep_ == "pobj" and head.head.pos_ == "ADP" else None
    if prep is not None and prep.i != span.start - 1:
        prep = None  # only a preposition right before the date carries its denial
    if prep is not None and prep.lower_ in EARLIEST_PREPS:
        return None  # "not until January", "not before 2028": the date is the earliest
    if _rejected(span[0]) or (prep is not None and _rejected(prep)):
        return Denial(_instead_of(head))
    if _denied_subject(head):
        return Denial(None)
    return None
