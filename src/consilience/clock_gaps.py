"""How far apart two clock times are, in words: "18 minutes earlier", "2 hours 5 minutes
later". A time of day is a point on a clock, not an amount: the gap between two readings
is a number of minutes, never a percentage (7:24 is not "4% lower" than 7:42).

Pure functions; :mod:`consilience.reconcile` describes a clock-time outlier with
:func:`clock_gap`.
"""

from __future__ import annotations

DAY = 24 * 3600.0


def _signed_seconds(value: float, reference: float) -> float:
    """Seconds from ``reference`` to ``value`` (seconds after midnight), the shorter way
    round the clock (23:50 is 20 minutes before 00:10, not 23 hours 40 minutes after)."""
    d = (value - reference) % DAY
    return d - DAY if d > DAY / 2 else d


def _amount(minutes: int) -> str:
    """ "1 minute", "18 minutes", "2 hours", "1 hour 5 minutes"."""
    hours, mins = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if mins or not hours:
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


def clock_gap(value: float, reference: float) -> str:
    """How ``value`` lies from ``reference`` (both seconds after midnight) in words:
    "18 minutes earlier", "1 hour 5 minutes later", "under a minute later". Raises
    nothing; values outside a day are taken modulo a day."""
    seconds = _signed_seconds(value, reference)
    word = "later" if seconds > 0 else "earlier"
    minutes = int(round(abs(seconds) / 60.0))
    return f"{_amount(minutes) if minutes else 'under a minute'} {word}"
