"""Verbs of discovery: the lexicon shared by who found a thing (:mod:`first_finders`) and
when it was found (:mod:`quantities`, whose clock times of a finding are the finding's,
not the found happening's: "the leak was discovered at 8.15am").

A *verb of discovery* is one whose first senses are, or are a kind of within
:data:`DISCOVERY_DEPTH` steps, WordNet's {detect, observe, find, discover, notice}, {sight,
spy} (catch sight of: "spot") or {find, regain} (come upon: "locate", "come across");
WordNet files the first report of a thing under "inform", far from discovery, so "report"
and "alert" are the only words named (:data:`FIRST_ALERT`), as is "uncover", filed first
under making visible (:data:`BROUGHT_TO_LIGHT`).

Depends on :mod:`consilience.lexicon` only; no state beyond a cache.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

#: verbs of a first alert that WordNet files under "inform", not under discovery
FIRST_ALERT = frozenset({"report", "alert"})
#: verbs of bringing a thing to light that WordNet files first under making visible
#: ("the mosaic was uncovered by a volunteer")
BROUGHT_TO_LIGHT = frozenset({"uncover"})
#: hypernym steps within which a verb's first senses are a kind of discovery
DISCOVERY_DEPTH = 2


@lru_cache(maxsize=1)
def _discovery_roots() -> frozenset[int]:
    """WordNet synset offsets of discovery (module doc)."""
    detect = lexicon.senses("detect", "v")[:1]
    sight = lexicon.senses("sight", "v")[:1]
    come_upon = set(lexicon.senses("find", "v")) & set(lexicon.senses("regain", "v"))
    return frozenset({*detect, *sight, *come_upon})


@lru_cache(maxsize=4096)
def discovery(verb: str) -> bool:
    """``verb`` (a lemma) is a verb of discovery or of a first alert (module doc)."""
    if verb in FIRST_ALERT or verb in BROUGHT_TO_LIGHT:
        return True
    return lexicon.reaches(verb, "v", _discovery_roots(), 2, DISCOVERY_DEPTH)


def finding_verb(verb: str) -> bool:
    """``verb`` (a lemma) is a verb of discovery proper, not of a first alert: "find",
    "discover", "spot", "uncover"; not "report"."""
    return verb not in FIRST_ALERT and discovery(verb)
