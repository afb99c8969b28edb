"""A date written as a night: "on the night of 22 March", "On Thursday night".

A story of something done at night (a raid, an attack, a boat fishing where it may not) names
the night by its date, and each writer tells a different act of it: "the attack took place
on the night of 23 March" / "on the night of Sunday 22 March two dogs got into the field and
attacked the ewes" / "a dredger fished inside the closed area on the night of Thursday 6
February" / "On the night of 13 February, the dredger spent six hours towing its dredges".
The clauses share no governing verb, so the night itself ties them: two nights a few days
apart, dating one act told in the sentence of either (:func:`told_acts`) or clauses alike
enough, are one night dated twice (:func:`same_night`).
"""

from __future__ import annotations

import datetime as _dt
import re

#: "the night of" just before a date, or "night" just after a weekday ("Thursday night")
_NIGHT_BEFORE = re.compile(r"(?i)\bnight\s+of\s+(?:the\s+)?$")
_NIGHT_AFTER = re.compile(r"(?i)^\s+night\b")
#: nights this many days apart or fewer may be one night told twice
NIGHT_DAYS = 7
#: parts of speech of the words of a sentence that tell its acts ("attacked", "the attack")
ACT_POS = frozenset({"VERB", "NOUN"})


def night_of(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` names a night: "the night of 22 March", "on the
    night of the thirteenth of February", "on Sunday night"."""
    return bool(_NIGHT_BEFORE.search(text[max(0, start - 20) : start])) or bool(
        _NIGHT_AFTER.match(text[end : end + 8])
    )


def told_acts(doc, start: int, end: int) -> frozenset[str]:
    """Lemmas of the verbs and nouns of the sentence of the span ``[start, end)`` of
    ``doc``: the acts a sentence tells of its date, whether by a verb ("got in and
    *attacked* the ewes") or a noun ("*the attack* took place")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in span.sent if t.pos_ in ACT_POS and t.is_alpha)


def _near(x: str, y: str) -> bool:
    """Two ISO days at most :data:`NIGHT_DAYS` apart."""
    try:
        gap = _dt.date.fromisoformat(x) - _dt.date.fromisoformat(y)
    except ValueError:
        return False
    return abs(gap.days) <= NIGHT_DAYS


def same_night(a: dict, b: dict, sim: float, least: float) -> bool:
    """Two date mentions (as :func:`consilience.dates._mentions` gives them, with
    ``night`` and ``told``) that date one night: both written as nights, days a few apart,
    neither planned, and one act named in the sentences of both (its lemma: "attack" /
    "attacked") or clauses at least ``least`` alike ("fished inside the closed area" /
    "spent six hours towing its dredges")."""
    if not (a.get("night") and b.get("night")) or a["planned"] or b["planned"]:
        return False
    if a["m"].precision != "day" or b["m"].precision != "day":
        return False
    if not _near(a["m"].date, b["m"].date):
        return False
    shared = (a["act"] & b.get("told", frozenset())) | (b["act"] & a.get("told", frozenset()))
    return bool(shared) or sim >= least
