"""Pair alignment benchmark: is the pair decision of ``align.aligned`` right on annotated pairs?

    python bench/align_pairs_bench.py --cache /tmp/ctx        # P/R per set, fit vs held out
    python bench/align_pairs_bench.py --cache /tmp/ctx -v     # ... and why positives fail
    python bench/align_pairs_bench.py --cache /tmp/ctx --fit  # fit the logistic weights and
                                                              # the threshold on FIT sets
    python bench/align_pairs_bench.py --cache /tmp/ctx --relative-grid  # floors of the
                                                              # mutual best links
    python bench/align_pairs_bench.py --cache /tmp/ctx --all  # heldout_s5-s24, seeds, demo,
                                                              # fixtures (ALL_FOLDERS)
    python bench/align_pairs_bench.py --cache /tmp/ctx --folders heldout_s20,heldout_s21 -v
        # only those golds; the third report is the story's whole decision (align.pair_scores:
        # absolute, mutual best and lead links), its missed positives printed with -v

Annotated pairs come from every claims gold the repository holds: ``seeds`` (shared
``gold/seeds_claims.json``), ``demo`` (``bench/annotations/demo_claims.json``), ``fixtures``
(``claims_fixtures.json``) and the story folders of ``claims_heldout_s4`` and ``heldout_s5``
to ``heldout_s10``. Each extracted claim (``align.story_nodes``) is labelled with the gold claims
whose support strings it overlaps (by half the shorter span, as ``claims_bench`` scores). A
pair of claims of two articles that are not near-copies of one text, both labelled, is a
**positive** when they share a gold claim and a **negative** otherwise (two different claims of
one story: the hard negatives, same topic and often same entities).

Printed per set: positives, negatives, and the precision and recall of the pair decision
``align.aligned`` (candidate rules and the fitted score), then of the story-level decision
that adds ``align.relative_links`` (mutual best matches between two articles: a pair's
decision depends on the other claims of its two articles, :func:`story_decider`). ``--fit`` refits the logistic
weights of ``align.alignment_score`` on the :data:`FIT` sets and picks the probability
threshold with the best recall at pair precision >= :data:`TARGET_PRECISION` there, then
prints both on the sets it did not fit on (:data:`HELD`). With ``-v``, every positive the
decision misses on a held set is printed with the first rule of ``align.candidate`` that
rejects it (or ``score`` when the candidate passes and the score is short).
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import ctx_cache  # noqa: E402

FOLDERS = (
    "claims_heldout_s4",
    "heldout_s5",
    "heldout_s6",
    "heldout_s7",
    "heldout_s8",
    "heldout_s9",
    "heldout_s10",
)
#: the weights, thresholds and relative-alignment floors fit on the real-style held-out sets
#: of sessions 5-8 ...
FIT = ("heldout_s5", "heldout_s6", "heldout_s7", "heldout_s8")
#: ... and are judged on the sets they were not fitted on (heldout_s9 held out in session 10)
HELD = ("seeds", "demo", "fixtures", "claims_heldout_s4", "heldout_s9", "heldout_s10")
#: sets whose missed positives ``-v`` never prints (the held-out check of session 11: its
#: summary figures only)
QUIET = ("heldout_s10",)
#: every real-style held-out set of sessions 5-24: the pooled check set of session 25
#: (``--all``; ``bench/fit_pair_model.py`` fits leave-one-set-out over these and the
#: seeds, demo and fixtures)
ALL_FOLDERS = tuple(f"heldout_s{n}" for n in range(5, 25))
TARGET_PRECISION = 0.95


def stories(
    cache: Path | None, folders: tuple[str, ...] | None = None, base: bool = False
) -> dict[str, list[tuple[str, Any, dict, dict]]]:
    """set name -> [(story name, ctx, gold, {article id: gold key}), ...]: every gold of
    :data:`FOLDERS` with seeds, demo and fixtures, or only the annotation ``folders`` given
    (with seeds, demo and fixtures too when ``base``)."""
    from claims_recall_diag import folder_sets

    out: dict[str, list] = {}
    for name, arts, gold, key_of in claims_bench.sets() if folders is None or base else ():
        row = "fixtures" if name.startswith("fixture") else name
        out.setdefault(row, []).append((name, ctx_cache.context(arts, cache), gold, key_of, arts))
    for folder in FOLDERS if folders is None else folders:
        for name, arts, gold, key_of in folder_sets(ROOT / "bench" / "annotations" / folder):
            out.setdefault(folder, []).append(
                (name, ctx_cache.context(arts, cache), gold, key_of, arts)
            )
    return out


def labelled(ctx, gold, key_of, arts) -> tuple[list, Any, list[set[str]]]:
    """(nodes, cosine matrix, gold claim ids per node) of one story: a node is labelled with
    a gold claim when it is, in its article, the clause that best covers one of the claim's
    support strings (highest Jaccard of the two spans, or within 0.9 of it) and overlaps it
    as ``claims_bench`` scores: the clause an aligner should pick, not every sub-clause
    inside a support sentence."""
    import numpy as np

    from consilience import align

    nodes, vecs = align.story_nodes(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    texts = {key_of[a.id]: a.text for a in arts}
    spans = claims_bench.support_spans(gold, texts)
    labels: list[set[str]] = [set() for _ in nodes]
    for cid, per_article in spans.items():
        for key, strings in per_article.items():
            mine = [i for i, n in enumerate(nodes) if key_of[n.claim.article] == key]
            for s in strings:
                scored = [
                    (_jaccard(s, (nodes[i].claim.start, nodes[i].claim.end)), i) for i in mine
                ]
                scored = [(j, i) for j, i in scored if j > 0]
                if not scored:
                    continue
                top = max(scored)[0]
                for j, i in scored:
                    n = nodes[i].claim
                    if j >= 0.9 * top and claims_bench._overlaps(s, (n.start, n.end)):
                        labels[i].add(cid)
    return nodes, sim, labels


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(1, max(a[1], b[1]) - min(a[0], b[0]))


def pairs(nodes, sim, labels) -> list[tuple[int, int, float, bool]]:
    """``(i, j, cosine, same gold claim)`` of every labelled pair of two texts."""
    out = []
    for i in range(len(nodes)):
        if not labels[i]:
            continue
        for j in range(i + 1, len(nodes)):
            a, b = nodes[i], nodes[j]
            if not labels[j] or a.claim.article == b.claim.article or a.root == b.root:
                continue
            out.append((i, j, float(sim[i, j]), bool(labels[i] & labels[j])))
    return out


def rejection(a, b, cos: float) -> str:
    """The first rule of ``align.candidate`` that rejects the pair, or 'score' / ''."""
    from consilience import align

    ca, cb = a.claim, b.claim
    checks = [
        ("superseded", lambda: ca.superseded != cb.superseded),
        ("figures", lambda: align.figures_disagree(ca, cb)),
        ("dates", lambda: align.dates_disagree(ca, cb)),
        ("numerals", lambda: align.numerals_disagree(ca, cb)),
        ("opposed", lambda: align.opposed(ca, cb)),
        ("negated", lambda: ca.negated != cb.negated),
    ]
    for name, test in checks:
        if test():
            return name
    if not align.candidate(a, b, cos):
        return "candidate:" + _candidate_rule(a, b, cos)
    return "" if align.aligned(a, b, cos) else "score"


def _candidate_rule(a, b, cos: float) -> str:
    from consilience import align

    ca, cb = a.claim, b.claim
    if cos < align.ALIGN_COSINE and not align.figure_anchored(ca, cb):
        return "cosine"
    if not align.same_predicate(ca, cb) and cos < align.PARAPHRASE_COSINE:
        return "predicate"
    if align._different_actors(ca, cb):
        return "actors"
    if align._different_states(ca, cb, cos):
        return "states"
    if align._different_grantors(a, b):
        return "grantors"
    if align._different_events(ca, cb, cos):
        return "events"
    if align._done_and_pending(ca, cb):
        return "done/pending"
    return "no shared argument"


def evaluate(data, decide, verbose_sets=()) -> dict[str, tuple[int, int, int, int]]:
    """set -> (positives, negatives, true positives, false positives) of ``decide``."""
    out = {}
    for name, rows in data.items():
        tp = fp = npos = nneg = 0
        why: Counter = Counter()
        for story, nodes, sim, _labels, prs in rows:
            links = decide.story(nodes, sim) if hasattr(decide, "story") else None
            for i, j, cos, same in prs:
                got = (i, j) in links if links is not None else decide(nodes[i], nodes[j], cos)
                npos += same
                nneg += not same
                tp += got and same
                fp += got and not same
                if same and not got and name in verbose_sets:
                    reason = rejection(nodes[i], nodes[j], cos)
                    why[reason or "?"] += 1
                    print(
                        f"  {story[:14]} MISS [{reason}] cos {cos:.2f}\n"
                        f"     {nodes[i].claim.text[:90]!r}\n     {nodes[j].claim.text[:90]!r}"
                    )
        if why:
            print(f"  {name}: missed positives by first rejecting rule {dict(why)}")
        out[name] = (npos, nneg, tp, fp)
    return out


def _line(name: str, split: str, r: tuple[int, int, int, int]) -> str:
    npos, nneg, tp, fp = r
    p = tp / (tp + fp) if tp + fp else float("nan")
    return (
        f"{name:18s} ({split:8s}) positives {npos:4d} negatives {nneg:5d}  "
        f"precision {tp}/{tp + fp} = {p:.3f}  recall {tp}/{npos} = {tp / max(1, npos):.3f}"
    )


def load(
    cache: Path | None, folders: tuple[str, ...] | None = None, base: bool = False
) -> dict[str, list]:
    """set -> [(story, nodes, sim, labels, labelled pairs), ...] (:func:`stories`)."""
    out: dict[str, list] = {}
    for name, got in stories(cache, folders, base).items():
        for story, ctx, gold, key_of, arts in got:
            nodes, sim, labels = labelled(ctx, gold, key_of, arts)
            out.setdefault(name, []).append((story, nodes, sim, labels, pairs(nodes, sim, labels)))
    return out


def report(data, decide, title: str, verbose: bool = False) -> None:
    print(title)
    shown = tuple(n for n in (*FIT, *HELD, *data) if n not in QUIET)
    res = evaluate(data, decide, shown if verbose else ())
    for name, r in res.items():
        print(_line(name, "fit" if name in FIT else "held out", r))
    for split, names in (("fit", FIT), ("held out", HELD)):
        tot = tuple(sum(res[n][k] for n in names if n in res) for k in range(4))
        print(_line("all " + split, split, tot))  # type: ignore[arg-type]


def fit(data) -> tuple[dict[str, float], float, float]:
    """Logistic weights over ``align.FEATURES`` fitted on the candidate pairs of the
    :data:`FIT` sets, and the probability threshold with the best recall at precision >=
    :data:`TARGET_PRECISION` on them; returns (weights, bias, threshold)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from consilience import align

    x, y, cand = [], [], []
    for name in FIT:
        for _story, nodes, _sim, _labels, prs in data.get(name, []):
            for i, j, cos, same in prs:
                if align.candidate(nodes[i], nodes[j], cos):
                    f = align.pair_features(nodes[i], nodes[j], cos)
                    x.append([f[k] for k in align.FEATURES])
                    y.append(same)
                    cand.append(True)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(np.array(x), np.array(y))
    weights = {k: round(float(w), 3) for k, w in zip(align.FEATURES, model.coef_[0], strict=True)}
    bias = round(float(model.intercept_[0]), 3)
    probs = model.predict_proba(np.array(x))[:, 1]
    npos = sum(1 for name in FIT for s in data.get(name, []) for p in s[4] if p[3])
    best = (0.0, 0.9)
    for t in np.arange(0.2, 0.95, 0.02):
        got = probs >= t
        tp = int(np.sum(got & np.array(y)))
        fp = int(np.sum(got & ~np.array(y)))
        if tp + fp and tp / (tp + fp) >= TARGET_PRECISION:
            best = max(best, (tp / max(1, npos), -float(t)))
    return weights, bias, round(-best[1], 2)


