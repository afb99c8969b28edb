"""A figure asked for: the value one side wants, not the value that holds.

"The union wants a starting rate of £14 an hour", "we're asking for £14", "our first
demand is simple: a starting rate of £14 an hour" give the rate a side is after; "the
starting rate is £12.40 an hour" gives the rate paid today. Both are prices per hour, and
a reader of the two would see a false dispute over one property, so a figure wanted is
its own property (:func:`wanted`).

Works on a spaCy parse only; no state.
"""

from __future__ import annotations

#: verbs whose object (or the object of their "for") is a thing wanted, not had: a
#: closed class of English ("wants £14", "asking for £14", "calls for a £14 rate")
WANTING_VERBS = frozenset("want seek demand ask request call push press campaign claim".split())
#: nouns naming what a side wants ("our *demand* is a rate of £14", "a *claim* for £14")
WANTING_NOUNS = frozenset("demand claim ask call target aim goal".split())
#: the mark a wanted figure's property opens with ("wanted price per hour"): never
#: joined to a property that lacks it
WANTED = "wanted "
#: how far up the parse a figure's phrase is followed to its verb
_REACH = 6


def wanted(tok) -> bool:
    """Token ``tok`` (the last token of a figure) stands in a phrase that a verb of
    wanting takes as its object or "for" object (:data:`WANTING_VERBS`), or that names
    a noun of wanting (:data:`WANTING_NOUNS`: "our first *demand* is simple: a rate of
    £14 an hour", through the copula); the walk stops at the first verb that is not one."""
    x = tok
    for _ in range(_REACH):
        head = x.head
        if head is x:
            return False
        if head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in WANTING_VERBS and x.dep_ in ("dobj", "prep", "xcomp"):
                return x.dep_ != "prep" or x.lower_ == "for"
            if head.lemma_ == "be":
                return any(_wanting_noun(c) for c in head.children if c.dep_ == "nsubj")
            return False
        if _wanting_noun(head) and x.dep_ in ("prep", "appos", "attr", "pobj"):
            return True
        x = head
    return False


def _wanting_noun(t) -> bool:
    """``t`` is a noun of wanting (:data:`WANTING_NOUNS`)."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in WANTING_NOUNS
