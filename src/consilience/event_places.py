"""Where one act was done, told as two places that cannot both be it: readings of kind
``"place"``.

    place_readings(analysis, claim, names) -> [Reading(kind="place"), ...]
    place_clash(a, b, published) -> bool

A clause gives a place reading for each stated verb (not a copula, not denied, hedged or
planned) with a place phrase -- "in", "inside", "at" or "on" and a common noun whose first
WordNet sense is a building, room, vehicle, piece of land or water (:data:`PLACE_KINDS`):
"the pumpkin was growing *in a shed*", "the fire started *in the kitchen*". The reading's
predicate is the verb's lemma with the preposition's group ("grow in"); its theme is what
the verb is said of (the object of an active verb, else the subject), a singular noun
(many things may be in many places); the place noun is kept in ``preps`` as ``("place",
lemma)``.

Two place readings clash (:func:`place_clash`) when they give one predicate of one thing
(:func:`consilience.event_states.same_theme`), both stated, at one moment (no two clause
dates; reported on one day or both in a past tense), in two places that exclude each other
(:func:`consilience.noun_branches.co_kinds`): two different nouns, neither a kind of the
other, whose first senses are kinds of one near hypernym ("shed" / "greenhouse": both
buildings; "kitchen" / "bedroom": both rooms). A place and a part of it, or a place and a wider one ("in the
kitchen" / "in the house"), share no near hypernym and never clash. Writers name the same
act's place in their own words; what the act was done to and when stay the same, so the
two places are two readings of one fact.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .event_states import (
    COPULAS,
    Reading,
    _arguments,
    _referent,
    _time,
    dated_apart,
    same_theme,
)
from .model import Analysis, Claim
from .noun_branches import co_kinds, first_sense_kind_of
from .value_readings import value_reading

#: place prepositions, by the group two readings must share ("in" and "inside" name one
#: relation to a place; "at" and "on" others)
PLACE_PREPS = {"in": "in", "inside": "in", "within": "in", "at": "at", "on": "on", "aboard": "on"}
#: WordNet nouns whose kinds are places an act is done in (first senses only)
PLACE_KINDS = ("structure", "vehicle", "geographical_area", "body_of_water", "room", "facility")


def place_readings(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """The place readings inside ``claim``'s span (module doc); empty when the span does
    not map onto tokens. ``names``: the article's :func:`consilience.claims.article_names`."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok in span:
        out.extend(_verb_places(tok, claim, names))
    return [replace(r, dated=tuple(claim.dates)) for r in out]


def _verb_places(tok, claim: Claim, names) -> list[Reading]:
    """Place readings of verb ``tok``'s place phrases (module doc)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in COPULAS or tok.dep_ in ("amod", "compound"):
        return []
    if any(c.dep_ == "neg" for c in tok.children):
        return []
    time = _time(tok, claim)
    if time is None or time[0]:
        return []  # a hedge or a plan
    thing = _thing(tok)
    if thing is None:
        return []
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        group = PLACE_PREPS.get(prep.lower_)
        place = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if group is None or place is None or place.pos_ != "NOUN":
            continue
        lemma = place.lemma_.lower()
        if not is_place(lemma):
            continue
        out.append(_reading(tok, f"{tok.lemma_.lower()} {group}", thing, place, names, time))
    return out


def _thing(tok):
    """What verb ``tok`` is said of: its object (of a passive, its subject), else its
    subject; None for a pronoun, no noun or a plural one (many things may be in many
    places)."""
    subj, obj, _passive = _arguments(tok)
    thing = obj if obj is not None else _referent(subj)
    if thing is None or thing.tag_ not in ("NN", "NNP"):
        return None  # "bodies were found in the kitchen and in a bedroom": many places
    return thing


def _reading(tok, predicate: str, thing, place, names, time) -> Reading:
    """The place reading of ``thing`` at ``place`` (module doc): a value reading
    (:func:`consilience.value_readings.value_reading`) of kind "place" whose value is the
    place noun, of a past moment when the verb is in a past tense."""
    past = tok.tag_ == "VBD" or any(c.lower_ == "had" for c in tok.children if c.dep_ == "aux")
    reading = value_reading(tok, predicate, thing, place, "", names, time)
    return replace(
        reading, kind="place", preps=frozenset({("place", place.lemma_.lower())}), change=past
    )


@lru_cache(maxsize=16384)
def is_place(noun: str) -> bool:
    """The first WordNet sense of ``noun`` is a kind of one of :data:`PLACE_KINDS`."""
    return any(first_sense_kind_of(noun, kind) for kind in PLACE_KINDS)


def places_of(r: Reading) -> frozenset[str]:
    """The place nouns of reading ``r`` (empty for a reading of another kind)."""
    return frozenset(w for k, w in r.preps if k == "place")


def place_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether place readings ``a`` and ``b`` (of articles published on the ISO days
    ``published``, "" when unknown) put one act of one thing in two places that exclude
    each other (module doc)."""
    if a.kind != "place" or b.kind != "place" or a.predicate != b.predicate:
        return False
    if not same_theme(a, b) or (a.start and b.start and a.start != b.start):
        return False
    days_differ = published[0] and published[1] and published[0] != published[1]
    if days_differ and not (a.change and b.change):
        return False
    if dated_apart(a, b, published) or _dates_differ(a, b):
        return False
    pa, pb = places_of(a), places_of(b)
    if pa & pb:
        return False
    return any(co_kinds(x, y) for x in pa for y in pb)


def _dates_differ(a: Reading, b: Reading) -> bool:
    """Both clauses are dated and share no date: two acts, not two readings of one."""
    return bool(a.dated and b.dated and not set(a.dated) & set(b.dated))
