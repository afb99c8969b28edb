"""A bare weekday inside a day-by-day account that the article dates itself.

    narrative_day(text, previous, resolved, publication) -> ISO day or None

A report published weeks after the events often tells them day by day from one full date:
"On Friday 15 February ... 38 pupils set off ... The group reached the resort on Sunday
evening, a day late." The publication day is no anchor for that "Sunday": the account's own
date is (the reference time of a narrative, which each explicit date resets; Reichenbach,
*Elements of Symbolic Logic*, 1947, section 51). A weekday is read against the last full
date before it when

* that date names its own weekday ("Friday 15 February"): the writer counts days by their
  names, so the next bare name is the next such day;
* no other full date comes between them;
* the weekday, read against the publication day, is a past day more than six days after that
  date (read against the publication day the account's Sunday would fall in another week);
* and the weekday falls within six days after that date.

Pure functions over the date mentions :func:`consilience.dates.extract_dates` has found so far.
"""

from __future__ import annotations

import datetime as _dt
import re

#: a full date that names its weekday: "Friday 15 February", "Sunday, 17 February 2036",
#: "Saturday 9 and Sunday 10 June" (the second day)
_NAMED_DAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b",
    re.I,
)
#: a bare weekday with nothing that places it ("on Sunday evening", "Sunday"): no day number,
#: month, "last", "next" or "this"
_BARE_WEEKDAY = re.compile(
    r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: the most days after the account's date that its next bare weekday may fall
SAME_WEEK = 6


def narrative_day(
    text: str, previous: list[tuple[str, str, str]], resolved: str, publication: _dt.date
) -> str | None:
    """The ISO day that a bare weekday ``text`` names in a dated account, else None.

    ``previous``: ``(span text, ISO date, precision)`` of the article's date mentions before
    it, in order; ``resolved``: the ISO day read against the ``publication`` day. Returns
    the first day after the last full date (module doc) that falls on the weekday, or None
    when the rule does not hold (then the publication-day reading stands)."""
    if not _BARE_WEEKDAY.match(text.strip()):
        return None
    full = [(t, d) for t, d, p in previous if p == "day" and not _BARE_WEEKDAY.match(t.strip())]
    if not full or not _NAMED_DAY.search(full[-1][0]):
        return None
    start = _dt.date.fromisoformat(full[-1][1])
    here = _dt.date.fromisoformat(resolved)
    if here > publication or (here - start).days <= SAME_WEEK:
        return None
    weekday = next(k for k, n in enumerate(_WEEKDAY_NAMES) if n in text.lower())
    ahead = (weekday - start.weekday()) % 7
    if not 0 < ahead <= SAME_WEEK:
        return None
    return (start + _dt.timedelta(days=ahead)).isoformat()


__all__ = ["SAME_WEEK", "narrative_day"]
