"""A level kept against a level changed: "fares will be frozen" / "fares will go up".

    level_readings(span) -> [Level(token, pole, head, mods, phrase), ...]
    level_clash(a, b) -> True | False

A clause says a measured thing keeps its level (pole ``"hold"``) when it

- is the theme of a verb of holding a level (:data:`HOLDING`: "fares will be *frozen*",
  "the club *froze* ticket prices"), or of a verb of keeping or staying with a
  complement of no change (:data:`STEADY`: "rates were *left unchanged*", "prices will
  *stay the same*", "the bank *held* rates *at* 4%");
- or is said to be unchanged ("council tax is *unchanged*");

and that it changes level (pole ``"change"``) when it is the theme of a verb that WordNet
files under increasing or decreasing (any sense within two hypernym steps of
``increase`` or ``decrease``: rise, go up, raise, climb, cut, lower, fall, drop, reduce,
double, slash ...). A negated verb is neither (a denial is read by
:mod:`consilience.denied_matter`). The theme is the object of a transitive verb, else the
(passive) subject, through a conjoined verb's subject when it has none of its own.

Two readings clash when their poles differ and their themes are one thing: one head
lemma (or WordNet synonyms) with the same modifiers ("off-peak fares" / "off-peak fares";
"fares" and "off-peak fares" are a whole and a part, both may hold), or two heads with
one non-empty modifier ("off-peak fares" / "off-peak tickets"). The caller
(:mod:`consilience.statements`) asks for one matter and one moment.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import lexicon

#: verbs whose theme keeps its level whatever their complement ("fares will be frozen")
HOLDING = frozenset("freeze peg".split())
#: verbs that keep their theme's level with a complement of no change (:data:`STEADY`)
#: or a level "at" ("held rates at 4%")
KEEPING = frozenset("keep hold leave maintain remain stay".split())
#: complements of no change; "the same" is read by its adjective
STEADY = frozenset("unchanged steady flat stable same level constant".split())
_THEME_DEPS = ("nsubjpass", "nsubj")
_DROP_MODS = frozenset({"det", "poss", "predet", "nummod", "quantmod", "case", "punct", "prep"})


class Level(NamedTuple):
    """One reading: doc ``token`` index of its word, ``pole`` ("hold" / "change"), the
    theme's ``head`` lemma, its modifiers ``mods`` (lower-case text, "off-peak"), and
    ``phrase``, the theme as written."""

    token: int
    pole: str
    head: str
    mods: str
    phrase: str


def level_readings(span) -> list[Level]:
    """The level readings of the words of spaCy ``span`` (module doc), in text order."""
    out = []
    for t in span:
        pole = _pole(t)
        if pole is None:
            continue
        theme = _theme(t if t.pos_ in ("VERB", "AUX") else t.head, t)
        if theme is None:
            continue
        out.append(Level(t.i, pole, theme.lemma_.lower(), _mods(theme), _phrase(theme)))
    return out


def level_clash(a: Level, b: Level) -> bool:
    """Opposite poles of one theme (module doc)."""
    if a.pole == b.pole or a.mods != b.mods:
        return False
    if a.head == b.head or lexicon.same_sense(a.head, b.head, "n", 2):
        return True
    return bool(a.mods)


def _pole(t) -> str | None:
    """"hold", "change" or None for token ``t`` (module doc)."""
    if _negated(t):
        return None
    lemma = _joined(t)
    if t.pos_ == "VERB" or _verb_read_as_name(t):
        if lemma in HOLDING:
            return "hold"
        if lemma in KEEPING and (_steady_complement(t) or _steady_after(t)):
            return "hold"
        if _changes(lemma):
            return "change"
        return None
    steady = t.lemma_.lower() == "unchanged" or lemma in HOLDING  # "are *frozen*"
    if t.pos_ == "ADJ" and steady and t.dep_ in ("acomp", "oprd"):
        return "hold" if t.head.lemma_.lower() not in KEEPING else None  # read at the verb
    return None


def _steady_complement(verb) -> bool:
    """``verb`` has a complement of no change ("left *unchanged*", "stay *the same*")
    or a level "at" ("held rates *at* 4%")."""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "xcomp", "attr", "dobj", "ccomp") and (
            c.lemma_.lower() in STEADY or any(g.lemma_.lower() in STEADY for g in c.children)
        ):
            return True
        if c.dep_ == "dobj" and _steady_after(c):
            return True  # "left rates *unchanged*" parsed with the adjective on the noun
        if c.dep_ == "prep" and c.lower_ == "at" and any(g.like_num for g in c.subtree):
            return True
    return False


def _steady_after(t) -> bool:
    """A word of no change within the three words after ``t``, before any punctuation
    ("will stay *the same* next year", however the parse hangs "same")."""
    for nxt in t.doc[t.i + 1 : t.i + 4]:
        if nxt.is_punct:
            return False
        if nxt.lemma_.lower() in STEADY:
            return True
    return False


@lru_cache(maxsize=8192)
def _changes(lemma: str) -> bool:
    """WordNet files ``lemma`` (any sense) within two steps under increase or decrease."""
    return lexicon.reaches(lemma, "v", _change_synsets(), 20, 2)


@lru_cache(maxsize=1)
def _change_synsets() -> frozenset[int]:
    return frozenset(lexicon.senses("increase", "v")[:2] + lexicon.senses("decrease", "v")[:2])


#: irregular forms of :data:`HOLDING` verbs a small parser leaves unlemmatised
_IRREGULAR = {"froze": "freeze", "frozen": "freeze"}


def _verb_read_as_name(t) -> bool:
    """A verb the parser took for a name ("The council *froze* council tax": PROPN),
    known by its object."""
    return t.pos_ == "PROPN" and t.lower_ in _IRREGULAR and any(c.dep_ == "dobj" for c in t.children)


def _joined(t) -> str:
    """A verb's lemma joined with its particle when WordNet knows the pair ("go_up")."""
    lemma = _IRREGULAR.get(t.lower_, t.lemma_.lower())
    for c in t.children:
        if c.dep_ in ("prt", "advmod") and c.i == t.i + 1 and lexicon.senses(f"{lemma}_{c.lower_}", "v"):
            return f"{lemma}_{c.lower_}"
    return lemma


def _negated(t) -> bool:
    verb = t.head if t.pos_ == "ADJ" else t
    return any(c.dep_ == "neg" for c in verb.children)


def _theme(verb, word):
    """What ``verb``'s level reading is of: an object ("froze *ticket prices*", "left
    *rates* unchanged"), else a (passive) subject, else the subject of the verb it is
    conjoined to; None for a pronoun or no noun."""
    kids = list(verb.children)
    noun = next((c for c in kids if c.dep_ == "dobj" and c.i != word.i), None)
    noun = noun or next((c for c in kids if c.dep_ in _THEME_DEPS), None)
    if noun is None and verb.dep_ == "conj":
        noun = next((c for c in verb.head.children if c.dep_ in _THEME_DEPS), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun


def _mods(noun) -> str:
    """The theme's modifiers as written, lower case ("off-peak" of "Off-peak fares")."""
    left = [t for t in noun.subtree if t.i < noun.i]
    kept = [t for t in left if t.dep_ not in _DROP_MODS or t.head.dep_ in ("amod", "compound", "nmod")]
    if not kept:
        return ""
    start = kept[0].i
    return noun.doc[start : noun.i].text.lower().strip()


def _phrase(noun) -> str:
    """The theme with its modifiers ("Off-peak fares")."""
    left = [t for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det", "poss", "case")]
    start = min([t.i for t in left], default=noun.i)
    return noun.doc[start : noun.i + 1].text
