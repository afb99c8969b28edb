"""Whether "pounds" after a number is sterling or a weight, from its sentence and article.

    pounds_are_money(doc, j, lo, hi, money_cues, mass_cues) -> True | False

"Pounds" names a sum ("escaped with about 3.4 million pounds") or a mass ("weighs about 26.5
million pounds"). In order:

1. its own words: "pounds sterling" is money, "pounds of wheat" a mass;
2. its sentence: a weight cue ("weighs", "heavy", "tonnes") makes it a mass, a money cue
   ("paid", "cost") or a noun WordNet files under *possession* (money, property, prices,
   wages, fines, debts, loot: the descendants of ``possession.n.02``) or under *medium of
   exchange* (cash, coins, funds) makes it money;
3. its article: a sum written with "£" or "GBP" elsewhere, or any noun of a medium of
   exchange ("the cash was fully insured"), makes it money unless the article weighs
   something (a weight cue or another mass unit anywhere in it);
4. otherwise a mass (the reading pint gives "pound").

The noun classes are WordNet 3.0's (through :mod:`consilience.lexicon`): the first
:data:`SENSES` senses of a noun's lemma are looked up, so "cash" (its second sense is the
possession), "loot", "fine" and "debts" count, "van" and "catch" do not.
"""

from __future__ import annotations

from functools import cache

from . import lexicon

SENSES = 2  # first senses of a noun looked up in WordNet
#: written sums in sterling elsewhere in the article
_STERLING_MARKS = frozenset({"£", "gbp", "sterling", "pence", "stg"})
#: mass units other than the pound: an article that weighs things in them weighs in pounds too
_MASS_UNITS = frozenset(
    {
        "kg",
        "kilogram",
        "kilograms",
        "kilogrammes",
        "kilos",
        "tonne",
        "tonnes",
        "ounce",
        "ounces",
        "oz",
        "lb",
        "lbs",
        "grams",
        "gram",
    }
)
_POUND_WORDS = frozenset({"pound", "pounds", "quid"})


@cache
def _roots() -> tuple[frozenset[int], frozenset[int]]:
    """(offsets of possession.n.02 and medium_of_exchange.n.01, offsets of the latter)."""
    possession = lexicon.senses("possession", "n")[1:2]
    medium = lexicon.senses("medium_of_exchange", "n")[:1]
    return frozenset(possession) | frozenset(medium), frozenset(medium)


@cache
def _ancestors(offset: int) -> frozenset[int]:
    table = lexicon.table()["synsets"]["n"]
    seen, level = {offset}, {offset}
    while level:
        level = {h for o in level for h in table[o][1]} - seen
        seen |= level
    return frozenset(seen)


@cache
def _filed_under(lemma: str, money_only: bool) -> bool:
    """Noun ``lemma`` is a possession (or, with ``money_only``, a medium of exchange)."""
    if lemma in _POUND_WORDS:
        return False
    roots = _roots()[1 if money_only else 0]
    return any(_ancestors(s) & roots for s in lexicon.senses(lemma, "n")[:SENSES])


def _nouns(tokens) -> list[str]:
    return [t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"]


def _words(tokens) -> set[str]:
    return {t.lower_ for t in tokens}


def pounds_are_money(doc, j: int, lo: int, hi: int, money_cues, mass_cues) -> bool:
    """Whether "pounds" at token ``j`` of the sentence ``doc[lo:hi]`` is sterling (module
    doc); ``money_cues`` and ``mass_cues`` are the caller's cue words (lower case)."""
    nxt = doc[j + 1].lower_ if j + 1 < hi else ""
    if nxt == "sterling":
        return True
    if nxt == "of":
        return False
    sentence = doc[lo:hi]
    words = _words(sentence)
    if words & mass_cues or words & _MASS_UNITS:
        return False
    if words & money_cues or any(_filed_under(n, False) for n in _nouns(sentence)):
        return True
    every = _words(doc)
    if every & mass_cues or every & _MASS_UNITS:
        return False
    return bool(every & _STERLING_MARKS) or any(_filed_under(n, True) for n in _nouns(doc))
