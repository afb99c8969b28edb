"""Diagnosis of date conflicts on a held-out set (session 9, not a benchmark).

    python bench/dates_s9_diag.py --set bench/annotations/heldout_s8 [--fresh]

Per story: the timeline entries, the date conflicts found, and for each gold date conflict the
date mentions whose text contains a gold snippet with the fields ``same_dated_act`` reads.
Story contexts are pickled in /tmp/dates_out/ctx (keyed by the story folder only, so the
cache is stale after a change to date extraction: pass ``--fresh``).
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

CACHE = Path("/tmp/dates_out/ctx")


def _context(folder: Path, fresh: bool):
    import corpora
    from realstyle_bench import load_story

    arts, names, gold = load_story(folder)
    path = CACHE / f"{folder.parent.name}-{folder.name}.pkl"
    if path.is_file() and not fresh:
        return pickle.loads(path.read_bytes()), names, gold
    ctx = corpora.build_context(arts)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(ctx))
    return ctx, names, gold


def _show(o: dict, sim: float | None = None) -> str:
    keys = ("verb", "objects", "ents", "planned", "act", "classes", "names", "things", "last")
    fields = {k: o.get(k) for k in keys}
    return f"  {o['article'][:8]} {o['m'].date} {o['m'].text!r} | {o['text'][:90]!r}\n    {fields}"


def _score(ctx, out: dict, names: dict, gold: dict, tally: list[int]) -> None:
    """Add (gold, found, predicted, true) date conflicts of one story to ``tally``, scored
    as ``realstyle_bench`` scores them, and print the false ones."""
    from realstyle_bench import _matches

    texts = {a.article.id: a.article.text for a in ctx.analyses}
    gold_c = [c for c in gold.get("conflicts", []) if c["kind"] == "date"]
    preds = out["conflicts"]
    tally[0] += len(gold_c)
    tally[1] += sum(any(_matches(p, g, texts, names) for p in preds) for g in gold_c)
    tally[2] += len(preds)
    for p in preds:
        ok = any(_matches(p, g, texts, names) for g in gold_c)
        tally[3] += ok
        if not ok:
            print("  FALSE", [(names[r["article"]], r["value"]) for r in p["readings"]])


def main(argv: list[str]) -> None:
    """Print the diagnosis of every story of ``--set DIR``, then date conflict precision and
    recall over the set."""
    from consilience import dates

    data = Path(argv[argv.index("--set") + 1])
    tally = [0, 0, 0, 0]
    for folder in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
        ctx, names, gold = _context(folder, "--fresh" in argv)
        out = dates.build_timeline(ctx)
        print(f"== {folder.name}")
        _score(ctx, out, names, gold, tally)
        for e in out["timeline"]:
            arts = [names[a] for a in e["articles"]]
            flag = " DISPUTED" if e.get("disputed") else ""
            print(f"  T {e['date']}{flag} {e['text'][:80]!r} {arts}")
        for c in out["conflicts"]:
            print("  C", [(names[r["article"]], r["value"]) for r in c["readings"]])
        gconf = [c for c in gold.get("conflicts", []) if c["kind"] == "date"]
        if not gconf:
            continue
        ms = dates._mentions(ctx)
        sim = dates._similarity(ms)
        for g in gconf:
            print(" gold:", g["subject"], json.dumps(g["values"]))
            idx = [
                i
                for i, o in enumerate(ms)
                if names[o["article"]] in g["values"]
                and g["values"][names[o["article"]]] in o["text"]
            ]
            for i in idx:
                print(_show(ms[i]))
            for x in idx:
                for y in idx:
                    if x < y and ms[x]["article"] != ms[y]["article"]:
                        same = dates.same_dated_act(ms[x], ms[y], float(sim[x, y]))
                        print(f"    pair {x},{y} sim={sim[x, y]:.2f} same={same}")
    gold_n, found, predicted, true = tally
    print(f"DATE CONFLICTS {data.name}: recall {found}/{gold_n} precision {true}/{predicted}")


if __name__ == "__main__":
    main(sys.argv[1:])
