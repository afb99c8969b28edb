"""Consensus recall diagnostic: where along the chain is each missed gold claim lost?

    python bench/claims_recall_diag.py                 # per-stage loss table, seeds/demo/fixtures
    python bench/claims_recall_diag.py -v              # ... and one line per gold claim
    python bench/claims_recall_diag.py --set demo -v   # one set (seeds, demo, fixture f3 ...)
    python bench/claims_recall_diag.py --cache /tmp/x  # reuse story contexts (bench/ctx_cache.py)
    python bench/claims_recall_diag.py --set bench/annotations/heldout_s6 -v   # a folder of
                                   # story folders (claims_heldout_bench format), one row each

Every gold claim stated by three or more articles (as ``bench/claims_bench.py`` scores
recall) is followed through the consensus chain, and the first stage it fails is its loss:

0. ``unreachable``: the articles of its gold support strings, counted as consensus counts
   them (citations = the support strings), rest on fewer independent sources than the
   story's need: no aligner can make it consensus under the rule;
1. ``no claim``: fewer than two of its articles have an extracted claim overlapping a
   support string (``align.naming`` clauses are not nodes and count as none);
2. ``not aligned``: no two such claims of different articles are an aligned pair;
3. ``no group``: aligned pairs exist, but no final group holds two of its claims; the
   line says whether the greedy pass formed one (then lost in consolidation, refinement,
   shedding or the lone-pair check) or never formed one;
4. ``mixed group``: the best group holding its claims also holds a clause of another claim
   (its consensus item would be unfaithful);
5. ``below threshold``: the group's independent sources are fewer than the story's need
   (``max(2, ceil(story sources / 2))``); the line prints both;
6. ``disputed``: a conflict of the brief cites one of the group's clauses;
7. ``overlap``: dropped as overlapping a better-supported item;
8. ``citation off``: kept, but a cited span (the clause as cited) misses the support;
9. ``recalled`` when a faithful consensus item covers it (whatever group the item is).
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import ctx_cache  # noqa: E402

STAGES = (
    "unreachable",
    "no claim",
    "not aligned",
    "no group",
    "mixed group",
    "below threshold",
    "disputed",
    "overlap",
    "citation off",
    "recalled",
)


class Chain:
    """The consensus chain of one story, stage by stage (as ``consensus.build_claims``)."""

    def __init__(self, ctx, brief):
        import numpy as np

        from consilience import align, consensus
        from consilience.claim_spans import Texts, disputed_spans
        from consilience.provenance import independent_sources

        self.ctx, self.align = ctx, align
        self.nodes, vecs = align.story_nodes(ctx)
        self.sim = (vecs @ vecs.T).astype(np.float64)
        self.scores = align.pair_scores(self.nodes, self.sim)
        grouping = align._Grouping(self.nodes, self.scores)
        order = getattr(align, "pair_order", None)  # older code: strongest first
        pairs = (
            order(self.nodes, self.scores)
            if order
            else [
                (i, j)
                for _, i, j in sorted(
                    (-p, i, j) for (i, j), p in self.scores.items() if p >= align.ALIGN_PROBABILITY
                )
            ]
        )
        for i, j in pairs:
            grouping.add_pair(i, j)
        self.greedy = grouping.result()
        self.groups = align.claim_groups(self.nodes, self.sim)
        self.texts = Texts(ctx)
        self.disputed_at = disputed_spans(brief.get("conflicts", []))
        ids = [a.article.id for a in ctx.analyses]
        self.need = max(2, math.ceil(independent_sources(ctx, ids) / 2))
        self.kept = consensus._consensus(
            ctx, self.nodes, self.sim, self.groups, self.texts, self.disputed_at
        )
        self.sources = independent_sources

    def group_sources(self, g: list[int]) -> int:
        from consilience.claim_spans import cites

        arts = sorted({self.nodes[i].claim.article for i in g})
        return self.sources(self.ctx, arts, cites(self.nodes, g, self.texts))


def _labels(chain: Chain, gold, texts, key_of) -> list[set[str]]:
    spans = claims_bench.support_spans(gold, texts)
    return [
        claims_bench.claims_of_citation(
            spans, key_of[n.claim.article], (n.claim.start, n.claim.end)
        )
        for n in chain.nodes
    ]


def _best(groups, mine: set[int], nodes) -> list[int] | None:
    """The group holding claims of the gold claim in the most articles."""
    scored = [(len({nodes[i].claim.article for i in g if i in mine}), g) for g in groups]
    scored = [s for s in scored if s[0] >= 2]
    return max(scored, key=lambda s: (s[0], -len(s[1])))[1] if scored else None


def follow(chain: Chain, cid: str, labels, covered: set[str], ceiling: int) -> tuple[str, str]:
    """(stage, detail) of gold claim ``cid`` whose gold support rests on ``ceiling``
    independent sources (module docstring)."""
    nodes, align = chain.nodes, chain.align
    if ceiling < chain.need and cid not in covered:
        return "unreachable", f"gold support: sources {ceiling} < need {chain.need}"
    mine = {i for i, lab in enumerate(labels) if cid in lab}
    arts = {nodes[i].claim.article for i in mine}
    if len(arts) < 2:
        return "no claim", f"claims in {len(arts)} article(s)"
    pairs = [
        (i, j)
        for (i, j), p in chain.scores.items()
        if i in mine and j in mine and p >= align.ALIGN_PROBABILITY
    ]
    if not pairs:
        return "not aligned", f"claims in {len(arts)} articles, no aligned pair"
    g = _best(chain.groups, mine, nodes)
    if g is None:
        formed = _best(chain.greedy, mine, nodes)
        how = "greedy group formed, lost after" if formed else "greedy pass formed none"
        return "no group", f"{len(pairs)} aligned pairs; {how}"
    n_mine = len({nodes[i].claim.article for i in g if i in mine})
    stray = [i for i in g if i not in mine]
    detail = f"group of {len(g)} ({n_mine} of its {len(arts)} articles)"
    if stray:
        return "mixed group", detail + " + " + "; ".join(
            repr(nodes[i].claim.text[:60]) for i in stray
        )
    src = chain.group_sources(g)
    if src < chain.need:
        return "below threshold", f"{detail}: sources {src} < need {chain.need}"
    from consilience import claim_spans, consensus

    if cid in covered:  # an agreed part of a disputed claim is recalled too
        return "recalled", detail
    is_disputed = getattr(consensus, "_disputed", claim_spans.disputed)  # older code: any clause
    if is_disputed(g, nodes, chain.disputed_at):
        return "disputed", detail
    if not any(k[0] == g for k in chain.kept):
        return "overlap", detail
    return "citation off", detail + ": kept, but a cited span misses the support strings"


def diagnose(name, ctx, arts, gold, key_of, verbose: bool) -> Counter:
    """Per-stage counts of one set's gold claims stated by three or more articles."""
    from consilience.brief import build_brief

    brief = build_brief(ctx)
    texts = {key_of[a.id]: a.text for a in arts}
    covered = claims_bench.covered_claims(brief, gold, texts, key_of)
    chain = Chain(ctx, brief)
    labels = _labels(chain, gold, texts, key_of)
    counts: Counter = Counter()
    res = claims_bench.score(brief, gold, texts, key_of)
    counts["items"], counts["faithful"] = res["items"], res["faithful"]
    if verbose:
        for t in res["not_faithful"]:
            print(f"  {name} NOT FAITHFUL: {t}")
    for g in gold.get("claims", []):
        if len(g["support"]) < 3:
            continue
        ceiling = _gold_sources(chain, g, texts, key_of)
        stage, detail = follow(chain, g["id"], labels, covered, ceiling)
        counts[stage] += 1
        counts["total"] += 1
        if verbose and stage != "recalled":
            print(f"  {name} {g['id']:6s} {stage:15s} {detail} :: {g['claim'][:70]}")
    return counts


