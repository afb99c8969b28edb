"""Shares of one whole told with different nouns: "about 8 percent of the country's
electricity" / "around 12 percent of the nation's power" / "8 per cent of its water
supply" and "of the country's water".

A percentage's slot is keyed by what it is a share of (:func:`reconcile.share_class`: the
head of the "of" noun, or the subject that moved). Articles name one whole with different
nouns, so :func:`merge_share_wholes` joins two percentage slots of close figures, the same
owner and no article in common when their wholes are one:

* the wholes' words meet ("water supply" / "drinking water": a word in common);
* WordNet gives the heads one sense among their first senses (:func:`lexicon.same_sense`);
* or, both arguments aligned, the wholes belong to one owner told with related nouns ("the
  country's" / "the nation's": the same word or one WordNet sense), the shares are given
  by one subject or one act ("the plant supplies" / "the plant produces"; "Korsnes 2
  supplies" / "the reactor, which supplies": one head lemma, or verbs of one act) and each
  whole's noun is the other's nearest among the story's percentage wholes by embedding
  (mutual best match), so a story's other shares ("of its gas") keep their own slots.
"""

from __future__ import annotations

from collections.abc import Callable

PERCENT = "percentage"
_PRONOUNS = frozenset({"it", "its", "they", "their", "which", "that", "this"})


def _words(qs: list) -> set[str]:
    return {w for q in qs for w in (q.measure or "").lower().split()}


def _owners(qs: list) -> set[str]:
    """The lower-case common-noun owners of the wholes ("country", "nation")."""
    out = set()
    for q in qs:
        ent = (q.entity or "").strip()
        if ent and ent.islower() and ent not in _PRONOUNS:
            out.add(ent.split()[-1])
    return out


def _same_owner(a: set[str], b: set[str]) -> bool:
    from .lexicon import same_sense

    return bool(a & b) or any(same_sense(x, y, "n") for x in sorted(a) for y in sorted(b))


def _mutual_best(a: str, b: str, wholes: list[str], sim: Callable[[str, str], float]) -> bool:
    def best(x: str) -> str | None:
        others = [w for w in wholes if w != x]
        return max(others, key=lambda w: (sim(x, w), w)) if others else None

    return best(a) == b and best(b) == a


def _one_whole(a: tuple, b: tuple, groups: dict, wholes: list[str], sim, giver) -> bool:
    from .lexicon import same_sense

    ga, gb = groups[a], groups[b]
    if _words(ga) & _words(gb) or same_sense(a[1], b[1], "n"):
        return True
    oa, ob = _owners(ga), _owners(gb)
    if not (oa and ob and _same_owner(oa, ob)):
        return False
    return _aligned([giver(q) for q in ga], [giver(q) for q in gb]) and _mutual_best(
        a[1], b[1], wholes, sim
    )


def _aligned(a: list[tuple[str | None, str | None]], b: list[tuple[str | None, str | None]]):
    """Two slots' (subject, verb) lemmas align: one subject in common, or verbs of one act
    (the same lemma or related by WordNet, :func:`same_act.acts_related`: "supplies" /
    "supplies", "makes" / "produces")."""
    from .same_act import acts_related

    if {s for s, _ in a if s} & {s for s, _ in b if s}:
        return True
    verbs_a, verbs_b = sorted({v for _, v in a if v}), sorted({v for _, v in b if v})
    return any(x == y or acts_related(x, y) for x in verbs_a for y in verbs_b)


def merge_share_wholes(
    groups: dict[tuple, list],
    close: Callable[[list, list], bool],
    sim: Callable[[str, str], float],
    giver: Callable[[object], tuple[str | None, str | None]],
    moved: Callable[[object], bool],
    kept: frozenset[str] = frozenset(),
) -> None:
    """Join percentage slots of one whole (see the module docstring). ``close(a, b)``: two
    lists of figures are close enough to be one property told twice; ``sim(x, y)``: the
    embedding cosine of two nouns; ``giver(q)``: the lemmas of the subject and the verb of the
    clause giving figure ``q`` (("plant", "produce"), None where unread); ``moved(q)``: figure ``q`` is a change ("prices
    rose 18 percent"), never a share of a whole, so its slot is never joined; ``kept``: share classes never joined this way ("vote
    share", "turnout"). Changes ``groups`` in place."""
    keys = sorted(
        (
            k
            for k in groups
            if k[0] == PERCENT and k[1] and k[1] not in kept and not any(map(moved, groups[k]))
        ),
        key=repr,
    )
    wholes = sorted({k[1] for k in keys})
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if a not in groups or b not in groups or a[2:] != b[2:]:
                continue
            if {q.article for q in groups[a]} & {q.article for q in groups[b]}:
                continue
            if close(groups[a], groups[b]) and _one_whole(a, b, groups, wholes, sim, giver):
                groups[a].extend(groups.pop(b))
