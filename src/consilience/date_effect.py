"""The date an act takes effect, given beside the date of the act itself.

A decision and the day it takes effect are two dates of one clause: "The board today
decided to raise the rate, effective from 20 November" dates the decision by "today";
"effective from 20 November" (also "with effect from", "effective as of") tells when its
outcome applies. Read as a date of the clause's act, the effect date would put the decision
on a second timeline line, a day late. So :func:`effect_date_beside_act` marks such a date
when the sentence also dates its act otherwise; alone ("The new rate is effective from 20
November") it stays the line's date, as it then dates the clause's own state.
"""

from __future__ import annotations

#: prepositions that introduce the day an outcome applies ("effective from", "as of")
EFFECT_PREPS = frozenset({"from", "on", "of", "as"})


def effect_date_beside_act(span) -> bool:
    """Whether the date ``span`` (a spaCy span) follows "effective from/on/as of" or "with
    effect from" and another DATE entity of its sentence dates the act."""
    if not _after_effective(span):
        return False
    return any(e.label_ == "DATE" and e.start != span.start for e in span.sent.ents)


def _after_effective(span) -> bool:
    """The words before ``span`` are "effective from" (or "on", "as of", "from"), or "with
    effect from"."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in EFFECT_PREPS and span.start - k <= 2:
        k -= 1
    if k < 0 or k == span.start - 1:
        return False
    word = doc[k].lower_
    return word == "effective" or (word == "effect" and k > 0 and doc[k - 1].lower_ == "with")
