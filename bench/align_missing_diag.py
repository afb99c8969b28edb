"""Why a gold claim's clause in one article stays out of the group its other articles form
(the "b align" / "c group below threshold" losses of ``consensus_stage_loss.py``).

    python bench/align_missing_diag.py --set bench/annotations/heldout_s19 --cache /tmp/ctx

For every gold claim stated by three or more articles whose best group (the group holding
its clauses in the most articles) lacks an article that has a clause of it, prints that
clause against each group member: clause cosine, sentence cosine, alignment score and the
first gate of :func:`consilience.align.candidate` it fails (``ok`` when it passes and the
score decides). Counts of the failing gates close the output. A diagnosis, not a score.
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


def gate(a, b, cos: float) -> str:
    """The first gate of ``align.candidate`` the pair fails, else ``ok``/``score``."""
    from consilience import align

    ca, cb = a.claim, b.claim
    checks = (
        ("incompatible", lambda: not align.compatible(ca, cb)),
        ("reach numerals", lambda: align.reach_numerals_disagree(a, b)),
    )
    for name, test in checks:
        if test():
            return name
    if align.converse(ca, cb) or align.converse(cb, ca):
        return "ok(converse)"
    pred = align.same_predicate(ca, cb)
    if not align._close_enough(a, b, cos, pred):
        return f"cosine (pred={int(pred)})"
    later = (
        ("different actors", lambda: align._different_actors(ca, cb)),
        ("different states", lambda: align._different_states(ca, cb, cos)),
        ("grantors", lambda: align._different_grantors(a, b)),
        ("different events", lambda: align._different_events(ca, cb, cos)),
        ("done/pending", lambda: align._done_and_pending(ca, cb)),
        ("no core", lambda: not (align.core_shared(a, b) or cos >= align.STRONG_COSINE)),
    )
    for name, test in later:
        if test():
            return name
    return "score" if align.alignment_score(a, b, cos) < align.ALIGN_PROBABILITY else "ok"


def story(name, ctx, arts, gold, key_of, tally: Counter) -> None:
    """Print the missed clauses of one story and count their failing gates in ``tally``."""
    import numpy as np

    from consilience import align

    nodes, vecs = align.story_nodes(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    groups = align.claim_groups(nodes, sim)
    texts = {key_of[a.id]: a.text for a in arts}
    spans = claims_bench.support_spans(gold, texts)
    labels = [
        claims_bench.claims_of_citation(
            spans, key_of[n.claim.article], (n.claim.start, n.claim.end)
        )
        for n in nodes
    ]
    for g in gold.get("claims", []):
        if len(g["support"]) < 3:
            continue
        mine = {i for i, lab in enumerate(labels) if g["id"] in lab}
        group = diag._best(groups, mine, nodes) or []
        have = {nodes[m].claim.article for m in group}
        out = [i for i in sorted(mine) if nodes[i].claim.article not in have]
        if not out or not group:
            continue
        print(f"\n{name[:20]} {g['id']} :: {g['claim'][:80]}")
        for m in group:
            print(f"   member  {nodes[m].claim.text[:110]!r}")
        for i in out:
            print(f"   OUT     {nodes[i].claim.text[:110]!r}")
            gates = []
            for m in group:
                cos = float(sim[i, m])
                sv, sm = nodes[i].sentence_vector, nodes[m].sentence_vector
                sent = float(sv @ sm) if sv is not None and sm is not None else cos
                p = align.alignment_score(nodes[i], nodes[m], cos)
                why = gate(nodes[i], nodes[m], cos)
                gates.append(why)
                print(f"      vs {m:4d} cos {cos:.2f} sent {sent:.2f} p {p:.2f} {why}")
            tally[min(gates)] += 1


def main(argv: list[str]) -> None:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    wanted = [argv[k + 1] for k, a in enumerate(argv) if a == "--set"] or [None]
    tally: Counter = Counter()
    for only in wanted:
        for name, arts, gold, key_of in diag._sets(only):
            story(name, ctx_cache.context(arts, cache), arts, gold, key_of, tally)
    print("\nfirst failing gate (best over members):", dict(sorted(tally.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
