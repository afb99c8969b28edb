"""Learned claim-pair links (issue #11; sessions 11 and 25): a logistic model over pair
features, fitted on every annotated claim pair the repository holds and measured
leave-one-set-out against the current pair decision, as links ADDED to it (never removing a
hard veto). Session 25: measured, not shipped (below).

    python bench/fit_pair_model.py --cache /tmp/ctx --save F.npz --folds F.json  # LOSO table
    python bench/fit_pair_model.py --load F.npz [--gate mutual|unvetoed] --folds F.json
    python bench/fit_pair_model.py --load F.npz --no-loso --coefficients   # all-sets model
    python bench/align_loso_pooled.py --folds F.json --gate mutual --cache /tmp/ctx

Sets: heldout_s5 ... heldout_s24, seeds, demo, fixtures (``align_pairs_bench.ALL_FOLDERS``).
Pairs are those of ``bench/align_pairs_bench.py`` (two labelled claims of two articles that
are not printings of one text; positive when they share a gold claim). The model scores only
the pairs :func:`candidates` admits (:data:`GATE`; always a clause cosine of
:data:`COSINE_FLOOR` and nothing disagreeing by ``align.compatible``: figures, dates, stated
numbers, polarity, opposite predicates stay hard vetoes); the others still count as missed
positives. Features (:func:`learned_features`): the pair features of the hand score,
predicate relations, shared arguments, the hand rules as evidence, the cosine margins below
each clause's best match in the other article, the sentence position. Model: scikit-learn
``LogisticRegression`` (L2, ``C`` :data:`C`) over standardised features; deterministic.

Leave-one-set-out: for each set, the model is fitted on all other sets and its threshold
chosen on them -- the lowest whose precision on the links it ADDS to the current decision
reaches :data:`TARGET_PRECISION` on out-of-fold scores of those sets -- and the left-out set
is scored at that threshold.

Session 25 (LOSO, 23 sets, pairs): current P 0.893 R 0.254; with the added links, gate
"compatible" P 0.891 R 0.315 (+383 -52), "mutual" R 0.299 (+284 -40), "unvetoed" R 0.267
(+82 -12); seeds lose precision under every gate (+8 -11 "compatible"). Wired into the
brief (``bench/align_loso_pooled.py``, each set with its fold's model), pooled over
heldout_s5-s24: "compatible" recall 273 -> 284/1025, unfaithful items 34 -> 41; "mutual"
273 -> 289 (+ on 10 sets, -1 s20), unfaithful 34 -> 41, headline lines 343 -> 340;
"unvetoed" 273 -> 275, unfaithful 34 -> 37, lines 343 -> 338. The new items are about 70%
faithful against 90% for the current ones: not shipped. The training pairs are labelled
claims only (hard negatives of one story); the brief scores every clause, many with no gold
label, and two clauses that share a day and a place ("the mayor resigned on Thursday" /
"residents protested on Thursday") score high -- the next step is negatives from unlabelled
clauses or a veto of different acts, not a lower threshold.
"""

from __future__ import annotations

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
#: pair precision the threshold is chosen for (``main`` prints the table for 0.9 and 0.95)
TARGET_PRECISION = 0.9


#: feature names, in the order :func:`learned_features` gives them
LEARNED_FEATURES: tuple[str, ...] = (
    "cos",
    "sentence",
    "frame",
    "actor",
    "patient",
    "nouns",
    "figure",
    "date",
    "length",
    "same_frame",
    "same_lemma",
    "act_related",
    "core_shared",
    "named_shared",
    "anchors",
    "converse",
    "different_actors",
    "different_states",
    "different_events",
    "done_pending",
    "different_grantors",
    "both_events",
    "same_modality",
    "same_tense",
    "attributed",
    "entities",
    "short",
    "long",
    "margin_ab",
    "margin_ba",
    "mutual_best",
    "position",
)


#: clause cosine below which a pair is not scored
COSINE_FLOOR = 0.3
#: which pairs are scored: "compatible" (``align.compatible`` and
#: ``align.different_undergoers`` only), "unvetoed" (``align._unvetoed``: the vetoes of the
#: relative links) or "mutual" ("compatible" and each other's best cosine match)
GATE = "compatible"


