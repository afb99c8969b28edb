"""An article's own earlier report that it now sets right: a corrections column's "We said
six fire engines attended. Ten fire engines attended.", "We gave the year the scheme began
as 2021. It began in 2031.", "An earlier version of this article stated that the mayor had
resigned." What such a clause reports is what the outlet no longer says, so it is none of
the article's readings: its figures and dates are read by nobody, and its claims are
history (``Claim.superseded``), never a side of a conflict nor support of agreement.

    retracting_verb(tok) -> Token | None   # the reporting verb that retracts tok, if any
    retracted(doc, start, end) -> bool      # the characters start:end are retracted

A clause is **retracted** when a reporting verb (:data:`REPORT_VERBS`) in the simple past,
not negated, governs it as what it told (a clause, an "as" phrase: :func:`_told`; the verb
itself, or an ancestor of it within the sentence) and its subject is the writer's own "we"
(never "We have reported the incident to the police", a current act, nor "we reported the
leak to the council", an act of telling someone), or a noun of the outlet's
earlier text (:data:`EARLIER_TEXTS`: "version", "article", "report", "caption"...) marked
as earlier ("earlier", "previous", "original", "first") or as the writer's own ("this",
"our"). Words inside quotation marks are someone else's: "We said 400 jobs would go," the
chief executive said is the speaker's, not the outlet's, and is never retracted here.
"""

from __future__ import annotations

from functools import lru_cache

from .quote_marks import quotation_spans

#: verbs by which an outlet tells what it printed before: "We said", "we reported", "we
#: wrote", "We gave the year as 2021", "we described him as", "we misstated"
REPORT_VERBS = frozenset({
    "say", "report", "write", "state", "give", "describe", "put", "print", "publish",
    "claim", "suggest", "call", "name", "list", "misstate", "misreport", "quote", "refer",
})  # fmt: skip
#: nouns of an outlet's own earlier text: "An earlier version of this article said"
EARLIER_TEXTS = frozenset({
    "version", "article", "report", "story", "edition", "caption", "headline", "piece",
    "item", "graphic", "post", "bulletin",
})  # fmt: skip
#: words that mark such a noun as the earlier or the writer's own text
_EARLIER_MARKS = frozenset({"earlier", "previous", "original", "first", "this", "our"})
_SUBJECTS = ("nsubj", "nsubjpass")


def retracting_verb(tok):
    """The reporting verb by which the article retracts the clause holding ``tok`` (a spaCy
    token), walking up its heads within the sentence; None when no such verb governs it
    (see the module docstring). Quotation marks are not checked here (:func:`retracted`)."""
    below, node = None, tok
    for _ in range(40):
        if _retracts(node, below):
            return node
        if node.head is node:
            return None
        below, node = node, node.head
    return None


def _retracts(verb, below) -> bool:
    """``verb`` is a reporting verb in the simple past, not negated, whose subject is the
    writer's "we" or its earlier text, and ``below`` (the child of ``verb`` on the way
    from the word read, or None for the verb itself) is what it told (:func:`_told`)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    kids = list(verb.children)
    if verb.tag_ != "VBD" or any(c.dep_ == "neg" for c in kids):
        return False  # "We have reported the incident to the police": a current act
    if not any(c.dep_ in _SUBJECTS and _own_earlier(c) for c in kids):
        return False
    if below is None:
        return any(_told(verb, c) for c in kids)
    return _told(verb, below)


def _told(verb, child) -> bool:
    """``child`` of the reporting ``verb`` is the content it told: a clause ("We said
    [that] six engines attended"), an "as" phrase ("gave the year *as 2021*"), or an object
    beside such a phrase or of a verb of saying ("We said *400*"); never the object of an
    act of reporting something to someone ("We reported the leak to the police")."""
    if child.dep_ in ("ccomp", "xcomp", "parataxis"):
        return True
    if child.dep_ == "prep" and child.lower_ == "as":
        return True
    if child.dep_ != "dobj":
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "dative")}
    if "to" in preps:
        return False
    return "as" in preps or verb.lemma_.lower() in _SAYING


#: verbs whose object is what was said ("We said 400 were destroyed" parsed as an object)
_SAYING = frozenset({"say", "write", "state", "claim", "suggest", "misstate", "misreport"})


def _own_earlier(subject) -> bool:
    """``subject`` is the writer ("we") or a noun of its own earlier text ("An earlier
    version of this article", "our report", "the original caption")."""
    if subject.lower_ == "we":
        return True
    if subject.lemma_.lower() not in EARLIER_TEXTS:
        return False
    marks = {t.lower_ for t in subject.subtree}
    return bool(marks & _EARLIER_MARKS)


def retracted(doc, start: int, end: int) -> bool:
    """The characters ``start:end`` of the analysed article ``doc`` stand in a clause the
    article retracts (see the module docstring) and outside every quotation of its text."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or retracting_verb(span.root) is None:
        return False
    return not any(a <= start and end <= b for a, b in _quoted(doc.text))


@lru_cache(maxsize=64)
def _quoted(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(quotation_spans(text))
