"""Reconciliation benchmark: consilience.reconcile.build_quantities against the annotated
verdicts of the seeds (../shared/gold/seeds.json), the demo corpus (bench/annotations/demo.json)
and the annotated fixtures (bench/annotations/fixtures.json).

For every annotated group of figures (a conflict, a corroborated figure, an update) the
predicted entry is the one whose readings cite the most of the group's figures. Reported:

* conflicts: found (one entry holds every annotated reading), and with the annotated
  majority and outliers exactly;
* corroborated: found as an agreement holding every annotated reading;
* updates: found as a conflict entry with ``"update": true``;
* false conflicts: predicted disagreements (not updates) that match no annotated conflict;
* merged slots: predicted entries whose readings belong to two different annotated groups
  (a must-not-pair violation).

The per-kind sets of issue #12 (``bench/annotations/figure_kinds.json``) are then scored one
story at a time and summed per kind: conflict recall (annotated conflicts and updates found,
updates flagged as such) and precision (entries among the conflicts that match an annotated
conflict or update; a conflict between figures of different owners or properties counts
against it), after the sets above, which keep their own figures.

Run: ``python bench/reconcile_bench.py``
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _sets() -> dict[str, tuple[list, dict, dict]]:
    """name -> (articles, {article id: gold key}, gold json)."""
    from quantities_bench import ANN, _key, _read, shared_dir

    from consilience.model import Article

    out = {}
    shared = shared_dir()
    if shared is not None:
        arts = [
            Article(
                id=p.name[:3],
                source=p.name,
                text=p.read_text(encoding="utf-8"),
                published="2024-11-18",
            )
            for p in sorted((shared / "seeds").glob("*.txt"))
        ]
        out["seeds"] = (
            arts,
            {a.id: a.id for a in arts},
            json.loads((shared / "gold" / "seeds.json").read_text()),
        )
    demo_ann = ANN / "demo.json"
    if demo_ann.exists():
        demo = ROOT / "src" / "consilience" / "demo"
        arts = _read(sorted(str(p) for p in demo.iterdir() if p.is_file() and p.suffix != ".md"))
        out["demo"] = (arts, {a.id: _key(a) for a in arts}, json.loads(demo_ann.read_text()))
    fx_ann = ANN / "fixtures.json"
    fx = ROOT / "tests" / "fixtures" / "annotated"
    if fx_ann.exists() and fx.is_dir():
        arts = _read(sorted(str(p) for p in fx.iterdir() if p.is_file()))
        out["fixtures"] = (arts, {a.id: _key(a) for a in arts}, json.loads(fx_ann.read_text()))
    return out


def context(articles):
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities

    analyses = list(analyse(articles))
    ex = {
        a.article.id: Extraction(a.article.id, quantities=extract_quantities(a)) for a in analyses
    }
    vec = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
    return StoryContext(
        Story("bench", "bench", [a.article.id for a in analyses]), analyses, ex, vec
    )


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _groups(gold: dict) -> list[tuple[str, str, dict, dict]]:
    """(kind, subject, {gold key: text}, the gold item)."""
    out = []
    for c in gold.get("conflicts", []):
        out.append(("conflict", c["subject"], c["values"], c))
    for c in gold.get("corroborated_quantities", []):
        out.append(("corroborated", c["subject"], c["values"], c))
    for c in gold.get("updates", []):
        out.append(("update", c["subject"], c["values"], c))
    return out


def evaluate(name, articles, keys, gold) -> dict:
    from consilience.reconcile import build_quantities

    ctx = context(articles)
    texts = {a.id: a.text for a in articles}
    by_key = {v: k for k, v in keys.items()}
    out = build_quantities(ctx)
    entries = [("conflicts", e) for e in out["conflicts"]] + [
        ("corroborated", e) for e in out["corroborated"]
    ]

    def covered(entry, values) -> set[str]:
        hit = set()
        for r in entry["readings"]:
            key = keys.get(r["article"])
            if key not in values:
                continue
            cit = r["citation"]
            for s, e in _occurrences(texts[r["article"]], values[key]):
                if s < cit["end"] and cit["start"] < e:
                    hit.add(key)
        return hit

    res = {"conflicts": 0, "conflicts_found": 0, "conflicts_exact": 0, "corroborated": 0,
           "corroborated_found": 0, "updates": 0, "updates_found": 0}  # fmt: skip
    entry_groups: dict[int, set[int]] = {}
    matched_conflicts: set[int] = set()
    details = []
    for gi, (kind, subject, values, item) in enumerate(_groups(gold)):
        values = {k: v for k, v in values.items() if k in by_key}
        best, best_cov = None, set()
        for ei, (_section, entry) in enumerate(entries):
            cov = covered(entry, values)
            if cov:
                entry_groups.setdefault(ei, set()).add(gi)
            if len(cov) > len(best_cov):
                best, best_cov = ei, cov
        full = best is not None and best_cov == set(values)
        section, entry = entries[best] if best is not None else (None, {})
        if kind == "conflict":
            res["conflicts"] += 1
            ok = full and section == "conflicts" and not entry.get("update")
            res["conflicts_found"] += ok
            if ok:
                matched_conflicts.add(best)
                maj = {keys[a] for a in entry["majority"]}
                outl = {keys[a] for a in entry["outliers"]}
                exact = (
                    maj == set(item["majority"]) and outl == set(item["outliers"])
                    if "majority" in item
                    else (outl == {k for k in values if k not in maj})
                )
                res["conflicts_exact"] += bool(exact)
        elif kind == "corroborated":
            res["corroborated"] += 1
            ok = full and section == "corroborated"
            res["corroborated_found"] += ok
        else:
            res["updates"] += 1
            ok = full and section == "conflicts" and bool(entry.get("update"))
            res["updates_found"] += ok
            if ok:
                matched_conflicts.add(best)
        details.append({"kind": kind, "subject": subject, "ok": bool(ok),
                        "covered": f"{len(best_cov)}/{len(values)}",
                        "predicted_as": (entry.get("subject"), section, bool(entry.get("update")))})  # fmt: skip
    res["false_conflicts"] = sum(
        1
        for ei, (section, e) in enumerate(entries)
        if section == "conflicts" and ei not in matched_conflicts
    )
    res["merged_slots"] = sum(1 for gs in entry_groups.values() if len(gs) > 1)
    res["predicted_conflicts"] = len(out["conflicts"])
    res["predicted_corroborated"] = len(out["corroborated"])
    res["details"] = details
    res["unmatched_predictions"] = [
        {"section": section, "subject": e["subject"], "update": bool(e.get("update"))}
        for ei, (section, e) in enumerate(entries)
        if ei not in entry_groups
    ]
    return res


def main() -> dict:
    t0 = time.perf_counter()
    results = {}
    for name, (articles, keys, gold) in _sets().items():
        results[name] = evaluate(name, articles, keys, gold)
    total = {}
    for r in results.values():
        for k, v in r.items():
            if isinstance(v, int):
                total[k] = total.get(k, 0) + v
    results["all"] = total
    print("quantity reconciliation against annotated verdicts")
    cols = ["conflicts_found", "conflicts_exact", "corroborated_found", "updates_found",
            "false_conflicts", "merged_slots"]  # fmt: skip
    print(f"{'set':9} " + " ".join(f"{c:>19}" for c in cols))
    for name, r in results.items():
        cells = []
        for c in cols:
            denom = {"conflicts_found": "conflicts", "conflicts_exact": "conflicts",
                     "corroborated_found": "corroborated", "updates_found": "updates"}.get(c)  # fmt: skip
            cells.append(f"{r.get(c, 0)}/{r.get(denom, 0)}" if denom else str(r.get(c, 0)))
        print(f"{name:9} " + " ".join(f"{c:>19}" for c in cells))
    for name, r in results.items():
        if name == "all":
            continue
        for d in r["details"]:
            if not d["ok"]:
                print(
                    f"  missed [{name}] {d['kind']}: {d['subject']} (covered {d['covered']}, predicted as {d['predicted_as']})"
                )
        for u in r["unmatched_predictions"]:
            print(
                f"  extra  [{name}] {u['section']}: {u['subject']}"
                + (" (update)" if u["update"] else "")
            )
    results["kinds"] = kinds_main()
    print(f"time: {time.perf_counter() - t0:.1f} s (including model loading)")
    return results


def _story_gold(st: dict) -> dict:
    """A #12 fixture story's verdicts in the gold format :func:`evaluate` reads."""
    conflicts = [{"subject": st["id"], **c} for c in st["conflicts"]]
    corroborated = [{"subject": st["id"], **c} for c in st["corroborated"]]
    updates = [{"subject": st["id"], **c} for c in st["updates"]]
    return {"conflicts": conflicts, "corroborated_quantities": corroborated, "updates": updates}


