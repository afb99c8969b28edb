"""A count of one that is the unit a measured figure of its clause is given per.

"One orbit takes just over two years" and "takes 2.1 years to complete one orbit" give a
duration per orbit: "one orbit" is the unit of the rate, no count of orbits to compare
("one orbit" in three reports is no corroborated figure). A count of exactly one of a
singular noun is such a unit when a measured figure (any dimension but a count) hangs on
its clause verb or on the verb that clause depends on (an open complement or adverbial
clause: "takes 2.1 years to complete one orbit"). "One person died" with no measured
figure beside it stays a count.
"""

from __future__ import annotations

from .figure_forms import clause_verb
from .model import Quantity

_CLAUSE_LINKS = {"xcomp", "advcl", "ccomp"}


def _verbs_around(tok) -> set[int]:
    """Token indices of the clause verb of ``tok`` and of the verb its clause depends on."""
    verb = clause_verb(tok, 6)
    if verb is None:
        return set()
    out = {verb.i}
    if verb.dep_ in _CLAUSE_LINKS and verb.head.pos_ in ("VERB", "AUX"):
        out.add(verb.head.i)
    return out


def _span(doc, q: Quantity):
    return doc.char_span(q.start, q.end, alignment_mode="expand")


def rate_units(doc, figures: list[Quantity]) -> set[int]:
    """id() of each count of one in ``figures`` (of spaCy ``doc``) that is the unit a
    measured figure of its clause is given per (see the module docstring)."""
    measured = [q for q in figures if q.dimension != "count"]
    out: set[int] = set()
    for q in figures:
        if q.dimension != "count" or q.value != 1 or not q.noun:
            continue
        span = _span(doc, q)
        noun = next((t for t in span if t.lemma_.lower() == q.noun), None) if span else None
        if noun is None or noun.tag_ != "NN":
            continue
        mine = _verbs_around(noun)
        for m in (m for m in measured if m.sentence == q.sentence):
            other = _span(doc, m)
            if other is not None and mine & _verbs_around(other.root):
                out.add(id(q))
                break
    return out
