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
