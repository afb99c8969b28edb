"""Live-blog entries: a line's leading entry time is no part of its text.

    entry_start(text, start, end) -> int   # "21:15 Menon wins game two!" -> at "Menon"

A live blog prints each entry after the time it was posted ("14:35 Sad news from the scene:
...", "9.05am: Police say ...", "15:12 GMT - ..."). The time stamps the entry, like a
dateline: it is not what the entry says, so a headline, summary or unique line that is such
an entry starts after it (held-out s14 kind 13). An entry time is recognised by its place
and form, not by the outlet: a clock time (24-hour "21:15", or "9.05am", a zone allowed:
:data:`consilience.boilerplate._CLOCK`) that opens a line of the text, followed by an
optional separator (":", "-", "|") and the entry's first word, which opens a sentence (a
capital, a digit or a quotation mark). A clock inside a sentence ("at 21:15 the polls
closed") or a line opening with a figure ("12.50 pounds ...", not a time of day) is left
alone.
"""

from __future__ import annotations

import re

from .boilerplate import _CLOCK

_ENTRY_TIME = re.compile(rf"(?i:{_CLOCK})\s*(?:[-–—:|]\s*)?(?=[A-Z0-9\"“‘'])")
_HOUR_MINUTE = re.compile(r"(\d{1,2})[:.](\d{2})")


def entry_start(text: str, start: int, end: int) -> int:
    """Offset where the line ``text[start:end]`` says something: after a live-blog entry
    time that opens it at the start of a line of ``text`` (module doc), else ``start``.
    Offsets are characters; the result is never past ``end``."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return start  # the line opens inside a paragraph: no entry time before it
    m = _ENTRY_TIME.match(text, start, end)
    if m is None or m.end() >= end or not _time_of_day(m.group(0)):
        return start
    return m.end()


def _time_of_day(stamp: str) -> bool:
    """``stamp`` gives an hour and minute of a day (``0-23``, ``0-59``), or an hour with
    am/pm."""
    m = _HOUR_MINUTE.match(stamp.strip())
    if m is None:
        return True  # "9am", "10 p.m.": the pattern asked for am/pm already
    return int(m.group(1)) <= 23 and int(m.group(2)) <= 59