def best_cosines(nodes, sim: np.ndarray) -> dict[tuple[int, str], float]:
    """(node index, article id) -> the node's highest clause cosine to that article's
    claims (``sim``: (n, n) clause cosines)."""
    arts: dict[str, list[int]] = {}
    for k, node in enumerate(nodes):
        arts.setdefault(node.claim.article, []).append(k)
    out = {}
    for aid, cols in arts.items():
        top = sim[:, cols].max(axis=1)
        out.update({(k, aid): float(top[k]) for k in range(len(nodes))})
    return out


def candidates(nodes, sim: np.ndarray) -> dict[tuple[int, int], tuple[float, float]]:
    """``(i, j) -> (margin_ab, margin_ba)`` of every pair the model scores (:data:`GATE`):
    two articles that are not printings of one text, a cosine of :data:`COSINE_FLOOR`; the
    margins are how far the cosine lies below each clause's best cosine to the other's
    article (0 when it is the best; the "mutual" gate asks both 0)."""
    from consilience import align

    best = best_cosines(nodes, sim)
    out = {}
    for i, j in zip(*np.nonzero(np.triu(sim >= COSINE_FLOOR, k=1)), strict=True):
        i, j = int(i), int(j)
        a, b = nodes[i], nodes[j]
        if a.claim.article == b.claim.article or a.root == b.root:
            continue
        cos = float(sim[i, j])
        margins = (
            min(0.0, cos - best[(i, b.claim.article)]),
            min(0.0, cos - best[(j, a.claim.article)]),
        )
        if GATE == "unvetoed":
            keep = align._unvetoed(a, b, cos)
        else:
            keep = align.compatible(a.claim, b.claim)
            keep = keep and not align.different_undergoers(a.claim, b.claim)
            keep = keep and (GATE != "mutual" or min(margins) > -1e-6)
        if keep:
            out[(i, j)] = margins
    return out


def learned_features(a, b, cos: float, best: dict[tuple[int, str], float], ij) -> list[float]:
    """The features of :data:`LEARNED_FEATURES` of two clauses, in that order: ``align.pair_features``;
    predicate relations (one frame, one lemma, one act by WordNet); arguments shared (core,
    named, anchors / 5); the hand rules of ``align.candidate`` as evidence; both events, one
    modality, one tense, attributed; entity Jaccard; log lengths of the shorter and longer
    clause; the cosine's margins below the best cosine of ``a`` to ``b``'s article and of
    ``b`` to ``a``'s (``best``: :func:`best_cosines`; 0 when it is the best) and whether both
    are 0 (a mutual best match); log of the later sentence index. ``ij``: the pair's node
    indices."""
    import math

    from consilience import align
    from consilience.same_act import acts_related

    ca, cb = a.claim, b.claim
    base = align.pair_features(a, b, cos)
    ea, eb = set(ca.entities) - {align.EVENT_KEY}, set(cb.entities) - {align.EVENT_KEY}
    short, long_ = sorted((len(ca.text), len(cb.text)))
    flags = (
        ca.frame == cb.frame,
        ca.predicate == cb.predicate,
        acts_related(align.act_of(ca), align.act_of(cb)),
        align.core_shared(a, b),
        align.named_argument_shared(a, b),
    )
    rules = (
        align.converse(ca, cb) or align.converse(cb, ca),
        align._different_actors(ca, cb),
        align._different_states(ca, cb, cos),
        align._different_events(ca, cb, cos),
        align._done_and_pending(ca, cb),
        align._different_grantors(a, b),
        ca.role == cb.role == "event",
        ca.modality == cb.modality,
        ca.tense == cb.tense,
        bool(ca.attribution or cb.attribution),
    )
    i, j = ij
    ab = min(0.0, cos - best[(i, cb.article)])
    ba = min(0.0, cos - best[(j, ca.article)])
    return [
        *(base[k] for k in align.FEATURES),
        *map(float, flags),
        align._anchor_count(a, b) / 5.0,
        *map(float, rules),
        len(ea & eb) / max(1, len(ea | eb)),
        math.log1p(short),
        math.log1p(long_),
        ab,
        ba,
        float(ab > -1e-6 and ba > -1e-6),
        math.log1p(max(ca.sentence, cb.sentence)),
    ]


