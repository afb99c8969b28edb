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
    """Lemmas of the hypernym synsets of the first ``first`` senses of ``noun`` up to
    ``steps`` levels (followed synset by synset, so a hypernym's other senses never lead
    astray), each with the level it is first reached at (1 = direct); ``{}`` if unknown."""
    synsets = lexicon.table()["synsets"]["n"]
    out: dict[str, int] = {}
    seen: set[int] = set()
    frontier = list(lexicon.senses(_norm(noun), "n")[:first])
    for level in range(1, steps + 1):
        nxt = []
        for off in frontier:
            for hyper in synsets[off][1]:
                if hyper in seen:
                    continue
                seen.add(hyper)
                nxt.append(hyper)
                for name in synsets[hyper][0]:
                    out.setdefault(name, level)
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
    shared = set(ancestors(x, KIN_STEPS)) & set(ancestors(y, KIN_STEPS))
    if any(not _near_root(w) for w in shared):
        return True
    return (_collective(x) and _person(y)) or (_collective(y) and _person(x))


#: a hypernym this few steps below WordNet's root ("physical entity", "object", "whole",
#: "group") is too general for two nouns that meet there to be kinds of one thing
ROOT_STEPS = 3


def _near_root(word: str) -> bool:
    return word == "entity" or "entity" in ancestors(word, ROOT_STEPS)


def _person(noun: str) -> bool:
    return "person" in ancestors(noun, KIN_STEPS + 1, 2)


#: ancestors of a noun that can act (win votes, take a share): people and organisations
_AGENT_ROOTS = frozenset({"person", "organization", "organisation", "social_group"})


def can_act(noun: str) -> bool:
    """Whether ``noun`` names a person or an organisation (WordNet, most frequent sense, up
    to six hypernym steps): "party", "candidate", "union" can win a share of a vote;
    "crude", "gold", "index" cannot, so their "gained 2.6 percent" is a price move."""
    return bool(_AGENT_ROOTS & set(ancestors(noun, 6)))
