"""Times of day written in words, read over spaCy tokens.

News copy gives a clock time in words as often as in digits: "at about ten to four this
morning", "at half past seven on Thursday night", "at six in the morning", "at a quarter past
eleven", "at nine o'clock last night", "at five-thirty in the afternoon". Each is read as the
seconds after midnight so that it meets "3:20 a.m." in one time-of-day slot.

A spoken hour is twelve-hour: the half of the day comes from the words around it, attached
("in the morning", "at night", "a.m.") or close after it in the clause ("this morning", "on
Thursday night", "tonight"). With no such word a time said as a clock time ("at about half
past three", "at one o'clock", "at five-thirty") is read in the morning and marked
``twelve_hour``: the story's other readings of the same time decide its half of the day
(:mod:`consilience.figure_half_days`). A bare hour ("at about nine") with no day part is no
time at all (precision first: it is as often an age or a count).

The form must follow a word that introduces a time ("at", "by", "until", "around", "about",
"after", "before", "since"): "from ten to four" is a span of hours and "rose from ten to four
percent" a change, never a clock time.
"""

from __future__ import annotations

from dataclasses import dataclass

HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}  # fmt: skip
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_MINUTE_WORDS = frozenset(_TENS) | frozenset(_TEENS)  # "five-fifteen", "seven forty-five"
#: words right before a spoken time that make it a time of day ("at ten to four")
LEADS = frozenset("at by until till around about after before since approximately".split())
#: the half of the day a day-part word puts a twelve-hour clock in (night: see _meridiem)
DAY_PARTS = {"morning": "am", "afternoon": "pm", "evening": "pm", "night": "night",
             "tonight": "night"}  # fmt: skip
