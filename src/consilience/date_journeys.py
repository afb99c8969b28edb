"""A journey to one named place, dated by two verbs: "The masks will be flown to Keta on
Sunday" / "The masks will leave for Keta on Saturday"; "The squad travels to Oslo on
Monday" / "The squad departs for Oslo on Tuesday".

Articles date one departure with any verb of going ("fly", "sail", "travel", "leave for",
"head to", "return to"), which WordNet puts under travel (go, move, locomote) or leave (go
away) but not under one another. Two such acts of one traveller to one named destination
("to Keta", "for Keta") are one journey, so two dates of it are a conflict. Arrivals are
another act ("arrives in Oslo on Wednesday" may follow "leaves for Oslo on Tuesday"): verbs
under arrive or come never count.

:func:`journey_verb` reads an act (verb lemmas), :func:`destination` the place names of its
"to"/"for"/"towards" roles (as :func:`consilience.date_act_lexicon.role_names` gives them).
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

#: the verbs whose first sense tops a verb of going, and of arriving (WordNet lemmas)
GOING_TOPS = ("travel", "leave")
ARRIVING_TOPS = ("arrive", "come")
#: senses of an act's verb read, and hypernym steps walked up to a top
JOURNEY_SENSES = 2
JOURNEY_DEPTH = 3
#: prepositions that give where a journey goes ("flown to Keta", "leave for Keta")
DESTINATION_PREPS = ("prep:to", "prep:for", "prep:towards", "prep:toward")


@lru_cache(maxsize=4)
def _tops(words: tuple[str, ...]) -> frozenset[int]:
    return frozenset(off for w in words for off in lexicon.senses(w, "v")[:1])


@lru_cache(maxsize=4096)
def _under(lemma: str, tops: tuple[str, ...]) -> bool:
    return lexicon.reaches(lemma, "v", _tops(tops), JOURNEY_SENSES, JOURNEY_DEPTH)


def journey_verb(act: frozenset[str]) -> bool:
    """The act (verb lemmas, a particle verb's "fly_on" among them) is one of going
    somewhere: a lemma under travel or leave in WordNet and no lemma under arrive or come."""
    words = sorted(w for w in act if "_" not in w)
    if not any(_under(w, GOING_TOPS) for w in words):
        return False
    return not any(_under(w, ARRIVING_TOPS) for w in words)


def destination(roles: dict[str, frozenset[str]]) -> frozenset[str]:
    """The name words of where an act goes: its "to"/"for"/"towards" roles."""
    return frozenset().union(*(roles.get(r, frozenset()) for r in DESTINATION_PREPS))


def same_journey(
    act_a: frozenset[str],
    roles_a: dict[str, frozenset[str]],
    act_b: frozenset[str],
    roles_b: dict[str, frozenset[str]],
) -> bool:
    """Two acts (verb lemmas and :func:`consilience.date_act_lexicon.role_names`) are one
    journey: both verbs of going (:func:`journey_verb`) to a destination named alike. Who
    travels is the caller's to compare."""
    if not (journey_verb(act_a) and journey_verb(act_b)):
        return False
    return bool(destination(roles_a) & destination(roles_b))
