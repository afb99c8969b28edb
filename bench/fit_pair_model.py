"""Fit the learned claim-pair scorer (:mod:`consilience.pair_model`) on every annotated claim
pair the repository holds, and measure by leave-one-set-out whether it generalises.

    python bench/fit_pair_model.py --cache /tmp/ctx          # leave-one-set-out table
    python bench/fit_pair_model.py --cache /tmp/ctx --write  # ... then fit on all sets and
                                                             # write the shipped weights

Pairs are those of ``bench/align_pairs_bench.py`` (two labelled claims of two articles that
are not printings of one text; positive when they share a gold claim). Pairs the hard
compatibility vetoes reject (:func:`consilience.align.compatible`: figures, dates, stated
numbers, polarity, opposite predicates disagree) are never aligned and are not fitted on;
they still count as missed positives. Features: :func:`consilience.align.learned_features`
(the hand rules as evidence, argument agreement, clause shapes, cosine ranks between the
two articles). Model: scikit-learn ``LogisticRegression`` (L2, ``C`` :data:`C`) over
standardised features; deterministic (lbfgs, no sampling).

Leave-one-set-out: for each set, the model is fitted on all other sets and its probability
threshold chosen on them -- the lowest threshold whose precision reaches
:data:`TARGET_PRECISION` on out-of-fold probabilities of those sets (each of them scored by a
model fitted without it) -- and the left-out set is scored at that threshold. The table
prints that, beside the current decision (``align.aligned`` plus the mutual best links of
``align.relative_links``) on the same pairs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import align_pairs_bench  # noqa: E402

#: inverse L2 strength of the logistic regression
C = 0.1
#: pair precision the threshold is chosen for
TARGET_PRECISION = 0.9
#: where the shipped weights go (package data)
WEIGHTS = ROOT / "src" / "consilience" / "pair_model.json"

#: one set's pairs: (features (n, k), labels (n,), compatible (n,) bool, current (n,) bool)
SetData = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def story_rows(nodes, sim, prs, current: set[tuple[int, int]]) -> SetData:
    """Features, labels, compatibility and the current decision of one story's pairs."""
    from consilience import align

    x, y, ok, cur = [], [], [], []
    for i, j, cos, same in prs:
        a, b = nodes[i], nodes[j]
        x.append(align.learned_features(a, b, cos))
        y.append(same)
        ok.append(align.compatible(a.claim, b.claim))
        cur.append((i, j) in current)
    k = len(align.LEARNED_FEATURES)
    return (
        np.array(x, dtype=np.float64).reshape(-1, k),
        np.array(y, dtype=bool),
        np.array(ok, dtype=bool),
        np.array(cur, dtype=bool),
    )


def set_data(data: dict[str, list]) -> dict[str, SetData]:
    """set name -> its pairs' rows (:func:`story_rows`), stories concatenated."""
    decide = align_pairs_bench.story_decider()
    out: dict[str, SetData] = {}
    for name, rows in data.items():
        parts = [
            story_rows(nodes, sim, prs, decide.story(nodes, sim))  # type: ignore[attr-defined]
            for _story, nodes, sim, _labels, prs in rows
        ]
        out[name] = tuple(np.concatenate([p[k] for p in parts]) for k in range(4))  # type: ignore[assignment]
    return out


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> dict[str, Any]:
    """Standardised L2 logistic regression of ``y`` (bool, (n,)) on ``x`` ((n, k));
    returns ``{"mean", "scale", "coef": [k floats], "intercept"}``.
    Raises ValueError when ``y`` holds one class only."""
    from sklearn.linear_model import LogisticRegression

    if y.all() or not y.any():
        raise ValueError("both positive and negative pairs are needed")
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    model = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return {
        "mean": [float(v) for v in mean],
        "scale": [float(v) for v in scale],
        "coef": [float(v) for v in model.coef_[0]],
        "intercept": float(model.intercept_[0]),
    }