def learned_links(nodes, sim: np.ndarray, model: dict[str, Any]) -> list[tuple[int, int]]:
    """The pairs :func:`candidates` admits whose probability under ``model`` (:func:`fit`
    with ``"threshold"``) reaches its threshold, sorted."""
    cands = candidates(nodes, sim)
    if not cands:
        return []
    keys = sorted(cands)
    best = best_cosines(nodes, sim)
    x = np.array(
        [learned_features(nodes[i], nodes[j], float(sim[i, j]), best, (i, j)) for i, j in keys]
    )
    p = probability(model, x)
    return [k for k, q in zip(keys, p, strict=True) if q >= model["threshold"]]


#: one set's pairs: (features (n, k), labels (n,), scored (n,) bool, current (n,) bool)
SetData = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def story_rows(nodes, sim, prs, current: set[tuple[int, int]]) -> SetData:
    """Features, labels, whether the model scores the pair (:func:`candidates`) and the current decision (pairs in ``current``)
    of one story's labelled pairs ``prs`` (``align_pairs_bench.pairs``)."""
    cands = candidates(nodes, sim)
    best = best_cosines(nodes, sim)
    x, y, ok, cur = [], [], [], []
    for i, j, cos, same in prs:
        margins = cands.get((i, j))
        row = [0.0] * len(LEARNED_FEATURES)
        if margins is not None:
            row = learned_features(nodes[i], nodes[j], cos, best, (i, j))
        x.append(row)
        y.append(same)
        ok.append(margins is not None)
        cur.append((i, j) in current)
    k = len(LEARNED_FEATURES)
    return (
        np.array(x, dtype=np.float64).reshape(-1, k),
        np.array(y, dtype=bool),
        np.array(ok, dtype=bool),
        np.array(cur, dtype=bool),
    )


def set_data(data: dict[str, list]) -> dict[str, SetData]:
    """set name -> its pairs' rows (:func:`story_rows`), stories concatenated; the current
    decision is the story's whole pair decision (``align.pair_scores`` at
    ``align.ALIGN_PROBABILITY``, ``align_pairs_bench.full_decider``)."""
    decide = align_pairs_bench.full_decider()
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
    """Probabilities ``(n,)`` of a :func:`fit` model on feature rows ``x`` ((n, k))."""
    z = ((x - np.asarray(model["mean"])) / np.asarray(model["scale"])) @ np.asarray(model["coef"])
    return 1.0 / (1.0 + np.exp(-(z + model["intercept"])))


def threshold(p: np.ndarray, y: np.ndarray, target: float | None = None) -> float:
    """The lowest probability threshold (of the scores ``p``) whose precision on ``y``
    reaches ``target`` (default :data:`TARGET_PRECISION`); 1.0 when none does."""
    target = TARGET_PRECISION if target is None else target
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
    """Probabilities and labels of the scored pairs of ``names`` the current decision
    misses (the links the model would add), each set scored by a model fitted on the
    other sets of ``names``."""
    ps, ys = [], []
    for held in names:
        model = fit(*_train(sets, [n for n in names if n != held]))
        x, y, ok, cur = sets[held]
        add = ok & ~cur
        ps.append(probability(model, x[add]))
        ys.append(y[add])
    return np.concatenate(ps), np.concatenate(ys)


def _pr(got: np.ndarray, y: np.ndarray) -> str:
    tp, fp = int(np.sum(got & y)), int(np.sum(got & ~y))
    p = tp / (tp + fp) if tp + fp else float("nan")
    return (
        f"P {tp:3d}/{tp + fp:3d} = {p:.3f} R {tp:3d}/{int(y.sum()):3d} = {tp / max(1, y.sum()):.3f}"
    )


def fold_model(sets: dict[str, SetData], names: list[str]) -> dict[str, Any]:
    """The model fitted on ``names`` with its threshold (``"threshold"``) chosen on their
    out-of-fold scores of the added links (:func:`out_of_fold`)."""
    model = fit(*_train(sets, names))
    model["threshold"] = threshold(*out_of_fold(sets, names))
    return model


def leave_one_out(sets: dict[str, SetData]) -> dict[str, dict[str, Any]]:
    """Print, per set: the current decision, the learned links added to it by a model
    fitted without the set (threshold chosen without it), and the links added alone;
    returns set -> its fold's model."""
    names = sorted(sets)
    rows: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    models = {}
    for held in names:
        model = models[held] = fold_model(sets, [n for n in names if n != held])
        x, y, ok, cur = sets[held]
        got = np.zeros(len(y), dtype=bool)
        got[ok] = probability(model, x[ok]) >= model["threshold"]
        rows.append((y, cur, got))
        _row(f"{held} (t {model['threshold']:.3f})", y, cur, got)
    _row("all", *(np.concatenate([r[k] for r in rows]) for k in range(3)))
    return models


