"""Counts given per member of a group: "nine ministers each", "four delegates apiece",
"Each party will name nine ministers".

A distributive word makes the figure one member's share, not the group's total: "the cabinet
will be split evenly, nine ministers each" gives each party nine, while "a cabinet of 18
ministers" gives the whole. The two are different properties, never one reading against the
other. A figure is per member when "each" or "apiece" follows it (after its noun, if any)
or when the subject of its clause is determined by "each" ("Each party will name nine
ministers").
"""

from __future__ import annotations

#: the qualifier of a figure given per member of a group
EACH = "each"
_AFTER = frozenset({"each", "apiece"})


def _clause_verb(tok):
    """The verb above ``tok`` (itself if a verb), within four steps, or None."""
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def per_member(doc, start: int, end: int) -> bool:
    """The figure at tokens [start, end) is given per member of a group (module
    docstring)."""
    if end < len(doc) and doc[end].lower_ in _AFTER:
        return True
    verb = _clause_verb(doc[end - 1])
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ == EACH for d in child.children
        ):
            return True
    return False
