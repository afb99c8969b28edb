"""Statement clashes found with the clash index against the comparison of every pair.

For each story (the demo, ECB+ events among the first N articles, each story folder of
the held-out sets s5..s15) builds the story context, then runs
``statements._clashing`` twice on the same claims and readings: with
:class:`consilience.clash_index.ClashIndex` (what ships) and with
:class:`consilience.clash_index.AllPairs` (every pair of claims, every pair of readings:
the code before the index); the statement conflicts are built both ways too, the denied
matter ones with :func:`consilience.clash_index.denial_pairs_index` and with
:func:`consilience.clash_index.all_denial_pairs`, the opposite words ones with
:func:`consilience.clash_index.opposite_pairs_index` and with
:func:`consilience.clash_index.all_opposite_pairs`. Prints, per set, whether the clashes and the statement
conflicts are identical, how many reading pairs reach ``statements._clash`` each way,
and the CPU of both as a ratio measured in this run.

    python bench/throughput_clash.py --cache /tmp/ctx            # every set
    python bench/throughput_clash.py --sets demo ecb --ecb 100
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

HELDOUT = [f"heldout_s{k}" for k in range(5, 16)]


def story_sets(names: list[str], ecb: int) -> dict[str, list[list]]:
    """Set name -> its stories, each a list of ``Article``; sets whose data is missing are
    left out."""
    import corpora

    out: dict[str, list[list]] = {}
    if "demo" in names:
        out["demo"] = [corpora.demo_articles()]
    if "ecb" in names and corpora.shared_dir() is not None:
        out["ecb"] = ecb_stories(ecb)
    for name in names:
        folder = ROOT / "bench" / "annotations" / name
        if name.startswith("heldout") and folder.is_dir():
            stories = [
                sorted(p for p in d.iterdir() if p.suffix in (".md", ".txt"))
                for d in sorted(folder.iterdir())
                if d.is_dir()
            ]
            out[name] = [corpora.read_corpus(files) for files in stories if files]
    return out


def ecb_stories(n: int, least: int = 3) -> list[list]:
    """The first ``n`` ECB+ articles grouped by their labelled event (events of at least
    ``least`` articles), in order of first appearance."""
    import corpora

    src = corpora.shared_dir() / "datasets" / "ecbplus" / "articles.jsonl"
    rows = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    event = {r["id"]: r["event"] for r in rows[:n]}
    groups: dict[str, list] = defaultdict(list)
    for a in corpora.ecbplus_articles(n):
        groups[event[a.source.rpartition("#")[2]]].append(a)
    return [g for g in groups.values() if len(g) >= least]


def clashes(ctx, exhaustive: bool) -> tuple[list[tuple], list[dict], int]:
    """(clashes as ``(i, j, reading i, reading j)``, the story's statement conflicts, reading
    pairs checked by ``statements._clash``) with the index, or with every pair when
    ``exhaustive``."""
    import numpy as np

    from consilience import clash_index, consensus, statements
    from consilience.claim_spans import Texts

    nodes, vecs = consensus.story_nodes(ctx)
    if not nodes:
        return [], [], 0
    sim = (vecs @ vecs.T).astype(np.float64)
    published = {a.article.id: (a.article.published or "")[:10] for a in ctx.analyses}
    calls = [0]
    real_clash, real_index = statements._clash, statements.ClashIndex
    real_denials = statements.denial_pairs_index
    real_opposites = statements.opposite_pairs_index

    def counted(*args: Any) -> bool:
        calls[0] += 1
        return real_clash(*args)

    statements._clash = counted
    if exhaustive:
        statements.ClashIndex = clash_index.AllPairs
        statements.denial_pairs_index = clash_index.all_denial_pairs
        statements.opposite_pairs_index = clash_index.all_opposite_pairs
    try:
        stance_nodes, at = statements._with_stances(ctx, nodes)
        per = statements._node_readings(ctx, stance_nodes)
        found = list(statements._clashing(stance_nodes, per, sim, at, published))
        conflicts = statements.statement_conflicts(ctx, nodes, sim, Texts(ctx))
    finally:
        statements._clash, statements.ClashIndex = real_clash, real_index
        statements.denial_pairs_index = real_denials
        statements.opposite_pairs_index = real_opposites
    return found, conflicts, calls[0]


def compare(ctx) -> dict[str, Any]:
    """Both ways on one story context: identical or not, checks and CPU seconds."""
    out: dict[str, Any] = {}
    for way, exhaustive in (("index", False), ("all", True)):
        t = time.process_time()
        found, conflicts, calls = clashes(ctx, exhaustive)
        out[way] = {"cpu": time.process_time() - t, "calls": calls, "n": len(found)}
        out[way]["dump"] = (repr(found), json.dumps(conflicts, sort_keys=True))
    out["identical"] = out["index"]["dump"] == out["all"]["dump"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sets", nargs="*", default=["demo", "ecb", *HELDOUT])
    ap.add_argument("--ecb", type=int, default=100, help="first N ECB+ articles")
    ap.add_argument(
        "--cache",
        type=Path,
        help="story context cache (statements_s13_dev.py's: kept "
        "across changes to the statement modules, which only read a built context)",
    )
    args = ap.parse_args(argv)
    from statements_s13_dev import _context

    cache = args.cache or Path("/tmp/statements_s13_ctx")

    differ = 0
    print("| set | stories | identical | clashes | _clash calls index / all | CPU s index / all |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, stories in story_sets(args.sets, args.ecb).items():
        rows = [compare(_context(arts, cache)) for arts in stories if arts]
        same = sum(r["identical"] for r in rows)
        differ += len(rows) - same
        calls = [sum(r[w]["calls"] for r in rows) for w in ("index", "all")]
        cpu = [sum(r[w]["cpu"] for r in rows) for w in ("index", "all")]
        n = sum(r["index"]["n"] for r in rows)
        print(
            f"| {name} | {len(rows)} | {same}/{len(rows)} | {n} | {calls[0]} / {calls[1]} | "
            f"{cpu[0]:.2f} / {cpu[1]:.2f} |"
        )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