def probability(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    """Probabilities ``(n,)`` of a :func:`fit` model on ``x`` ((n, k))."""
    from consilience import pair_model

    return pair_model.probabilities(model, x)


def threshold(p: np.ndarray, y: np.ndarray, target: float = TARGET_PRECISION) -> float:
    """The lowest probability threshold (of the scores ``p``) whose precision on ``y``
    reaches ``target``; 1.0 when none does."""
    order = np.argsort(-p, kind="stable")
    tp = np.cumsum(y[order])
    prec = tp / np.arange(1, len(p) + 1)
    ok = np.nonzero(prec >= target)[0]
    return round(float(p[order][ok[-1]]), 4) if len(ok) else 1.0


def _train(sets: dict[str, SetData], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.concatenate([sets[n][0][sets[n][2]] for n in names])
    y = np.concatenate([sets[n][1][sets[n][2]] for n in names])
    return x, y


def out_of_fold(sets: dict[str, SetData], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Probabilities and labels of the compatible pairs of ``names``, each set scored by a
    model fitted on the other sets of ``names``."""
    ps, ys = [], []
    for held in names:
        model = fit(*_train(sets, [n for n in names if n != held]))
        x, y, ok, _cur = sets[held]
        ps.append(probability(model, x[ok]))
        ys.append(y[ok])
    return np.concatenate(ps), np.concatenate(ys)


def shipped(sets: dict[str, SetData]) -> dict[str, Any]:
    """The model fitted on every set, with its threshold chosen on out-of-fold scores of
    all sets and the feature names it expects."""
    from consilience import align

    names = sorted(sets)
    model = fit(*_train(sets, names))
    model["threshold"] = threshold(*out_of_fold(sets, names))
    model["features"] = list(align.LEARNED_FEATURES)
    model["C"] = C
    model["target_precision"] = TARGET_PRECISION
    model["sets"] = names
    return model


def _pr(got: np.ndarray, y: np.ndarray) -> str:
    tp, fp = int(np.sum(got & y)), int(np.sum(got & ~y))
    p = tp / (tp + fp) if tp + fp else float("nan")
    return (
        f"P {tp:3d}/{tp + fp:3d} = {p:.3f} R {tp:3d}/{int(y.sum()):3d} = {tp / max(1, y.sum()):.3f}"
    )


def leave_one_out(sets: dict[str, SetData]) -> None:
    """Print, per set, the current decision and the learned scorer fitted without it."""
    names = sorted(sets)
    all_got, all_cur, all_y = [], [], []
    for held in names:
        rest = [n for n in names if n != held]
        model = fit(*_train(sets, rest))
        t = threshold(*out_of_fold(sets, rest))
        x, y, ok, cur = sets[held]
        got = np.zeros(len(y), dtype=bool)
        got[ok] = probability(model, x[ok]) >= t
        print(
            f"{held:18s} pos {int(y.sum()):4d} neg {int((~y).sum()):5d}  current {_pr(cur, y)}"
            f"  learned (t {t:.3f}) {_pr(got, y)}",
            flush=True,
        )
        all_got.append(got), all_cur.append(cur), all_y.append(y)
    y, got, cur = (np.concatenate(v) for v in (all_y, all_got, all_cur))
    print(
        f"{'all':18s} pos {int(y.sum()):4d} neg {int((~y).sum()):5d}  current {_pr(cur, y)}"
        f"  learned {_pr(got, y)}"
    )


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    sets = set_data(align_pairs_bench.load(cache))
    if "--save" in argv:
        save = Path(argv[argv.index("--save") + 1])
        np.savez(save, **{f"{n}|{k}": v for n, d in sets.items() for k, v in enumerate(d)})
    leave_one_out(sets)
    if "--write" in argv:
        model = shipped(sets)
        WEIGHTS.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        print(f"wrote {WEIGHTS} (threshold {model['threshold']})")


if __name__ == "__main__":
    main()