def _gold_sources(chain: Chain, g, texts, key_of) -> int:
    """Independent sources of a gold claim's support, its strings taken as the citations."""
    return claims_bench.gold_sources(chain.ctx, g, texts, key_of)


def folder_sets(folder: Path) -> list[tuple[str, list, dict, dict]]:
    """(story name, articles, gold, {article id: file name}) of every story folder (one with
    a ``gold.json``) under ``folder``, as ``bench/claims_heldout_bench.py`` reads them."""
    import claims_heldout_bench

    out = []
    for d in sorted(folder.iterdir()):
        if (d / "gold.json").is_file():
            arts, names, gold = claims_heldout_bench.load_story(d)
            out.append((d.name, arts, gold, names))
    return out


def _sets(only: str | None) -> list[tuple[str, list, dict, dict]]:
    """The gold sets named by ``--set``: a folder of story folders, or one of
    ``claims_bench.sets()`` by name (all of those without the option)."""
    if only is not None and Path(only).is_dir():
        return folder_sets(Path(only))
    return [s for s in claims_bench.sets() if only is None or s[0] == only]


def main(argv: list[str] | None = None) -> dict[str, Counter]:
    argv = sys.argv[1:] if argv is None else argv
    only = argv[argv.index("--set") + 1] if "--set" in argv else None
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    rows: dict[str, Counter] = {}
    for name, arts, gold, key_of in _sets(only):
        ctx = ctx_cache.context(arts, cache)
        counts = diagnose(name, ctx, arts, gold, key_of, "-v" in argv)
        row = "fixtures" if name.startswith("fixture") else name
        rows.setdefault(row, Counter()).update(counts)
    if len(rows) > 1:
        rows["all"] = sum(rows.values(), Counter())
    print(f"{'set':10s} " + " ".join(f"{s[:12]:>12s}" for s in STAGES) + "  total  precision")
    for row, c in rows.items():
        print(
            f"{row[:10]:10s} "
            + " ".join(f"{c[s]:12d}" for s in STAGES)
            + f" {c['total']:6d}  {c['faithful']}/{c['items']}"
        )
    return rows


if __name__ == "__main__":
    main()
