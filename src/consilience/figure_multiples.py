"""A figure given as a multiple of a reference: "up to 40 times the guideline value",
"80 times the safe limit", "twice the national average", "three times the size of".

A multiple is a figure of its own (dimension :data:`MULTIPLE`, value the factor) whose
property is what it is a multiple of, folded over the words of a permitted level ("the
guideline value", "the safe limit", "the legal threshold" are one reference, :data:`LIMIT`):
"40 times the guideline value" and "80 times the safe limit" are two readings of one
measurement. Works on a spaCy parse; no state.
"""

from __future__ import annotations

#: the dimension and unit of a multiple
MULTIPLE = "multiple"
#: the reference of a multiple of a permitted or advised level
LIMIT = "limit"
#: nouns of a permitted or advised level (lemmas)
_LIMIT_NOUNS = frozenset("limit guideline value level threshold standard maximum allowance".split())
_WORD_FACTORS = {"twice": 2.0, "thrice": 3.0, "double": 2.0, "triple": 3.0}
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100,
}  # fmt: skip
#: how far after "the" the reference noun may stand ("the recommended safe limit")
_REACH = 4


def _factor(doc, i: int, hi: int) -> tuple[float, int] | None:
    """(factor, index of "the") for "40 times the", "twice the"; None otherwise."""
    tok = doc[i]
    if tok.lower_ in _WORD_FACTORS and i + 1 < hi and doc[i + 1].lower_ == "the":
        return _WORD_FACTORS[tok.lower_], i + 1
    if i + 2 >= hi or doc[i + 1].lower_ != "times" or doc[i + 2].lower_ != "the":
        return None
    text = tok.text.replace(",", "")
    if tok.lower_ in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[tok.lower_]), i + 2
    try:
        value = float(text)
    except ValueError:
        return None
    return (value, i + 2) if value > 0 else None


def multiple_at(doc, i: int, hi: int) -> tuple[float, int, str] | None:
    """(factor, index after the reference noun, reference) for a multiple starting at token
    ``i`` of the sentence ending at ``hi``: the reference is :data:`LIMIT` for a permitted
    or advised level, else the reference noun's lemma; None when none starts at ``i``."""
    found = _factor(doc, i, hi)
    if found is None:
        return None
    factor, the = found
    for j in range(the + 1, min(hi, the + 1 + _REACH)):
        tok = doc[j]
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return None
        nxt = doc[j + 1] if j + 1 < hi else None
        if tok.pos_ in ("NOUN", "PROPN") and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
            lemma = tok.lemma_.lower()
            return factor, j + 1, LIMIT if lemma in _LIMIT_NOUNS else lemma
    return None
