"""A weekday that names a kind of day, not a day: "on an ordinary Tuesday", "every Sunday",
"on Fridays", "a Sunday ticket".

A weekday names one day of the calendar only as a definite noun: bare ("on Tuesday"), or
with a deictic ("last Tuesday"). Told with an indefinite or distributive determiner ("a",
"an", "any", "every", "each"), in the plural, or as the modifier of a noun that takes such
a determiner ("a Sunday ticket"), it names any day of that kind; a habitual or
hypothetical clause ("whether the house can fill those seats on an ordinary Tuesday") says
so by exactly this grammar. Such a span resolves to no date (the English determiner system:
indefinite and distributive determiners do not refer to one individual; Quirk et al., *A
Comprehensive Grammar of the English Language*, 1985, 5.26-5.36 and 7.18).
"""

from __future__ import annotations

#: determiners that make a noun phrase name any member of its kind
GENERIC_DETERMINERS = frozenset({"a", "an", "any", "every", "each", "some"})


def _determiners(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("det", "predet")}


def generic_weekday(tok) -> bool:
    """The weekday token ``tok`` (spaCy) names a kind of day, not one day: it has a
    generic determiner (:data:`GENERIC_DETERMINERS`), is plural ("on Fridays"), or is
    the compound or modifier of a noun with a generic determiner ("a Sunday ticket")."""
    if tok.lower_.endswith("s"):
        return True  # "on Tuesdays"
    if _determiners(tok) & GENERIC_DETERMINERS:
        return True
    head = tok.head
    if head.i != tok.i and tok.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN":
        return bool(_determiners(head) & GENERIC_DETERMINERS)
    return False


#: determiners that point back to a day the text placed itself ("on *the* Thursday", "*that*
#: Saturday")
ANAPHORIC_DETERMINERS = frozenset({"the", "that"})
#: parts of a day a weekday may modify ("the Friday *night*")
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "overnight"})


def anaphoric_weekday(tok) -> bool:
    """The weekday token ``tok`` (spaCy) names a day the story placed, not one the
    publication date places: it has a definite or demonstrative determiner ("the practice
    took 2,300 calls on *the* Thursday", "*that* Saturday", "on the Saturday after the
    gates went up"). Such a span resolves to no date: the nearest weekday to the
    publication is a guess (Quirk et al. 1985, 5.26-5.36: "the" refers back to an
    individual the context gives). So does a weekday that modifies a part of the day with
    such a determiner ("on *the* Friday night", "*that* Sunday morning")."""
    if _determiners(tok) & ANAPHORIC_DETERMINERS:
        return True
    head = tok.head
    if head.i == tok.i or tok.dep_ not in ("compound", "nmod", "amod"):
        return False
    return head.lower_ in DAY_PARTS and bool(_determiners(head) & ANAPHORIC_DETERMINERS)

