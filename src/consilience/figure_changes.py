"""The start of a change told "from X to Y": "the cycle lengthened from 41,000 years to
100,000 years", "a switch from a 41,000-year to a 100,000-year rhythm", "the workforce grew
from 3,000 to 4,500".

X is the value before the change, Y the value after: two properties of one thing at two
times, never two readings of one figure, and "X to Y" is no range. A figure is a change's
start when it follows "from" (a determiner between allowed), the preposition hangs on a verb
that WordNet files under "change" within six hypernym steps (lengthen, rise, fall, grow, cut,
double, switch, shift; not "cost", "range", "vary", whose "from X to Y" is a range) or on a
noun of such a verb ("a switch from"), and a "to" with a number follows in the sentence.
The order may be turned round, "to Y from X" ("was revised to 650 from 400", "cut to 12 from
18"): the "from" then hangs on the verb whose "to" phrase, before it, holds the new value.
Verbs of setting a figure right (:data:`REVISING_VERBS`: revise, correct, amend) count as
verbs of change, though WordNet files "revise" elsewhere.
"""

from __future__ import annotations

import functools

from . import lexicon

_DETERMINERS = frozenset({"a", "an", "the"})
#: verbs by which a report sets its own or an earlier figure right: "was revised to 650",
#: "corrected to 31", "amended to 12", "adjusted down to 4.1%", "downgraded to 2"
REVISING_VERBS = frozenset(
    {"revise", "correct", "amend", "adjust", "update", "upgrade", "downgrade", "restate"}
)
#: how far after the start's number the "to" of the end may stand
_TO_REACH = 6


@functools.cache
def _change_senses() -> frozenset[int]:
    return frozenset(lexicon.senses("change", "v")[:2])


@functools.cache
def _is_change(lemma: str) -> bool:
    return lexicon.reaches(lemma, "v", _change_senses(), 3, 6)


def _changes(head) -> bool:
    """``head`` (the token "from" hangs on) is a verb of change or a noun of one."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        return lemma in REVISING_VERBS or _is_change(lemma)
    if head.pos_ == "NOUN":
        return any(_is_change(v) for v in sorted(lexicon.verbs_of(lemma) | {lemma}))
    return False


def _end_follows(doc, after: int, hi: int) -> bool:
    """A "to" followed by a number within :data:`_TO_REACH` tokens after index ``after``."""
    for k in range(after, min(hi, after + _TO_REACH)):
        if doc[k].lower_ == "to":
            nxt = doc[k + 1 : min(hi, k + 4)]
            return any(t.like_num or t.pos_ == "NUM" for t in nxt)
    return False


def change_start(doc, start: int, end: int, lo: int, hi: int) -> bool:
    """The number at tokens [start, end) of the sentence [lo, hi) is the start of a change
    "from X to Y" (module docstring)."""
    k = start - 1
    if k >= lo and doc[k].lower_ in _DETERMINERS:
        k -= 1
    if k < lo or doc[k].lower_ != "from":
        return False
    return _changes(doc[k].head) and (_end_follows(doc, end, hi) or _end_before(doc[k]))


def _end_before(prep) -> bool:
    """The verb that "from" (token ``prep``) hangs on has a "to" phrase before it holding a
    number: "was revised to 650 from 400", "rose to 52 from 40" (the end told first)."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to" and c.i < prep.i:
            if any(_leading_number(g) for g in c.children if g.dep_ == "pobj"):
                return True
    return False


def _leading_number(pobj) -> bool:
    """The object of "to" is a figure: a number, or a noun whose number stands before it
    ("to 4.1 million tonnes"), not a name with a number after it ("to berth 3")."""
    if pobj.like_num or pobj.pos_ == "NUM":
        return True
    return any(c.dep_ == "nummod" and c.i < pobj.i for c in pobj.children)


#: the property of a sum by which a thing went up ("rises by £312", "will go up by more
#: than £400") or down ("cut by €2m"): the size of the change, never the level reached
RISE_BY = "increase"
FALL_BY = "decrease"
#: particles that give a phrasal verb its direction ("go up", "come down", "put up")
_UP, _DOWN = frozenset({"up"}), frozenset({"down"})


@functools.cache
def _direction_senses(word: str) -> frozenset[int]:
    return frozenset(lexicon.senses(word, "v")[:2])


def _direction(verb) -> str | None:
    """:data:`RISE_BY` or :data:`FALL_BY` for a verb of change upward ("rise", "increase",
    "raise", "climb", "go up") or downward ("fall", "cut", "reduce", "go down"), by its
    particle else WordNet (the first two senses of "increase" / "decrease" within six
    hypernym steps); None for any other verb."""
    prt = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if prt & _UP:
        return RISE_BY
    if prt & _DOWN:
        return FALL_BY
    lemma = verb.lemma_.lower()
    if not _is_change(lemma) and lemma not in REVISING_VERBS:
        return None
    if lexicon.reaches(lemma, "v", _direction_senses("increase"), 2, 6):
        return RISE_BY
    if lexicon.reaches(lemma, "v", _direction_senses("decrease"), 2, 6):
        return FALL_BY
    return None


def change_by(doc, start: int, lo: int) -> str | None:
    """:data:`RISE_BY` / :data:`FALL_BY` when the figure whose tokens (its qualifier
    included) start at ``start`` is the size of a change: it follows "by", and "by" hangs
    on a verb of change up or down (:func:`_direction`): "the season ticket rises by £312
    to £5,600", "will go up by more than £400", "the grant was cut by €2m". None otherwise
    ("won by £5", "paid by the council")."""
    k = start - 1
    if k < lo or doc[k].lower_ != "by":
        return None
    verb = doc[k].head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return _direction(verb)
