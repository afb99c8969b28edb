"""Fit ``align.COMPLETE_MUTUAL_SENTENCE`` with a leave-one-set-out check (session 20).

    python bench/align_complete_fit.py --cache /tmp/ctx [--margin 0.1]

A group takes from an article it lacks the clause closest to it when the group is also
that clause's closest group (:func:`consilience.align._completes_mutually`). For each floor
of :data:`GRID` the groups of every story of ``heldout_s5`` ... ``heldout_s18``
(``align.claim_groups``) are compared with those made with the mechanism off: each member
is **true** when it shares a gold claim with another member (labels of
``align_pairs_bench.labelled``), **false** when it and the others are labelled but share
none, **none** when either side is unlabelled; ``wide`` counts gold claims whose best group
holds clauses of three or more texts. Leave one set out: the floor for a set is the lowest
of :data:`GRID` whose added members reach :data:`TARGET_PRECISION` (true / (true + false))
on all the other sets; printed per left-out set with what it adds there.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import align_pairs_bench as apb  # noqa: E402
import ctx_cache  # noqa: E402

SETS = tuple(f"heldout_s{k}" for k in range(5, 19))
GRID = (0.45, 0.5, 0.55, 0.6)
OFF = 1.01
TARGET_PRECISION = 0.9


def member_counts(nodes, labels, groups: list[list[int]]) -> Counter:
    """Members by label agreement with the rest of their group, and gold claims whose
    groups hold clauses of three or more texts (``wide``)."""
    c: Counter = Counter()
    for g in groups:
        for m in g:
            rest = set().union(*(labels[x] for x in g if x != m))
            c["true" if labels[m] & rest else "false" if labels[m] and rest else "none"] += 1
    gold = {cid for lab in labels for cid in lab}
    for cid in gold:
        texts = [len({nodes[m].root for m in g if cid in labels[m]}) for g in groups]
        c["wide"] += max(texts, default=0) >= 3
    return c


def sweep(stories: dict[str, list]) -> dict[tuple[float, str], Counter]:
    """``{(floor, set): member counts}`` for :data:`OFF` and every floor of :data:`GRID`."""
    from consilience import align

    saved = align.COMPLETE_MUTUAL_SENTENCE
    out: dict[tuple[float, str], Counter] = {}
    try:
        for th in (OFF, *GRID):
            align.COMPLETE_MUTUAL_SENTENCE = th
            for name, rows in stories.items():
                c: Counter = Counter()
                for nodes, sim, labels in rows:
                    c.update(member_counts(nodes, labels, align.claim_groups(nodes, sim)))
                out[(th, name)] = c
    finally:
        align.COMPLETE_MUTUAL_SENTENCE = saved
    return out


def added(res, th: float, names) -> Counter:
    """What floor ``th`` adds over the mechanism off on the sets ``names``."""
    c: Counter = Counter()
    for n in names:
        c.update(res[(th, n)])
        c.subtract(res[(OFF, n)])
    return c


def loso(res, names: list[str]) -> list[str]:
    """One line per left-out set: the floor chosen on the others and what it adds."""
    lines = []
    for held in names:
        others = [n for n in names if n != held]
        chosen = next(
            (
                th
                for th in GRID
                if (c := added(res, th, others))["true"] / max(1, c["true"] + c["false"])
                >= TARGET_PRECISION
            ),
            None,
        )
        if chosen is None:
            lines.append(f"{held:12s} no floor reaches {TARGET_PRECISION}")
            continue
        c = added(res, chosen, [held])
        lines.append(
            f"{held:12s} floor {chosen:.2f}  members true +{c['true']} false +{c['false']} "
            f"none +{c['none']}  gold claims in 3+ texts +{c['wide']}"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    from claims_recall_diag import folder_sets

    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    if "--margin" in argv:  # the margin over the next group, COMPLETE_MARGIN by default
        from consilience import align

        align.COMPLETE_MARGIN = float(argv[argv.index("--margin") + 1])
    stories: dict[str, list] = {}
    for name in SETS:
        for _story, arts, gold, key_of in folder_sets(ROOT / "bench" / "annotations" / name):
            ctx = ctx_cache.context(arts, cache)
            stories.setdefault(name, []).append(apb.labelled(ctx, gold, key_of, arts))
    res = sweep(stories)
    names = list(stories)
    for th in GRID:
        c = added(res, th, names)
        print(f"{th:.2f} all sets: members true +{c['true']} false +{c['false']} "
              f"none +{c['none']}  gold claims in 3+ texts +{c['wide']}")  # fmt: skip
    print("\n".join(loso(res, names)))


if __name__ == "__main__":
    main()
