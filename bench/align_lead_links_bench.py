"""Lead links (:mod:`consilience.lead_links`) judged against the claims gold: how many of the
pairs they add are right?

    python bench/align_lead_links_bench.py --cache /tmp/ctx            # counts per set
    python bench/align_lead_links_bench.py --cache /tmp/ctx -v         # ... and every link
    python bench/align_lead_links_bench.py --cache /tmp/ctx --set bench/annotations/heldout_s20

A link is **new** when the pair decision without it (``align.candidate`` with the score at
``ALIGN_PROBABILITY``, or a mutual best link of ``align.relative_links``) does not already
align the two clauses. Each clause is labelled with the gold claims whose support strings
it overlaps (as ``claims_bench`` scores citations); a new link is **right** when the two
share a gold claim, **wrong** when both are labelled and share none, else **unlabelled**.
Sets: every ``bench/annotations/heldout_s*`` folder (s21 excluded: the unseen test of
session 21), seeds, demo and fixtures. A diagnosis and a precision check, not a score.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import ctx_cache  # noqa: E402

FOLDERS = tuple(f"bench/annotations/heldout_s{k}" for k in range(5, 21))


def judge(ctx, gold, key_of, arts, verbose: bool, name: str) -> Counter:
    """Counts of right / wrong / unlabelled new lead links of one story."""
    from consilience import align

    nodes, vecs = align.story_nodes(ctx)
    sim = vecs @ vecs.T
    texts = {key_of[a.id]: a.text for a in arts}
    spans = claims_bench.support_spans(gold, texts)
    labels = [
        claims_bench.claims_of_citation(
            spans, key_of[n.claim.article], (n.claim.start, n.claim.end)
        )
        for n in nodes
    ]
    old = set(align.relative_links(nodes, sim))
    out: Counter = Counter()
    for i, j in align._lead_links(nodes, sim):
        if (i, j) in old or align.aligned(nodes[i], nodes[j], float(sim[i, j])):
            out["old"] += 1
            continue
        verdict = (
            "right"
            if labels[i] & labels[j]
            else ("wrong" if labels[i] and labels[j] else "unlabelled")
        )
        out[verdict] += 1
        if verbose:
            a, b = nodes[i].claim, nodes[j].claim
            print(f"  {name[:20]:20s} {verdict:10s} cos {float(sim[i, j]):.2f}")
            print(f"      {sorted(labels[i])} {a.text[:110]!r}")
            print(f"      {sorted(labels[j])} {b.text[:110]!r}")
    return out


def main(argv: list[str] | None = None) -> None:
    from claims_recall_diag import folder_sets

    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    folders = [argv[argv.index("--set") + 1]] if "--set" in argv else list(FOLDERS)
    rows: dict[str, Counter] = {}
    for folder in folders:
        for name, arts, gold, key_of in folder_sets(ROOT / folder):
            ctx = ctx_cache.context(arts, cache)
            c = judge(ctx, gold, key_of, arts, "-v" in argv, name)
            rows.setdefault(Path(folder).name, Counter()).update(c)
    if "--set" not in argv:
        for name, arts, gold, key_of in claims_bench.sets():
            ctx = ctx_cache.context(arts, cache)
            row = "fixtures" if name.startswith("fixture") else name
            rows.setdefault(row, Counter()).update(
                judge(ctx, gold, key_of, arts, "-v" in argv, name)
            )
    rows["all"] = sum(rows.values(), Counter())
    print(f"{'set':14s} {'right':>6s} {'wrong':>6s} {'unlab':>6s} {'old':>6s}")
    for row, c in rows.items():
        print(f"{row:14s} {c['right']:6d} {c['wrong']:6d} {c['unlabelled']:6d} {c['old']:6d}")


if __name__ == "__main__":
    main()
