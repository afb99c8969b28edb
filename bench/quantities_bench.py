"""Figure extraction benchmark: consilience.quantities against quantulum3 (the baseline).

Gold figures: ``bench/annotations/demo.json`` and ``bench/annotations/fixtures.json``
("quantities": article, exact text, si_value, si_unit) and, when ../shared exists,
``bench/annotations/seeds_quantities.json`` (every figure of the five seed articles,
including those listed in ../shared/gold/seeds.json).

A prediction matches a gold figure when their character spans overlap, the SI values agree
within 0.5 % and the units are compatible (same SI unit or currency; counts with counts);
matching is one-to-one, greedy in text order. Figures: value+unit precision, recall, F1.

The per-kind sets of issue #12 (``bench/annotations/figure_kinds.json``: clock times, decimal
shares, scale words, ordinals and durations, round figures, written forms, owners, updates;
short articles written for this benchmark, every figure annotated) are scored apart, one line
per kind, after the sets above, which keep their own figures.

Run: ``python bench/quantities_bench.py``
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ANN = ROOT / "bench" / "annotations"


def shared_dir() -> Path | None:
    cand = Path(__file__).resolve().parents[2] / "shared"
    if cand.is_dir():
        return cand
    env = os.environ.get("CONSILIENCE_SHARED")
    return Path(env) if env and Path(env).is_dir() else None


# --------------------------------------------------------------------------- data


def _read(paths: list[str]):
    from consilience.model import Skipped
    from consilience.normalise import read_articles

    return [a for a in read_articles(paths) if not isinstance(a, Skipped)]


def _key(article) -> str:
    src = article.source
    path, _, frag = src.partition("#")
    base = os.path.basename(path)
    return f"{base}#{frag}" if frag else base


def load_sets() -> dict[str, tuple[dict, list[dict]]]:
    """name -> ({gold article key: Article}, gold figures)."""
    from consilience.model import Article

    sets: dict[str, tuple[dict, list[dict]]] = {}
    demo_ann = ANN / "demo.json"
    if demo_ann.exists():
        demo_dir = ROOT / "src" / "consilience" / "demo"
        arts = _read(
            sorted(str(p) for p in demo_dir.iterdir() if p.is_file() and p.suffix != ".md")
        )
        sets["demo"] = ({_key(a): a for a in arts}, json.loads(demo_ann.read_text())["quantities"])
    fx_ann = ANN / "fixtures.json"
    fx_dir = ROOT / "tests" / "fixtures" / "annotated"
    if fx_ann.exists() and fx_dir.is_dir():
        arts = _read(sorted(str(p) for p in fx_dir.iterdir() if p.is_file()))
        sets["fixtures"] = (
            {_key(a): a for a in arts},
            json.loads(fx_ann.read_text())["quantities"],
        )
    shared = shared_dir()
    seeds_ann = ANN / "seeds_quantities.json"
    if shared is not None and seeds_ann.exists():
        arts = {}
        for p in sorted((shared / "seeds").glob("*.txt")):
            arts[p.name[:3]] = Article(id=p.name[:3], source=p.name, text=p.read_text())
        sets["seeds"] = (arts, json.loads(seeds_ann.read_text())["quantities"])
    return sets


KINDS = ANN / "figure_kinds.json"


def load_kinds() -> dict[str, tuple[dict, list[dict]]]:
    """kind -> ({article id: Article}, gold figures) from the #12 per-kind fixtures."""
    from consilience.model import Article

    if not KINDS.exists():
        return {}
    out: dict[str, tuple[dict, list[dict]]] = {}
    for kind, stories in json.loads(KINDS.read_text())["kinds"].items():
        arts, gold = {}, []
        for st in stories:
            for a in st["articles"]:
                arts[a["id"]] = Article(
                    id=a["id"], source=f"{a['id']}.txt", text=a["text"], published=a["published"]
                )
                gold += [{"article": a["id"], **f} for f in a["figures"]]
        out[kind] = (arts, gold)
    return out


# --------------------------------------------------------------------------- predictions


def ours(analyses) -> dict[str, list[tuple[int, int, float, str]]]:
    from consilience.quantities import extract_quantities

    return {
        a.article.id: [(q.start, q.end, q.value, q.unit) for q in extract_quantities(a)]
        for a in analyses
    }


_Q_NAMES = {
    "metre": "meter", "kilometre": "kilometer", "centimetre": "centimeter",
    "millimetre": "millimeter", "pound-mass": "pound", "nautical mile": "nautical_mile",
    "kilometre per hour": "kilometer/hour", "mile per hour": "mile/hour",
    "metre per second": "meter/second", "square kilometre": "kilometer**2",
    "square metre": "meter**2", "square mile": "mile**2", "litre": "liter",
    "short ton": "short_ton", "tonne": "metric_ton", "cubic metre": "meter**3",
}  # fmt: skip
_Q_CURRENCY = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY"}


