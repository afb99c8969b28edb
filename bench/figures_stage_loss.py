"""Where the gold quantity and date conflicts of every held-out set are lost (not a score).

    python bench/figures_stage_loss.py --cache DIR [--sets heldout_s20 ...] [--details]

For every gold conflict of kind ``quantity`` or ``date`` that the brief misses (as
``bench/realstyle_bench.py`` matches them), the first stage that loses it:

- ``not read``: no extracted figure (quantities) or date (dates) overlaps the snippet of an
  outlier, or of any agreeing article;
- ``two slots``: both sides are read, but no slot (``reconcile._group``) holds a figure of an
  outlier and one of the other side (dates: no date conflict or timeline entry holds both);
- ``agreed``: one slot holds both and its brief entry is corroborated (or none is emitted);
- ``left out``: one slot holds both, but the conflict shown cites only one side;
- ``shown``: a conflict of the brief cites both sides (found by another kind or an update).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402
import pooled_sets  # noqa: E402
import realstyle_bench as rsb  # noqa: E402


def _over(items, start: int, end: int) -> list:
    return [x for x in items if x.start < end and start < x.end]


def _sides(ctx, gold_item, texts, names):
    """{file name: [readings overlapping its snippet]} over the outliers and the others."""
    ids = {n: a for a, n in names.items()}
    out = {}
    for name, snippet in gold_item["values"].items():
        aid = ids.get(name)
        span = claims_bench.locate(texts[aid], snippet) if aid else None
        if span is None:
            out[name] = []
            continue
        ex = ctx.extractions[aid]
        pool = ex.quantities if gold_item["kind"] == "quantity" else ex.dates + ex.quantities
        out[name] = _over(pool, span[0], span[1])
    return out


def stage(ctx, brief, g, texts, names, slot_of) -> str:
    """The stage losing gold conflict ``g`` (see the module doc)."""
    if any(rsb._matches(p, g, texts, names) for p in brief.get("conflicts", [])):
        return "shown"
    sides = _sides(ctx, g, texts, names)
    outl = set(g["outliers"])
    o_q = [q for n in outl for q in sides.get(n, [])]
    a_q = [q for n, qs in sides.items() if n not in outl for q in qs]
    if not o_q or not a_q:
        return "not read"
    o_k = {slot_of.get(id(q)) for q in o_q} - {None}
    a_k = {slot_of.get(id(q)) for q in a_q} - {None}
    if g["kind"] == "date" and not (o_k & a_k):
        return "two slots"
    if not (o_k & a_k):
        return "two slots"
    for e in brief.get("conflicts", []):
        if rsb.covered(e, g["values"], texts, names) & set(g["values"]):
            return "left out"
    return "agreed"


def run(sets, cache, details: bool) -> Counter:
    from consilience.pipeline import finished_brief
    from consilience.reconcile import _group

    total: Counter = Counter()
    for folder in sets:
        per: Counter = Counter()
        for story in sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()):
            arts, names, gold = chb.load_story(story)
            ctx = ctx_cache.context(arts, cache)
            brief = finished_brief(ctx)
            texts = {a.id: a.text for a in arts}
            slot_of = {id(q): k for k, qs in _group(ctx).items() for q in qs}
            for g in gold.get("conflicts", []):
                if g["kind"] not in ("quantity", "date"):
                    continue
                st = stage(ctx, brief, g, texts, names, slot_of)
                per[(g["kind"], st)] += 1
                if details and st != "shown":
                    print(
                        f"  {folder.name[8:]} {story.name[:18]:18} {g['kind']:8} {st:9} {g['subject']}"
                    )
        total.update(per)
        print(folder.name, dict(sorted(per.items())), flush=True)
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--details", action="store_true")
    a = ap.parse_args()
    sets = (
        [ROOT / "bench" / "annotations" / s for s in a.sets]
        if a.sets
        else pooled_sets.default_sets()
    )
    total = run(sets, a.cache, a.details)
    for k, n in sorted(total.items()):
        print(f"{k[0]:8} {k[1]:9} {n}")


if __name__ == "__main__":
    main()
