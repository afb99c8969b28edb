"""The sides of a brief's statement conflicts as claims state them, so that a line telling
a side again, in another sentence or other words, is known to take a side:

    fact_sides(conflicts, nodes) -> [(frame, actor keys)]   # what each reading asserts
    states_side(i, nodes, sides) -> bool                    # claim i tells one of them

Read by the headline, summary and unique sections (no line of those states a side)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .align import _names_meet
from .claim_spans import disputed

if TYPE_CHECKING:
    from .align import Node


def fact_sides(conflicts: Sequence[dict[str, Any]], nodes: list[Node]) -> list[tuple[str, list]]:
    """``(frame, actor keys)`` of every claim a statement (``fact``) conflict reads as a
    side (a claim inside a reading's citation whose frame or predicate is the reading's
    ``predicate``): "Holt resigned" / "Holt was pushed out" gives ("resign", ["holt"])
    and ("push", ["holt"])."""
    out = []
    for conflict in conflicts:
        if conflict.get("kind") != "fact" or conflict.get("update"):
            continue
        for r in conflict.get("readings", []):
            cite, pred = r.get("citation") or {}, r.get("predicate")
            if "article" not in cite:
                continue
            span = [(cite["article"], cite["start"], cite["end"])]
            for n in nodes:
                c = n.claim
                if c.actor_keys and pred in (c.frame, c.predicate) and disputed([0], [n], span):
                    out.append((c.frame, list(c.actor_keys)))
    return out


def states_side(i: int, nodes: list[Node], sides: list[tuple[str, list]]) -> bool:
    """Claim ``i`` states a side of a statement conflict in other words: one of its frames
    with an actor whose name meets the side's ("Verdane said Holt had stepped down")."""
    c = nodes[i].claim
    if not c.actor_keys:
        return False
    for frame, actors in sides:
        if c.frame == frame and (
            _names_meet(list(c.actor_keys), set(actors)) or _names_meet(actors, set(c.actor_keys))
        ):
            return True
    return False