def quantulum(articles) -> dict[str, list[tuple[int, int, float, str]]]:
    import quantulum3.classifier as clf

    clf.USE_CLF = False  # scikit-learn 1.9 breaks its classifier
    from quantulum3 import parser

    from consilience.quantities import ureg

    out: dict[str, list] = {}
    for a in articles:
        preds = []
        for q in parser.parse(a.text):
            name = q.unit.name
            ent = q.unit.entity.name
            value = float(q.value)
            if ent == "currency":
                code = getattr(q.unit, "currency_code", None) or _Q_CURRENCY.get(name, name)
                preds.append((q.span[0], q.span[1], value, code))
            elif name == "percentage":
                preds.append((q.span[0], q.span[1], value, "%"))
            elif name == "dimensionless":
                preds.append((q.span[0], q.span[1], value, ""))
            else:
                try:
                    si = (
                        ureg()
                        .Quantity(value, _Q_NAMES.get(name, name.replace(" ", "_")))
                        .to_base_units()
                    )
                    unit = f"{si.units:~}".replace(" ", "").replace("**2", "²").replace("**3", "³")
                    preds.append((q.span[0], q.span[1], float(si.magnitude), unit))
                except Exception:  # noqa: BLE001 - a unit pint does not know: unmatched
                    preds.append((q.span[0], q.span[1], value, name))
        out[a.id] = preds
    return out


# --------------------------------------------------------------------------- scoring


def _gold_spans(text: str, gold: str) -> list[tuple[int, int]]:
    spans, i = [], text.find(gold)
    while i >= 0:
        spans.append((i, i + len(gold)))
        i = text.find(gold, i + 1)
    return spans


def _unit_ok(gold_unit: str, pred_unit: str) -> bool:
    g = {"m²": "m²", "m**2": "m²"}.get(gold_unit, gold_unit)
    return g == pred_unit


def score(sets, predictions: dict[str, dict]) -> dict:
    tp = n_pred = n_gold = 0
    missing_gold = 0
    for name, (articles, golds) in sets.items():
        preds = predictions[name]
        by_article: dict[str, list[dict]] = {}
        for g in golds:
            by_article.setdefault(g["article"], []).append(g)
        for key, art in articles.items():
            plist = list(preds.get(art.id, []))
            n_pred += len(plist)
            used = [False] * len(plist)
            for g in by_article.get(key, []):
                n_gold += 1
                spans = _gold_spans(art.text, g["text"])
                if not spans:
                    missing_gold += 1
                    continue
                for k, (ps, pe, pv, pu) in enumerate(plist):
                    if used[k]:
                        continue
                    if not any(ps < ge and gs < pe for gs, ge in spans):
                        continue
                    gv = float(g["si_value"])
                    if abs(pv - gv) > 0.005 * max(abs(gv), 1e-12):
                        continue
                    if not _unit_ok(g.get("si_unit", ""), pu):
                        continue
                    used[k] = True
                    tp += 1
                    break
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(f, 3), "gold_not_found": missing_gold}  # fmt: skip


def main() -> dict:
    from consilience.analyse import analyse

    sets = load_sets()
    ours_pred, base_pred = {}, {}
    t0 = time.perf_counter()
    analyses = {name: list(analyse(list(arts.values()))) for name, (arts, _) in sets.items()}
    t1 = time.perf_counter()
    for name in sets:
        ours_pred[name] = ours(analyses[name])
    t2 = time.perf_counter()
    for name, (arts, _) in sets.items():
        base_pred[name] = quantulum(list(arts.values()))
    results: dict = {"sets": {}}
    for name in sets:
        one = {name: sets[name]}
        results["sets"][name] = {
            "consilience": score(one, {name: ours_pred[name]}),
            "quantulum3": score(one, {name: base_pred[name]}),
        }
    results["all"] = {
        "consilience": score(sets, ours_pred),
        "quantulum3": score(sets, base_pred),
    }
    results["seconds"] = {"analyse": round(t1 - t0, 2), "extract": round(t2 - t1, 3)}
    print("value+unit F1 (span overlap, SI within 0.5%, compatible units)")
    print(f"{'set':10} {'system':12} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}")
    for name, res in [*results["sets"].items(), ("ALL", results["all"])]:
        for system, s in res.items():
            print(f"{name:10} {system:12} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                  f"{s['tp']:4d} {s['predicted']:5d} {s['gold']:5d}")  # fmt: skip
    print(f"extraction time: {results['seconds']['extract']} s "
          f"(spaCy analysis {results['seconds']['analyse']} s)")  # fmt: skip
    results["kinds"] = kinds_main()
    return results


def kinds_main() -> dict:
    """Per-kind figure precision and recall on the #12 fixtures (ours only)."""
    from consilience.analyse import analyse

    kinds = load_kinds()
    out: dict = {}
    if not kinds:
        return out
    print("\nissue #12 kinds: value+unit per kind (consilience)")
    print(f"{'kind':20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}")
    for kind, (arts, gold) in kinds.items():
        preds = ours(list(analyse(list(arts.values()))))
        s = out[kind] = score({kind: (arts, gold)}, {kind: preds})
        print(f"{kind:20} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
              f"{s['tp']:4d} {s['predicted']:5d} {s['gold']:5d}")  # fmt: skip
    return out


if __name__ == "__main__":
    main()
