"""One statement conflict per disputed slot: fact conflicts that cite one reading are one
dispute seen through two pairs of words ("One crew member: survive vs die" and "One crew
member: killing vs survived" both cite "survived"), merged into one conflict whose sides
are the union of theirs (A1 + A5 against A2 + A3 + A4), as figure conflicts are.

    merged(items) -> [item, ...]     # DESIGN.md conflict items, with "_sides" removed

Each item carries ``"_sides"``: its readings' citations ``(article, start, end)`` split into
the two sides of its dispute. Two items are linked when a citation of one overlaps a
citation of the other (same article, overlapping characters: a stance sentence holds its
content clause). A linked group is merged when every item's sides map onto two sides
consistently (a shared reading fixes which side is which); a group that would put one
reading on both sides, or an item of more than two sides, stays as it is.
"""

from __future__ import annotations

from typing import Any

Cite = tuple[str, int, int]


def merged(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of ``items`` with every consistent linked group (module doc) merged into its
    first item, in the order of the first items; the private ``"_sides"`` key dropped
    (``items`` are not changed)."""
    groups = _groups(items)
    out = []
    for group in groups:
        sides = _oriented([items[i]["_sides"] for i in group])
        if len(group) > 1 and sides is not None:
            out.append(_merge([items[i] for i in group], sides))
        else:
            out.extend(items[i] for i in group)
    return [{k: v for k, v in item.items() if k != "_sides"} for item in out]


def _overlap(a: Cite, b: Cite) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def _linked(x: dict[str, Any], y: dict[str, Any]) -> bool:
    return any(_overlap(a, b) for sa in x["_sides"] for a in sa for sb in y["_sides"] for b in sb)


def _groups(items: list[dict[str, Any]]) -> list[list[int]]:
    """Indices of ``items`` in linked groups (transitively), each group in item order,
    groups in the order of their first item."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if _linked(items[i], items[j]):
                parent[root(j)] = root(i)
    out: dict[int, list[int]] = {}
    for i in range(len(items)):
        out.setdefault(root(i), []).append(i)
    return list(out.values())


def _side_of(cite: Cite, sides: tuple[list[Cite], list[Cite]]) -> int | None:
    """0 or 1: the side holding a citation overlapping ``cite``; None when neither (or
    both: the group is inconsistent, reported as -1)."""
    hits = {k for k, side in enumerate(sides) if any(_overlap(cite, c) for c in side)}
    if len(hits) == 2:
        return -1
    return hits.pop() if hits else None


def _oriented(all_sides: list[list[list[Cite]]]) -> tuple[list[Cite], list[Cite]] | None:
    """The two merged sides of a group's items, or None when an item has other than two
    sides or the items' sides cannot be aligned (module doc)."""
    if any(len(s) != 2 for s in all_sides):
        return None
    merged_sides: tuple[list[Cite], list[Cite]] = (list(all_sides[0][0]), list(all_sides[0][1]))
    pending = list(all_sides[1:])
    while pending:
        for sides in pending:
            flip = _orientation(sides, merged_sides)
            if flip == -1:
                return None
            if flip is not None:
                for k in (0, 1):
                    merged_sides[k ^ flip].extend(sides[k])
                pending.remove(sides)
                break
        else:
            return None
    return merged_sides


def _orientation(sides: list[list[Cite]], merged_sides) -> int | None:
    """0 when ``sides`` align as they are, 1 when swapped, None when no citation is
    shared yet, -1 when they contradict."""
    votes = set()
    for k in (0, 1):
        for c in sides[k]:
            at = _side_of(c, merged_sides)
            if at == -1:
                return -1
            if at is not None:
                votes.add(k ^ at)
    if len(votes) > 1:
        return -1
    return votes.pop() if votes else None


def _merge(group: list[dict[str, Any]], sides) -> dict[str, Any]:
    """The first item of ``group`` holding every reading of the group once (the first
    citation of each overlapping set), with majority and outliers by articles."""
    first = dict(group[0])
    readings: list[dict[str, Any]] = []
    seen: list[Cite] = []
    for item in group:
        for r in item["readings"]:
            c = r["citation"]
            cite = (c["article"], c["start"], c["end"])
            if not any(_overlap(cite, s) for s in seen):
                seen.append(cite)
                readings.append(r)
    arts = [sorted({c[0] for c in side}) for side in sides]
    arts.sort(key=lambda v: (-len(v), v))
    bigger = len(arts[0]) > len(arts[1]) and not set(arts[0]) & set(arts[1])
    first["readings"] = readings
    first["majority"] = arts[0] if bigger else []
    first["outliers"] = arts[1] if bigger else []
    return first
