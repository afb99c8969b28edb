"""Dates that bound a class of acts, not the day of one act (heldout_s48).

"Review every charge issued since 1 January" names the charges issued from that day on,
all of them: the date opens a period that picks the class out, and dates no charge of the
story, so it is no rival of "the charge was issued on 11 March". A date bounds a class
when, within a few heads of the parse, it hangs on a participle or relative clause
(``acl``, ``relcl``) whose noun carries a determiner of a whole class
(:data:`CLASS_DETERMINERS`: "every", "all", "any", "each").

Works on a spaCy parse; no state.
"""

from __future__ import annotations

#: determiners of a whole class ("*every* charge issued since ...")
CLASS_DETERMINERS = frozenset({"every", "all", "any", "each"})
#: heads walked up from the date to the clause describing the noun
STEPS = 4


def bounds_a_class(span) -> bool:
    """Whether the date ``span`` (spaCy) bounds a class of acts (module doc)."""
    tok = span.root
    for _ in range(STEPS):
        if tok.dep_ in ("acl", "relcl") and tok.pos_ in ("VERB", "AUX"):
            return any(d.dep_ == "det" and d.lower_ in CLASS_DETERMINERS for d in tok.head.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
