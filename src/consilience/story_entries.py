"""Timestamped entries: the reading order of a live blog, for story grouping.

A live blog (a radio's or paper's "X - live updates" page) is one long article made of
short entries, each opened by a line giving its time of day ("17:40", "9.05am GMT -").
Most are written newest first: the top of the page says what happened last ("only one
person is now unaccounted for") and the entry that names the event ("an avalanche has hit
the Valmora ski area") is at the bottom. Read top-down, the lead that gives a story item
its vector, entity anchors and event keys (:func:`consilience.stories.item_from_analysis`)
is the latest aftermath, not the event.

:func:`reading_order` finds the entries from the boilerplate marks the normaliser already
sets on entry times (kind ``"liveblog"``), orders them oldest first when their times
run backwards, and returns the sentence numbers in the order a lead should take them: the
first sentence of every entry (oldest first: what happened, then each development), then
the rest of each entry in that order. An article without at least :data:`MIN_ENTRIES`
timed entries keeps its own order (None).

:func:`entry_moment` gives a figure of a live blog the moment of its entry rather than the
page's last update, so the blog's own superseded figures read as earlier reports
(:mod:`consilience.reconcile`'s updates), and :func:`entry_start` tells the entries apart,
so each entry's figure is one reading of the blog.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

#: an article is a multi-entry article from this many timed entries on
MIN_ENTRIES = 3
#: minutes in a day
DAY_MINUTES = 24 * 60

_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\b\.?)?", re.I)


def entry_minutes(marker: str) -> int | None:
    """The time of day of an entry marker in minutes after midnight ("17:40" -> 1060,
    "5.40 pm" -> 1060, "9am GMT -" -> 540), or None when the marker does not start with a
    clock time (a bare number without minutes or am/pm is no time)."""
    m = _TIME.match(marker.strip())
    if not m or (m.group(2) is None and m.group(3) is None):
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute


def entries(text: str, spans) -> list[tuple[int, int]]:
    """``(start offset, minutes)`` of the timed entries of ``text``: the boilerplate spans
    (:class:`consilience.boilerplate.BoilerplateSpan`, kind ``"liveblog"``) that open a
    line and start with a clock time, in text order."""
    out = []
    for span in spans:
        if span.kind != "liveblog" or (span.start > 0 and text[span.start - 1] != "\n"):
            continue
        minutes = entry_minutes(text[span.start : span.end])
        if minutes is not None:
            out.append((span.start, minutes))
    return out


#: most minutes a page's publication time may follow its newest entry and still be read
#: on the entries' clock (a later gap means the entries keep another zone's clock: a blog
#: written in local time, published in UTC)
LAG_MINUTES = 180


def entry_moment(text: str, spans, published_at: str | None, offset: int) -> str | None:
    """The moment of the live-blog entry that holds character ``offset`` of ``text``, as
    an ISO datetime in the zone of ``published_at`` (an ISO datetime with a time of day:
    the page's last update): ``published_at`` less the minutes from this entry's time to
    the newest entry's (modulo a day: a blog crossing midnight), less the minutes from the
    newest entry to the publication when they are at most :data:`LAG_MINUTES` (else the
    entries keep another zone's clock, and the newest entry is taken as published). None
    when ``published_at`` has no time of day, ``text`` has fewer than
    :data:`MIN_ENTRIES` timed entries (:func:`entries`, ``spans`` its boilerplate spans)
    or ``offset`` lies before the first entry (the page's header or key points, written
    as of its last update).

    A live blog is one source whose figures change over the page: "about 120,000 homes"
    at 21:10 and "every home" at 23:05 are that source's earlier and later readings; read
    at the page's publication time the 21:10 figure would look as recent as the newest."""
    if not published_at or len(published_at) <= 10:
        return None
    found = entries(text, spans)
    if len(found) < MIN_ENTRIES:
        return None
    held = [m for start, m in found if start <= offset]
    if not held:
        return None
    try:
        page = datetime.fromisoformat(published_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    times = [m for _, m in found]
    newest = times[0] if newest_first(times) else times[-1]
    lag = (page.hour * 60 + page.minute - newest) % DAY_MINUTES
    back = (newest - held[-1]) % DAY_MINUTES + (lag if lag <= LAG_MINUTES else 0)
    return (page - timedelta(minutes=back)).isoformat()


def entry_start(text: str, spans, offset: int) -> int | None:
    """The start offset of the live-blog entry that holds character ``offset`` of ``text``
    (``spans`` its boilerplate spans); None when ``text`` has fewer than
    :data:`MIN_ENTRIES` timed entries (:func:`entries`) or ``offset`` lies before the first
    (the page's header or key points).

    The entries of a blog are one source read over time: each entry's figure is that
    source's reading at the entry's moment (:func:`entry_moment`), so "twelve in hospital"
    at 09:30 and "risen to 27" at 13:10 are two readings of one property, not one."""
    found = entries(text, spans)
    if len(found) < MIN_ENTRIES:
        return None
    held = [start for start, _ in found if start <= offset]
    return held[-1] if held else None


def newest_first(times: Sequence[int]) -> bool:
    """Whether entry times (minutes, in text order) run backwards: more steps go down than
    up (a blog crossing midnight has one step the other way)."""
    down = sum(1 for a, b in zip(times, times[1:], strict=False) if b < a)
    up = sum(1 for a, b in zip(times, times[1:], strict=False) if b > a)
    return down > up


def reading_order(
    text: str, spans, sentence_starts: Sequence[int], keep: Sequence[int]
) -> list[int] | None:
    """The sentence numbers ``keep`` of a multi-entry article in lead order (see the
    module docstring), or None when ``text`` has fewer than :data:`MIN_ENTRIES` timed
    entries.

    ``spans``: the article's boilerplate spans; ``sentence_starts``: the start offset of
    every sentence, in order; ``keep``: the sentence numbers that may lead (boilerplate
    aside), in text order. Kept sentences before the first entry (the page's header) come
    first; every number of ``keep`` appears once."""
    found = entries(text, spans)
    if len(found) < MIN_ENTRIES:
        return None
    bounds = [s for s, _ in found]
    blocks: list[list[int]] = [[] for _ in range(len(bounds) + 1)]
    for k in keep:
        blocks[sum(1 for b in bounds if b <= sentence_starts[k])].append(k)
    head, body = blocks[0], [b for b in blocks[1:] if b]
    if newest_first([m for _, m in found]):
        body.reverse()
    firsts = [b[0] for b in body]
    rest = [k for b in body for k in b[1:]]
    return head + firsts + rest
