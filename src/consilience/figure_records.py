"""The record a story's figure breaks, told beside it: "took a second off the record of
4:25.87", "broke the record of 9.58 seconds", "the course record of 5:36.2 set in 2017". That
record stood before the story's event, so its figure is a reference figure
(:func:`consilience.figure_owners.reference_cue`), never a reading of the time the story's
event took; a record "set by X on Sunday" or marked "new" may be the story's own.

Works on a spaCy parse only; :func:`record_broken` is called by
:mod:`consilience.figure_owners` with its surpassing verbs.
"""

from __future__ import annotations

from collections.abc import Iterable

#: participles that say when a record was set or since when it is held: "the record of
#: 4:25.87 set in 2023", "the mark held since 2019"
HOLDING_VERBS = frozenset({"set", "hold", "establish"})


#: verbs of taking an amount away from a mark: "shaved two seconds from the record of 4:25.87"
TAKING_VERBS = frozenset({"take", "shave", "knock", "slash", "cut", "clip"})


def _bare_year(tokens: Iterable) -> bool:
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in tokens)


def record_broken(holder, head, surpass: frozenset[str]) -> str | None:
    """The cue by which the record noun ``holder`` (a spaCy token: "record", "mark") of the
    figure ``head`` names the record that stood before the story's, else None: it is what a
    surpassing verb of ``surpass`` acts on ("broke the record of 4:25.87") or what a time
    was taken "off" ("took a second off the record of 4:25.87"), or a participle of setting
    or holding (:data:`HOLDING_VERBS`) on it or on the figure dates it by a bare year ("the
    record of 4:25.87 set in 2023"); never one marked "new"."""
    if any(c.lower_ == "new" for c in holder.children if c.dep_ == "amod"):
        return None
    gov = holder.head
    if holder.dep_ == "dobj" and gov.lemma_.lower() in surpass:
        return f"{gov.lower_} {holder.lower_}"
    if holder.dep_ == "pobj" and gov.lower_ == "off":
        return f"off {holder.lower_}"
    if holder.dep_ == "pobj" and gov.lower_ == "from" and gov.head.lemma_.lower() in TAKING_VERBS:
        return f"from {holder.lower_}"
    for acl in (c for t in (holder, head) for c in t.children if c.dep_ == "acl"):
        if acl.lemma_.lower() in HOLDING_VERBS and _bare_year(acl.subtree):
            return f"{holder.lower_} {acl.lower_}"
    return None
