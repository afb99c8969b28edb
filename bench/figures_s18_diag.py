"""Diagnosis (not a benchmark): every figure of one story folder with its slot key and the
group it ends in, then the figure conflicts, updates and corroborated slots.

    python bench/figures_s18_diag.py STORY_DIR [--cache DIR] [--all] [--grep WORD]

Shares ``figures_fast_bench.py``'s cache of analysed contexts (default
``/tmp/figures_fast_cache``); the figures are extracted again on every run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    """Print the figures, their slots and groups, and the figure entries of one story."""
    from figures_fast_bench import _context, _figure_conflicts

    from consilience.reconcile import _group, build_quantities, slot_key

    ap = argparse.ArgumentParser()
    ap.add_argument("story")
    ap.add_argument("--cache", default="/tmp/figures_fast_cache")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--grep")
    args = ap.parse_args()
    ctx, names, _gold = _context(Path(args.story), Path(args.cache))
    _figure_conflicts(ctx)
    home = {id(q): k for k, qs in _group(ctx).items() for q in qs}
    for aid in ctx.story.articles:
        print(f"== {names[aid]}")
        for q in ctx.extractions[aid].quantities:
            key = slot_key(q)
            line = (
                f"  {q.text!r:36} {q.value:g} {q.unit} {q.dimension} q={q.qualifier} "
                f"noun={q.noun} measure={q.measure} ent={q.entity} -> {key} => {home.get(id(q))}"
            )
            if (key or args.all) and (not args.grep or args.grep.lower() in line.lower()):
                print(line)
    res = build_quantities(ctx)
    for kind in ("conflicts", "corroborated"):
        print(f"## {kind}")
        for e in res[kind]:
            flag = " UPDATE" if e.get("update") else ""
            print(f"- {e.get('subject')}{flag}")
            for r in e["readings"]:
                print(f"    {names[r['article']]}: {r['text']!r} = {r.get('value')}")


if __name__ == "__main__":
    main()
