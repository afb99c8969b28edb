"""A state clause that states the result of an act another clause reports: "the bridge
remains closed" / "engineers closed the bridge", "two men are under arrest" / "police
arrested two men", "the archive is under review" / "auditors are reviewing the archive".

    result_of(state, act) -> bool

``state`` is a copular claim (:data:`consilience.claims.COPULAS`: "is", "remains",
"stays") whose complement (its ``patient_key``) names what ``act``'s predicate leaves its
undergoer in, and whose subject (its ``actor_key``) is that undergoer (the act's patient;
an act with no patient, "the bridge closed", is said of its subject). The complement
names the result when it is

* the act verb's past participle ("closed", "evacuated", "arrested": :func:`participle_of`),
* a noun WordNet derives from the act verb, after "under" or "in" ("under arrest" /
  "arrest", "under investigation" / "investigate": :func:`consilience.lexicon.verbs_of`),
* a state word of :data:`consilience.event_states.STATE_WORDS` that the act's verb leaves
  in the same state with the same sign (:data:`consilience.event_states.STATE_VERBS`:
  "remains blocked" / "police shut the road"), or a life state (:data:`LIFE_WORDS`,
  :data:`LIFE_VERBS`: "the pilot is alive" / "the pilot survived").

Opposite states ("remains open" / "closed the road") are never a result: that pair is a
statement conflict, not one claim. The test is on the lemmas and argument keys of the two
claims only (no parse); argument alignment is the caller's (:func:`consilience.align`
passes its own test of one party).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from . import lexicon
from .claims import COPULAS
from .event_states import STATE_VERBS, STATE_WORDS
from .same_act import is_a

#: life and death as states an act leaves its undergoer in, which
#: :data:`consilience.event_states.STATE_WORDS` does not read (statement conflicts keep
#: their own tables): complement word -> (state, sign), and act verb -> (state, sign):
#: "the driver is alive" / "the driver survived", "two climbers are dead" / "the avalanche
#: killed two climbers"
LIFE_WORDS: dict[str, tuple[str, int]] = {
    **dict.fromkeys("alive living unhurt".split(), ("alive", 1)),
    **dict.fromkeys("dead deceased".split(), ("alive", -1)),
}
LIFE_VERBS: dict[str, tuple[str, int]] = {
    **dict.fromkeys("survive".split(), ("alive", 1)),
    **dict.fromkeys("die kill perish drown".split(), ("alive", -1)),
}
#: a clause whose predicate is a copula states a state when its frame is this
STATE_FRAME = "be"
#: order of :attr:`consilience.model.Claim.tense`: a result state is not placed before its act
TENSES = {"past": 0, "present": 1, "future": 2}


def is_state(c) -> bool:
    """A copular clause with a subject and a one-word-headed complement ("the road remains
    closed": be(road, closed))."""
    return (
        c.frame == STATE_FRAME
        and c.predicate in COPULAS
        and bool(c.actor_key)
        and bool(c.patient_key)
    )


@lru_cache(maxsize=65536)
def participle_of(word: str) -> frozenset[str]:
    """The verb lemmas WordNet knows whose regular past participle is ``word`` ("closed"
    -> {"close"}, "stopped" -> {"stop"}, "buried" -> {"bury"}, "opened" -> {"open"}); an
    irregular participle that is its own lemma ("shut", "cut") gives itself. Empty for a
    word that is no verb form."""
    w = word.lower()
    forms: set[str] = set()
    if w.endswith("ied"):
        forms.add(w[:-3] + "y")
    if w.endswith("ed"):
        forms |= {w[:-1], w[:-2]}
        if len(w) > 4 and w[-3] == w[-4]:
            forms.add(w[:-3])  # "stopped" -> "stop"
    forms.add(w)
    return frozenset(f for f in forms if f and lexicon.senses(f, "v"))


def _complement_verbs(key: str) -> frozenset[str]:
    """The verbs a complement key may be the result of: its participle's verb, or the verbs
    of a deverbal noun that names an act (the last word of the key: "under arrest" is keyed
    "arrest"; "a supplier" names a party, not the result of supplying)."""
    head = key.split()[-1]
    verbs = participle_of(head)
    if is_a(head, "act") or is_a(head, "event"):
        verbs |= lexicon.verbs_of(head)
    return verbs


def result_of(state, act, same_party: Callable[[str | None, str | None], bool]) -> bool:
    """Whether ``state`` (:func:`is_state`) states the result of ``act``'s predicate on
    its undergoer: the complement is the act verb's participle or deverbal noun, or a state
    word the verb leaves with the same sign; and ``same_party(state subject, act
    undergoer)`` holds (the act's patient, else its subject). ``act`` must be no state."""
    if not is_state(state) or is_state(act) or act.frame == STATE_FRAME:
        return False
    if TENSES.get(state.tense, 1) < TENSES.get(act.tense, 1):
        return False  # "has always been open" is no result of "must open": a result follows
    theme = act.patient_key or act.actor_key
    if not theme or not same_party(state.actor_key, theme):
        return False
    verbs = {act.predicate, act.frame}
    if verbs & _complement_verbs(state.patient_key):
        return True
    head = state.patient_key.split()[-1]
    for words, acts in ((STATE_WORDS, STATE_VERBS), (LIFE_WORDS, LIFE_VERBS)):
        word = words.get(head)
        if word is not None and any(acts.get(v) == word for v in verbs):
            return True
    return False
