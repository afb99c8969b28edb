"""What a tally without a counted noun counts.

"The conservation department has just confirmed the toll has risen to 51" and "The
department had earlier put the toll at 42" name no counted thing: the toll is of what the
article's own figure of the same event before it counts ("51 whales have now died"), so
the tally takes that figure's noun rather than the default "people" of a death toll.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .model import Quantity


def borrowed_figures(
    qs: Iterable[Quantity], event_of: Callable[[Quantity], str | None]
) -> dict[int, Quantity]:
    """id(figure) -> figure, for each count of one article (``qs``) with an event but no
    counted noun: the nearest count before it in the text that has a noun and the same
    event (``event_of``), whose property the tally shares."""
    counts = [q for q in qs if q.dimension == "count"]
    found: dict[int, Quantity] = {}
    for q in counts:
        ev = None if q.noun else event_of(q)
        if ev is None:
            continue
        before = [p for p in counts if p.noun and p.start < q.start and event_of(p) == ev]
        if before:
            found[id(q)] = max(before, key=lambda p: p.start)
    return found
