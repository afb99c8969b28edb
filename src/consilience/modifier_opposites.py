"""Opposite modifiers: two clauses give one thing, or one act, opposite qualities.

    modifiers(span, skip) -> [Modifier, ...]        # the attributive adjectives and manner adverbs
    opposite_modifiers(ma, mb) -> [(x, y), ...]     # pairs WordNet makes antonyms

"The moon circles Uranus *in the opposite direction*" and "the moon circles Uranus *in the
same direction*" state one act with opposite qualities; so do "flew *with a valid*
certificate" / "flew *with an expired* certificate" and "the car rolled *backwards*" /
"the car rolled *forward*". :mod:`consilience.opposite_words` pairs predicative states
of one bearer ("found *alive*" / "found *dead*") and leaves attributive adjectives out
(an attributive adjective picks a referent: "the early train" and "the late train" are two
trains). Between two clauses a claim group holds as one claim, either reading says they
are no agreement: opposite qualities of one act, or two things. So this module pairs

- an attributive adjective (``amod``) of a noun with an adjective of the same noun lemma
  hanging on its verb in the same way (the same dependency, or the same preposition:
  "*in* the opposite direction" / "*in* the same direction"), the two verbs one act
  (equal lemmas, or WordNet relates them, :func:`consilience.same_act.acts_related`);
- a manner adverb (``advmod``) of a verb with an adverb of a verb naming the same act,
  read as its adjective ("backwards" -> "backward", "publicly" -> "public");

when WordNet makes the two adjectives opposite (:func:`consilience.lexicon.opposite`:
direct antonyms, through a synonym or a satellite's head: "valid" / "expired" through
"invalid"), and neither clause gives its own noun or verb both qualities ("broke the *old*
record with a *new* one"). A modifier under a negated verb ("did not turn *in the opposite*
direction") says nothing of the quality and is left out. Source of the word relations:
WordNet 3.0 through :mod:`consilience.lexicon`; no word list.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .same_act import acts_related


@dataclass(frozen=True)
class Modifier:
    """One quality a clause gives: its doc ``token`` index, the ``adjective`` lemma (an
    adverb's adjective), the lemma of the modified ``noun`` ("" for an adverb of a verb),
    the ``role`` by which the noun or adverb hangs on its verb ("dobj", "prep:in",
    "advmod") and that ``verb``'s lemma."""

    token: int
    adjective: str
    noun: str
    role: str
    verb: str


def modifiers(span, skip: frozenset[int] = frozenset()) -> list[Modifier]:
    """The attributive adjectives and manner adverbs of the spaCy ``span`` (module doc),
    tokens in ``skip`` (relative clauses, background) left out, in text order."""
    out = []
    for t in span:
        if t.i in skip:
            continue
        if t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN"):
            anchor = _anchor(t.head)
            if anchor is not None:
                out.append(Modifier(t.i, t.lemma_.lower(), t.head.lemma_.lower(), *anchor))
        elif t.pos_ == "ADV" and t.dep_ == "advmod" and t.head.pos_ == "VERB":
            adjective = adverb_adjective(t.lower_)
            if adjective and not _negated(t.head):
                out.append(Modifier(t.i, adjective, "", "advmod", t.head.lemma_.lower()))
    return out


def _anchor(noun) -> tuple[str, str] | None:
    """``(role, verb lemma)`` by which ``noun`` hangs on its verb: its dependency, or
    "prep:" and the preposition for a prepositional object; None under a negated verb."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        role, verb = "prep:" + noun.head.lower_, noun.head.head
    else:
        role, verb = noun.dep_, noun.head
    if verb.pos_ not in ("VERB", "AUX", "NOUN") or _negated(verb):
        return None
    return role, verb.lemma_.lower()


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def adverb_adjective(word: str) -> str:
    """The adjective an adverb is formed from, as WordNet knows it ("backwards" ->
    "backward", "publicly" -> "public", "happily" -> "happy"), the adverb itself when
    WordNet lists it as an adjective ("fast"), or ""."""
    stems = [word]
    if word.endswith("s"):
        stems.append(word[:-1])
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")
    if word.endswith("ly"):
        stems.append(word[:-2])
    return next((s for s in stems if len(s) > 2 and lexicon.senses(s, "a")), "")


def _one_act(x: Modifier, y: Modifier) -> bool:
    """Whether ``x`` and ``y`` qualify one thing of one act (module doc)."""
    return x.noun == y.noun and x.role == y.role and acts_related(x.verb, y.verb)


def opposite_modifiers(ma: list[Modifier], mb: list[Modifier]) -> list[tuple[Modifier, Modifier]]:
    """``(x, y)`` pairs, ``x`` of ``ma`` and ``y`` of ``mb``, that give one thing of one
    act opposite qualities (module doc), in text order."""
    out = []
    for x in ma:
        for y in mb:
            if not _one_act(x, y) or not lexicon.opposite(x.adjective, y.adjective, "a"):
                continue
            if _gives(ma, y) or _gives(mb, x):
                continue  # one clause gives both qualities: a contrast, not a reading
            out.append((x, y))
    return out


def _gives(mods: list[Modifier], m: Modifier) -> bool:
    """Whether ``mods`` give ``m``'s quality to the same noun."""
    return any(o.noun == m.noun and o.adjective == m.adjective for o in mods)