def grid(data) -> None:
    """Pair precision/recall of the candidate cosine floors (``ARGUMENT_COSINE`` for one
    predicate over a named argument, ``PARAPHRASE_COSINE`` for two predicates), each with
    weights and threshold refitted on the FIT sets; the floors are chosen on FIT only."""
    from consilience import align

    keep = (align.ARGUMENT_COSINE, align.PARAPHRASE_COSINE)
    for arg in (0.45, 0.35, 0.3, 0.25, 0.2):
        for para in (0.6, 0.55, 0.5):
            align.ARGUMENT_COSINE, align.PARAPHRASE_COSINE = arg, para
            weights, bias, threshold = fit(data)
            res = evaluate(data, _decider(weights, bias, threshold))
            row = []
            for split, names in (("fit", FIT), ("held", HELD)):
                npos, _n, tp, fp = (sum(res[n][k] for n in names if n in res) for k in range(4))
                row.append(f"{split} P {tp / max(1, tp + fp):.3f} R {tp / max(1, npos):.3f}")
            print(
                f"ARGUMENT_COSINE {arg} PARAPHRASE_COSINE {para} t {threshold}: " + "  ".join(row)
            )
    align.ARGUMENT_COSINE, align.PARAPHRASE_COSINE = keep


def _decider(weights: dict[str, float], bias: float, threshold: float):
    from consilience import align

    def decide(a, b, cos: float) -> bool:
        if not align.candidate(a, b, cos):
            return False
        f = align.pair_features(a, b, cos)
        z = bias + sum(weights[k] * f[k] for k in align.FEATURES)
        return 1.0 / (1.0 + math.exp(-z)) >= threshold

    return decide


