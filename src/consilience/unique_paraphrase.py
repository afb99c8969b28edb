"""One act told in other words, for the unique test (:mod:`consilience.unique`): a sentence
is no unique fact when another article states its act with other words for the same doer
and the same thing.

    same_act(a, b) -> bool      # two claims of different articles state one act

Word relations come from WordNet (:mod:`consilience.lexicon`), restricted to the first
senses of each word and always tied to argument alignment (:func:`consilience.align.
same_actor`, patients of one head), never a word table:

* **related verbs** (:func:`related_verbs`): one lemma, a shared synset among the first
  three senses ("halt" / "stop"), a direct hypernym of the first two senses ("pledge" /
  "promise", "send" / "dispatch") or an entailment ("shut" / "close");
* **related event nouns** (:func:`related_nouns`): the same relations between nouns
  ("investigation" / "inquiry", "probe" / "investigation") for nouns that name an act
  (WordNet derives a verb from them, :func:`consilience.lexicon.verbs_of`).
"""

from __future__ import annotations

from . import lexicon
from .align import GENERAL_NOUNS, same_actor
from .model import Claim

#: senses of a word a relation may use: WordNet lists the most frequent first
FIRST_SENSES = 3
#: ... and hypernyms of this many first senses
HYPERNYM_SENSES = 2


def related_verbs(a: str, b: str) -> bool:
    """Verb lemmas ``a`` and ``b`` (WordNet form, "shut_down") name one act: the same
    lemma, a shared sense, a direct hypernym of one the other, or one entailing the
    other."""
    return a == b or _related(a, b, "v") or b in lexicon.entailed(a) or a in lexicon.entailed(b)


def related_nouns(a: str, b: str) -> bool:
    """Noun lemmas ``a`` and ``b`` name one thing: the same lemma, a shared sense among the
    first senses, or a direct hypernym of one the other ("inquiry" / "investigation")."""
    return a == b or _related(a, b, "n")


def _related(a: str, b: str, pos: str) -> bool:
    if lexicon.same_sense(a, b, pos, first=FIRST_SENSES):
        return True
    return b in lexicon.hypernyms(a, pos, HYPERNYM_SENSES) or a in lexicon.hypernyms(
        b, pos, HYPERNYM_SENSES
    )


def event_noun(noun: str) -> bool:
    """``noun`` names an act: WordNet relates a verb to it ("inquiry" -> "inquire")."""
    return bool(lexicon.verbs_of(noun))


def same_act(a: Claim, b: Claim) -> bool:
    """Claims ``a`` and ``b`` state one act in other words (both of the same polarity):

    * one named doer (:func:`_named_doer`) with related predicates
      (:func:`related_verbs`) and related patients or none: "Solheim halted the lift" /
      "Solheim stopped the lift" (not "X kidnapped two nurses" / "X has kidnapped nine
      foreigners since 2019");
    * one named doer whose patient is an event noun that the other's event noun or
      predicate names (:func:`_event_meets`), whatever the verb that governs it: "she
      pledged a full investigation" / "Governor Solheim ordered an inquiry"; "she announced
      a probe" / "Lind has launched an investigation" (read as "investigate");
    * related predicates on one patient that is no general noun, and no two different
      doers: "engineers inspected the cable" / "the cable was examined".

    Figures and dates are not compared here (the caller rules out claims that differ in
    them)."""
    if a.negated != b.negated:
        return False
    verbs = related_verbs(a.predicate, b.predicate)
    pa, pb = _head(a), _head(b)
    patients = pa is not None and pb is not None and related_nouns(pa, pb)
    if _named_doer(a, b):
        if verbs and (patients or not (a.patient_key or b.patient_key)):
            return True
        return _event_meets(a, b)
    if not (verbs and patients) or pa in GENERAL_NOUNS or pb in GENERAL_NOUNS:
        return False
    return not (a.actor_keys and b.actor_keys) or same_actor(a, b)


def _event_meets(a: Claim, b: Claim) -> bool:
    """The act one claim names as its patient, an event noun ("a probe"), is the other's
    act: its event noun is related (:func:`related_nouns`), or one of the nouns WordNet
    derives from its predicate is ("investigate" -> "investigation")."""
    na, nb = _event(a), _event(b)
    if na is not None and nb is not None and related_nouns(na, nb):
        return True
    return (na is not None and _names_verb(na, b.predicate)) or (
        nb is not None and _names_verb(nb, a.predicate)
    )


def _event(c: Claim) -> str | None:
    """The claim's one-word patient when it names an act (:func:`event_noun`)."""
    head = _head(c)
    return head if head is not None and event_noun(head) else None


def _names_verb(noun: str, verb: str) -> bool:
    """``noun`` names the act of ``verb``: related to a noun derived from it."""
    return any(related_nouns(noun, n) for n in lexicon.nouns_of(verb))


def _named_doer(a: Claim, b: Claim) -> bool:
    """One doer that one of the clauses names (a spaCy entity label on its actor, or an
    actor key among the clause's entities): "she" resolved to "ilse maren" / "Transport
    Minister Ilse Maren"."""
    if not (a.actor_keys and b.actor_keys) or not same_actor(a, b):
        return False
    named = set(a.entities) | set(b.entities)
    return bool(a.actor_label or b.actor_label or named & {*a.actor_keys, *b.actor_keys})


def _head(c: Claim) -> str | None:
    """The patient's comparison key when it is one word (a head noun), else None."""
    key = c.patient_key
    return key if key and " " not in key else None
