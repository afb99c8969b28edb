"""Shares written as fractions in words: "nine in ten transactions", "one in five adults",
"two out of three voters", "3 in 4 homes".

Such a phrase gives a percentage of the noun it counts (90 % of transactions), the same
property as "85% of transactions", and is compared with it. Its precision is that of a
fraction of its denominator: a writer says "nine in ten" for a share nearer 9/10 than any
other tenth and rounds to the nearest plain fraction, so it is read as the fraction within a
quarter of one step (±2.5 points for tenths, ±5 for fifths): "nine in ten" disputes "about
85%", and agrees with 91 %.

Works on a spaCy parse; no state.
"""

from __future__ import annotations

from dataclasses import dataclass

#: denominators of a share told as a fraction ("one in three", "nine out of ten")
DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 20, 100, 1000})
#: how much of one step of the fraction its reading may stray
STEP_SHARE = 0.25
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
          "thousand": 1000}  # fmt: skip


@dataclass(frozen=True)
class Fraction:
    """A share read at tokens [start, end): ``percent`` of what ``noun`` (a token index)
    counts, good to ``rounding`` points either way."""

    percent: float
    rounding: float
    start: int
    end: int
    noun: int


def _small_number(tok) -> int | None:
    text = tok.lower_
    if text.isdigit():
        return int(text)
    return _WORDS.get(text)


def share_at(doc, i: int, hi: int) -> Fraction | None:
    """The fraction starting at token i of a sentence ending at ``hi`` ("nine in ten
    transactions", "two out of three voters"), or None. The numerator is below the
    denominator, the denominator one of :data:`DENOMINATORS`, and a plural noun follows
    (a bare "one in ten" names no property)."""
    top = _small_number(doc[i])
    if top is None or i + 2 >= hi:
        return None
    j = i + 1
    if doc[j].lower_ == "out" and j + 1 < hi and doc[j + 1].lower_ == "of":
        j += 2
    elif doc[j].lower_ == "in":
        j += 1
    else:
        return None
    if j >= hi:
        return None
    bottom = _small_number(doc[j])
    if bottom is None or bottom not in DENOMINATORS or not 0 < top < bottom:
        return None
    noun = j + 1
    if noun >= hi or doc[noun].pos_ != "NOUN" or doc[noun].tag_ != "NNS":
        return None
    step = 100.0 / bottom
    return Fraction(100.0 * top / bottom, STEP_SHARE * step, i, noun + 1, noun)
