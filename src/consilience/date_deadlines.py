"""A deadline is an upper bound, not a date: "by 30 September", "before June", "no later than
2028".

"The council will close 12 libraries by the end of 2027" says the closures are over by then;
it does not say when any one of them happens. A second report that one library "will close
on 4 March 2027" therefore tells a date inside the bound, not a different date of one act
(and usually of a part of the whole act: one closure of twelve). Two deadlines of one act
("by June 2027" / "by the end of September 2027") still disagree, and a point after the
bound ("will close in November 2027") still contradicts it.

:func:`deadline_date` reads the bound from the words before a DATE span (also when spaCy took
the preposition into the span); :func:`inside_deadline` tells a point reading that the bound
admits. Both are pure; :mod:`consilience.dates` skips such pairs when it looks for date
conflicts.
"""

from __future__ import annotations

#: one-word prepositions that make the date after them an upper bound
DEADLINE_PREPS = frozenset({"by", "before"})
#: the words before "than" that make the date after it an upper bound ("no later than")
LATER_THAN = ("later", "than")


def deadline_date(span) -> bool:
    """Whether the DATE ``span`` (a spaCy span) is an upper bound: the word before it, or its
    own first word, is "by" or "before", or the words before it are "no/not later than"."""
    doc = span.doc
    first = span[0].lower_ if len(span) else ""
    if first in DEADLINE_PREPS:
        return True
    k = span.start
    if k >= 1 and doc[k - 1].lower_ in DEADLINE_PREPS and doc[k - 1].pos_ in ("ADP", "SCONJ"):
        return True
    if k >= 3 and tuple(t.lower_ for t in doc[k - 2 : k]) == LATER_THAN:
        return doc[k - 3].lower_ in ("no", "not")
    return False


def _before(point: str, bound: str) -> bool:
    """ISO ``point`` lies on or before ISO ``bound`` at their common precision (the shorter
    of the two strings: "2027-03-19" is before "2027-09")."""
    n = min(len(point), len(bound))
    return point[:n] <= bound[:n]


def inside_deadline(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Two readings (ISO date, is a deadline) of which exactly one is a deadline and the
    other, a point, lies on or before it: the bound admits the point, no conflict."""
    (da, ka), (db, kb) = a, b
    if ka == kb:
        return False
    bound, point = (da, db) if ka else (db, da)
    return _before(point, bound)
