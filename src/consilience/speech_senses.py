"""Verbs of saying by their WordNet sense, for reported speech no word list names.

    says_by_sense("repeat") -> True      # repeat.v.01 "to say again" < tell < inform
    says_by_sense("confide") -> True     # confide < disclose < tell < inform
    says_by_sense("expect") -> False     # a verb of thinking
    says_by_sense("mean") -> False       # mean < convey < impart < tell < inform: too far

A verb reports speech by its sense when its most frequent WordNet sense (only the first:
"repeat" is also "do again", "recount" also "count again") is, or has within
:data:`DEPTH` hypernym steps, one of the synsets of :data:`ROOTS`: the first sense of "say"
("state, say, tell": express in words) or of "inform" ("impart knowledge of some fact").
Verbs of thinking, hoping or expecting sit under other roots and stay out. Callers use it
only for a verb that carries a clause ("X repeated that …") and takes no "as" ("X quoted Y
as saying" relays Y's words), where polysemy matters least. Precision is judged with
``bench/speech_senses_probe.py``, which lists every report found only by sense: on the
tuning sets s5-s8 and realstyle_s4 one ("repeated that", right); on every fourth ECB+
article one ("recommend that", right).

Uses :mod:`consilience.lexicon` (WordNet 3.0, offline).
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

#: (lemma, sense index) of the synsets whose hyponyms are acts of saying
ROOTS = (("say", 0), ("inform", 0))
#: hypernym steps from a verb's first sense up to a root ("confide" < "disclose" < "tell" <
#: "inform" is three; "mean" < "convey" < "impart" < "tell" < "inform", four, is too far)
DEPTH = 3


@lru_cache(maxsize=1)
def _root_offsets() -> frozenset[int]:
    """Offsets of :data:`ROOTS` among WordNet's verb synsets."""
    out = set()
    for lemma, k in ROOTS:
        offs = lexicon.senses(lemma, "v")
        if len(offs) > k:
            out.add(offs[k])
    return frozenset(out)


def _ancestors(offset: int, depth: int) -> set[int]:
    """``offset`` and its verb hypernyms up to ``depth`` steps."""
    synsets = lexicon.table()["synsets"]["v"]
    seen, frontier = {offset}, [offset]
    for _ in range(depth):
        frontier = [h for o in frontier for h in synsets.get(o, ((), ()))[1] if h not in seen]
        seen.update(frontier)
    return seen


@lru_cache(maxsize=4096)
def says_by_sense(lemma: str) -> bool:
    """Whether verb ``lemma``'s first WordNet sense is an act of saying or informing (see
    the module docstring). Unknown words give False."""
    offs = lexicon.senses(lemma.lower(), "v")
    if not offs:
        return False
    return bool(_ancestors(offs[0], DEPTH) & _root_offsets())
