"""Whether two counted nouns name one counted set, by WordNet relations (no word tables).

    same_set("seafarer", "sailor") -> True      # one a direct hypernym of the other
    same_set("crew", "seafarer") -> True        # a collective and its member noun ("crewman")
    same_set("ship", "vessel") -> True
    same_set("ship", "port") -> False
    kin_sets("patient", "adult") -> True        # both kinds of one thing ("person"), so the
                                                # story may make them one set (same value)

Readers over :mod:`consilience.lexicon` (WordNet 3.0), used by :mod:`consilience.reconcile`
to put counts of "23 crew" and "25 seafarers" in one slot. Nouns are lemmas, lower case,
multiword ones with spaces or underscores. Unknown words relate to nothing; nothing raises.
"""

from __future__ import annotations

from functools import lru_cache

from . import lexicon

#: how many hypernym steps one noun may sit below the other and still count the same set
#: ("seafarer" -> "sailor" is one step, "tanker" -> "cargo ship" -> "ship" two)
HYPERNYM_STEPS = 2
#: how far up two nouns may meet for :func:`kin_sets` ("patient" and "adult" meet at "person")
KIN_STEPS = 3
#: ancestors of a collective noun: a crew, a staff, a team are social units of members
_COLLECTIVE_ROOTS = frozenset({"social_unit", "organization", "organisation", "personnel"})


def _norm(noun: str) -> str:
    return noun.strip().lower().replace(" ", "_")


@lru_cache(maxsize=8192)
def ancestors(noun: str, steps: int, first: int = 1) -> dict[str, int]:
    """Hypernym lemmas of the first ``first`` senses of ``noun`` up to ``steps`` levels,
    each with the level it is first reached at (1 = direct hypernym); ``{}`` when unknown."""
    out: dict[str, int] = {}
    frontier = {_norm(noun)}
    for level in range(1, steps + 1):
        nxt = set()
        for word in sorted(frontier):
            for hyper in lexicon.hypernyms(word, "n", first):
                if hyper not in out:
                    out[hyper] = level
                    nxt.add(hyper)
        frontier = nxt
    return out


def _below(a: str, b: str) -> bool:
    """``b`` is ``a`` itself, shares its most frequent sense, or is a hypernym of it within
    :data:`HYPERNYM_STEPS` steps of its most frequent sense."""
    return a == b or lexicon.same_sense(a, b, "n", 1) or b in ancestors(a, HYPERNYM_STEPS)


def _collective(noun: str) -> bool:
    """A noun naming a group of members ("crew", "staff", "team") by its WordNet ancestors."""
    return bool(_COLLECTIVE_ROOTS & set(ancestors(noun, 2, 2)))


def _member_of(collective: str, member: str) -> bool:
    """``member`` (or one of its near hypernyms) is a compound of ``collective`` naming its
    members: "seafarer" is a "crewman", a member of a "crew"."""
    if not _collective(collective):
        return False
    words = {_norm(member), *ancestors(member, HYPERNYM_STEPS)}
    return any(w.startswith(collective) and len(w) > len(collective) for w in words)


def same_set(a: str, b: str) -> bool:
    """Whether count nouns ``a`` and ``b`` (lemmas) name one counted set by WordNet alone:
    synonyms, one a near hypernym of the other (:data:`HYPERNYM_STEPS`, most frequent
    sense), or a collective noun and the compound that names its members."""
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    return _below(x, y) or _below(y, x) or _member_of(x, y) or _member_of(y, x)


def kin_sets(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are kinds of one thing: :func:`same_set`, or their most
    frequent senses meet at a common hypernym within :data:`KIN_STEPS` steps of each
    ("patient" and "adult" at "person", "truck" and "car" at "motor vehicle"), or one is a
    collective and the other a kind of person. Weaker than :func:`same_set`: the caller
    needs more evidence (the same figure, sentences that read alike) to join such counts."""
    x, y = _norm(a), _norm(b)
    if same_set(x, y):
        return True
    if set(ancestors(x, KIN_STEPS)) & set(ancestors(y, KIN_STEPS)):
        return True
    return (_collective(x) and _person(y)) or (_collective(y) and _person(x))


def _person(noun: str) -> bool:
    return "person" in ancestors(noun, KIN_STEPS + 1, 2)
