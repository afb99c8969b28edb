"""Back-references: the earlier days an article's lead says its news follows from.

The consequences of an event are reported the next morning (a club's appeal, a company's
apology, an inquiry opened): such a report names the event's people, teams and places, but
its own news is a new act, so it shares few event keys with the match report or the wire
copy of the day before (:mod:`consilience.story_events`). What ties it to that day is how
its lead places the event: "yesterday's semi-final", "told us late last night", "the crash
last Tuesday", "the vote on 12 March". :func:`referred_days` reads those back-references
from the text of a lead and gives the days they name, so story grouping
(:class:`consilience.stories.StoryIndex`) can ask whether a later fragment looks back at
the very day of an earlier one.

Only looking back counts, and only within :data:`LOOK_BACK_DAYS`: a weekday needs "last"
before it (a bare "on Saturday" may be the coming one), a day and month must fall before the
publication day. The words are the date vocabulary of :mod:`consilience.dates` (its
relative-day words, parts of the day, weekday and month names), read here from plain text.
"""

from __future__ import annotations

import datetime as _dt
import re

#: how many days before its publication a lead's back-reference may reach
LOOK_BACK_DAYS = 7

_WORD = re.compile(r"[a-z]+|\d+")


def _vocabulary() -> tuple[dict[str, int], frozenset[str], dict[str, int], dict[str, int]]:
    """(relative-day words, parts of the day, weekdays, months and their abbreviations) of
    :mod:`consilience.dates`."""
    from . import dates

    months = {**dates.MONTHS, **dates.MONTH_ABBR}
    return dict(dates.TODAY), frozenset(dates.PARTS_OF_DAY), dict(dates.WEEKDAYS), months


def referred_days(text: str, day: int | None) -> frozenset[int]:
    """The day ordinals before ``day`` (the ordinal of the publication date) that ``text``
    (a lead: plain text) refers back to: "yesterday" and "last night" / "last evening" the
    day before; "last Saturday" the latest Saturday before ``day``; a day and month ("28
    November", "Nov. 28") in the :data:`LOOK_BACK_DAYS` before ``day`` (the year of
    publication, or the one before in early January). Empty when ``day`` is None."""
    if day is None or not text:
        return frozenset()
    relative, parts, weekdays, months = _vocabulary()
    words = _WORD.findall(text.lower())
    pub = _dt.date.fromordinal(day)
    out: set[int] = set()
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if relative.get(w) == -1 or (w == "last" and nxt in parts):
            out.add(day - 1)
        elif w == "last" and nxt in weekdays:
            back = (pub.weekday() - weekdays[nxt]) % 7 or 7
            out.add(day - back)
        elif w in months:
            out.update(_month_day(words, k, months[w], pub))
    return frozenset(d for d in out if day - LOOK_BACK_DAYS <= d < day)


def _month_day(words: list[str], k: int, month: int, pub: _dt.date) -> set[int]:
    """The ordinal of the day of ``month`` written just before or after ``words[k]`` ("28
    November", "November 28"), in the year that puts it on or before ``pub``; empty when no
    day number is there or the date does not exist."""
    out: set[int] = set()
    for j in (k - 1, k + 1):
        if 0 <= j < len(words) and words[j].isdigit() and len(words[j]) <= 2:
            for year in (pub.year, pub.year - 1):
                try:
                    d = _dt.date(year, month, int(words[j]))
                except ValueError:
                    continue
                if d <= pub:
                    out.add(d.toordinal())
                    break
    return out
