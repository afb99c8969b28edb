"""Consensus stage-loss table (issue #11): why is each gold claim stated by three or more
articles not a consensus item? One row per set, one column per cause class.

    python bench/consensus_stage_loss.py --set bench/annotations/heldout_s9 --cache /tmp/ctx
    python bench/consensus_stage_loss.py --set bench/annotations/heldout_s9 -v   # per claim
    python bench/consensus_stage_loss.py --cache /tmp/ctx       # seeds, demo, fixtures
    python bench/consensus_stage_loss.py --all --cache /tmp/ctx # heldout_s5..s19, seeds, demo
    python bench/consensus_stage_loss.py --pooled --cache /tmp/ctx -v  # every heldout_sN

The chain stage is :func:`claims_recall_diag.follow`; this script adds *why* the gold
claim's group misses articles, so that every loss falls in one class of the issue:

* ``unreach``: the gold support rests on fewer independent sources than the story needs
  (no change of the claim stages can make it consensus);
* ``a extract``: some supporting article has no extracted claim covering the support
  string, and the other articles' claims are all in the group (or there is no group
  because fewer than two articles have one); the verbose line says how the support string
  is missed: ``boilerplate`` (inside a boilerplate span), ``quote`` (inside a quote),
  ``cut`` (a claim covers part of it, less than half of the support), ``merged`` (a claim
  holds it but is over twice its length), ``none`` (no claim touches it: a nominal or
  appositive statement, or a dropped clause);
* ``b align``: an article's claim covering the support is aligned (pair probability at
  ``align.ALIGN_PROBABILITY``) with no claim of the gold claim in another article;
* ``c group``: its claims are aligned but the final grouping leaves them out or apart
  (a member lost by consolidation, two groups of one claim), or an article's claim is
  aligned with every member but for a figure (``figure apart``: the agreed part is
  consensus, :func:`consensus._across_figures`), or a group holding all of them rests on
  fewer sources than needed (source counting);
* ``c mixed``: the best group also holds a clause of another gold claim;
* ``c guard``: a conflict of the brief cites the group (``disputed``: right when the gold
  marks the claim disputed, counted apart as ``gold disp``);
* ``d render``: the group is consensus material but is dropped as overlapping another
  item or kept with a cited span off the support;
* ``recalled``: a faithful consensus item covers it.
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

CLASSES = (
    "unreach",
    "a extract",
    "b align",
    "c group",
    "c mixed",
    "c guard",
    "gold disp",
    "d render",
    "recalled",
)
#: the held-out tuning sets s5-s17 and the check set s18
HELDOUT = tuple(f"bench/annotations/heldout_s{k}" for k in range(5, 20))
#: every held-out set (bench/pooled_sets.py)
POOLED = tuple(
    sorted(
        (p for p in (ROOT / "bench" / "annotations").glob("heldout_s*") if p.name[9:].isdigit()
         and int(p.name[9:]) >= 5),
        key=lambda p: int(p.name[9:]),
    )
)  # fmt: skip


def _why_no_claim(ctx, art: str, spans: list[tuple[int, int]]) -> str:
    """How the claims of article ``art`` miss every support span ``spans`` (module doc)."""
    from consilience.boilerplate import article_spans, is_boilerplate

    analysis = ctx.analysis(art)
    bp = article_spans(analysis.article)
    if all(is_boilerplate(bp, s, e) for s, e in spans):
        return "boilerplate"
    quotes = ctx.extractions[art].quotes if art in ctx.extractions else []
    if all(any(q.start <= s and e <= q.end for q in quotes) for s, e in spans):
        inside_quote = True
    else:
        inside_quote = False
    claims = ctx.extractions[art].claims if art in ctx.extractions else []
    best = "none"
    for s, e in spans:
        for c in claims:
            inter = min(e, c.end) - max(s, c.start)
            if inter <= 0:
                continue
            if c.end - c.start > 2 * (e - s) and inter * 2 >= e - s:
                best = "merged"
            elif best == "none":
                best = "cut"
    if best == "none" and inside_quote:
        return "quote"
    return best


def _article_status(chain, mine: set[int], group: list[int] | None) -> dict[str, str]:
    """Article id -> "in group" | "aligned" | "figure apart" | "unaligned" for the articles
    with a claim of the gold claim (``mine``: node indices; module docstring)."""
    nodes, align = chain.nodes, chain.align
    in_group = set(group or [])
    out: dict[str, str] = {}
    for i in sorted(mine):
        art = nodes[i].claim.article
        if i in in_group:
            out[art] = "in group"
            continue
        linked = any(
            chain.scores.get((min(i, j), max(i, j)), 0.0) >= align.ALIGN_PROBABILITY
            for j in mine
            if nodes[j].claim.article != art
        )
        apart = bool(group) and all(
            align.aligned_but_figures(nodes[m], nodes[i], float(chain.sim[m, i])) for m in group
        )
        rank = ("unaligned", "figure apart", "aligned", "in group")
        got = "aligned" if linked else "figure apart" if apart else "unaligned"
        out[art] = max(out.get(art, "unaligned"), got, key=rank.index)
    return out


def classify(chain, gold_claim, labels, covered, ceiling, spans, id_of) -> tuple[str, str]:
    """(class, detail) of one gold claim (module docstring)."""
    cid = gold_claim["id"]
    if cid in covered:  # whatever group the item came from (a widened one too)
        return "recalled", "covered by a faithful consensus item"
    stage, detail = diag.follow(chain, cid, labels, covered, ceiling)
    if stage == "unreachable":
        return "unreach", detail
    if stage == "mixed group":
        return "c mixed", detail
    if stage == "disputed":
        return ("gold disp" if gold_claim.get("disputed") else "c guard"), detail
    if stage in ("overlap", "citation off"):
        return "d render", f"{stage}: {detail}"
    mine = {i for i, lab in enumerate(labels) if cid in lab}
    group = diag._best(chain.groups, mine, chain.nodes)
    status = _article_status(chain, mine, group)
    missing = {
        id_of[k]: _why_no_claim(chain.ctx, id_of[k], sp)
        for k, sp in spans.get(cid, {}).items()
        if k in id_of and id_of[k] not in status
    }
    parts = [f"{a[:12]}:{s}" for a, s in sorted(status.items())]
    parts += [f"{a[:12]}:no claim({why})" for a, why in sorted(missing.items())]
    detail = f"{stage}; " + " ".join(parts)
    values = set(status.values())
    if "aligned" in values or "figure apart" in values:
        return "c group", detail
    if "unaligned" in values:
        return "b align", detail
    return ("a extract" if missing else "c group"), detail


def stage_loss(name, ctx, arts, gold, key_of, verbose: bool) -> Counter:
    """Per-class counts of one story's gold claims stated by three or more articles."""
    from consilience.brief import build_brief

    brief = build_brief(ctx)
    texts = {key_of[a.id]: a.text for a in arts}
    covered = claims_bench.covered_claims(brief, gold, texts, key_of)
    chain = diag.Chain(ctx, brief)
    labels = diag._labels(chain, gold, texts, key_of)
    spans = claims_bench.support_spans(gold, texts)
    id_of = {k: a for a, k in key_of.items()}
    res = claims_bench.score(brief, gold, texts, key_of)
    counts: Counter = Counter(items=res["items"], faithful=res["faithful"])
    for t in res["not_faithful"] if verbose else []:
        print(f"  {name[:18]:18s} NOT FAITHFUL: {t[:100]}")
    for g in gold.get("claims", []):
        if len(g["support"]) < 3:
            continue
        ceiling = claims_bench.gold_sources(ctx, g, texts, key_of)
        cls, detail = classify(chain, g, labels, covered, ceiling, spans, id_of)
        counts[cls] += 1
        counts["total"] += 1
        if verbose and cls != "recalled":
            print(f"  {name[:18]:18s} {g['id']:6s} {cls:9s} {detail} :: {g['claim'][:60]}")
    return counts