def _row(name: str, y: np.ndarray, cur: np.ndarray, got: np.ndarray) -> None:
    add = got & ~cur
    print(
        f"{name:22s} pos {int(y.sum()):4d} neg {int((~y).sum()):5d}  current {_pr(cur, y)}"
        f"  current+learned {_pr(cur | got, y)}  added +{int(np.sum(add & y))} -{int(np.sum(add & ~y))}",
        flush=True,
    )


def _unvetoed_rows(x: np.ndarray) -> np.ndarray:
    """Rows (of :func:`story_rows`) of two events that no hand veto of the relative links
    rejects: different actors, states, events, stages or grantors (``align._unvetoed``,
    read from the rule features)."""

    def col(name: str) -> np.ndarray:
        return x[:, LEARNED_FEATURES.index(name)] > 0.5

    vetoed = col("different_actors") | col("different_states") | col("different_events")
    vetoed |= col("done_pending") | col("different_grantors")
    return col("both_events") & ~vetoed


def coefficients(model: dict[str, Any]) -> str:
    """The numbers of ``model`` as module constants (mean, scale, coefficients, intercept,
    threshold)."""

    def tup(v: list[float]) -> str:
        return "(" + ", ".join(f"{x:.4f}" for x in v) + ",)"

    return (
        f"MEAN: tuple[float, ...] = {tup(model['mean'])}\n"
        f"SCALE: tuple[float, ...] = {tup(model['scale'])}\n"
        f"COEF: tuple[float, ...] = {tup(model['coef'])}\n"
        f"INTERCEPT = {model['intercept']:.4f}\nTHRESHOLD = {model['threshold']:.4f}"
    )


def main(argv: list[str] | None = None) -> None:
    """Print the leave-one-set-out table (``--target P``: pair precision of the added links,
    default :data:`TARGET_PRECISION`); ``--save F.npz`` keeps the feature rows,
    ``--coefficients`` prints the model fitted on every set, ``--folds F.json`` keeps each
    set's fold model, ``--gate G`` sets :data:`GATE` (with ``--load``: the saved rows, fitted
    under "compatible", are masked to it)."""
    import json

    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    global TARGET_PRECISION
    if "--target" in argv:
        TARGET_PRECISION = float(argv[argv.index("--target") + 1])
    if "--load" in argv:
        got = np.load(argv[argv.index("--load") + 1])
        sets: dict[str, SetData] = {}
        for key in got.files:
            name, k = key.split("|")
            sets.setdefault(name, [None] * 4)[int(k)] = got[key]  # type: ignore[index]
        sets = {n: tuple(v) for n, v in sets.items()}  # type: ignore[misc]
    global GATE
    if "--gate" in argv:
        GATE = argv[argv.index("--gate") + 1]
    if GATE == "mutual" and "--load" in argv:  # saved rows: mutual best pairs only
        k = LEARNED_FEATURES.index("mutual_best")
        sets = {n: (x, y, ok & (x[:, k] > 0.5), cur) for n, (x, y, ok, cur) in sets.items()}
    if GATE == "unvetoed" and "--load" in argv:  # saved rows: no veto of align._unvetoed
        sets = {n: (x, y, ok & _unvetoed_rows(x), cur) for n, (x, y, ok, cur) in sets.items()}
    else:
        folders = align_pairs_bench.ALL_FOLDERS
        sets = set_data(align_pairs_bench.load(cache, folders, base=True))
    if "--save" in argv:
        save = Path(argv[argv.index("--save") + 1])
        np.savez(save, **{f"{n}|{k}": v for n, d in sets.items() for k, v in enumerate(d)})
    print(
        f"threshold for added-link precision {TARGET_PRECISION} on out-of-fold scores of the other sets"
    )
    models = {} if "--no-loso" in argv else leave_one_out(sets)
    if "--folds" in argv:
        Path(argv[argv.index("--folds") + 1]).write_text(json.dumps(models, sort_keys=True))
    if "--coefficients" in argv:
        print(coefficients(fold_model(sets, sorted(sets))))


if __name__ == "__main__":
    main()
