"""Figures stated as a norm, and slots split by it (heldout_s48).

"A full practical test lasts about 40 minutes" tells what a test of that kind lasts, not
what the tests of the story lasted ("some lasting only 12 minutes"): a norm, the measure
the story's figure is held against, never a rival reading of it. A figure states a norm
when its clause verb is in the simple present with no auxiliary ("lasts", "takes",
"costs"), is no verb by which a source gives a figure (:data:`GIVING`), and either
carries an adverb of what usually holds ("normally", "usually") or has for its subject a
kind of thing: a noun with the indefinite article ("a test", "an inspection"), the figure
outside that subject.

Works on a spaCy parse; no state.
"""

from __future__ import annotations

from collections.abc import Callable

from .figure_bearers import _split, _top
from .figure_forms import clause_verb
from .model import Quantity

#: adverbs of what usually holds ("a test *normally* takes 40 minutes")
USUALLY = frozenset("usually normally typically generally ordinarily".split())
#: verbs by which a source gives a figure ("an analyst *puts* the cost at"): a report, no norm
GIVING = frozenset("say estimate put report tell believe expect think reckon claim".split())
NORM = "norm"
EVENT = "event"


def _kind_subject(subj, figure: range) -> bool:
    """``subj`` names a kind of thing, not a thing of the story: a common noun with "a" or
    "an" and no owner or number, the figure not inside it. (A plural with no determiner is
    no sure kind: "Radiocarbon tests date them to 8,500 years ago" tells the story's tests.)"""
    if subj.pos_ != "NOUN" or any(t.i in figure for t in subj.subtree):
        return False
    kids = {c.dep_: c.lower_ for c in subj.children}
    return "poss" not in kids and "nummod" not in kids and kids.get("det") in ("a", "an")


def norm(span) -> bool:
    """Whether the figure ``span`` (spaCy) is stated as a norm (module doc)."""
    if span is None:
        return False
    verb = clause_verb(_top(span), 6)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in GIVING:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in USUALLY for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and _kind_subject(subj, range(span.start, span.end))


def split_norms(groups: dict[tuple, list[Quantity]], span_of: Callable[[Quantity], object]) -> None:
    """Split, in place, each slot whose figures are stated both as a norm (:func:`norm`)
    and of the story's events: the side most articles give keeps the slot, the other
    goes to ``(key[0], "<key[1]> (norm)" or "<key[1]> (event)", *key[2:])``."""
    _split(
        groups,
        frozenset(k[0] for k in groups),
        lambda q: NORM if norm(span_of(q)) else EVENT,
        lambda a, b: a == b,
        lambda s, main: True,
        lambda key, s: (key[0], f"{key[1]} ({s})", *key[2:]),
    )
