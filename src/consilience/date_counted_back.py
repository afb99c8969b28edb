"""The last occurrence counted back from the report: "their first final in nine years", "the
first strike in a decade", "for the first time in 30 years".

"The first X since 2011" dates the last X by its year; "the first X in nine years" dates the
same last X by a count of years before the report, so both are one fact told two ways and
two articles giving 2011 and "nine years" (in 2026) disagree. A count of years is rounded
(a final of May 2017 is "nine years" ago in November 2026 and in March 2026 alike), so the
year it gives is good to one year either way (:data:`SLACK_YEARS`).

:func:`counted_years` reads the count (a spaCy DATE span in, years out or None); the span is
a count only after "in" with an ordinal "first" before it in its sentence, never a calendar
year ("the first strike in 2019" is the first of that year).
"""

from __future__ import annotations

import re

from .number_words import counts

#: years either way a counted-back year may lie from the true one
SLACK_YEARS = 1
#: how many tokens before the span "first" may stand ("the first nurses' strike in the
#: region in 30 years")
FIRST_WINDOW = 12
_WORDS = counts()  # "a"/"an" and every cardinal word from one (number_words.py)
_UNITS = {"year": 1, "years": 1, "decade": 10, "decades": 10}
_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d|21\d\d)\b")


def _count(tokens: list[str]) -> int | None:
    """Years counted by ``tokens`` ("nine years" 9, "a decade" 10, "30 years" 30)."""
    unit = next((_UNITS[w] for w in tokens if w in _UNITS), None)
    if unit is None:
        return None
    for w in tokens:
        n = int(w) if w.isdigit() else _WORDS.get(w)
        if n is not None and 0 < n < 200:
            return n * unit
    return None


def _after_first(span) -> bool:
    """An ordinal "first" stands before ``span`` in its sentence, within
    :data:`FIRST_WINDOW` tokens."""
    doc = span.doc
    lo = max(span.sent.start, span.start - FIRST_WINDOW)
    return any(t.lower_ == "first" for t in doc[lo : span.start])


def counted_years(span) -> int | None:
    """Years before the report that the DATE ``span`` counts back to in "the first X in
    <N years>" (see the module doc), else None: no "in" before it, no "first" before that,
    a calendar year in it, or no count of years."""
    doc = span.doc
    if _YEAR_RE.search(span.text) or span.start == 0:
        return None
    words = [t.lower_ for t in span if not t.is_punct]
    if words and words[0] == "in":
        words = words[1:]
    elif doc[span.start - 1].lower_ != "in":
        return None
    if not _after_first(span):
        return None
    return _count(words)


def counted_text(text: str) -> bool:
    """``text`` (a date mention's words) is a count of years, no calendar year ("nine
    years", "a decade")."""
    words = [w.strip(".,").lower() for w in text.split()]
    return not _YEAR_RE.search(text) and _count(words) is not None


def near_years(a: str, b: str) -> bool:
    """Two ISO years within :data:`SLACK_YEARS` of each other."""
    return abs(int(a[:4]) - int(b[:4])) <= SLACK_YEARS
