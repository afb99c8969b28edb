"""Which gate of the pair decision rejects the claim pairs the gold says state one claim.

    python bench/align_gates.py --all --cache /tmp/ctx          # heldout_s5..s18, demo, fixtures
    python bench/align_gates.py --set bench/annotations/heldout_s18 --cache /tmp/ctx -v

For every pair of claims of different articles that both cover a support string of one
gold claim stated by three or more articles (a *gold pair*), and every pair covering
support strings of two different gold claims only (a *wrong pair*), the first check of
:func:`consilience.align.candidate` / :func:`consilience.align.aligned` that rejects it
is counted: ``compatible`` (figures, dates, numerals, polarity, opposites), ``reach``,
``close`` (cosine gates), ``actors`` (two named actors), ``states``, ``grantors``,
``events``, ``stage`` (done / pending), ``core`` (no shared core argument), ``score``
(alignment score below ``ALIGN_PROBABILITY``) or ``aligned``. The table shows, per gate,
gold pairs / wrong pairs: a gate that rejects many gold pairs and few wrong ones is where
recall is lost to the pair decision.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_recall_diag as diag  # noqa: E402
import ctx_cache  # noqa: E402

HELDOUT = tuple(f"bench/annotations/heldout_s{k}" for k in range(5, 19))
GATES = (
    "compatible",
    "reach",
    "close",
    "actors",
    "states",
    "grantors",
    "events",
    "stage",
    "core",
    "score",
    "aligned",
)


def gate(a, b, cos: float) -> str:
    """The first check of the pair decision that rejects ``a``/``b`` (module doc)."""
    from consilience import align as al

    ca, cb = a.claim, b.claim
    if not al.compatible(ca, cb):
        return "compatible"
    if al.reach_numerals_disagree(a, b):
        return "reach"
    if not (al.converse(ca, cb) or al.converse(cb, ca)):
        checks = (
            ("close", lambda: not al._close_enough(a, b, cos, al.same_predicate(ca, cb))),
            ("actors", lambda: al._different_actors(ca, cb)),
            ("states", lambda: al._different_states(ca, cb, cos)),
            ("grantors", lambda: al._different_grantors(a, b)),
            ("events", lambda: al._different_events(ca, cb, cos)),
            ("stage", lambda: al._done_and_pending(ca, cb)),
            ("core", lambda: not (al.core_shared(a, b) or cos >= al.STRONG_COSINE)),
        )
        for name, rejects in checks:
            if rejects():
                return name
    if al.alignment_score(a, b, cos) < al.ALIGN_PROBABILITY:
        return "score"
    return "aligned"


def _figure_shared(a, b) -> bool:
    """Both clauses give one counted figure (within rounding)."""
    from consilience import align as al

    return al.counted_figures_agree(a, b)


def story(name, ctx, arts, gold, key_of, verbose: bool) -> Counter:
    """``Counter`` of ``(kind, gate)``, kind "gold" or "wrong", for one story."""
    import numpy as np

    from consilience.align import story_nodes

    nodes, vecs = story_nodes(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    texts = {key_of[a.id]: a.text for a in arts}
    spans = claims_bench.support_spans(gold, texts)
    big = {g["id"] for g in gold.get("claims", []) if len(g["support"]) >= 3}
    labels = [
        claims_bench.claims_of_citation(
            spans, key_of[n.claim.article], (n.claim.start, n.claim.end)
        )
        for n in nodes
    ]
    out: Counter = Counter()
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            if not labels[i] or not labels[j] or nodes[i].claim.article == nodes[j].claim.article:
                continue
            shared = labels[i] & labels[j]
            kind = "gold" if shared & big else "wrong" if not shared else None
            if kind is None:
                continue
            g = gate(nodes[i], nodes[j], float(sim[i, j]))
            out[(kind, g)] += 1
            if _figure_shared(nodes[i].claim, nodes[j].claim):
                out[(kind, g, "figure")] += 1
            if verbose and kind == "gold" and g != "aligned":
                print(f"{name[:16]:16s} {g:10s} {sorted(shared)} cos={sim[i, j]:.2f}")
                print(f"      {nodes[i].claim.text[:100]!r}\n      {nodes[j].claim.text[:100]!r}")
    return out


def main(argv: list[str] | None = None) -> dict[str, Counter]:
    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    wanted = [*HELDOUT, None] if "--all" in argv else [argv[argv.index("--set") + 1]]
    rows: dict[str, Counter] = {}
    for only in wanted:
        for name, arts, gold, key_of in diag._sets(only):
            ctx = ctx_cache.context(arts, cache)
            row = Path(only).name if only else ("fixtures" if name.startswith("fix") else name)
            rows.setdefault(row, Counter()).update(
                story(name, ctx, arts, gold, key_of, "-v" in argv)
            )
    if len(rows) > 1:
        rows["all"] = sum(rows.values(), Counter())
    print(f"{'set':12s} " + " ".join(f"{g[:9]:>9s}" for g in GATES))
    for row, c in rows.items():
        print(
            f"{row[:12]:12s} " + " ".join(f"{c['gold', g]:>4d}/{c['wrong', g]:<4d}" for g in GATES)
        )
        cells = " ".join(
            f"{c['gold', g, 'figure']:>4d}/{c['wrong', g, 'figure']:<4d}" for g in GATES
        )
        print(f"{'  +figure':12s} {cells}")
    return rows


if __name__ == "__main__":
    main()
