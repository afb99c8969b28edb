"""Whether two predicates name one act, and two argument heads one thing, from WordNet.

    verbs_related("reach", "arrive") -> True      # "arrive" is a direct hypernym of "reach"
    verbs_related("free", "release") -> True      # one synset among the first senses
    verbs_related("rise", "fall") -> False        # opposites never match
    act_verbs("evacuation") -> {"evacuation", "evacuate"}   # a deverbal noun's verbs
    nouns_related("inquiry", "investigation") -> True

The relations are WordNet 3.0's (:mod:`consilience.lexicon`), restricted to the most
frequent senses of each word: the same lemma, a synset shared among the first
``FIRST_SENSES`` senses of both, or one word a direct hypernym of the other's first
``FIRST_SENSES`` senses. A hypernym with ``GENERAL_SENSES`` senses or more ("go", "get",
"make", "move", "change") says too little to name one act and never counts. Two words
that WordNet gives as opposites (:func:`consilience.lexicon.opposite`) never match.

These are word relations only: :mod:`consilience.align` asks them only about two clauses
whose core arguments already align (same doer or undergoer, one agreed figure), so that
"reached the wreck" / "arrived at the wreck" is one claim while "reached a deal" /
"arrived in the capital" is not.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

#: senses of each word the relations look at (WordNet orders senses by frequency)
FIRST_SENSES = 3
#: a hypernym with this many senses or more is too general to name one act or thing
GENERAL_SENSES = 10


def _general(word: str, pos: str) -> bool:
    return len(lexicon.senses(word, pos)) >= GENERAL_SENSES


@lru_cache(maxsize=65536)
def words_related(x: str, y: str, pos: str, general: bool = False) -> bool:
    """Whether ``x`` and ``y`` (lemmas, ``pos`` "v" or "n") name one act or thing: the same
    lemma, a shared synset among their first :data:`FIRST_SENSES` senses, or one a direct
    hypernym of the other (a general one, :data:`GENERAL_SENSES`, only when ``general``);
    never when WordNet gives them as opposites. Unknown words are related only to
    themselves."""
    x, y = x.lower(), y.lower()
    if x == y:
        return True
    if not (lexicon.senses(x, pos) and lexicon.senses(y, pos)):
        return False
    if lexicon.opposite(x, y, pos, FIRST_SENSES):
        return False
    if lexicon.same_sense(x, y, pos, FIRST_SENSES):
        return True
    up_x = lexicon.hypernyms(x, pos, FIRST_SENSES)
    up_y = lexicon.hypernyms(y, pos, FIRST_SENSES)
    if y in up_x and (general or not _general(y, pos)):
        return True
    return x in up_y and (general or not _general(x, pos))


def verbs_related(x: str, y: str, general: bool = False) -> bool:
    """:func:`words_related` for two verb lemmas ("shut_down" style for particle verbs)."""
    return words_related(x, y, "v", general)


def nouns_related(x: str, y: str) -> bool:
    """:func:`words_related` for two noun lemmas ("inquiry" / "investigation")."""
    return words_related(x, y, "n")


@lru_cache(maxsize=65536)
def act_verbs(predicate: str) -> frozenset[str]:
    """The verbs a predicate lemma may state: itself, and when WordNet knows it more as a
    noun than as a verb, the verbs derivationally related to it ("evacuation" ->
    {"evacuation", "evacuate"}, "closure" -> {"closure", "close", ...}); a word that is
    mostly a verb ("strike", "release") is its verb."""
    word = predicate.lower()
    if len(lexicon.senses(word, "n")) <= len(lexicon.senses(word, "v")):
        return frozenset({word})
    return frozenset({word}) | lexicon.verbs_of(word)


@lru_cache(maxsize=65536)
def acts_related(p: str, q: str, general: bool = False) -> bool:
    """Whether two predicate lemmas (verbs, or deverbal nouns standing for their verb) name
    one act by :func:`verbs_related` between any of their :func:`act_verbs` (``general``:
    a general hypernym counts too, "evacuated" / "moved")."""
    if p == q:
        return True
    return any(verbs_related(x, y, general) for x in act_verbs(p) for y in act_verbs(q))


def acts_caused(p: str, q: str) -> bool:
    """Whether one predicate lemma is, by WordNet, the causative of the other ("raise" /
    "rise", "lower" / "fall": :func:`consilience.lexicon.caused`): "the bank raised rates"
    and "rates rose" state one act when their arguments align."""
    return any(
        y in lexicon.caused(x) or x in lexicon.caused(y) for x in act_verbs(p) for y in act_verbs(q)
    )


#: how many hypernym steps :func:`is_a` climbs
HYPERNYM_DEPTH = 10


@lru_cache(maxsize=65536)
def is_a(noun: str, kind: str, first: int = 2) -> bool:
    """Whether one of the first ``first`` senses of ``noun`` is, through WordNet's hypernyms
    (at most :data:`HYPERNYM_DEPTH` steps), the first sense of ``kind``: "passenger",
    "neighbour", "juror" are a "person"; "kettle" is not. Unknown words are not."""
    target = lexicon.senses(kind, "n")[:1]
    return bool(target) and lexicon.reaches(noun, "n", set(target), first, HYPERNYM_DEPTH)
