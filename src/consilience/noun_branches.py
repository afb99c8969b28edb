"""Whether two nouns name things of one branch of WordNet's noun hierarchy.

    shared_depth("alarm", "system") -> 5      # depth of their deepest common hypernym
    one_branch("alarm", "system") -> True     # instrumentality: one kind of thing
    one_branch("household", "datum") -> False # only "group" / "abstraction" in common

The depth of a synset is its shortest hypernym path to the root (``entity`` is 0,
``physical_entity`` / ``abstraction`` 1, ``object`` / ``group`` / ``act`` 2-4). Two nouns
are of one branch when some pair of their first :data:`SENSES` senses shares a hypernym
(or is one synset) at depth :data:`BRANCH_DEPTH` or more: "helicopter" / "ambulance"
(vehicle, 7), "school" / "clinic" (institution, 5); not "storm" / "collision"
(abstraction, 1), "helicopter" / "road" (artifact, 4), "arson" / "fault" (act, 4).
"""

from __future__ import annotations

from functools import cache, lru_cache

from . import lexicon

SENSES = 2  # first senses of each noun compared
#: a common hypernym this deep or deeper makes two nouns one kind of thing (the top
#: levels -- entity, abstraction, object, artifact, act, group -- are too general)
BRANCH_DEPTH = 5
PERSON, GROUP = "person", "group"  # WordNet's first senses: a human being; any group


def _synsets() -> dict:
    return lexicon.table()["synsets"]["n"]


@cache
def _depth(offset: int) -> int:
    """Shortest hypernym path from the synset to the root."""
    table = _synsets()
    depth, level, seen = 0, {offset}, {offset}
    while level:
        if any(not table[o][1] for o in level):
            return depth
        level = {h for o in level for h in table[o][1]} - seen
        seen |= level
        depth += 1
    return depth


@lru_cache(maxsize=65536)
def _ancestors(offset: int) -> frozenset[int]:
    """The synset and all its hypernyms, transitively."""
    table = _synsets()
    seen, level = {offset}, {offset}
    while level:
        level = {h for o in level for h in table[o][1]} - seen
        seen |= level
    return frozenset(seen)


@lru_cache(maxsize=65536)
def shared_depth(x: str, y: str) -> int:
    """Depth of the deepest hypernym (or synset) the first :data:`SENSES` senses of nouns
    ``x`` and ``y`` share; -1 when either is unknown or none is shared."""
    best = -1
    for a in lexicon.senses(x, "n")[:SENSES]:
        for b in lexicon.senses(y, "n")[:SENSES]:
            common = _ancestors(a) & _ancestors(b)
            if common:
                best = max(best, max(_depth(c) for c in common))
    return best


def one_branch(x: str, y: str) -> bool:
    """Whether nouns ``x`` and ``y`` are one kind of thing (module doc)."""
    return x == y or shared_depth(x, y) >= BRANCH_DEPTH


def kind_of(x: str, ancestor: str) -> bool:
    """One of the first :data:`SENSES` senses of noun ``x`` is a kind of the first sense
    of noun ``ancestor`` (or is it)."""
    target = lexicon.senses(ancestor, "n")[:1]
    return bool(target) and any(target[0] in _ancestors(a) for a in lexicon.senses(x, "n")[:SENSES])


def first_sense_kind_of(x: str, ancestor: str) -> bool:
    """The first sense of noun ``x`` is a kind of the first sense of noun ``ancestor`` (or
    is it): stricter than :func:`kind_of` ("slick" is an artifact only as a magazine)."""
    target = lexicon.senses(ancestor, "n")[:1]
    first = lexicon.senses(x, "n")[:1]
    return bool(target and first) and target[0] in _ancestors(first[0])


def member_of(group: str, member: str) -> bool:
    """``member`` names a person and ``group`` a group of people: "crew" / "crew
    *member*", "staff" / "staff *nurse*" -- one of the group."""
    return kind_of(member, PERSON) and kind_of(group, GROUP)


def container(x: str) -> bool:
    """The first sense of noun ``x`` is a container within two hypernym steps ("bottle",
    "tank", "canister", "sack"; not "truck", four steps away): "an oxygen *bottle*" names
    what it holds."""
    return lexicon.reaches(x, "n", frozenset(lexicon.senses("container", "n")[:1]), 1, 2)


def known(x: str) -> bool:
    """WordNet knows ``x`` as a noun."""
    return bool(lexicon.senses(x, "n"))


def is_vehicle_noun(lemma: str) -> bool:
    """Noun ``lemma`` names a vehicle in one of its first senses ("ship", "ferry",
    "aircraft") and no person or organisation in any of them ("carrier", an airline, is
    not one): a name it is put before ("the container ship Kelda Rose") is a vehicle's,
    however the tagger types it."""
    return (
        kind_of(lemma, "vehicle")
        and not kind_of(lemma, "person")
        and not kind_of(lemma, "organization")
    )


#: hypernym steps from each noun's first sense to the nearest hypernym two co-kinds share
#: (:func:`co_kinds`): two rooms, two buildings, two vehicles, two carnivores
NEAR_STEPS = 2


@lru_cache(maxsize=65536)
def co_kinds(x: str, y: str) -> bool:
    """Nouns ``x`` and ``y`` name two kinds of one near class, so never one thing: two
    different nouns that share no sense among their first three, neither's first sense a
    kind of the other's, with a hypernym within :data:`NEAR_STEPS` steps of both first
    senses ("shed" / "greenhouse": buildings; "kitchen" / "bedroom": rooms; "dog" / "cat":
    carnivores). Not "house" / "building" (a kind of it), not "kitchen" / "house" (a part
    of it shares no near class); False when either is unknown."""
    if x == y or lexicon.same_sense(x, y, "n"):
        return False
    sx, sy = lexicon.senses(x, "n")[:1], lexicon.senses(y, "n")[:1]
    if not (sx and sy) or sx[0] in _ancestors(sy[0]) or sy[0] in _ancestors(sx[0]):
        return False
    return bool(_near(sx[0]) & _near(sy[0]))


@lru_cache(maxsize=65536)
def _near(offset: int) -> frozenset[int]:
    """The synset and its hypernyms up to :data:`NEAR_STEPS` steps above it."""
    table = _synsets()
    seen, level = {offset}, {offset}
    for _ in range(NEAR_STEPS):
        level = {h for o in level for h in table[o][1]} - seen
        seen |= level
    return frozenset(seen)
