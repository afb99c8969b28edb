"""Development probe of year readings (not a benchmark): builds (and pickles, keyed on the
articles only) the story contexts of the tuning sets' stories with gold year conflicts, then
prints each story's year readings and the year conflicts found.

    python bench/year_readings_dev.py [--sets 5,6,7,8,9,10] [--all]

``--all`` probes every story of the sets, not only those with a gold date conflict.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
CACHE = Path("/tmp/s12fig/devctx")


def _context(folder: Path):
    import corpora
    from realstyle_bench import load_story

    arts, names, gold = load_story(folder)
    h = hashlib.sha256("".join(a.id + a.text for a in arts).encode()).hexdigest()[:20]
    path = CACHE / f"{folder.name}-{h}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes()), names, gold
    ctx = corpora.build_context(arts)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(ctx))
    return ctx, names, gold


def _pairs(ctx, names, want) -> None:
    """Print every cross-article pair of year readings with one act, its sentence cosine and
    whether the gold lists both as one conflict."""
    from consilience.year_readings import _cosine, same_act, same_thing, year_readings

    rs = year_readings(ctx)
    for i, x in enumerate(rs):
        for y in rs[i + 1 :]:
            if x.article == y.article or x.year == y.year or not same_act(x, y):
                continue
            gold = any(
                any(x.text in v for k, v in c["values"].items() if k == names[x.article])
                and any(y.text in v for k, v in c["values"].items() if k == names[y.article])
                for c in want
            )
            print(
                f"   PAIR gold={int(gold)} cos={_cosine(ctx, x, y):.2f} thing={int(same_thing(x, y))}"
                f" rec={int(x.since_record)}{int(y.since_record)} {x.describe()} | {y.describe()}"
            )


def main(argv: list[str]) -> None:
    from consilience.year_readings import year_conflicts, year_readings

    sets = argv[argv.index("--sets") + 1].split(",") if "--sets" in argv else "5 6 7 8 9 10".split()
    for s in sets:
        for folder in sorted((ROOT / f"bench/annotations/heldout_s{s}").iterdir()):
            if not (folder / "gold.json").is_file():
                continue
            gold = json.loads((folder / "gold.json").read_text())
            want = [c for c in gold.get("conflicts", []) if c["kind"] == "date"]
            if not want and "--all" not in argv:
                continue
            ctx, names, _ = _context(folder)
            print(f"== s{s} {folder.name}")
            for c in want:
                print("   GOLD", json.dumps(c["values"]))
            if "-v" in argv:
                for r in year_readings(ctx):
                    print("   ", names[r.article], r.year, r.describe())
            if "--pairs" in argv:
                _pairs(ctx, names, want)
            for c in year_conflicts(ctx):
                vals = [(names[r["article"]], r["text"]) for r in c["readings"]]
                print("   FOUND", c["subject"], vals)


if __name__ == "__main__":
    main(sys.argv[1:])
