"""Statement conflicts (kind ``fact``): one actor, incompatible statements across articles
-- opposite predicates (approved / rejected, kept running / shut down), or one predicate
asserted in one article and negated or only expected in another (:func:`consilience.
opposition.opposed`).

    statement_conflicts(ctx, nodes, sim, texts) -> [conflict, ...]   # DESIGN.md conflict shape
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .align import Node
from .claim_spans import Texts
from .model import Span
from .opposition import opposed

CONFLICT_COSINE = 0.45  # clause cosine for opposite statements to be about one thing


def statement_conflicts(ctx, nodes: list[Node], sim: np.ndarray, texts: Texts) -> list[dict]:
    """Conflicts of kind ``fact``: one actor, incompatible statements across articles."""
    found: dict[tuple, dict[str, Any]] = {}
    for i, a in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            b = nodes[j]
            if a.root == b.root or sim[i, j] < CONFLICT_COSINE:
                continue
            ca, cb = a.claim, b.claim
            shared = set(ca.actor_keys) & set(cb.actor_keys)
            if not shared:
                continue
            why = opposed(ca, cb)
            if why is None or ca.heading or cb.heading:
                continue
            key = (min(shared), *sorted((ca.frame, cb.frame)))
            entry = found.setdefault(key, {"why": why, "members": {}})
            for n in (a, b):
                entry["members"].setdefault(n.claim.article, n)
    return [_conflict_item(ctx, key, e, texts) for key, e in sorted(found.items())]


def _conflict_item(ctx, key, entry, texts: Texts) -> dict[str, Any]:
    members: dict[str, Node] = entry["members"]
    readings = []
    by_reading: dict[tuple, list[str]] = {}
    for aid, n in sorted(members.items(), key=lambda kv: kv[1].order):
        c = n.claim
        s, e = texts.clause(c)
        reading_key = (
            c.frame,
            c.negated,
            c.modality in ("expected", "planned", "future", "possible"),
        )
        by_reading.setdefault(reading_key, []).append(aid)
        readings.append(
            {
                "article": aid,
                "text": texts.text(aid)[s:e],
                "predicate": c.frame,
                "negated": c.negated,
                "modality": c.modality,
                "citation": Span(aid, s, e).to_json(),
            }
        )
    sides = sorted(by_reading.values(), key=lambda v: (-len(v), v))
    majority = sides[0] if len(sides[0]) > len(sides[1]) else []
    outliers = [a for side in sides if side is not majority for a in side] if majority else []
    actor = next(iter(members.values())).claim.actor or key[0]
    frames = " vs ".join(dict.fromkeys(key[1:]))
    how = {"polarity": " (stated vs denied)", "modality": " (done vs expected)"}
    return {
        "kind": "fact",
        "subject": f"{actor}: {frames}{how.get(entry['why'], '')}",
        "readings": readings,
        "majority": majority,
        "outliers": outliers,
        "explanation": _explain(entry["why"]),
    }


def _explain(why: str) -> str:
    return {
        "antonym": "the articles state opposite things of the same subject",
        "polarity": "one article states what another denies",
        "modality": "one article reports as done what another reports as still expected",
    }[why]
