"""Why the consensus section drops a candidate group that holds a gold claim.

    python bench/consensus_drops.py --set bench/annotations/heldout_s15 --cache /tmp/ctx
    python bench/consensus_drops.py --all --cache /tmp/ctx     # heldout_s5..s15, seeds, demo
    python bench/consensus_drops.py --pooled --cache /tmp/ctx  # every heldout_sN

For every gold claim stated by three or more articles that no faithful consensus item
covers (as ``bench/claims_bench.py`` scores recall), each candidate group of
:func:`consilience.consensus._consensus` holding clauses of it in two or more articles is
printed with its verdict (:func:`consilience.consensus._judged`: "sources", "stated
against", "stating", "contradicted", "disputed", "no text", "no verb", "figures"; or
"overlap", "kept") and its clauses; the closing table counts, per set, the verdict of each
such claim's best group (most articles of the claim). Where ``consensus_stage_loss.py``
says "d render", this says which check of the consensus builder lost the claim.
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

HELDOUT = tuple(f"bench/annotations/heldout_s{k}" for k in range(5, 20))


def verdicts(ctx) -> tuple[list, dict[tuple, str]]:
    """``(nodes, {group: verdict})`` of one story, with the spans ``build_claims`` uses."""
    import numpy as np

    from consilience import consensus as cons
    from consilience.align import claim_groups, story_nodes
    from consilience.brief import build_brief
    from consilience.claim_spans import Texts, contested_spans, disputed_spans
    from consilience.statements import statement_conflicts

    brief = build_brief(ctx)
    nodes, vecs = story_nodes(ctx)
    texts = Texts(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    groups = claim_groups(nodes, sim)
    conflicts = statement_conflicts(ctx, nodes, sim, texts)
    every = [c for c in brief.get("conflicts", []) if c.get("kind") != "fact"] + conflicts
    disputed_at = disputed_spans(every)
    fact_at = disputed_spans([c for c in every if c.get("kind") == "fact"])
    matter = cons.matter_spans(every, texts)
    contested_at = cons._narrowed(contested_spans(every), matter)
    fact_at = cons._narrowed(fact_at, matter)
    why: dict[tuple, str] = {}
    cons._consensus(
        ctx, nodes, sim, groups, texts, contested_at, fact_at, cons._figure_spans(disputed_at), why
    )
    return nodes, why, brief


def story(name, ctx, arts, gold, key_of, verbose: bool) -> Counter:
    """Verdict counts of one story's missed gold claims (module doc)."""
    nodes, why, brief = verdicts(ctx)
    texts = {key_of[a.id]: a.text for a in arts}
    covered = claims_bench.covered_claims(brief, gold, texts, key_of)
    spans = claims_bench.support_spans(gold, texts)
    labels = [
        claims_bench.claims_of_citation(
            spans, key_of[n.claim.article], (n.claim.start, n.claim.end)
        )
        for n in nodes
    ]
    out: Counter = Counter()
    for g in gold.get("claims", []):
        if len(g["support"]) < 3 or g["id"] in covered:
            continue
        mine = {i for i, lab in enumerate(labels) if g["id"] in lab}
        cands = []
        for key, verdict in why.items():
            grp = key[1:]
            arts_in = {nodes[i].claim.article for i in grp if i in mine}
            if len(arts_in) >= 2:
                cands.append((len(arts_in), -len(grp), grp, verdict))
        best = max(cands)[3] if cands else "no group"
        out[best] += 1
        if verbose:
            print(f"{name[:18]:18s} {g['id']:6s} {best:14s} :: {g['claim'][:70]}")
            for n_in, _, grp, verdict in sorted(cands, reverse=True)[:3]:
                print(f"      {verdict:14s} {n_in} arts")
                for i in grp:
                    mark = "*" if i in mine else " "
                    c = nodes[i].claim
                    print(f"        {mark} {key_of[c.article][:14]:14s} {c.text[:110]!r}")
    return out


def main(argv: list[str] | None = None) -> dict[str, Counter]:
    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    if "--pooled" in argv:  # every heldout_sN (bench/pooled_sets.py)
        from consensus_stage_loss import POOLED

        wanted = [str(p) for p in POOLED]
    else:
        wanted = [*HELDOUT, None] if "--all" in argv else [argv[argv.index("--set") + 1]]
    rows: dict[str, Counter] = {}
    for only in wanted:
        for name, arts, gold, key_of in diag._sets(only):
            ctx = ctx_cache.context(arts, cache)
            row = Path(only).name if only else ("fixtures" if name.startswith("fix") else name)
            rows.setdefault(row, Counter()).update(story(name, ctx, arts, gold, key_of, True))
    if len(rows) > 1:
        rows["all"] = sum(rows.values(), Counter())
    kinds = sorted({k for c in rows.values() for k in c})
    print(f"{'set':12s} " + " ".join(f"{k[:12]:>12s}" for k in kinds))
    for row, c in rows.items():
        print(f"{row[:12]:12s} " + " ".join(f"{c[k]:12d}" for k in kinds))
    return rows


if __name__ == "__main__":
    main()
