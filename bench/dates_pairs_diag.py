"""Why two articles' dates of one act are (not) a date conflict: for each pair of date
mentions of different articles with incompatible dates, their clauses, dates, acts, things,
names and clause similarity, and whether :func:`consilience.dates.same_dated_act` joins
them. Not a score: a listing for reading (session 20, date conflicts).

    python bench/dates_pairs_diag.py bench/annotations/heldout_s19/t1_glacier_lake_flood \
        [--grep 2019] [--min-sim 0.3] [--cache /tmp/dates_ctx]

The story context is pickled under ``--cache`` by folder name only (not by source): delete
the cache after changing the analysis or extraction stages.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import realstyle_bench  # noqa: E402


def story_context(folder: Path, cache: Path):
    """(context, {article id: file name}) of one story folder, pickled under ``cache``."""
    from consilience.model import Story
    from consilience.pipeline import context_from_articles

    arts, names, _gold = realstyle_bench.load_story(folder)
    path = cache / f"{folder.parent.name}-{folder.name}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes()), names
    ctx = context_from_articles(arts, Story("s", arts[0].title or "", [a.id for a in arts]))
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(ctx))
    return ctx, names


def _fields(o) -> str:
    keys = ("planned", "act", "things", "names", "objects", "classes", "verb", "last", "prior")
    return " ".join(
        f"{k}={sorted(o[k]) if isinstance(o[k], frozenset | set) else o[k]}" for k in keys if k in o
    )


def _print_timeline(ctx, names: dict[str, str]) -> None:
    """The story's timeline lines and date conflicts, one line each."""
    from consilience.dates import build_timeline

    out = build_timeline(ctx)
    for e in out["timeline"]:
        mark = " DISPUTED" if e.get("disputed") else ""
        arts = ",".join(names[a][:1] for a in e["articles"])
        print(f"  TL {e['date']} [{arts}]{mark} {e['text'][:110]!r}")
    for c in out["conflicts"]:
        print(f"  DC {c['explanation']} :: {c['subject'][:90]!r}")


def main(argv: list[str]) -> None:
    from consilience import dates

    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--grep", default="")
    ap.add_argument("--min-sim", type=float, default=0.3)
    ap.add_argument("--cache", default="/tmp/dates_ctx")
    ap.add_argument("--timeline", action="store_true", help="print the timeline lines too")
    args = ap.parse_args(argv)
    for folder in args.folders:
        ctx, names = story_context(Path(folder), Path(args.cache))
        if args.timeline:
            _print_timeline(ctx, names)
        mentions = dates._mentions(ctx)
        sim = dates._similarity(mentions)
        print(f"== {Path(folder).name}: {len(mentions)} mentions")
        for i, a in enumerate(mentions):
            for j in range(i + 1, len(mentions)):
                b = mentions[j]
                if a["article"] == b["article"] or sim[i, j] < args.min_sim:
                    continue
                if dates.compatible(
                    (a["m"].date, a["m"].precision), (b["m"].date, b["m"].precision)
                ):
                    continue
                if args.grep and args.grep not in a["text"] + b["text"]:
                    continue
                same = dates.same_dated_act(a, b, float(sim[i, j]))
                print(
                    f"-- sim {sim[i, j]:.2f} same={same} comparable={dates._comparable(a['m'], b['m'])}"
                )
                for o in (a, b):
                    print(
                        f"   {names[o['article']]} {o['m'].date} {o['m'].text!r}: {o['text'][:110]!r}"
                    )
                    print(f"      {_fields(o)}")


if __name__ == "__main__":
    main(sys.argv[1:])
