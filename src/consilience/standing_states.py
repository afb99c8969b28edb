"""A thing still standing against the act that ended it: "St Anne's tower is still
standing" / "the storm tore the tower off the church".

    standing_readings(span) -> [Standing(token, pole, head, phrase), ...]
    standing_clash(a, b) -> True | False

A clause says a thing persists (pole ``"stands"``) when it is the subject of "stand"
asserted with "still" or under "remain" / "stay" ("is *still standing*", "*remained
standing*"), or is said to be intact (:data:`consilience.opposite_words.INTACT`, with
"still" or not). It says the thing was ended (pole ``"ended"``) when it is the theme of
an asserted verb that WordNet files, in one of its first two senses within two hypernym
steps, under destroying, demolishing, removing or collapsing (:data:`ENDING_ANCHORS`:
destroy, raze, level, wreck, tear down, cave in, remove, tear off ...), or the object of
any verb that takes it *off* or *from* something ("ripped the roof *off* the hall").
The theme is the object of a transitive verb, else the (passive) subject.

Two readings clash when their poles differ and their themes have one head lemma; the
caller (:mod:`consilience.statements`) asks for one matter and one moment.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .opposite_words import INTACT

#: WordNet senses whose kinds end a thing's standing, as (word, senses counted)
ENDING_ANCHORS = (("destroy", 2), ("demolish", 1), ("remove", 1), ("collapse", 1))
_PERSIST = frozenset({"remain", "stay"})
_OFF = frozenset({"off", "from"})


class Standing(NamedTuple):
    """One reading: doc ``token`` index of its word, ``pole`` ("stands" / "ended"), the
    theme's ``head`` lemma and ``phrase`` as written."""

    token: int
    pole: str
    head: str
    phrase: str


def standing_readings(span) -> list[Standing]:
    """The standing readings of the words of spaCy ``span`` (module doc), in text order."""
    out = []
    for t in span:
        pole = _pole(t)
        theme = _theme(t, pole) if pole else None
        if theme is not None:
            out.append(Standing(t.i, pole, theme.lemma_.lower(), _phrase(theme)))
    return out


def standing_clash(a: Standing, b: Standing) -> bool:
    """Opposite poles of one thing (module doc)."""
    return a.pole != b.pole and a.head == b.head


def _pole(t) -> str | None:
    if _negated(t):
        return None
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma == "stand" and (_still(t) or _persisting(t)):
        return "stands"
    if t.pos_ == "ADJ" and lemma in INTACT and t.dep_ in ("acomp", "oprd"):
        return "stands"
    if t.pos_ == "VERB" and (_ending(_joined(t)) or _taken_off(t)):
        return "ended"
    return None


def _persisting(verb) -> bool:
    """``verb`` is under "remain" / "stay", as its head or as the auxiliary a small parser
    makes of it ("the roof *remained* standing")."""
    if verb.head.lemma_.lower() in _PERSIST and verb.dep_ == "xcomp":
        return True
    return any(c.dep_ == "aux" and c.lower_.startswith(("remain", "stay")) for c in verb.children)


def _still(t) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ == "still" for c in t.children)


@lru_cache(maxsize=8192)
def _ending(lemma: str) -> bool:
    """``lemma`` is a kind of destroying, demolishing, removing or collapsing."""
    return lexicon.reaches(lemma, "v", _anchors(), 2, 2)


@lru_cache(maxsize=1)
def _anchors() -> frozenset[int]:
    return frozenset(o for w, n in ENDING_ANCHORS for o in lexicon.senses(w, "v")[:n])


def _taken_off(verb) -> bool:
    """``verb`` has an object and takes it *off* / *from* something ("tore the spire
    *off* the church")."""
    kids = list(verb.children)
    return any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ in ("prep", "prt") and c.lower_ in _OFF for c in kids
    )


def _joined(t) -> str:
    """A verb's lemma joined with its adjacent particle when WordNet knows the pair."""
    lemma = t.lemma_.lower()
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.dep_ == "prt" and lexicon.senses(f"{lemma}_{nxt.lower_}", "v"):
        return f"{lemma}_{nxt.lower_}"
    return lemma


def _negated(t) -> bool:
    verb = t.head if t.pos_ == "ADJ" else t
    return any(c.dep_ == "neg" for c in verb.children)


def _theme(t, pole: str):
    """The thing a reading is of: a verb's object, else its (passive) subject; an
    adjective's subject through its verb; None for a pronoun or no noun."""
    verb = t.head if t.pos_ == "ADJ" else t
    if pole == "stands" and t.head.lemma_.lower() in _PERSIST and t.dep_ == "xcomp":
        verb = t.head  # "the tower remained standing"
    kids = list(verb.children)
    kids += [g for c in kids if c.dep_ == "aux" for g in c.children]  # on "remained"
    noun = None if pole == "stands" else next((c for c in kids if c.dep_ == "dobj"), None)
    noun = noun or next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or _person(noun.lemma_.lower()):
        return None  # "fans are still standing in the rain": people stand, unended
    return noun


@lru_cache(maxsize=8192)
def _person(noun: str) -> bool:
    """One of ``noun``'s first two WordNet senses is a kind of person ("fan")."""
    return lexicon.reaches(noun, "n", frozenset(lexicon.senses("person", "n")[:1]), 2, 12)


def _phrase(noun) -> str:
    left = [t for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det", "case")]
    start = min([t.i for t in left], default=noun.i)
    return noun.doc[start : noun.i + 1].text
