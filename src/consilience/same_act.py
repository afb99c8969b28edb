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
def words_related(x: str, y: str, pos: str) -> bool:
    """Whether ``x`` and ``y`` (lemmas, ``pos`` "v" or "n") name one act or thing: the same
    lemma, a shared synset among their first :data:`FIRST_SENSES` senses, or one a direct
    hypernym (not a general one, :data:`GENERAL_SENSES`) of the other; never when WordNet
    gives them as opposites. Unknown words are related only to themselves."""
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
    return (y in up_x and not _general(y, pos)) or (x in up_y and not _general(x, pos))


def verbs_related(x: str, y: str) -> bool:
    """:func:`words_related` for two verb lemmas ("shut_down" style for particle verbs)."""
    return words_related(x, y, "v")


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


def acts_related(p: str, q: str) -> bool:
    """Whether two predicate lemmas (verbs, or deverbal nouns standing for their verb) name
    one act by :func:`verbs_related` between any of their :func:`act_verbs`."""
    if p == q:
        return True
    return any(verbs_related(x, y) for x in act_verbs(p) for y in act_verbs(q))
