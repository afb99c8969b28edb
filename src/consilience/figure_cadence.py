"""Durations per calendar period, and the window a duration is spread over.

"a 36-hour week", "36 hours a week", "a 12-hour day", "eight hours per day" give an amount of
time *per* period: their property is "hours per week" (or "days per week": "a four-day
week"), never the length of a week, and hours per week are another property than days per
week. "work 36 hours over four days" and "a 36-hour week spread over four days" name a
second duration that is only the window the first is spread over: it is no reading of any
property (a "four days = 96 hours" beside "36 hours" would be a false conflict).

Works on a spaCy parse and the figures of one article; no state. Marks the figures in place
through their ``measure``: :func:`per_period_measure` ("hour per week") and :data:`WINDOW`.
"""

from __future__ import annotations

import re

from .model import Quantity

#: the measure of a duration that is the window another duration is spread over
WINDOW = "spread window"
#: calendar periods in rising length; a duration in a shorter unit per one of them is a rate
_PERIODS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year")
_RANK = {p: k for k, p in enumerate(_PERIODS)}
_UNIT_WORD = re.compile(r"(second|minute|hour|day|week|fortnight|month|year)s?\b", re.I)
#: words that make "36 hours a week" a rate: "a", "per", "each", "every"
_PER_WORDS = frozenset({"a", "an", "per", "each", "every"})
#: prepositions of a window: "36 hours over four days", "spread across five days"
_WINDOW_PREPS = frozenset({"over", "across"})
#: tokens a window may stand behind the duration it spreads: "36 hours spread over"
_WINDOW_REACH = 3


#: the first part of the slot of an amount per period ("rate:hour per week")
RATE = "rate"


def is_per_period(measure: str | None) -> bool:
    """``measure`` is one :func:`per_period_measure` gives ("hour per week")."""
    parts = (measure or "").split(" per ")
    return len(parts) == 2 and per_period_measure(parts[0], parts[1]) == measure


def _unit_of(q: Quantity) -> str | None:
    m = _UNIT_WORD.search(q.text)
    return m.group(1).lower() if m else None


def per_period_measure(unit: str, period: str) -> str | None:
    """ "hour per week" for a duration in hours per week; None when ``period`` is no
    calendar period longer than ``unit``."""
    if unit not in _RANK or period not in _RANK or _RANK[unit] >= _RANK[period]:
        return None
    return f"{unit} per {period}"


def _tokens(doc, q: Quantity) -> tuple[int, int] | None:
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def _period_after(doc, end: int) -> str | None:
    """ "week" for "... a week" / "per week" / "every week" right after token ``end``."""
    if end + 1 < len(doc) and doc[end].lower_ in _PER_WORDS:
        return doc[end + 1].lemma_.lower()
    return None


def _period_head(doc, start: int, end: int) -> str | None:
    """The period noun a hyphenated duration modifies ("a 36-hour week" -> "week")."""
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"):
        head = doc[end - 1].head
        if head.i >= end and head.lemma_.lower() in _RANK:
            return head.lemma_.lower()
    return None


def _is_window(doc, start: int, spans: list[tuple[int, int]]) -> bool:
    """The duration at token ``start`` follows "over"/"across" that follows, within a few
    tokens, the end of another duration of its sentence ("36 hours over four days")."""
    prep = start - 1
    if prep < 0 or doc[prep].lower_ not in _WINDOW_PREPS:
        return False
    sent = doc[prep].sent
    return any(
        e <= prep and prep - e <= _WINDOW_REACH and s >= sent.start for s, e in spans
    )


#: prepositions of the time a count was reached in: "took 1,132 calls in two hours"
_COUNT_WINDOW_PREPS = frozenset({"in", "within"})


def _counted_within(doc, start: int, counts: list[tuple[int, int]]) -> bool:
    """The duration at token ``start`` follows "in"/"within" that follows, within a few
    tokens, a count of its sentence ("took 1,132 calls in two hours", "scored three goals
    in ten minutes"): the time the count was reached in, not the length of an event."""
    prep = start - 1
    if prep < 0 or doc[prep].lower_ not in _COUNT_WINDOW_PREPS:
        return False
    sent = doc[prep].sent
    return any(e <= prep and prep - e <= _WINDOW_REACH and s >= sent.start for s, e in counts)


def mark_cadences(doc, figures: list[Quantity]) -> None:
    """Set the measure of every duration of ``figures`` (one article, text order) that is an
    amount per period to :func:`per_period_measure`, and of every window (module
    docstring, and the time a count was reached in: :func:`_counted_within`) to
    :data:`WINDOW`. Changed in place."""
    spans: list[tuple[int, int]] = []
    counts = [t for q in figures if q.dimension == "count" and (t := _tokens(doc, q))]
    for q in figures:
        if q.dimension != "duration":
            continue
        toks, unit = _tokens(doc, q), _unit_of(q)
        if toks is None or unit is None:
            continue
        start, end = toks
        period = _period_after(doc, end) or _period_head(doc, start, end)
        rate = per_period_measure(unit, period) if period else None
        if rate is not None:
            q.measure = rate
        elif _is_window(doc, start, spans) or _counted_within(doc, start, counts):
            q.measure = WINDOW
        spans.append(toks)