#: words that may stand between a spoken time and the day part it belongs to
_BRIDGE = frozenset("on this last tomorrow yesterday early late the in at , that".split())
#: words right after a bare hour that open its day part ("at ten this morning")
_NEXT = frozenset("this last that tonight tomorrow yesterday".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MERIDIEM = {"am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm"}
SPOKEN_ROUNDING = 5 * 60.0  # "half past seven", "ten to four": said to the five minutes
HOUR_ROUNDING = 15 * 60.0  # "six in the morning": said to the quarter hour, as "6 a.m." is


@dataclass
class SpokenClock:
    """A time of day in words: tokens [start, end) (the day part only when attached: "six in
    the morning", not "this morning"), ``seconds`` after midnight, ``rounding`` in seconds."""

    start: int
    end: int
    seconds: float
    rounding: float
    twelve_hour: bool = False


def _word(doc, j: int, limit: int) -> str:
    return doc[j].lower_ if j < limit else ""


def _number_at(doc, j: int, limit: int, top: int) -> tuple[int, int] | None:
    """(n, index after it) for a number 1..top at token j, in digits or words ("twenty-five",
    "twenty five"); None otherwise."""
    w = _word(doc, j, limit)
    if w.isdigit():
        n = int(w)
        return (n, j + 1) if 1 <= n <= top else None
    if w in _UNITS or w in _TEENS:
        n = _UNITS.get(w) or _TEENS[w]
        return (n, j + 1) if n <= top else None
    if w not in _TENS:
        return None
    n, k = _TENS[w], j + 1
    if _word(doc, k, limit) in ("-", "–") and _word(doc, k + 1, limit) in _UNITS:
        k += 1
    if _word(doc, k, limit) in _UNITS:
        n, k = n + _UNITS[_word(doc, k, limit)], k + 1
    return (n, k) if n <= top else None


def _minutes_at(doc, j: int, limit: int) -> tuple[int, int] | None:
    """(minutes, index after them) of the first half of "a quarter past", "half past", "ten
    (minutes) to"."""
    w = _word(doc, j, limit)
    if w == "a" and _word(doc, j + 1, limit) == "quarter":
        return 15, j + 2
    if w == "quarter":
        return 15, j + 1
    if w == "half":
        return 30, j + 1
    found = _number_at(doc, j, limit, 29)
    if found is None:
        return None
    n, k = found
    if _word(doc, k, limit) in ("minute", "minutes"):
        k += 1
    return n, k


def _past_to_at(doc, i: int, limit: int) -> tuple[int, int, int, float] | None:
    """(hour 1..12, minutes, index after, rounding) of "half past seven", "ten to four"."""
    mins = _minutes_at(doc, i, limit)
    if mins is None or _word(doc, mins[1], limit) not in ("past", "to"):
        return None
    hour = _number_at(doc, mins[1] + 1, limit, 12)
    if hour is None:
        return None
    h, end = hour
    if _word(doc, mins[1], limit) == "past":
        return h, mins[0], end, SPOKEN_ROUNDING
    return (h - 2) % 12 + 1, 60 - mins[0], end, SPOKEN_ROUNDING


def _hour_at(doc, i: int, limit: int) -> tuple[int, int, int, float, bool] | None:
    """(hour, minutes, index after, rounding, said o'clock) of "nine o'clock", "six",
    "five-thirty", "seven forty-five"."""
    hour = _number_at(doc, i, limit, 12)
    if hour is None:
        return None
    h, end = hour
    if _word(doc, end, limit) in ("o'clock", "o’clock"):
        return h, 0, end + 1, HOUR_ROUNDING, True
    k = end + 1 if _word(doc, end, limit) in ("-", "–") else end
    mins = _number_at(doc, k, limit, 59) if _word(doc, k, limit) in _MINUTE_WORDS else None
    if mins is not None and mins[0] >= 10:
        return h, mins[0], mins[1], SPOKEN_ROUNDING, False
    return h, 0, end, HOUR_ROUNDING, False


def _attached_part(doc, j: int, limit: int) -> tuple[str | None, int]:
    """(half of the day, index after) of a day part right after a time: "in the morning",
    "at night", "a.m."; (None, j) when there is none."""
    w = _word(doc, j, limit)
    if w in _MERIDIEM:
        return _MERIDIEM[w], j + 1
    if w == "in" and _word(doc, j + 1, limit) == "the" and _word(doc, j + 2, limit) in DAY_PARTS:
        return DAY_PARTS[_word(doc, j + 2, limit)], j + 3
    if w == "at" and _word(doc, j + 1, limit) == "night":
        return "night", j + 2
    return None, j


def _part_after(doc, j: int, limit: int) -> str | None:
    """The half of the day a day-part word close after a time puts it in ("this morning",
    "on Thursday night", "tonight"), or None."""
    for k in range(j, min(limit, j + 4)):
        w = _word(doc, k, limit)
        if w in DAY_PARTS:
            return DAY_PARTS[w]
        if w not in _BRIDGE and w not in _WEEKDAYS:
            return None
    return None


#: words before a time that put it in the small hours ("overnight, at about half past three")
_SMALL_HOURS = frozenset({"overnight"})


def _part_before(doc, i: int) -> str | None:
    """The half of the day a day-part word just before the time's lead word puts it in
    ("on Tuesday morning at twenty to six", "overnight, at about half past three"): the
    last such word among the four tokens before the lead, within its sentence."""
    lead = i - 1
    start = max(doc[lead].sent.start, lead - 4)
    for k in range(lead - 1, start - 1, -1):
        w = doc[k].lower_
        if w in DAY_PARTS:
            return DAY_PARTS[w]
        if w in _SMALL_HOURS:
            return "am"
    return None


#: words right after a spoken "X to Y" or "X past Y" that make it a price, a ratio or a
#: range, never a time: "five to six dollars", "half past three per cent"
_NOT_AFTER = frozenset("per percent % cents cent dollars pounds euros points votes".split())


def _twelve_hour_form(doc, i: int, end: int, limit: int, said_clock: bool) -> bool:
    """A spoken time with no half of the day is still a time of day when it can be nothing
    else: "half past three", "twenty past eight", "one o'clock" (not "eleven to four" or
    "twenty to one", which are as often odds and ratios), followed by no unit or noun
    ("five to six dollars", "half past three per cent")."""
    words = [t.lower_ for t in doc[i:end]]
    if not said_clock and "o'clock" not in words and "o’clock" not in words:
        return False  # "at five-thirty", "at about nine": a score, an age or a time
    if "to" in words and "o'clock" not in words and "o’clock" not in words:
        return False  # "started at eleven to four": a price as often as a time
    nxt = doc[end] if end < limit else None
    return nxt is None or (nxt.lower_ not in _NOT_AFTER and nxt.pos_ not in ("NOUN", "NUM"))


def _meridiem(h: int, part: str) -> int:
    """The 24-hour hour of a twelve-hour ``h`` in ``part`` ("am", "pm", "night": eleven at
    night is 23:00, two at night 02:00, twelve at night midnight)."""
    if part == "night":
        part = "pm" if 6 <= h < 12 else "am"
    return h % 12 + (12 if part == "pm" else 0)


def spoken_clock_at(doc, i: int, limit: int) -> SpokenClock | None:
    """A time of day in words starting at token i (see the module doc), or None: no lead word
    before it, no spoken form at i, or a bare hour with no word fixing the half of the day;
    a clock time said with none is the morning's, marked ``twelve_hour``."""
    if i == 0 or doc[i - 1].lower_ not in LEADS:
        return None
    form = _past_to_at(doc, i, limit)
    said_clock = form is not None
    if form is None:
        found = _hour_at(doc, i, limit)
        if found is None:
            return None
        form, said_clock = found[:4], found[4]
    h, minutes, end, rounding = form
    part, end_attached = _attached_part(doc, end, limit)
    if part is None and not said_clock and minutes == 0 and _word(doc, end, limit) not in _NEXT:
        return None  # a bare "six" needs its day part: "six in the morning", "ten this morning"
    part = part or _part_after(doc, end, limit) or _part_before(doc, i)
    if part is None:
        if not _twelve_hour_form(doc, i, end, limit, said_clock):
            return None
        return SpokenClock(i, end, (h % 12) * 3600.0 + minutes * 60.0, rounding, True)
    seconds = _meridiem(h, part) * 3600.0 + minutes * 60.0
    return SpokenClock(i, end_attached, seconds, rounding)
