"""Fit the two cosine floors of the stated-elsewhere check of unique facts
(:mod:`consilience.unique_elsewhere`) on gold sets, and check them on a held-out set.

    python bench/unique_s10_fit.py --cache /tmp/ctx [--fit s5,s6,s7,s8] [--check s9]

For every story, the brief is built as ingest builds it (contexts from ``--cache``,
:mod:`ctx_cache`) and the unique candidates (:func:`consilience.unique.unique_candidates`,
every sentence that passes the older tests) are labelled by the gold: *stated elsewhere*
when the candidate's citation overlaps a support string of a gold claim (the scoring of
``bench/claims_bench.py``: a claim two or more articles state), else *unique*. Each
candidate's features are its clauses' mutual best matches (cosine, shared argument:
:func:`consilience.unique_elsewhere.matches`). Every pair of floors on a grid is scored on
the fit sets: stated-elsewhere candidates dropped minus 1.5 x unique candidates dropped
(a unique fact lost costs more than a repeat kept); the best pair is printed with its
counts on the fit sets and on the check set.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import ctx_cache  # noqa: E402
import unique_s10_dev  # noqa: E402

LOSS_WEIGHT = 1.5
WEIGHTS = (0.0, 0.5, 0.75, 1.0, 1.5)
GRID = [round(0.40 + 0.025 * k, 3) for k in range(50)]


def unique_inputs(arts, cache: Path | None) -> tuple | None:
    """The arguments ``consensus.unique_facts`` receives when the brief of ``arts`` is built
    (nodes, sim, groups, texts, disputed_at, conflicts), or None when it is never called."""
    import consilience.consensus as consensus
    from consilience.brief import build_brief

    seen: dict[str, Any] = {}
    real = consensus.unique_facts

    def spy(nodes, sim, groups, texts, disputed_at, conflicts=()):
        seen.update(args=(nodes, sim, groups, texts, disputed_at, conflicts))
        return real(nodes, sim, groups, texts, disputed_at, conflicts)

    consensus.unique_facts = spy
    try:
        build_brief(ctx_cache.context(arts, cache))
    finally:
        consensus.unique_facts = real
    return seen.get("args")


def candidates(arts, gold, key_of, cache: Path | None) -> list[tuple[bool, list, str]]:
    """``(stated elsewhere by the gold, matches, text)`` per unique candidate of a story."""
    from consilience.unique import unique_candidates
    from consilience.unique_elsewhere import OVERLAP_WEIGHT as real_weight
    from consilience.unique_elsewhere import ClauseWords, matches

    args = unique_inputs(arts, cache)
    if args is None:
        return []
    nodes, sim, _groups, texts, _d, _c = args
    words = ClauseWords(nodes, texts)
    import consilience.unique_elsewhere as ue

    art_texts = {key_of[a.id]: a.text for a in arts}
    spans = claims_bench.support_spans(gold, art_texts)
    out = []
    for line, members in unique_candidates(*args):
        s, aid, e, text = line[2], line[3], line[4], line[5]
        hit = bool(claims_bench.claims_of_citation(spans, key_of[aid], (s, e)))
        per_weight = {}
        for w in WEIGHTS:
            ue.OVERLAP_WEIGHT = w
            per_weight[w] = max((m[2] for m in matches(members, nodes, sim, words)), default=-1)
        out.append((hit, per_weight, text))
    ue.OVERLAP_WEIGHT = real_weight
    return out


def counts(rows, weight: float, floor: float) -> dict[str, int]:
    """Candidates stated elsewhere / unique, and how many of each the floor drops."""
    out = {"elsewhere": 0, "unique": 0, "drop_elsewhere": 0, "drop_unique": 0}
    for hit, best, _t in rows:
        d = best[weight] >= floor
        out["elsewhere" if hit else "unique"] += 1
        out[("drop_elsewhere" if hit else "drop_unique")] += d
    return out


def main(argv: list[str]) -> None:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    fit = argv[argv.index("--fit") + 1].split(",") if "--fit" in argv else ["s5", "s6", "s7", "s8"]
    check = argv[argv.index("--check") + 1].split(",") if "--check" in argv else ["s9"]
    rows: dict[str, list] = {}
    for name in [*fit, *check]:
        rows[name] = []
        for _story, arts, gold, key_of in unique_s10_dev.heldout_stories(name):
            rows[name] += candidates(arts, gold, key_of, cache)
    train = [r for n in fit for r in rows[n]]
    best = None
    for w in WEIGHTS:
        for floor in GRID:
            c = counts(train, w, floor)
            gain = c["drop_elsewhere"] - LOSS_WEIGHT * c["drop_unique"]
            if best is None or gain > best[0]:
                best = (gain, w, floor)
    assert best is not None
    _gain, w, floor = best
    print(f"fitted on {','.join(fit)}: OVERLAP_WEIGHT {w} STATED_FLOOR {floor}")
    for name, r in rows.items():
        c = counts(r, w, floor)
        print(
            f"  {name}: candidates stated elsewhere {c['elsewhere']} (dropped "
            f"{c['drop_elsewhere']}), unique {c['unique']} (dropped {c['drop_unique']})"
        )
    if "-v" in argv:
        for name, r in rows.items():
            for hit, b, text in r:
                mark = "DROP" if b[w] >= floor else "keep"
                scores = " ".join(f"{b[x]:.2f}" for x in WEIGHTS)
                print(f"  {name} {'ELSE' if hit else 'uniq'} {mark} {scores} {text[:90]}")


if __name__ == "__main__":
    main(sys.argv[1:])
