"""Figure and date conflicts and updates of real-style sets, fast (a development loop, not the
benchmark of record: ``realstyle_bench.py`` scores whole briefs).

    python bench/figures_fast_bench.py --set bench/annotations/heldout_s15 [--set ...]
        [--cache DIR] [--details]

Each story's analysed context is pickled in ``--cache`` (default ``/tmp/figures_fast_cache``,
keyed by the articles' texts); every run extracts the figures again and builds the
entities, provenance and figure sections only (``reconcile.build_quantities``), so a change
to the figure extractor or the reconciler shows in seconds. Scoring is
``realstyle_bench.score_conflicts`` restricted to the gold's ``quantity`` and ``date``
conflicts and its updates; a predicted figure or date conflict matching no gold item is
false. Statement (``fact``) conflicts are not built here.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _context(folder: Path, cache: Path):
    """(context with fresh figures, {article id: file name}, gold) of one story folder."""
    from realstyle_bench import load_story

    from consilience.model import Story
    from consilience.pipeline import context_from_articles
    from consilience.quantities import extract_quantities

    arts, names, gold = load_story(folder)
    key = hashlib.sha256("".join(a.id + a.text for a in arts).encode()).hexdigest()[:16]
    path = cache / f"{folder.parent.name}-{folder.name}-{key}.pkl"
    if path.is_file():
        ctx = pickle.loads(path.read_bytes())
    else:
        ctx = context_from_articles(arts, Story("s", arts[0].title or "", [a.id for a in arts]))
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(ctx))
    for an in ctx.analyses:
        ctx.extractions[an.article.id].quantities = extract_quantities(an)
    return ctx, names, gold


def _figure_conflicts(ctx) -> list[dict]:
    """The figure and year conflicts of the story (entities and provenance built first)."""
    from consilience.brief import SECTION_KEYS
    from consilience.entities import build_entities
    from consilience.provenance import build_provenance
    from consilience.reconcile import build_quantities

    ctx.brief = {key: [] for key in SECTION_KEYS}
    for build in (build_entities, build_provenance):
        for key, items in build(ctx).items():
            ctx.brief.setdefault(key, []).extend(items)
    return build_quantities(ctx)["conflicts"]


def main() -> None:
    """Print per set: figure/date conflicts found, false, updates found."""
    from realstyle_bench import score_conflicts

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", required=True)
    ap.add_argument("--cache", default="/tmp/figures_fast_cache")
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    for s in args.set:
        data = Path(s) if Path(s).is_dir() else ROOT / s
        tot = dict(gold=0, found=0, pred=0, tp=0, upd=0, upd_found=0, qgold=0, qfound=0)
        for folder in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
            ctx, names, gold = _context(folder, Path(args.cache))
            gold = {**gold, "conflicts": [c for c in gold["conflicts"] if c["kind"] != "fact"]}
            texts = {a.article.id: a.article.text for a in ctx.analyses}
            c = score_conflicts({"conflicts": _figure_conflicts(ctx)}, gold, texts, names)
            for k, v in (
                ("gold", "gold"),
                ("found", "found"),
                ("pred", "predicted"),
                ("tp", "tp"),
                ("upd", "updates"),
                ("upd_found", "updates_found"),
            ):
                tot[k] += c[v]
            tot["qgold"] += sum(kind == "quantity" for kind, _ in c["by_kind"])
            tot["qfound"] += sum(kind == "quantity" and f for kind, f in c["by_kind"])
            if args.details:
                for m in c["missed"]:
                    print(f"  {folder.name}: missed {m}")
                for f in c["false"]:
                    print(f"  {folder.name}: FALSE {f}")
        p = tot["tp"] / tot["pred"] if tot["pred"] else 0.0
        print(
            f"{data.name}: figures/dates found {tot['found']}/{tot['gold']}, predicted "
            f"{tot['pred']}, true {tot['tp']} (P {p:.3f}), quantity {tot['qfound']}/"
            f"{tot['qgold']}, updates {tot['upd_found']}/{tot['upd']}"
        )


if __name__ == "__main__":
    main()
