"""A deadline is an upper bound, not a date: "by 30 September", "before June", "no later than
2028".

"The council will close 12 libraries by the end of 2027" says the closures are over by then;
it does not say when any one of them happens. A second report that one library "will close
on 4 March 2027" therefore tells a date inside the bound of one part of the whole act (one
closure of twelve: the same noun, singular against plural), not a different date of one
act. Two deadlines of one act ("by June 2027" / "by the end of September 2027") still
disagree, a point after the bound ("will close in November 2027") still contradicts it, and
so does a point of the whole act itself ("reaches 67 in 2032" / "complete by 2033": news
says "by" of the year a change ends).

:func:`deadline_date` reads the bound from the words before a DATE span (also when spaCy took
the preposition into the span); :func:`inside_deadline` tells a point reading of a member that the
bound admits (:func:`argument_numbers` gives the nouns' number). Both are pure; :mod:`consilience.dates` skips such pairs when it looks for date
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


#: dependencies of a verb's arguments whose grammatical number tells a set from a member
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def argument_numbers(verb) -> dict[str, bool]:
    """{lemma: plural} of the nouns that are ``verb``'s subject or object (a spaCy token;
    empty for None): "closing 140 branches" -> {"branch": True}, "The Elm Road library
    will shut" -> {"library": False}; a counted object ("140 of its 450 branches") is the
    noun it counts, plural."""
    out: dict[str, bool] = {}
    if verb is None:
        return out
    for c in verb.children:
        if c.dep_ not in ARGUMENT_DEPS:
            continue
        noun = c
        if c.pos_ == "NUM":
            noun = next((g for p in c.children if p.lower_ == "of" for g in p.children), c)
        if noun.pos_ in ("NOUN", "PROPN"):
            out[noun.lemma_.lower()] = noun.tag_ in ("NNS", "NNPS") or c.pos_ == "NUM"
    return out


def inside_deadline(a: tuple[str, bool, dict], b: tuple[str, bool, dict]) -> bool:
    """Two readings (ISO date, is a deadline, :func:`argument_numbers` of its verb) of which
    exactly one is a deadline over a set ("closing 140 branches by 30 September") and the
    other, a point, dates one member of it ("the Elm Road branch will close on 19 March":
    the same noun, singular) on or before the bound: the bound admits the point, no
    conflict. A point of the whole act ("the rise is complete by 2033" / "reaches 67 in
    2032") is still compared."""
    (da, ka, na), (db, kb, nb) = a, b
    if ka == kb:
        return False
    (bound, whole), (point, part) = ((da, na), (db, nb)) if ka else ((db, nb), (da, na))
    member = any(whole.get(w) is True and part.get(w) is False for w in whole)
    return member and _before(point, bound)
