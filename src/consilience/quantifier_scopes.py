"""How much of a set a clause speaks of: all of it ("every road", "all branches", "the
whole fleet") or part of it ("most streets", "four in five schools", "two-thirds of the
routes", "nearly every line"). Two clauses with one predicate and one argument, one said
of all and the other of part, state different things ("the ban covers every beach" /
"the ban covers most beaches"): never one claim.

    scope(text) -> "all" | "part" | None
    scopes_disagree(text_a, text_b) -> bool

The words are English's closed classes of quantifiers: universal determiners and
pronouns (:data:`UNIVERSAL`), proportional ones (:data:`PARTIAL`), fractions and "N in M"
/ "N out of M" proportions, and the approximators that turn a universal into a part
("nearly all", "almost every", "not all": :data:`APPROXIMATORS`). Uses that quantify no
set are left out: a frequency ("every day", "each year", "all night"), a fixed phrase
("at all", "after all", "all but", "each other", "on the whole", "all-time"), "some" or
"half" before a number or a time ("some 450 homes" is an estimate; "half past ten",
"half an hour"), "a quarter past five". A clause saying both, or neither, has no scope.
"""

from __future__ import annotations

import re

#: determiners and pronouns that quantify over a whole set
UNIVERSAL = frozenset({"every", "all", "each", "entire", "whole"})
#: determiners and nouns that quantify over part of a set
PARTIAL = frozenset({"most", "majority", "minority", "several", "many", "few", "some"})
#: words before "most" that make it a superlative or a bound ("the most", "at most")
SUPERLATIVE_BEFORE = frozenset({"the", "its", "their", "his", "her", "our", "at", "a"})
#: words that make a following universal a part ("nearly all", "not every")
APPROXIMATORS = frozenset({"nearly", "almost", "virtually", "practically", "not", "largely"})
#: nouns after "every", "each" or "all" that make it a frequency or a duration
TIME_NOUNS = frozenset(
    "day days week weeks month months year years night nights morning mornings evening "
    "evenings time times hour hours minute minutes season seasons weekend weekends "
    "summer winter spring autumn along".split()
)
_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|hundred|a|an)"
)
#: "four in five", "3 out of 4", "two-thirds", "a quarter of", "half of the", "part of"
_PROPORTION = re.compile(
    rf"\b{_NUMBER}\s+(?:in|out\s+of)\s+{_NUMBER}\b"
    rf"|\b{_NUMBER}[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b(?!\s+(?:past|to)\b)"
    r"|\bhalf\s+(?:of|the|its|their|our|his|her)\b|\bpart\s+of\b",
    re.IGNORECASE,
)
#: fixed phrases in which a quantifier word quantifies no set
_FIXED = re.compile(
    r"\bat\s+all\b|\bafter\s+all\b|\ball\s+but\b|\babove\s+all\b|\ball[\s-]+(?:time|out)\b"
    r"|\beach\s+other\b|\bon\s+the\s+whole\b|\bsome\s+(?=\d|about|around)"
    r"|\bsome\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million)\b|\bfor\s+good\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def scope(text: str) -> str | None:
    """``"all"`` when the clause quantifies a set wholly, ``"part"`` when partly, else
    (neither, or both) None (module doc)."""
    text = _FIXED.sub(" ", text)
    words = [w.lower() for w in _WORD.findall(text)]
    part, whole = bool(_PROPORTION.search(text)), False
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in UNIVERSAL and nxt not in TIME_NOUNS:
            if i and words[i - 1] in APPROXIMATORS:
                part = True
            else:
                whole = True
        elif w in PARTIAL and not _other_use(w, words[i - 1] if i else "", nxt):
            part = True
    if whole == part:
        return None
    return "all" if whole else "part"


def _other_use(word: str, before: str, after: str) -> bool:
    """A partial quantifier word used otherwise: a superlative or a bound ("the most
    powerful", "at most"), or "some" before a time ("some time")."""
    if word == "most":
        return before in SUPERLATIVE_BEFORE
    return word == "some" and after in TIME_NOUNS


def scopes_disagree(a: str, b: str) -> bool:
    """One clause quantifies a set wholly and the other partly (:func:`scope`)."""
    sa, sb = scope(a), scope(b)
    return bool(sa and sb) and sa != sb
