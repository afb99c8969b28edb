"""When a figure holds: the period its own sentence dates it to, else the day its article
was published; two figures of periods that cannot meet are no disagreement.

    sentence_period(dates, sentence) -> ("2045-07-01", "2045-07-31") | None
    after_report(period, published) -> True when the period starts after that day
    settled(periods, published) -> True when every figure is of a period long over

"In July the bat group counted 22 bats", in an article of September 2045, counts in July
2045; "At dusk I counted nine bats", undated in a record of 19 July 2044, counts on or
before that day. A count made in a period that starts after another article was written
cannot be the count that article gives: the two are two counts, not one disputed
(:func:`apart`). A dated past against an undated report stays comparable: a later article
often gives, undated, the figure of an earlier dated event. (A figure whose own act is dated
to a year before its article's is another event's already:
:mod:`consilience.figure_periods`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from .model import DateMention

#: the last day of a month or a year, as an ISO suffix that sorts after every real day
_END = {"day": "", "month": "-31", "year": "-12-31"}
_START = {"day": "", "month": "-01", "year": "-01-01"}


def sentence_period(dates: Sequence[DateMention], sentence: int) -> tuple[str, str] | None:
    """``(first ISO day, last ISO day)`` spanned by the date mentions of sentence index
    ``sentence`` (a month runs from "-01" to "-31", a year from "-01-01" to "-12-31"),
    or None when that sentence dates nothing."""
    own = [d for d in dates if d.sentence == sentence and d.precision in _END]
    if not own:
        return None
    first = min(d.date + _START[d.precision] for d in own)
    last = max((d.until or d.date) + _END[d.precision] for d in own)
    return first, last


def after_report(period: tuple[str, str] | None, published: str | None) -> bool:
    """The ``period`` starts after the ISO day ``published`` (a longer moment is cut to
    its day): nothing counted then was known when that article was written."""
    if period is None or not published:
        return False
    return period[0] > published[:10]


def apart(
    period_a: tuple[str, str] | None,
    published_a: str | None,
    period_b: tuple[str, str] | None,
    published_b: str | None,
) -> bool:
    """Two figures hold at moments that cannot meet: one's sentence dates it to a month or
    a year (a day, often a weekday placed by the nearest match, is too fine a guess) past
    when its own article was written ("in July ... counted 22", written in September)
    that starts after the other's article was written, and the other's sentence dates it to
    nothing later than that period's start (or to nothing). A period still ahead of its own
    article ("from 1 March, 240,000 will work ...") is a plan, comparable with any."""
    for (pa, da), (pb, db) in (
        ((period_a, published_a), (period_b, published_b)),
        ((period_b, published_b), (period_a, published_a)),
    ):
        if pa is None or pa[0] == pa[1] or after_report(pa, da):
            continue  # a day is often a weekday placed by guess: only months and years
        if after_report(pa, db) and (pb is None or pb[1] < pa[0]):
            return True
    return False


#: days after a dated period ends from which a count of it is settled when first reported:
#: a toll still rises in the days after a disaster, not a month on
SETTLED_DAYS = 14


def settled(periods: Sequence[tuple[str, str] | None], published: Sequence[str | None]) -> bool:
    """Every figure's sentence dates it to a period (``periods``, as
    :func:`sentence_period` gives them) that ended :data:`SETTLED_DAYS` or more before the
    first of the ISO days ``published``: counts of an event long over when first reported
    ("dogs killed six ewes in January", written late February, and "eleven ewes" in March)
    differ as two accounts of one finished tally, never as a figure that moved on."""
    days = sorted(p[:10] for p in published if p)
    if not periods or not days or any(p is None for p in periods):
        return False
    last = max(_day(p[1]) for p in periods if p is not None)
    return last is not None and last + timedelta(days=SETTLED_DAYS) <= date.fromisoformat(days[0])


def _day(iso: str) -> date | None:
    """The day of ISO ``iso`` ("2045-01-31"; a month's "-31" is its last day)."""
    y, m, d = (int(x) for x in iso.split("-"))
    first_next = date(y + (m == 12), m % 12 + 1, 1)
    return min(date(y, m, 1) + timedelta(days=d - 1), first_next - timedelta(days=1))
