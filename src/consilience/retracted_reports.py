"""An article's own earlier report that it now sets right: a corrections column's "We said
six fire engines attended. Ten fire engines attended.", "We gave the year the scheme began
as 2021. It began in 2031.", "An earlier version of this article stated that the mayor had
resigned." What such a clause reports is what the outlet no longer says, so it is none of
the article's readings: its figures and dates are read by nobody, and its claims are
history (``Claim.superseded``), never a side of a conflict nor support of agreement.

    retracting_verb(tok) -> Token | None   # the reporting verb that retracts tok, if any
    retracted(doc, start, end) -> bool      # the characters start:end are retracted

A clause is **retracted** when a reporting verb (:data:`REPORT_VERBS`) in the simple past
governs it as what it told (a clause, an "as" phrase: :func:`_told`; the verb itself, or an
ancestor of it within the sentence, never across a contrasting conjunct: "We said six
attended, but in fact ten attended" keeps the ten) and its subject is the outlet's own:

- a noun of its own text (:data:`EARLIER_TEXTS`) that the writer owns: "our report",
  "this article", "An earlier version of this story" (never "this report, commissioned by
  the council", "the original report by the river inspectors": someone else's);
- in an article that corrects itself (:func:`corrects_itself`: "Correction:", "we
  apologise", "incorrectly", "an earlier version"...) or a sentence that does ("..., but in
  fact ten attended"), the writer's "we" or a text with no other owner ("A report on
  harbour fees (10 May, page 9) said ...").

A police statement's or a company's "We said in March that 200 jobs were at risk" is no
correction, and never "We have reported the incident to the police" (a current act) nor
"we reported the leak to the council" (an act of telling someone). The writer's negated
report ("We never said six engines attended") is no reading of six either. Words inside
quotation marks are someone else's: "We said 400 jobs would go," the chief executive said
is the speaker's, not the outlet's, and is never retracted here.
"""

from __future__ import annotations

import re
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
#: the texts "this" makes the writer's own ("this article"; "this report" may be anyone's)
_OWN_WITH_THIS = EARLIER_TEXTS - {"report", "version", "edition"}
_SUBJECTS = ("nsubj", "nsubjpass")
#: words by which an article sets its own earlier text right
_CORRECTING = re.compile(
    r"\b(?:corrections?|clarifications?|we (?:apologi[sz]e|regret)|incorrectly|wrongly|"
    r"mistakenly|erroneously|in error|(?:earlier|previous) version|misstated|misreported|"
    r"should have (?:said|read|stated))\b",
    re.I,
)
#: conjunctions that set a conjunct against what was retracted ("..., but in fact ten")
_CONTRASTS = frozenset({"but", "yet", "whereas", "while", "though", "although"})


def retracting_verb(tok):
    """The reporting verb by which the article retracts the clause holding ``tok`` (a spaCy
    token), walking up its heads within the sentence; None when no such verb governs it
    (see the module docstring). Quotation marks are not checked here (:func:`retracted`)."""
    below, node = None, tok
    for _ in range(40):
        if _retracts(node, below):
            return node
        if node.head.i == node.i or _contrasted(node):
            return None
        below, node = node, node.head
    return None


def _contrasted(conjunct) -> bool:
    """``conjunct`` is set against the clause it joins: "but", "yet" ... before it, or "in
    fact", "actually" inside it ("We said six attended, but in fact ten attended")."""
    if conjunct.dep_ != "conj":
        return False
    words = {t.lower_ for t in conjunct.head.children if t.dep_ == "cc"}
    words |= {t.lower_ for t in conjunct.children if t.dep_ in ("cc", "advmod", "prep")}
    words |= {t.lower_ for t in conjunct.children if t.dep_ == "prep" for t in t.children}
    return bool(words & _CONTRASTS) or bool(words & {"actually", "fact", "really"})


def _retracts(verb, below) -> bool:
    """``verb`` is a reporting verb in the simple past, not negated, whose subject is the
    writer's "we" or its earlier text, and ``below`` (the child of ``verb`` on the way
    from the word read, or None for the verb itself) is what it told (:func:`_told`)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    kids = list(verb.children)
    if not _past(verb, kids):
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


def _past(verb, kids) -> bool:
    """``verb`` tells in the simple past ("We said"), or denies having told ("We never
    said", "we did not report"): either way what it governs is no reading of the outlet."""
    if verb.tag_ == "VBD":
        return True
    did = any(c.dep_ == "aux" and c.lower_ in ("did", "never") for c in kids)
    return verb.tag_ == "VB" and did and any(c.dep_ == "neg" for c in kids)


def _own_earlier(subject) -> bool:
    """``subject`` is the outlet's own earlier text ("our report", "this article", "An
    earlier version of this story"), or, in an article that corrects itself, the writer's
    "we" or a text no one else owns ("A report on harbour fees (10 May) said")."""
    lemma = subject.lemma_.lower()
    if subject.lower_ != "we" and lemma not in EARLIER_TEXTS:
        return False
    if lemma in EARLIER_TEXTS and _owned_by_writer(subject):
        return True
    if not (corrects_itself(subject.doc.text) or any(_contrasted(t) for t in subject.sent)):
        return False  # "We said six attended, but in fact ten attended" corrects in place
    return subject.lower_ == "we" or not _owned_by_other(subject)


def _owned_by_writer(text) -> bool:
    """ "our report", "this article", "a previous version of this story": the text, or the
    text it is a version of, is marked as the writer's own."""
    for tok in text.subtree:
        if tok.lower_ == "our" and tok.head.lemma_.lower() in EARLIER_TEXTS:
            return True
        if tok.lower_ == "this" and tok.head.lemma_.lower() in _OWN_WITH_THIS:
            return True
    return False


def _owned_by_other(text) -> bool:
    """The text is someone else's: "the report by the river inspectors", "the council's
    report", "This report, commissioned by the council", "the inspectors' first report"."""
    for tok in text.subtree:
        if tok.dep_ == "poss" and tok.head.i == text.i and tok.lower_ != "our":
            return True
        if tok.lower_ == "by" and tok.head.i in (text.i, *(c.i for c in text.children)):
            return True
    return False


@lru_cache(maxsize=64)
def corrects_itself(text: str) -> bool:
    """The article sets its own earlier text right somewhere: "Correction:", "We
    apologise for the error", "incorrectly stated", "An earlier version of this article"."""
    return _CORRECTING.search(text) is not None


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
