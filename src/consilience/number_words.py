"""Numbers written in words: the one cardinal lexicon every stage reads.

``CARDINALS`` maps a lower-case cardinal word to its value, "zero" (0) to "ninety" (90): the
words newsrooms spell out (style guides spell one to nine, and often every number that opens a
sentence). Compounds ("twenty-five"), scales ("million") and fractions are read by the stages
that need them (:mod:`consilience.quantities`). ``INDEFINITE`` holds the articles that count one
before a unit ("a week", "an hour"). ``ORDINALS[n]`` is the ordinal word of ``n`` for 1–12
("" for 0). :func:`spoken_decimal` reads a decimal said aloud ("one point nine", as radio and
council transcripts write it).
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


#: the digit words said after "point" in a spoken decimal ("two point oh five")
DIGIT_WORDS: dict[str, int] = {
    **{w: n for w, n in CARDINALS.items() if n <= 9},
    "oh": 0,
    "nought": 0,
}


def spoken_decimal(words: list[str]) -> tuple[float, int] | None:
    """(value, digits after the point) of a decimal said aloud, read from the lower-case words
    starting at its whole part: ``["one", "point", "nine", "million"]`` -> ``(1.9, 1)``;
    ``["two", "point", "oh", "five"]`` -> ``(2.05, 2)``. The whole part is one cardinal word
    (zero to ninety); at least one digit word follows "point". None for any other run (a
    scale word after it is the caller's)."""
    if len(words) < 3 or words[0] not in CARDINALS or words[1] != "point":
        return None
    digits = []
    for w in words[2:]:
        if w not in DIGIT_WORDS:
            break
        digits.append(str(DIGIT_WORDS[w]))
    if not digits:
        return None
    return CARDINALS[words[0]] + float("0." + "".join(digits)), len(digits)
