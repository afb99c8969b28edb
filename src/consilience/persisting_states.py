"""A clause saying that its subject persists ("the spire is still standing", "the bridge
survived the flood", "the old hall remained intact") is no result of an act another clause
says was done to that subject ("the storm tore the spire off", "the flood swept the bridge
away"): the two tell opposite outcomes for one party, never one claim.

    persists(claim) -> bool

A clause persists when it is asserted (not negated: "is no longer standing" is not) and

* it carries the continuation adverb "still" inside the clause with a verb of its own
  ("is still standing", "still stands", "is still burning"; a clause-opening "Still,"
  means "nevertheless" and does not count). A copular or passive clause is left out:
  "4,000 homes are still without power", "two miners are still trapped" say the
  undergoer is still in the state the act left it in, which is the act's claim,
* its predicate is a verb of lasting through something (:data:`LASTING_VERBS`:
  "survived", "withstood", "remained"), or
* its complement is an adjective of being unharmed (:data:`UNHARMED_WORDS`: "intact",
  "undamaged", "unscathed").

The lists are whole categories of English (aspect adverbs of continuation, verbs of lasting,
adjectives of being left unharmed), not words of one story. A result the other clause's
act leaves ("the road remains closed" / "police closed the road") is read before this test
(:func:`consilience.align.result_state`) and aligns as before.
"""

from __future__ import annotations

import re

from .claims import COPULAS
from .model import Claim

#: verbs whose subject lasts through an event or goes on as it was
LASTING_VERBS = frozenset("survive withstand outlast endure persist weather resist".split())
#: adjectives (and participles used as adjectives) of a thing left as it was
UNHARMED_WORDS = frozenset(
    "intact undamaged unharmed unhurt unscathed untouched unaffected unbroken spared "
    "standing upright".split()
)
#: "still" as the adverb of continuation inside a clause, not a clause-opening "Still,"
_STILL = re.compile(r"(?<!^)\bstill\b(?!\s*,)", re.IGNORECASE)


def persists(c: Claim) -> bool:
    """Whether clause ``c`` says its subject goes on as it was (see the module): "still"
    inside the clause, a verb of lasting, or an unharmed complement; never when negated."""
    if c.negated:
        return False
    if _STILL.search(c.text.strip()) and own_verb(c):
        return True
    if c.predicate in LASTING_VERBS:
        return True
    head = (c.patient_key or "").split()[-1:] or [""]
    return head[0] in UNHARMED_WORDS


def own_verb(c: Claim) -> bool:
    """The clause states its subject doing something (an active, non-copular verb), not
    being in a state: "the spire is still standing", not "the road is still closed"."""
    if c.kind == "passive" or c.frame == "be" or c.predicate in COPULAS:
        return False
    return bool(c.actor_key)  # a passive main clause has an undergoer and no doer
