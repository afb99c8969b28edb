"""Fit ``align.RESTATEMENT_COSINE`` with a leave-one-set-out check (session 17).

    python bench/align_restatement_fit.py --cache /tmp/ctx

A mutual best pair whose clauses and sentences are both close aligns without an argument
anchor (:func:`consilience.align.restated`). For each threshold of :data:`GRID` the story
links (``align_pairs_bench.story_decider``) are compared with those made without
restatements, on every story of ``heldout_s5`` ... ``heldout_s16``; each added link is
**true** when its two clauses are labelled with one gold claim
(``align_pairs_bench.labelled``), **false** when both are labelled with different gold
claims, **half** or **none** when one or neither is labelled (a clause stating a fact no
other article states, or a sub-clause of a labelled sentence: not scored). Leave one set
out: the threshold for a set is the lowest of :data:`GRID` whose added links reach
:data:`TARGET_PRECISION` (true / (true + false)) on all the other sets; printed per left-out
set with what it adds there (gold pairs newly accepted, true, false, none).
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

SETS = tuple(f"heldout_s{k}" for k in range(5, 17))
GRID = (0.45, 0.5, 0.55, 0.6, 0.65)
TARGET_PRECISION = 0.9


def link_counts(nodes, labels, links: set[tuple[int, int]]) -> Counter:
    """Links of two texts by label agreement, and gold pairs (a gold claim in two texts)
    accepted (some labelled clause of one linked with some of the other)."""
    c: Counter = Counter()
    for i, j in links:
        if nodes[i].root == nodes[j].root:
            continue
        li, lj = labels[i], labels[j]
        c["true" if li & lj else "false" if li and lj else "half" if li or lj else "none"] += 1
    by: dict[str, dict[str, list[int]]] = {}
    for k, lab in enumerate(labels):
        for cid in lab:
            by.setdefault(cid, {}).setdefault(nodes[k].claim.article, []).append(k)
    for per in by.values():
        arts = sorted(per)
        for x, aa in enumerate(arts):
            for ab in arts[x + 1 :]:
                if nodes[per[aa][0]].root != nodes[per[ab][0]].root:
                    hit = any((min(i, j), max(i, j)) in links for i in per[aa] for j in per[ab])
                    c["accepted"] += hit
    return c


def sweep(stories: dict[str, list]) -> dict[tuple[float | None, str], Counter]:
    """``{(threshold or None for no restatements, set): counts}``."""
    from consilience import align

    restated, saved = align.restated, align.RESTATEMENT_COSINE
    out: dict[tuple[float | None, str], Counter] = {}
    try:
        for th in (None, *GRID):
            align.restated = (lambda a, b, cos: False) if th is None else restated
            align.RESTATEMENT_COSINE = saved if th is None else th
            decide = apb.story_decider()
            for name, rows in stories.items():
                c: Counter = Counter()
                for nodes, sim, labels in rows:
                    c.update(link_counts(nodes, labels, decide.story(nodes, sim)))
                out[(th, name)] = c
    finally:
        align.restated, align.RESTATEMENT_COSINE = restated, saved
    return out


def added(res, th: float, names) -> Counter:
    """What threshold ``th`` adds over no restatements on the sets ``names``."""
    c: Counter = Counter()
    for n in names:
        c.update(res[(th, n)])
        c.subtract(res[(None, n)])
    return c


def loso(res, names: list[str]) -> list[str]:
    """One line per left-out set: the threshold chosen on the others and what it adds."""
    lines = []
    for held in names:
        others = [n for n in names if n != held]
        chosen = None
        for th in GRID:
            c = added(res, th, others)
            if c["true"] / max(1, c["true"] + c["false"]) >= TARGET_PRECISION:
                chosen = th
                break
        if chosen is None:
            lines.append(f"{held:12s} no threshold reaches {TARGET_PRECISION}")
            continue
        c = added(res, chosen, [held])
        lines.append(
            f"{held:12s} threshold {chosen:.2f}  gold pairs +{c['accepted']}  "
            f"links true +{c['true']} false +{c['false']} none +{c['none']}"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    from claims_recall_diag import folder_sets

    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    stories: dict[str, list] = {}
    for name in SETS:
        for _story, arts, gold, key_of in folder_sets(ROOT / "bench" / "annotations" / name):
            ctx = ctx_cache.context(arts, cache)
            stories.setdefault(name, []).append(apb.labelled(ctx, gold, key_of, arts))
    res = sweep(stories)
    names = list(stories)
    for th in GRID:
        c = added(res, th, names)
        print(f"{th:.2f} all sets: gold pairs +{c['accepted']} true +{c['true']} "
              f"false +{c['false']} half +{c['half']} none +{c['none']}")  # fmt: skip
    print("\n".join(loso(res, names)))


if __name__ == "__main__":
    main()