def story_decider(relative: bool = True):
    """The story-level pair decision: ``align.aligned`` plus, with ``relative``, the mutual
    best pairs of ``align.relative_links`` (a pair's decision depends on the other claims of
    its two articles)."""
    from consilience import align

    def decide(a, b, cos: float) -> bool:
        return align.aligned(a, b, cos)

    def story(nodes, sim) -> set[tuple[int, int]]:
        links = set(align.relative_links(nodes, sim)) if relative else set()
        for i, j in align._compared(nodes, sim) | links:
            if (i, j) not in links and align.aligned(nodes[i], nodes[j], float(sim[i, j])):
                links.add((i, j))
        return links

    decide.story = story  # type: ignore[attr-defined]
    return decide


def full_decider():
    """The story's whole pair decision as :func:`align.claim_groups` reads it: every pair
    :func:`align.pair_scores` gives (absolute, mutual best and lead links) at
    ``align.ALIGN_PROBABILITY`` or more."""
    from consilience import align

    def decide(a, b, cos: float) -> bool:
        return align.aligned(a, b, cos)

    def story(nodes, sim) -> set[tuple[int, int]]:
        scores = align.pair_scores(nodes, sim)
        return {p for p, s in scores.items() if s >= align.ALIGN_PROBABILITY}

    decide.story = story  # type: ignore[attr-defined]
    return decide


