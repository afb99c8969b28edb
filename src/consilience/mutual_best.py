"""Mutual best matches between the parts of a bipartite score table (relative alignment).

    mutual_best({(i, j): score, ...}, part_of) -> [(i, j), ...]

Two items of different parts (two claims of two articles of one story) are each other's
mutual best match when no other item of the other part scores higher with either of them.
A relative decision adapts to each pair of parts' score scale where one fixed threshold does
not: two articles about one event restate the same few central facts in their own words, and
each fact's wording in one article is closest to its wording in the other.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping


def mutual_best(
    scores: Mapping[tuple[int, int], float], part_of: Callable[[int], Hashable]
) -> list[tuple[int, int]]:
    """The pairs ``(i, j)`` of ``scores`` (items of two different parts, ``part_of(i) !=
    part_of(j)``) where ``j`` is the best-scoring item of its part for ``i`` and ``i`` the
    best-scoring item of its part for ``j``; ties go to the lower index. Sorted. Pairs
    within one part are ignored. Raises nothing; an empty table gives ``[]``."""
    best: dict[tuple[int, Hashable], tuple[float, int]] = {}
    for (i, j), p in scores.items():
        pi, pj = part_of(i), part_of(j)
        if pi == pj:
            continue
        for x, y, py in ((i, j, pj), (j, i, pi)):
            got = best.get((x, py))
            if got is None or (p, -y) > (got[0], -got[1]):
                best[(x, py)] = (p, y)
    return sorted(
        (i, j)
        for (i, j) in scores
        if part_of(i) != part_of(j)
        and best[(i, part_of(j))][1] == j
        and best[(j, part_of(i))][1] == i
    )