def kinds_main() -> dict:
    """Conflict recall and precision per #12 kind (see the module docstring)."""
    from quantities_bench import KINDS

    from consilience.model import Article

    if not KINDS.exists():
        return {}
    out: dict = {}
    print("\nissue #12 kinds: conflicts (and updates) per kind")
    print(f"{'kind':20} {'recall':>8} {'precision':>10} {'found':>6} {'gold':>5} {'entries':>8} "
          f"{'wrong':>6} {'corrob':>7}")  # fmt: skip
    for kind, stories in json.loads(KINDS.read_text())["kinds"].items():
        tot = {"found": 0, "gold": 0, "entries": 0, "wrong": 0, "corr": 0, "corr_gold": 0}
        for st in stories:
            arts = [
                Article(
                    id=a["id"],
                    source=f"{a['id']}.txt",
                    text=a["text"],
                    outlet=a["id"],
                    published=a["published"],
                )  # fmt: skip
                for a in st["articles"]
            ]
            r = evaluate(st["id"], arts, {a.id: a.id for a in arts}, _story_gold(st))
            tot["found"] += r["conflicts_found"] + r["updates_found"]
            tot["gold"] += r["conflicts"] + r["updates"]
            tot["entries"] += r["predicted_conflicts"]
            tot["wrong"] += r["false_conflicts"]
            tot["corr"] += r["corroborated_found"]
            tot["corr_gold"] += r["corroborated"]
            for d in r["details"]:
                if not d["ok"]:
                    print(f"  missed [{kind}/{st['id']}] {d['kind']} (covered {d['covered']}, "
                          f"predicted as {d['predicted_as']})")  # fmt: skip
        rec = tot["found"] / tot["gold"] if tot["gold"] else 1.0
        prec = (tot["entries"] - tot["wrong"]) / tot["entries"] if tot["entries"] else 1.0
        out[kind] = {**tot, "recall": round(rec, 3), "precision": round(prec, 3)}
        print(f"{kind:20} {rec:8.3f} {prec:10.3f} {tot['found']:6d} {tot['gold']:5d} "
              f"{tot['entries']:8d} {tot['wrong']:6d} {tot['corr']:>3d}/{tot['corr_gold']:<3d}")  # fmt: skip
    found = sum(v["found"] for v in out.values())
    gold = sum(v["gold"] for v in out.values())
    entries = sum(v["entries"] for v in out.values())
    wrong = sum(v["wrong"] for v in out.values())
    print(f"{'ALL':20} {found / max(gold, 1):8.3f} {(entries - wrong) / max(entries, 1):10.3f} "
          f"{found:6d} {gold:5d} {entries:8d} {wrong:6d}")  # fmt: skip
    return out


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