def relative_grid(data) -> None:
    """Pair precision/recall of the relative decision (``align.aligned`` plus mutual best
    pairs) over its floors ``RELATIVE_COSINE`` and ``RELATIVE_PROBABILITY``, FIT and HELD;
    the floors are chosen on FIT only (best recall at precision >= TARGET_PRECISION)."""
    from consilience import align

    keep = (align.RELATIVE_COSINE, align.RELATIVE_PROBABILITY)
    for cos in (0.25, 0.3, 0.35, 0.4):
        for prob in (0.05, 0.1, 0.2, 0.3):
            align.RELATIVE_COSINE, align.RELATIVE_PROBABILITY = cos, prob
            res = evaluate(data, story_decider())
            row = []
            for split, names in (("fit", FIT), ("held", HELD)):
                npos, _n, tp, fp = (sum(res[n][k] for n in names if n in res) for k in range(4))
                row.append(f"{split} P {tp / max(1, tp + fp):.3f} R {tp / max(1, npos):.3f}")
            print(f"RELATIVE_COSINE {cos} RELATIVE_PROBABILITY {prob}: " + "  ".join(row))
    align.RELATIVE_COSINE, align.RELATIVE_PROBABILITY = keep


def main(argv: list[str] | None = None) -> None:
    from consilience import align

    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    folders = ALL_FOLDERS if "--all" in argv else None
    if "--folders" in argv:  # e.g. --folders heldout_s18,heldout_s21: only these golds
        folders = tuple(argv[argv.index("--folders") + 1].split(","))
    data = load(cache, folders, "--all" in argv)
    verbose = "-v" in argv and folders is None
    report(data, align.aligned, "absolute align.aligned (no mutual best pairs)", verbose)
    report(data, story_decider(), "align.aligned + relative_links (mutual best pairs)")
    full = "align.pair_scores (absolute, mutual best and lead links)"
    report(data, full_decider(), full, "-v" in argv and folders is not None)
    if "--relative-grid" in argv:
        relative_grid(data)
    if "--grid" in argv:
        grid(data)
    if "--fit" in argv:
        weights, bias, threshold = fit(data)
        print(f"fitted on {', '.join(FIT)}:\nWEIGHTS = {weights}\nBIAS = {bias}")
        print(f"ALIGN_PROBABILITY = {threshold}  (best recall at precision >= 0.95 on FIT)")
        report(data, _decider(weights, bias, threshold), "refitted weights and threshold")


if __name__ == "__main__":
    main()
