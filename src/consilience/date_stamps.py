"""Dated stamps that open the lines of a log: a school's archive of texts to parents
("[Mon 16 Jan, 06:52] BHS: ... closed to all students today"), a council's service
updates ("Tue 17 Jan 14:05 - ..."), a chat or message export. The words of a stamped
line were written on the stamp's day, not on the day the page was published, so its
"today", "tomorrow" and "on Tuesday" count from the stamp.

    line_anchors(text, published) -> [(start, end, date), ...]   # a stamp's reach and its day
    anchor_at(anchors, pos, default) -> date | None              # the anchor of one position

A **stamp** is a day and month (a weekday and a year may go with them; day-month or
month-day order) at the start of a line, either in brackets ("[16 Jan]", "(Mon 16 Jan,
06:52)") or followed by a clock time and a separator ("16 Jan 2034, 06:52 -"). Its year
is the publication's, or the year before when that would put the stamp more than a day
after publication (a log published on 3 January that starts on 28 December). Each stamp
reaches from its line to the next stamp, or to the end of the text. A text with no
publication date and no stamped year gets no stamps: nothing to count from.
"""

from __future__ import annotations

import datetime as _dt
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
_MONTH = r"(?P<m{n}>[A-Za-z]{{3,9}})\.?"
_DAY_MONTH = r"(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format(n=1)
_MONTH_DAY = _MONTH.format(n=2) + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
_DATE = rf"(?:{_WEEKDAY})?(?:{_DAY_MONTH}|{_MONTH_DAY})(?:,?\s+(?P<y>\d{{4}}))?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)"
_STAMP = re.compile(
    rf"^[ \t]*(?P<open>[\[(])?\s*{_DATE}(?P<t>{_TIME})?"
    r"(?(open)\s*[\])]|(?(t)\s*[-–—:|]|(?!)))",
    re.IGNORECASE | re.MULTILINE,
)


def _stamp_date(m: re.Match, published: _dt.date | None) -> _dt.date | None:
    """The day a stamp match gives, its year from the stamp or the publication."""
    month = _MONTHS.get((m.group("m1") or m.group("m2") or "").lower())
    day = int(m.group("d1") or m.group("d2") or 0)
    if month is None:
        return None
    year = int(m.group("y")) if m.group("y") else (published.year if published else None)
    if year is None:
        return None
    try:
        found = _dt.date(year, month, day)
    except ValueError:
        return None
    if not m.group("y") and published is not None and found > published + _dt.timedelta(days=1):
        try:
            found = found.replace(year=year - 1)
        except ValueError:
            return None
    return found


def line_anchors(text: str, published: _dt.date | None) -> list[tuple[int, int, _dt.date]]:
    """``(start, end, day)`` for each stamp of ``text`` (characters; see the module
    docstring), in text order; empty when the text has no stamp."""
    found = [(m.start(), d) for m in _STAMP.finditer(text) if (d := _stamp_date(m, published))]
    return [
        (start, found[k + 1][0] if k + 1 < len(found) else len(text), day)
        for k, (start, day) in enumerate(found)
    ]


def anchor_at(
    anchors: list[tuple[int, int, _dt.date]], pos: int, default: _dt.date | None
) -> _dt.date | None:
    """The day the words at character ``pos`` count from: the stamp that reaches it, else
    ``default`` (the publication day)."""
    return next((day for start, end, day in anchors if start <= pos < end), default)
