"""Audiences that watched an event through a medium, told apart from the crowd at it.

"A crowd of 14,500" and "in front of 12,000 people" are one headcount of the event;
"around 300 fans watched the final on a big screen in the town square" or "4.1 million
watched on television" count an audience elsewhere. A count whose clause verb is one of
watching (WordNet: under "watch, look attentively" within two steps: "view", "witness")
and whose verb takes "on"/"via" a medium (WordNet: a kind of medium, equipment, electronic
device or telecommunication in one of its first three senses: "screen", "television",
"radio", "phone") gives the property :data:`VIEWERSHIP`, never the crowd.
"""

from __future__ import annotations

import functools

from . import lexicon

#: the property of a count of people who watched through a medium
VIEWERSHIP = "viewership"
_MEDIUM_ROOTS = ("medium", "equipment", "electronic_device", "telecommunication")
_MEDIUM_PREPS = {"on", "via", "over"}


@functools.lru_cache(maxsize=4096)
def _watching(verb: str) -> bool:
    root = lexicon.senses("watch", "v")[:1]
    return verb.isalpha() and lexicon.reaches(verb, "v", frozenset(root), 3, 2)


@functools.lru_cache(maxsize=4096)
def _medium(noun: str) -> bool:
    roots = frozenset(s for w in _MEDIUM_ROOTS for s in lexicon.senses(w, "n")[:1])
    return noun.isalpha() and lexicon.reaches(noun, "n", roots, 3, 10)


def watched_through(verb) -> str | None:
    """The medium spaCy token ``verb`` (a count's clause verb) watched its event through
    ("watched the final on a big screen", "watched the debate on TV" -> "screen", "tv"), or
    None when the verb is no watching
    or names no medium (names and dates are none: "on Sunday", "on Centre Court")."""
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not _watching(verb.lemma_.lower()):
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "the debate on TV"
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _MEDIUM_PREPS]
    for obj in (o for p in preps for o in p.children if o.dep_ == "pobj"):
        if obj.pos_ == "NOUN" and not obj.ent_type_ and _medium(obj.lemma_.lower()):
            return obj.lemma_.lower()
    return None
