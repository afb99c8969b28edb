"""Diagnosis of date conflicts on a held-out set (session 10, not a benchmark).

    python bench/dates_s10_diag.py --set bench/annotations/heldout_s9 [--fresh]

Per story: the timeline entries and the date conflicts found; then, per gold date conflict,
each side's date mentions (what its date was read as, its act, planned / prior / last
fields) and, per pair of sides, why :func:`consilience.dates.same_dated_act` did or did not
join them (:func:`why`). Analyses are pickled in /tmp/dates_out/ctx10 keyed by the story
folder; date extraction and the timeline are recomputed from them on every run, so a change
to ``dates.py`` shows without ``--fresh`` (pass it after a change to the parse or embedder).
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

CACHE = Path("/tmp/dates_out/ctx10")


def _context(folder: Path, fresh: bool):
    """(StoryContext with date extractions recomputed, {article id: file name}, gold)."""
    import corpora
    from realstyle_bench import load_story

    from consilience.dates import extract_dates

    arts, names, gold = load_story(folder)
    path = CACHE / f"{folder.parent.name}-{folder.name}.pkl"
    if path.is_file() and not fresh:
        ctx = pickle.loads(path.read_bytes())
    else:
        ctx = corpora.build_context(arts)
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(ctx))
    for a in ctx.analyses:
        ex = ctx.extractions.get(a.article.id)
        if ex is not None:
            ex.dates = extract_dates(a)
    return ctx, names, gold


def _show(o: dict) -> str:
    keys = ("verb", "objects", "act", "when_act", "classes", "things", "planned", "prior")
    keys += ("last", "next", "until", "ordinals", "gov")
    fields = {k: o.get(k) for k in keys}
    m = o["m"]
    return (
        f"  {o['article'][:8]} {m.date}/{m.precision} {m.text!r} | {o['text'][:90]!r}\n    {fields}"
    )


def why(ms: list[dict], sim, x: int, y: int, kinds: dict) -> str:
    """The first reason the timeline does not join mentions ``x`` and ``y`` of ``ms`` as one
    act dated twice, or the rule that joins them."""
    from consilience import dates

    a, b, s = ms[x], ms[y], float(sim[x, y])
    if not dates._comparable(a["m"], b["m"], ahead=a["planned"] and b["planned"]):
        return "dates not comparable (precision / year named on one side only)"
    if a["saying"] or b["saying"]:
        return "one side dates a saying"
    if dates.same_dated_act(a, b, s):
        return "same (same_dated_act)"
    if dates._same_next(ms, sim, x, y):
        return "same (next occurrence)"
    if dates._same_thing_named(ms, sim, x, y, kinds):
        return "same (one thing named and told by its kind)"
    if dates._state_and_its_end(a, b, s):
        return "same (a state until a date and the act ending it)"
    if a["superlative"] or b["superlative"]:
        return "superlative on one side only"
    if a["planned"] != b["planned"]:
        return f"planned differs ({a['planned']} / {b['planned']})"
    prior = (a["prior"] or a["last"] is not None, b["prior"] or b["last"] is not None)
    return f"no rule joins them: acts {set(a['act'])} / {set(b['act'])}, prior {prior}"


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


def _gold_pairs(ctx, names: dict, gold: dict) -> None:
    from consilience import dates

    gconf = [c for c in gold.get("conflicts", []) if c["kind"] == "date"]
    if not gconf:
        return
    ms = dates._mentions(ctx)
    sim = dates._similarity(ms)
    kinds = dates.name_kinds(a.doc for a in ctx.analyses)
    for g in gconf:
        print(" gold:", g["subject"], json.dumps(g["values"]))
        idx = [
            i
            for i, o in enumerate(ms)
            if names[o["article"]] in g["values"] and g["values"][names[o["article"]]] in o["text"]
        ]
        for i in idx:
            print(_show(ms[i]))
        for x in idx:
            for y in idx:
                if x < y and ms[x]["article"] != ms[y]["article"]:
                    print(f"    pair {x},{y} sim={sim[x, y]:.2f}: {why(ms, sim, x, y, kinds)}")


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
        _gold_pairs(ctx, names, gold)
    gold_n, found, predicted, true = tally
    print(f"DATE CONFLICTS {data.name}: recall {found}/{gold_n} precision {true}/{predicted}")


if __name__ == "__main__":
    main(sys.argv[1:])
