"""Whether two predicates of figures name one act, from WordNet (issue #12 kind 2).

Two clock times told with two verbs ("the lines went down at 7:05" / "service came back at
3 p.m.") are one property only when the verbs name one act: one lemma, a shared sense among
the first two, or one a direct hypernym of the other ("abduct" -> "seize"); never two
opposite acts ("began" / "ended"). Sentence similarity alone cannot tell a start from its
end: both sentences are about the same outage.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon
from .figure_forms import clause_verb


@lru_cache(maxsize=4096)
def one_act(x: object, y: object) -> bool:
    """``x`` and ``y`` (verb lemmas, multiword ones joined by "_" or " "; anything else is
    never one act) name one act: equal, one WordNet sense among the first two, or one a
    direct hypernym of the other's first sense, and not opposite
    (:func:`consilience.lexicon.opposite`)."""
    if not isinstance(x, str) or not isinstance(y, str) or not x or not y:
        return False
    a, b = x.replace(" ", "_").lower(), y.replace(" ", "_").lower()
    if a == b:
        return True
    if lexicon.opposite(a, b, "v"):
        return False
    if lexicon.same_sense(a, b, "v", first=2):
        return True
    return b in lexicon.hypernyms(a, "v", first=1) or a in lexicon.hypernyms(b, "v", first=1)


#: adverbs and particles that make an act a return to an earlier state ("came back",
#: "running again"): a closed grammatical class
RETURN_WORDS = frozenset({"back", "again"})


def _re_stem(lemma: str) -> str | None:
    """The verb a "re-" verb repeats ("reopen" -> "open"), or None."""
    if not lemma.startswith("re") or len(lemma) < 5:
        return None
    stem = lemma[2:].lstrip("-")
    return stem if lexicon.senses(stem, "v") else None


def _repeats(lemma: str) -> bool:
    """A "re-" verb that WordNet puts under, or beside, the verb it repeats ("reopen"
    under "open", "restart" under "start")."""
    stem = _re_stem(lemma)
    if stem is None:
        return False
    return stem in lexicon.hypernyms(lemma, "v", first=2) | lexicon.synonyms(lemma, "v", first=2)


@lru_cache(maxsize=4096)
def restores(lemma: str) -> bool:
    """The verb ``lemma`` names a return to an earlier state: a "re-" verb that repeats
    another (:func:`_repeats`), or one sharing a sense with such a verb ("restore" /
    "reconstruct", "resume" / "restart")."""
    lemma = lemma.replace(" ", "_").lower()
    return _repeats(lemma) or any(_repeats(w) for w in lexicon.synonyms(lemma, "v", first=2))


def returns(verb) -> bool:
    """The spaCy verb ``verb`` (or None) tells a return: :func:`restores`, or a particle or
    adverb of :data:`RETURN_WORDS` on it ("service came back at 3 p.m.", "trams were
    running again")."""
    if verb is None:
        return False
    if any(c.lower_ in RETURN_WORDS for c in verb.children):
        return True
    return restores(verb.lemma_.lower())


def figure_verb(span):
    """The verb whose clause holds the figure ``span`` (a spaCy span or None): the first
    verb up the parse from its number, within six heads; None when there is none."""
    if span is None:
        return None
    return clause_verb(next((t for t in span if t.like_num), span.root), 6)


@lru_cache(maxsize=4096)
def gerund_verb(noun: str) -> str | None:
    """The verb a gerund noun names the act of ("stranding" -> "strand", "beaching" ->
    "beach", "shelling" -> "shell", "running" -> "run"), or None when the word is no "-ing"
    form of a verb WordNet knows. WordNet lists few such nominalisations, so the suffix
    is undone by English spelling (a doubled consonant, a dropped "e") and the verb
    checked against WordNet."""
    if not noun.endswith("ing") or len(noun) < 6:
        return None
    stem = noun[:-3]
    tries = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        tries.append(stem[:-1])  # "running" -> "run"
    tries.append(stem + "e")  # "closing" -> "close"
    return next((v for v in tries if lexicon.senses(v, "v")), None)


def _act_lemma(word: str) -> str:
    """A predicate lemma as a WordNet verb: a gerund noun's verb ("stranding" -> "strand"),
    multiword lemmas joined by "_"."""
    word = word.replace(" ", "_").lower()
    return gerund_verb(word) or word


@lru_cache(maxsize=4096)
def kin_acts(x: str, y: str) -> bool:
    """Predicates ``x`` and ``y`` (verb lemmas or gerund nouns) name one act told two ways:
    one act (:func:`one_act`), or two specific verbs (at most :data:`KIN_SENSES` WordNet
    senses each) that WordNet files as kinds of one act: their senses among the first two
    share a direct hypernym ("beach" and "strand" are both "land"; not "refloat", a kind of
    "float"). General verbs ("take" 42 senses, "carry" 40, "use") share hypernyms with
    many others and are kin only through :func:`one_act`. Used only where the counted
    thing and the story already make one property likely (:func:`reconcile._join_kin_acts`)."""
    a, b = _act_lemma(x), _act_lemma(y)
    na, nb = len(lexicon.senses(a, "v")), len(lexicon.senses(b, "v"))
    if not na or not nb:
        return False
    if one_act(a, b):
        return True
    if max(na, nb) > KIN_SENSES or lexicon.opposite(a, b, "v"):
        return False
    return bool(lexicon.hypernyms(a, "v", first=2) & lexicon.hypernyms(b, "v", first=2))


#: the most WordNet senses a verb may have to be kin of another by a shared hypernym alone:
#: a verb of few senses names a specific act ("beach" 1, "strand" 3, "sicken" 4)
KIN_SENSES = 4
