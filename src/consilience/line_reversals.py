"""A plan another article says was called off: "she would swim the 200m butterfly on
Sunday" beside "she has withdrawn from Sunday's 200m butterfly". A headline or summary
line stating the plan states one side of a dispute the conflict stage may have missed
(held-out s22 kind 1), so it is no line.

    CalledOff(nodes, texts).rivalled(article, start, end) -> bool

An act of **calling off** is a verb one of whose first senses is one of WordNet's synsets
of withdrawing from taking part, cancelling, dropping out, backing out or giving up
(:data:`CALLING_OFF`, synsets, not a list of phrasings), stated (not negated, not a plan or
a possibility itself). What it calls off is its object, the object of its "from" or "out
of" ("withdrawn *from Sunday's 200m butterfly*", "pulled out *of the summit*") or, in the
passive, its subject ("the concert has been cancelled"). A **plan** is a claim still to
happen (modality expected, planned or future, or future tense) and not negated; what it is
about is the nouns of its verb's subject and object phrases. The plan is called off when
another root article calls off a thing one of whose nouns the plan names (a noun that is
no part of a date or time, nor a unit of measure: "Sunday" and "m" name no event).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon
from .analyse import tokens_in
from .cues import aux_word

if TYPE_CHECKING:
    from .align import Node
    from .claim_spans import Texts

#: (lemma, sense index) of WordNet's verb synsets of calling something off or leaving it:
#: retire/withdraw (from active participation), disengage, cancel/call off, drop out,
#: back out/bow out, abandon/give up
CALLING_OFF = (
    ("withdraw", 1),
    ("withdraw", 2),
    ("cancel", 0),
    ("drop_out", 0),
    ("pull_out", 3),
    ("abandon", 1),
)
#: modalities of a claim still to happen
PLANNED = frozenset({"expected", "planned", "future"})
#: prepositions whose object is what a verb of calling off leaves ("withdraw *from*")
_FROM = frozenset({"from", "of"})
#: auxiliaries that make a verb a plan or a possibility, not a stated act
_NOT_STATED = frozenset({"will", "would", "may", "might", "could", "should", "shall", "can"})


@lru_cache(maxsize=1)
def _anchors() -> tuple[frozenset[int], frozenset[str]]:
    """Offsets of the synsets of :data:`CALLING_OFF` and every lemma of them."""
    offsets, words = set(), set()
    for word, index in CALLING_OFF:
        found = lexicon.senses(word, "v")
        if len(found) > index:
            offsets.add(found[index])
            words |= set(lexicon._synset("v", found[index])[0])
    return frozenset(offsets), frozenset(words)


@lru_cache(maxsize=4096)
def calling_off(lemma: str) -> bool:
    """Verb ``lemma`` is a lemma of a synset of :data:`CALLING_OFF` ("bow_out", "scrub"),
    or one of its first three senses is one."""
    offsets, words = _anchors()
    return lemma in words or bool(set(lexicon.senses(lemma, "v")[:3]) & offsets)


#: particles of a phrasal verb of calling off, which the parser may read as prepositions
#: ("pulled *out* of the festival")
_PARTICLES = frozenset({"out", "off"})


def _lemma(tok) -> str:
    """The verb's lemma with its particle ("pull_out", "drop_out", "call_off")."""
    prt = [
        c.lower_
        for c in tok.children
        if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in _PARTICLES)
    ]
    return "_".join([tok.lemma_.lower(), *prt[:1]])


def _event_nouns(tokens) -> set[str]:
    """Lemmas of the nouns among ``tokens`` (an adjective in a noun's place too) that can
    name an event or thing: not part of a date or time (a festival is an event, though
    WordNet's first sense makes it a stretch of time), not a unit-like one- or two-letter
    word."""
    return {
        t.lemma_.lower()
        for t in tokens
        if (t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.dep_ in _NOMINAL))
        and len(t.text) > 2
        and t.ent_type_ not in _WHEN
    }


#: relations of an adjective the parser gives for a noun's place ("play the *final*")
_NOMINAL = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
#: entity labels of a date or time: "Sunday's 200m butterfly" leaves the race, not the day
_WHEN = frozenset({"DATE", "TIME"})
#: relations of the phrases a plan is about: its subject, its object (the parser may hang
#: an object's head on the verb as a bare noun phrase: "swim the 200m *butterfly*")
_PLAN_ARGS = frozenset({"nsubj", "nsubjpass", "dobj", "npadvmod", "attr"})


def called_off_things(verb) -> set[str]:
    """The nouns of what the stated act of calling off ``verb`` leaves (module doc); empty
    when ``verb`` is none, is negated or is itself a plan or possibility."""
    if verb.pos_ not in ("VERB", "AUX") or not calling_off(_lemma(verb)):
        return set()
    kids = list(verb.children)
    if any(c.dep_ == "neg" or aux_word(c) in _NOT_STATED for c in kids):
        return set()
    out: set[str] = set()
    for c in kids:
        if c.dep_ in ("dobj", "nsubjpass"):
            out |= _event_nouns(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in _FROM | _PARTICLES:
            out |= _event_nouns(c.subtree)
        elif c.dep_ == "prt":
            out |= {
                n
                for p in c.children
                if p.dep_ == "prep" and p.lower_ in _FROM
                for n in _event_nouns(p.subtree)
            }
    return out


class CalledOff:
    """What each root article says was called off, read once per story (module doc)."""

    def __init__(self, nodes: list[Node], texts: Texts) -> None:
        self.nodes, self.texts = nodes, texts
        self.roots = {n.claim.article: n.root for n in nodes}
        self.off: dict[str, set[str]] = {}
        for article in sorted(self.roots):
            doc = texts.ctx.analysis(article).doc
            things = set().union(*(called_off_things(t) for t in doc))
            if things:
                root = self.roots[article]
                self.off[root] = self.off.get(root, set()) | things

    def rivalled(self, article: str, start: int, end: int) -> bool:
        """A plan stated in ``start:end`` of ``article`` (a claim starting there) names a
        thing another root article says was called off."""
        theirs = set().union(
            set(), *(v for r, v in self.off.items() if r != self.roots.get(article))
        )
        if not theirs:
            return False
        doc = self.texts.ctx.analysis(article).doc
        for n in self.nodes:
            c = n.claim
            if c.article != article or not start <= c.start < end or c.negated:
                continue
            if c.modality not in PLANNED and c.tense != "future":
                continue
            if plan_nouns(doc, c.start, c.end, c.predicate) & theirs:
                return True
        return False


def plan_nouns(doc, start: int, end: int, predicate: str) -> set[str]:
    """Nouns of the subject and object phrases (:data:`_PLAN_ARGS`) of the verb of
    ``predicate`` (its first word) in ``start:end`` of ``doc``: what the plan is about."""
    head = predicate.split("_")[0]
    out: set[str] = set()
    for tok in tokens_in(doc, start, end):
        if tok.lemma_.lower() != head or tok.pos_ not in ("VERB", "AUX"):
            continue
        for c in tok.children:
            if c.dep_ in _PLAN_ARGS:
                out |= _event_nouns(c.subtree)
    return out
