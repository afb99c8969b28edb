"""Times of day as a reader reads them: ``14:05``, never "14.08 hours".

A reading of dimension ``"time of day"`` carries seconds after midnight in ``value``,
``low`` and ``high`` (unit ``"s"``, like a duration). Shown as an amount of hours, 2 p.m.
reads "14 hours" and 14:05 "14.08 hours". This module writes such values as clock times
(``hh:mm``, ``hh:mm:ss`` when a value falls between whole minutes, as the rounding bounds
of a minute do) and picks chart ticks on whole clock steps (every 15 minutes, every hour...)
rather than on round numbers of seconds. The Markdown brief writes the same clock times
(:func:`consilience.reconcile` normalises a reading to ``hh:mm``); the HTML page and the web
app use this module (:mod:`consilience.render_html`).

Pure functions; no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

DAY = 24 * 3600

#: the dimension name of a clock time in readings (``consilience.quantities``)
CLOCK_DIMENSION = "time of day"

#: axis steps in seconds, each a whole clock step (1 minute ... 12 hours)
_CLOCK_STEPS = (60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200)


def is_clock(item: Mapping[str, Any]) -> bool:
    """Whether ``item`` (a reading, or a conflict / corroborated item whose first reading
    decides) holds a time of day: its ``dimension`` is ``"time of day"``."""
    if item.get("dimension") == CLOCK_DIMENSION:
        return True
    readings = item.get("readings")
    first = readings[0] if isinstance(readings, list) and readings else None
    return isinstance(first, Mapping) and first.get("dimension") == CLOCK_DIMENSION


def clock_text(seconds: float, *, minutes: bool = False) -> str:
    """``seconds`` after midnight as ``hh:mm`` (24-hour clock, taken modulo a day), with
    ``:ss`` when it is not a whole minute (a rounding bound, 14:04:30) unless ``minutes``
    (then rounded to the nearest minute). A value that is not finite is written as is."""
    if not math.isfinite(seconds):
        return str(seconds)
    whole = round(seconds / 60.0) * 60 if minutes else round(seconds)
    whole %= DAY
    h, rest = divmod(int(whole), 3600)
    m, s = divmod(rest, 60)
    return f"{h:02d}:{m:02d}" + (f":{s:02d}" if s else "")


def clock_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Tick values (seconds after midnight) inside ``[lo, hi]`` on whole clock steps (1, 2,
    5, 10, 15, 30 minutes, 1, 2, 3, 6, 12 hours), about ``count`` of them; ``[lo]`` for an
    empty or non-finite span."""
    span = hi - lo
    if span <= 0 or not math.isfinite(span):
        return [lo]
    raw = span / max(1, count)
    step = next((s for s in _CLOCK_STEPS if s >= raw * 0.75), _CLOCK_STEPS[-1])
    first = math.ceil(lo / step) * step
    return [float(first + i * step) for i in range(int((hi - first) // step) + 1)]


class ClockAxis:
    """The value format of a chart of clock times: called with seconds after midnight it
    gives ``hh:mm`` (rounded to the minute); :meth:`ticks` places the axis ticks on whole
    clock steps (see :func:`clock_ticks`). ``consilience.charts`` asks a value format for
    ``ticks`` when it has one."""

    def __call__(self, seconds: float) -> str:
        return clock_text(seconds, minutes=True)

    @staticmethod
    def ticks(lo: float, hi: float, count: int = 5) -> list[float]:
        """See :func:`clock_ticks`."""
        return clock_ticks(lo, hi, count)
