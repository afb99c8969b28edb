"""Days of the month written as ordinal words: "the fourteenth of April", "the twenty-first
of May", "June the fourth".

The date parser reads "the 14th of April" but not "the fourteenth of April", which spoken
text (transcripts, captions, letters read out) writes; unread, such a date falls back to its
month and never disagrees with "14 April" or "4 April". :func:`numeric_ordinals` rewrites
the ordinal word of a day beside a month name as digits ("14th"), so the parser reads the
day; any other ordinal ("the fourth time in April") is left as written. A weekday with an
ordinal day and no month ("on Friday the tenth") gives its day to :func:`ordinal_day`: the
date is the one nearest the report on which that day of the month is that weekday.
"""

from __future__ import annotations

import re

_UNITS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_TENS = {"twentieth": 20, "thirtieth": 30}
_TENS_PREFIX = {"twenty": 20, "thirty": 30}

#: ordinal word of a day of the month -> its number (1 to 31)
DAY_ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_UNITS, start=1)} | _TENS
for _prefix, _base in _TENS_PREFIX.items():
    for _i, _w in enumerate(_UNITS[:9], start=1):
        if _base + _i <= 31:
            DAY_ORDINALS[f"{_prefix}-{_w}"] = _base + _i
            DAY_ORDINALS[f"{_prefix} {_w}"] = _base + _i

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_WORD = "|".join(sorted((re.escape(w) for w in DAY_ORDINALS), key=len, reverse=True))
#: "fourteenth of April" / "April the fourteenth" (the month capitalised, as a name)
_DAY_OF_MONTH = re.compile(rf"(?i:\b({_WORD}))(?=\s+of\s+{_MONTH}\b)")
#: a day as an ordinal word of a month, as a pattern: "the twenty-first of May", which the
#: tagger may tag only in part ("May 2046")
WORD_DAY = rf"(?:the\s+)?(?i:{_WORD})\s+of\s+{_MONTH}"
_MONTH_THE_DAY = re.compile(rf"\b({_MONTH}\s+)(?i:the\s+)?(?i:({_WORD}))\b")


def _digits(word: str) -> str:
    """ "fourteenth" -> "14th": the ordinal in digits, which the date parser reads."""
    n = DAY_ORDINALS[re.sub(r"\s+", " ", word.lower())]
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10 if n // 10 != 1 else 0, "th")
    return f"{n}{suffix}"


_DIGIT_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


def ordinal_day(words: list[str]) -> int | None:
    """The day of the month a span's lower-case words give as an ordinal ("friday the
    tenth" -> 10, "friday the 10th" -> 10, "tuesday the twenty first" -> 21), or None."""
    for i, w in enumerate(words):
        pair = f"{w} {words[i + 1]}" if i + 1 < len(words) else ""
        if pair in DAY_ORDINALS:
            return DAY_ORDINALS[pair]
        if w in DAY_ORDINALS:
            return DAY_ORDINALS[w]
        m = _DIGIT_ORDINAL.fullmatch(w)
        if m and 1 <= int(m.group(1)) <= 31:
            return int(m.group(1))
    return None


def numeric_ordinals(text: str) -> str:
    """``text`` with each day written as an ordinal word beside a month name in digits:
    "the fourteenth of April" -> "the 14th of April", "June the fourth" -> "June 4th"."""
    text = _DAY_OF_MONTH.sub(lambda m: _digits(m.group(1)), text)
    return _MONTH_THE_DAY.sub(lambda m: f"{m.group(1)}{_digits(m.group(2))}", text)
