"""The half of the day of a clock time said without one, from the story's other readings.

A spoken clock time often comes with no morning or evening: "At about half past three the
river came up four metres", "The aircraft came down at around twenty past eight", "at a
little after one o'clock". The reader gives it in the morning and marks it ``twelve_hour``
(:mod:`consilience.figure_clock_words`). Within one slot of the story (one event's time of
day), the other articles' readings that do fix the half of the day decide: the reading
moves twelve hours when that brings it nearer to their median. A slot with no such reading
cannot place it, so it is left out of that slot (precision first: "half past three" may be
a night's or an afternoon's).
"""

from __future__ import annotations

from dataclasses import replace
from statistics import median

from .model import Quantity

HALF_DAY = 12 * 3600.0
DAY = 24 * 3600.0


def _gap(x: float, y: float) -> float:
    """Seconds between two times of day on the 24-hour circle."""
    d = abs(x - y) % DAY
    return min(d, DAY - d)


def placed(q: Quantity, anchor: float) -> Quantity:
    """``q`` (a ``twelve_hour`` reading) in the half of the day nearer ``anchor`` (seconds
    after midnight), no longer marked; ``q`` itself when the morning is nearer."""
    later = (q.value + HALF_DAY) % DAY
    if _gap(later, anchor) >= _gap(q.value, anchor):
        return replace(q, twelve_hour=False)
    shift = later - q.value
    low = None if q.low is None else q.low + shift
    high = None if q.high is None else q.high + shift
    return replace(q, value=later, low=low, high=high, twelve_hour=False)


def resolve_half_days(groups: dict[tuple, list[Quantity]]) -> None:
    """Place every ``twelve_hour`` reading of a time-of-day slot (key starting "time of
    day") by the median of the slot's readings with a known half of the day
    (:func:`placed`); drop it when the slot has none, and drop a slot left empty. Changes
    ``groups`` in place."""
    for key in sorted((k for k in groups if str(k[0]).startswith("time of day")), key=repr):
        qs = groups[key]
        fixed = [q.value for q in qs if not q.twelve_hour]
        if not fixed:
            kept = [q for q in qs if not q.twelve_hour]
        else:
            anchor = median(fixed)
            kept = [placed(q, anchor) if q.twelve_hour else q for q in qs]
        if kept:
            groups[key] = kept
        else:
            del groups[key]
