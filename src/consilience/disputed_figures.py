"""Figures in dispute: the kinds of figure (dimension, unit, counted noun) that a quantity
conflict or update of the brief reads, with the values still standing, so that a line
giving one of them elsewhere in the story -- in another sentence or in other words -- is
known to state a disputed value. Used by the headline, summary and unique sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .align import _close, _figure
from .claim_spans import disputed

if TYPE_CHECKING:
    from .align import Node


class Disputed:
    """What the quantity conflicts of a brief dispute, per figure kind."""

    def __init__(self) -> None:
        #: figure kind -> values still standing (an update's latest readings)
        self.standing: dict[str, list[float]] = {}
        #: figure kind -> node indices of the clauses read
        self.readers: dict[str, list[int]] = {}

    def __contains__(self, kind: str) -> bool:
        return kind in self.standing


def disputed_kinds(conflicts: Sequence[dict[str, Any]], nodes: list[Node]) -> Disputed:
    """The figure kinds in dispute: for every reading of a quantity conflict or update,
    the kind (:func:`consilience.align._figure`: dimension, unit, counted noun) of the
    figure its clause gives at the reading's value, with the values still standing (an
    update's latest readings; none for a disagreement -- "4 million dollars" / "5
    million dollars": either value is disputed) and the clauses read."""
    out = Disputed()
    for conflict in conflicts:
        if conflict.get("kind") != "quantity":
            continue
        update = bool(conflict.get("update"))
        for r in conflict.get("readings", []):
            for kind, j in _reading_kinds(r, nodes):
                kept = out.standing.setdefault(kind, [])
                out.readers.setdefault(kind, []).append(j)
                if update and r.get("latest") is not False and r.get("value") is not None:
                    kept.append(float(r["value"]))
    return out


def _reading_kinds(reading: dict[str, Any], nodes: list[Node]) -> set[tuple[str, int]]:
    """``(figure kind, node)`` of the clauses holding a quantity reading's citation that
    give a figure at its value."""
    cite, value = reading.get("citation") or {}, reading.get("value")
    if "article" not in cite or value is None:
        return set()
    span = [(cite["article"], cite["start"], cite["end"])]
    return {
        (kind, j)
        for j, n in enumerate(nodes)
        if disputed([0], [n], span)
        for kind, v in map(_figure, n.claim.figures)
        if not kind.endswith("|") and _close(v, float(value))
    }


#: a clause this close (sentence cosine) to a reading's clause tells the same thing
SAME_TELLING = 0.6


def gives_disputed_figure(i: int, nodes: list[Node], kinds: Disputed, strict=False) -> bool:
    """Claim ``i`` gives a figure of a disputed kind (:func:`disputed_kinds`) at a value
    that is not one still standing: one side of a disagreement, or a superseded or third
    reading of an update ("holds the records of 2.4 million customers" while the latest
    count is 1.9 million); not a clause that also gives the standing value ("31 cases,
    up from 19"). ``strict``: only when the claim also tells what a reading's
    clause tells (same predicate class, or sentences ``SAME_TELLING`` close): "500 people
    were evacuated" gives no disputed figure while the death toll is disputed."""
    c = nodes[i].claim
    given = [_figure(f) for f in c.figures]
    for kind, value in given:
        if kind not in kinds or any(_close(value, v) for v in kinds.standing[kind]):
            continue
        if any(k == kind and _close(x, v) for k, x in given for v in kinds.standing[kind]):
            continue  # "31 cases, up from 19": the change to the standing value
        if not strict or any(_tells(i, j, nodes) for j in kinds.readers[kind]):
            return True
    return False


def _tells(i: int, j: int, nodes: list[Node]) -> bool:
    """Claims ``i`` and ``j`` tell one thing: one predicate class or close sentences."""
    a, b = nodes[i], nodes[j]
    if a.claim.frame == b.claim.frame:
        return True
    if a.sentence_vector is None or b.sentence_vector is None:
        return False
    return float(a.sentence_vector @ b.sentence_vector) >= SAME_TELLING
