"""Acts a sentence names without a clause of their own, for the unique test
(:mod:`consilience.unique`): a nominalised act ("the boarding of the tanker by coast guard
forces", "the closure of the road") or a participle modifying its noun ("the failed dam",
"the seized tanker"). A sentence naming such an act states it as much as a clause does, so
it is no unique fact when another article states that act.

    event_mentions(doc, start, end) -> [Mention]      # acts named in doc[start:end]
    states_mention(mention, claim) -> bool            # the claim states that act

Word relations come from WordNet (:mod:`consilience.lexicon`, through
:func:`consilience.unique_paraphrase.related_verbs`) and the parse; no word list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon
from .model import Claim
from .unique_paraphrase import related_verbs

#: verbs too general to name an act of their own ("the making of", "the given name")
_GENERIC = frozenset({"be", "have", "do", "make", "take", "get", "give", "say", "go", "come"})
#: parts of speech whose words identify an argument ("the Sable Horizon", "the dam")
_ARG_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Mention:
    """An act named in a noun phrase: ``verbs`` (WordNet verb lemmas it names), ``args``
    (lower-cased nouns and names of what it is done to or by: "sable", "horizon"), and
    ``start`` (character offset of the naming word)."""

    verbs: frozenset[str]
    args: frozenset[str]
    start: int


def _gerund_verbs(word: str) -> frozenset[str]:
    """Verb lemmas an "-ing" noun is the gerund of ("boarding" -> "board", "closing" ->
    "close", "stopping" -> "stop"), those WordNet knows as verbs."""
    if not word.endswith("ing") or len(word) < 6:
        return frozenset()
    stem = word[:-3]
    cands = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return frozenset(c for c in cands if lexicon.senses(c, "v"))


def _noun_verbs(tok) -> frozenset[str]:
    """Verbs an event noun names: WordNet's derivations of its lemma, or the verb of a
    gerund; generic verbs left out."""
    lemma = tok.lemma_.lower()
    verbs = set(lexicon.verbs_of(lemma)) | set(_gerund_verbs(tok.lower_))
    return frozenset(verbs - _GENERIC)


def _arg_words(tok) -> frozenset[str]:
    """Lower-cased lemmas of the nouns and names of the phrase headed by ``tok`` (its
    compounds and flat name parts, not its clauses)."""
    words = {tok.lemma_.lower()} if tok.pos_ in _ARG_POS else set()
    for child in tok.children:
        if child.dep_ in ("compound", "flat", "nmod") and child.pos_ in _ARG_POS:
            words.add(child.lemma_.lower())
    return frozenset(w for w in words if re.fullmatch(r"[a-z][a-z'-]+", w))


def _nominal(tok) -> Mention | None:
    """ "the boarding of the Sable Horizon by coast guard forces": an event noun with its
    patient ("of") and, when given, its agent ("by")."""
    if tok.pos_ != "NOUN":
        return None
    args: set[str] = set()
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "by"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    args |= _arg_words(obj)
    if not args:
        return None
    verbs = _noun_verbs(tok)
    return Mention(verbs, frozenset(args), tok.idx) if verbs else None


def _participle(tok) -> Mention | None:
    """ "the failed dam", "the seized tanker": a past participle modifying its noun."""
    if tok.dep_ != "amod" or tok.tag_ not in ("VBN", "VBD"):
        return None
    verb = tok.lemma_.lower()
    if verb in _GENERIC or not lexicon.senses(verb, "v"):
        return None
    args = _arg_words(tok.head)
    return Mention(frozenset({verb}), args, tok.idx) if args else None


def event_mentions(doc, start: int, end: int) -> list[Mention]:
    """The acts named by noun phrases in the characters ``start:end`` of the parse
    ``doc`` (:func:`_nominal`, :func:`_participle`), in text order."""
    out = []
    for tok in doc:
        if start <= tok.idx < end:
            m = _nominal(tok) or _participle(tok)
            if m is not None:
                out.append(m)
    return out


def _claim_args(c: Claim) -> set[str]:
    """Lower-cased words of a claim's actor and patient keys."""
    keys = [*c.actor_keys, c.patient_key or ""]
    return {w for k in keys for w in re.findall(r"[a-z][a-z'-]+", k.lower())}


def states_mention(m: Mention, c: Claim) -> bool:
    """Claim ``c`` (asserted, not negated) states the act ``m`` names: a WordNet-related
    predicate (:func:`consilience.unique_paraphrase.related_verbs`) with an actor or
    patient among the act's arguments ("was boarded by armed personnel" with patient "the
    Sable Horizon"; "the dam failed")."""
    if c.negated or c.modality not in ("asserted", "expected") or c.predicate in _GENERIC:
        return False
    if not any(related_verbs(v, c.predicate) for v in m.verbs):
        return False
    return bool(m.args & _claim_args(c))
