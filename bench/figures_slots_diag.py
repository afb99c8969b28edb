"""Slots of one story's figures and what the reconciler made of each (a diagnostic, not a
benchmark): the key, every figure (article, text, value, publication moment, cues) and the
entry's verdict.

    python bench/figures_slots_diag.py STORY_FOLDER [--grep WORD] [--cache DIR]

Contexts are the cached ones of ``figures_fast_bench.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    """Print every slot whose figures' texts contain ``--grep`` (all without it)."""
    from figures_fast_bench import _context

    from consilience import reconcile as rc

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("story")
    ap.add_argument("--grep", default="")
    ap.add_argument("--cache", default="/tmp/figures_fast_cache")
    args = ap.parse_args()
    ctx, names, _ = _context(Path(args.story), Path(args.cache))
    groups = rc._group(ctx)
    for key in sorted(groups, key=repr):
        qs = groups[key]
        sents = []
        for q in qs:
            doc = ctx.analysis(q.article).doc
            sents.append(
                list(doc.sents)[q.sentence].text if q.sentence < len(list(doc.sents)) else ""
            )
        if args.grep and not any(args.grep.lower() in s.lower() for s in sents):
            continue
        print("KEY", key)
        for q in qs:
            cues = rc._reading_cues(ctx, q)
            print(
                f"   {names[q.article]:20} {q.text!r:30} v={q.value} pub={rc._published(ctx, q.article, q.start)}"
                f" noun={q.noun} measure={q.measure} qual={q.qualifier} cues="
                f"{ {k: v for k, v in cues.items() if v and k != 'outlet'} }"
            )
        res = rc.reconcile_slot(ctx, key, qs)
        if res:
            for k, e in res.items():
                if k == "more":
                    continue
                print(
                    "   =>", k, "update" if e.get("update") else "", e.get("explanation", "")[:300]
                )


if __name__ == "__main__":
    main()
