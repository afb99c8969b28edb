"""Whether the part after the name in a byline is the writer's job, not an outlet.

"By Hugh Lambert, Political Editor" and "By Marcus Bell, Crime Reporter" name a role;
"By Olaf Brink, Varnholm Gazette" names the outlet. The reader takes the second kind as the
article's outlet when nothing else names one, so a role taken for an outlet makes two
reporters of one paper two outlets, and the political editors of two papers one.

A part is a role (:func:`is_role`) when, as WordNet 3.0 (through :mod:`consilience.lexicon`)
reads it:

* its last word is a noun whose most frequent sense is a kind of person who works or
  communicates -- its hypernym chain reaches one of :data:`ROLE_CLASSES` (correspondent,
  reporter, writer -> communicator; editor -> skilled worker; analyst -> expert; critic ->
  professional; photographer, producer -> creator). Newspaper names that are person nouns
  descend elsewhere: courier and herald -> messenger -> traveler, guardian and sentinel ->
  defender, observer -> perceiver;
* every word before it is an ordinary English word (an adjective or noun WordNet knows:
  "political", "crime", "city hall", "senior"); a name WordNet does not hold ("Varnholm",
  "Aven") makes the part a proper name, an outlet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

__all__ = ["ROLE_CLASSES", "is_role"]

#: hypernyms whose hyponyms are newsroom and other working roles (WordNet 3.0 lemma names)
ROLE_CLASSES = frozenset(
    {"communicator", "journalist", "writer", "skilled_worker", "expert", "professional", "creator"}
)
_MAX_DEPTH = 8


@lru_cache(maxsize=4096)
def _first_sense_classes(noun: str) -> frozenset[str]:
    """Lemma names along the hypernym chains of ``noun``'s most frequent sense."""
    senses = lexicon.senses(noun, "n")
    if not senses:
        return frozenset()
    names: set[str] = set()
    frontier, seen = [senses[0]], set()
    for _ in range(_MAX_DEPTH):
        following = []
        for off in frontier:
            if off in seen:
                continue
            seen.add(off)
            record = lexicon._synset("n", off)
            names.update(record[0])
            following.extend(record[1])
        frontier = following
    return frozenset(names)


def _known_word(word: str) -> bool:
    """Whether WordNet holds ``word`` as a noun or adjective (lower-cased)."""
    w = word.lower()
    return bool(lexicon.senses(w, "n") or lexicon.senses(w, "a"))


def is_role(part: str) -> bool:
    """Whether ``part`` (the words after the name in a byline) names a job, not an outlet
    (see the module docstring). Unknown words and empty parts give False."""
    words = re.findall(r"[A-Za-z]+(?:['’-][A-Za-z]+)*", part)
    if not words or len(words) > 5:
        return False
    head = words[-1].lower()
    if not ROLE_CLASSES & _first_sense_classes(head):
        return False
    return all(_known_word(w) for w in words[:-1])
