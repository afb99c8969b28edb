"""Numbers written in words: the one cardinal lexicon every stage reads.

``CARDINALS`` maps a lower-case cardinal word to its value, "zero" (0) to "ninety" (90): the
words newsrooms spell out (style guides spell one to nine, and often every number that opens a
sentence). Compounds ("twenty-five"), scales ("million") and fractions are read by the stages
that need them (:mod:`consilience.quantities`). ``INDEFINITE`` holds the articles that count one
before a unit ("a week", "an hour"). ``ORDINALS[n]`` is the ordinal word of ``n`` for 1–12
("" for 0).
"""

from __future__ import annotations

CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

INDEFINITE: dict[str, int] = {"a": 1, "an": 1}

ORDINALS: tuple[str, ...] = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth",
)  # fmt: skip


def counts(low: int = 1, high: int = 90, *, indefinite: bool = True) -> dict[str, int]:
    """Count words with values in ``[low, high]`` (whole numbers), the articles "a"/"an" (1)
    first when ``indefinite``: ``counts(1, 12)`` -> ``{"a": 1, "an": 1, "one": 1, …,
    "twelve": 12}``. A new dict each call."""
    out = dict(INDEFINITE) if indefinite else {}
    out.update({w: n for w, n in CARDINALS.items() if low <= n <= high})
    return out