def table(rows: dict[str, Counter]) -> str:
    """The stage-loss table: one row per set, one column per class."""
    head = f"{'set':12s} " + " ".join(f"{c:>9s}" for c in CLASSES) + "  total  precision"
    lines = [head]
    for row, c in rows.items():
        cells = " ".join(f"{c[k]:9d}" for k in CLASSES)
        lines.append(f"{row[:12]:12s} {cells} {c['total']:6d}  {c['faithful']}/{c['items']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Counter]:
    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    if "--all" in argv:
        wanted = [*HELDOUT, None]
    elif "--pooled" in argv:  # the check set of session 25: every heldout_sN, N >= 5
        wanted = [str(p) for p in POOLED]
    else:
        wanted = [argv[argv.index("--set") + 1] if "--set" in argv else None]
    rows: dict[str, Counter] = {}
    for only in wanted:
        for name, arts, gold, key_of in diag._sets(only):
            ctx = ctx_cache.context(arts, cache)
            row = Path(only).name if only else ("fixtures" if name.startswith("fix") else name)
            counts = stage_loss(name, ctx, arts, gold, key_of, "-v" in argv)
            rows.setdefault(row, Counter()).update(counts)
            print(f"  done {name}", file=sys.stderr, flush=True)
    if len(rows) > 1:
        rows["all"] = sum(rows.values(), Counter())
    print(table(rows))
    return rows


if __name__ == "__main__":
    main()
