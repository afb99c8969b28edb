"""Shares written as fractions in words: "nine in ten transactions", "one in five adults",
"two out of three voters", "3 in 4 homes", "nine in ten of its trains", and plain fractions
of a plural noun: "two-thirds of its streets", "three quarters of trains", "half of all
homes".

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

from .figure_forms import FRACTIONS, fraction_at
from .noun_branches import kind_of

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
    if noun < hi and doc[noun].lower_ == "of":
        counted = _counted_after_of(doc, noun, hi)  # "nine in ten of its trains"
        if counted is None:
            return None
        noun = counted
    if noun >= hi or doc[noun].pos_ != "NOUN" or doc[noun].tag_ != "NNS":
        return None
    step = 100.0 / bottom
    return Fraction(100.0 * top / bottom, STEP_SHARE * step, i, noun + 1, noun)


#: how many tokens a counted noun may stand after "of" ("of all the town's homes")
_OF_REACH = 5


def _counted_after_of(doc, of: int, hi: int) -> int | None:
    """The index of the plural (or collective, :func:`_collective`) noun that the "of" at
    token ``of`` governs within
    :data:`_OF_REACH` tokens ("of its streets", "of all trains"), or None when there is
    none, or a number stands before it ("half of the 12 victims" is a count, read as such)."""
    for k in range(of + 1, min(hi, of + 1 + _OF_REACH)):
        tok = doc[k]
        if tok.text in ("-", "–"):
            continue  # "season-ticket holders"
        if tok.like_num and k + 1 < hi and doc[k + 1].text in ("-", "–"):
            continue  # "the 420-hectare lake": a measure of the whole, no count
        if tok.like_num or tok.pos_ in ("NUM", "VERB", "AUX", "PUNCT", "ADP", "CCONJ"):
            return None
        if tok.pos_ == "NOUN" and tok.head.i == of and (
            tok.tag_ == "NNS" or _collective(tok) or expanse(tok)
        ):
            return k
    return None


#: WordNet roots of an expanse whose part is a share of its surface ("a third of the lake")
_EXPANSE_ROOTS = ("body_of_water", "geographical_area", "land", "surface", "region")


def expanse(tok) -> bool:
    """``tok`` is a singular noun of an expanse of water or land (WordNet: a kind of one of
    :data:`_EXPANSE_ROOTS`: the lake, the forest, the country), whose part is a share of its
    surface, as "60 per cent of the lake" is; never a stretch of time ("half of the season")."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NN" and any(kind_of(lemma, root) for root in _EXPANSE_ROOTS)


def _collective(tok) -> bool:
    """``tok`` is a singular noun of a group of people (WordNet: a kind of "group": the
    population, the electorate, the workforce, the staff), whose share is a share of its
    members ("two-thirds of the workforce"); never a thing or a stretch of time, whose part
    is no share ("half of the season", "a quarter of an hour")."""
    return tok.tag_ == "NN" and kind_of(tok.lemma_.lower(), "group")


def word_share_at(doc, i: int, hi: int) -> Fraction | None:
    """A plain fraction in words of a plural noun starting at token i: "two-thirds of its
    streets", "three quarters of trains", "a third of the homes", "half of all voters"
    (:func:`figure_forms.fraction_at` read, then "of" and the noun it governs; a group
    noun too: "two-thirds of the workforce"). None when no "of" follows, the noun is
    another singular ("a quarter of an hour", "half of the season": a part of one thing,
    not a share of things) or a number names the whole."""
    found = fraction_at(doc, i, hi)
    if found is None or found[1] >= hi or doc[found[1]].lower_ != "of":
        return None
    value, j = found
    bottom = FRACTIONS.get(doc[j - 1].lower_)
    noun = _counted_after_of(doc, j, hi)
    if bottom is None or noun is None or not 0 < value < 1:
        return None
    step = 100.0 / bottom
    return Fraction(100.0 * value, STEP_SHARE * step, i, noun + 1, noun)
