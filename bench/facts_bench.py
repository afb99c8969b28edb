"""Facts & timeline benchmark: consensus / unique / summary / timeline against gold annotations.

Run: ``python bench/facts_bench.py`` (prints figures; ``main()`` returns them as a dict).

Gold sets: the seeds (``../shared/gold/seeds.json``, anchor 2024-11-18), the demo corpus
(``bench/annotations/demo.json``) and the fixtures (``bench/annotations/fixtures.json``), each
when present.

Matching (the one matcher the tests use too): a gold fact is *found* by a reported item when
the cosine similarity (all-MiniLM-L6-v2) of the gold fact to the item's text -- or to any
sentence it cites -- is at least ``MATCH_THRESHOLD``, and, for consensus, the item's articles
cover all but at most one of the gold articles; for unique facts the item must be listed
under the gold article. Precision counts reported items that match no gold fact of their kind.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

MATCH_THRESHOLD = 0.55
SEEDS_ANCHOR = "2024-11-18"


def shared_dir() -> Path | None:
    p = ROOT.parent / "shared"
    if p.is_dir():
        return p
    env = os.environ.get("CONSILIENCE_SHARED")
    if env and Path(env).is_dir():
        return Path(env)
    return None


# --------------------------------------------------------------------------- contexts


def build_context(articles):
    """A StoryContext for ``articles`` (pipeline.context_from_articles when it exists)."""
    try:
        from consilience.pipeline import context_from_articles  # type: ignore

        return context_from_articles(articles)
    except (ImportError, AttributeError):
        pass
    from consilience.analyse import analyse
    from consilience.dates import extract_dates
    from consilience.embed import embed_texts
    from consilience.model import Extraction, Story, StoryContext

    analyses = list(analyse(articles))
    extractions = {}
    for a in analyses:
        ext = Extraction(a.article.id, dates=extract_dates(a))
        for mod, fn, field in (
            ("quantities", "extract_quantities", "quantities"),
            ("quotes", "extract_quotes", "quotes"),
            ("provenance", "extract_attributions", "attributions"),
        ):
            try:
                module = __import__(f"consilience.{mod}", fromlist=[fn])
                setattr(ext, field, getattr(module, fn)(a))
            except Exception:  # noqa: BLE001 - a colleague's module may be missing/in flux
                pass
        extractions[a.article.id] = ext
    vectors = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
    ids = [a.article.id for a in analyses]
    return StoryContext(Story("s", "story", ids), analyses, extractions, vectors)


def seed_articles(published: str | None = SEEDS_ANCHOR):
    """The five seed articles with ids "000".."004" (the gold's keys)."""
    from consilience.model import Article

    shared = shared_dir()
    if shared is None:
        return None
    arts = []
    for p in sorted((shared / "seeds").glob("*.txt")):
        arts.append(
            Article(
                id=p.name[:3],
                source=p.name,
                text=p.read_text(encoding="utf-8"),
                published=published,
            )
        )
    return arts


def seeds_gold() -> dict[str, Any] | None:
    shared = shared_dir()
    if shared is None:
        return None
    return json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))


def read_corpus(paths, published=None):
    """Articles read through the project's reader, keyed by gold key (file name / FILE#KEY)."""
    from consilience.model import Article
    from consilience.normalise import read_articles

    out = []
    for item in read_articles([str(p) for p in paths], published=published):
        if isinstance(item, Article):
            out.append(item)
    return out


def gold_key(article) -> str:
    return Path(article.source).name


def demo_articles():
    return read_corpus(sorted((ROOT / "src" / "consilience" / "demo").iterdir()))


def fixture_articles():
    return read_corpus(sorted((ROOT / "tests" / "fixtures" / "annotated").glob("*.txt")))


def load_gold(name: str) -> dict[str, Any] | None:
    p = ROOT / "bench" / "annotations" / f"{name}.json"
    if not p.is_file():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- matcher


def _embed(texts):
    from consilience.embed import embed_texts

    return embed_texts(list(texts))


def _item_texts(item, texts_by_article) -> list[str]:
    out = [item["text"]]
    for c in item.get("citations", []) + ([item["citation"]] if item.get("citation") else []):
        t = texts_by_article.get(c["article"])
        if t is not None:
            out.append(t[c["start"] : c["end"]])
    return out


def match_facts(
    gold: list[dict[str, Any]],
    reported: list[dict[str, Any]],
    texts_by_article: dict[str, str],
    key_of: dict[str, str],
    *,
    kind: str,
    threshold: float = MATCH_THRESHOLD,
) -> dict[str, Any]:
    """Match gold facts to reported consensus/unique items (see module doc).

    ``key_of`` maps article ids in the brief to gold article keys. Returns found gold facts,
    matched reported items and per-gold details, with recall and precision."""
    if not gold:
        return {"recall": None, "precision": None, "found": 0, "gold": 0, "reported": len(reported)}
    gvec = _embed([g["fact"] for g in gold])
    item_texts = [_item_texts(r, texts_by_article) for r in reported]
    flat = [t for ts in item_texts for t in ts]
    fvec = _embed(flat) if flat else np.zeros((0, 384), dtype=np.float32)
    # best similarity of gold g to item r over the item's text and cited spans
    sims = np.full((len(gold), len(reported)), -1.0)
    pos = 0
    for r, ts in enumerate(item_texts):
        block = fvec[pos : pos + len(ts)]
        pos += len(ts)
        sims[:, r] = (gvec @ block.T).max(axis=1)
    ok = np.zeros_like(sims, dtype=bool)
    for g, gf in enumerate(gold):
        gold_arts = set(gf.get("articles") or [gf.get("article")])
        gold_arts |= set(gf.get("also_in") or [])
        for r, item in enumerate(reported):
            if sims[g, r] < threshold:
                continue
            if kind == "consensus":
                arts = {key_of.get(a, a) for a in item["articles"]}
                ok[g, r] = len(gold_arts - arts) <= 1
            else:
                ok[g, r] = key_of.get(item["article"], item["article"]) in gold_arts
    details = []
    for g, gf in enumerate(gold):
        cands = [r for r in range(len(reported)) if ok[g, r]]
        best = max(cands, key=lambda r: sims[g, r]) if cands else None
        details.append(
            {
                "fact": gf["fact"],
                "found": best is not None,
                "similarity": round(float(sims[g].max()), 3) if len(reported) else None,
                "match": reported[best]["text"] if best is not None else None,
            }
        )
    found = int(ok.any(axis=1).sum())
    matched_items = int(ok.any(axis=0).sum())
    # an item near a gold fact of its kind counts as correct for precision even if the
    # article condition fails only because the gold lists more articles
    return {
        "gold": len(gold),
        "found": found,
        "recall": round(found / len(gold), 3),
        "reported": len(reported),
        "matched_items": matched_items,
        "precision": round(matched_items / len(reported), 3) if reported else None,
        "unmatched": [reported[r]["text"] for r in range(len(reported)) if not ok[:, r].any()],
        "details": details,
    }


def timeline_recall(gold_timeline, timeline, key_of) -> dict[str, Any]:
    """A gold date is found when an entry has the same date (the gold precision) and cites
    at least one of the gold articles."""
    found = 0
    missing = []
    for g in gold_timeline:
        ok = any(
            e["date"][: len(g["date"])] == g["date"]
            and {key_of.get(a, a) for a in e["articles"]} & set(g["articles"])
            for e in timeline
        )
        found += ok
        if not ok:
            missing.append(g["date"] + " " + g.get("what", ""))
    gold_dates = {g["date"] for g in gold_timeline}
    extra = [
        e["date"]
        for e in timeline
        if not any(e["date"].startswith(d) or d.startswith(e["date"]) for d in gold_dates)
    ]
    return {
        "gold": len(gold_timeline),
        "found": found,
        "reported": len(timeline),
        "missing": missing,
        "unmatched_dates": extra,
    }


# --------------------------------------------------------------------------- evaluation


def evaluate(ctx, gold, key_of, threshold=None) -> dict[str, Any]:
    from consilience import facts
    from consilience.dates import build_timeline

    old = facts.GROUP_THRESHOLD
    if threshold is not None:
        facts.GROUP_THRESHOLD = threshold
    try:
        # cluster() reads the default at definition time; pass through build_facts' module global
        out = facts.build_facts(ctx)
    finally:
        facts.GROUP_THRESHOLD = old
    texts = {a.article.id: a.article.text for a in ctx.analyses}
    res = {
        "consensus": match_facts(
            gold.get("consensus", []), out["consensus"], texts, key_of, kind="consensus"
        ),
        "unique": match_facts(gold.get("unique", []), out["unique"], texts, key_of, kind="unique"),
        "summary": len(out["summary"]),
        "headline": out["headline"][0]["text"] if out["headline"] else None,
    }
    if gold.get("timeline"):
        res["timeline"] = timeline_recall(gold["timeline"], build_timeline(ctx)["timeline"], key_of)
    return res


def corpora():
    """(name, ctx, gold, key_of) for each gold set present."""
    out = []
    arts = seed_articles()
    gold = seeds_gold()
    if arts and gold:
        ctx = build_context(arts)
        out.append(("seeds", ctx, gold, {a.id: a.id for a in arts}))
    gold = load_gold("demo")
    if gold:
        arts = demo_articles()
        if arts:
            ctx = build_context(arts)
            out.append(("demo", ctx, gold, {a.id: gold_key(a) for a in arts}))
    gold = load_gold("fixtures")
    if gold:
        arts = fixture_articles()
        if arts:
            ctx = build_context(arts)
            out.append(("fixtures", ctx, gold, {a.id: gold_key(a) for a in arts}))
    return out


def _line(name, part, r):
    return (
        f"{name:9s} {part:10s} recall {r['found']}/{r['gold']} = {r['recall']}"
        f"  precision {r.get('matched_items', 0)}/{r['reported']} = {r['precision']}"
    )


def main(sweep: bool = False) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    import time

    from consilience.dates import build_timeline
    from consilience.facts import build_facts

    for name, ctx, gold, key_of in corpora():
        res = evaluate(ctx, gold, key_of)
        t0 = time.perf_counter()
        build_facts(ctx)
        t1 = time.perf_counter()
        build_timeline(ctx)
        t2 = time.perf_counter()
        res["seconds"] = {"build_facts": round(t1 - t0, 2), "build_timeline": round(t2 - t1, 2)}
        figures[name] = res
        print(_line(name, "consensus", res["consensus"]))
        print(_line(name, "unique", res["unique"]))
        if "timeline" in res:
            t = res["timeline"]
            print(
                f"{name:9s} timeline   recall {t['found']}/{t['gold']}  entries {t['reported']}  missing {t['missing']}"
            )
        print(f"{name:9s} summary    {res['summary']} items; headline: {res['headline']!r}")
        print(f"{name:9s} seconds    {res['seconds']}")
        if sweep:
            for th in (0.40, 0.45, 0.50, 0.55, 0.60):
                r = evaluate(ctx, gold, key_of, threshold=th)
                print(
                    f"   threshold {th:.2f}: "
                    + _line(name, "consensus", r["consensus"])
                    + " | "
                    + _line("", "unique", r["unique"])
                )
    return figures


def grid(thresholds=(0.40, 0.45, 0.50, 0.55), margins=(0.0, 0.05, 0.10)) -> None:
    """Calibration: recall/precision of consensus and unique per (threshold, margin)."""
    from consilience import facts

    data = corpora()
    old = (facts.GROUP_THRESHOLD, facts.MEMBER_MARGIN)
    try:
        for th in thresholds:
            for mg in margins:
                facts.GROUP_THRESHOLD, facts.MEMBER_MARGIN = th, mg
                cells = []
                for name, ctx, gold, key_of in data:
                    r = evaluate(ctx, gold, key_of)
                    c, u = r["consensus"], r["unique"]
                    cells.append(
                        f"{name}: C {c['found']}/{c['gold']} p{c['precision']} U {u['found']}/{u['gold']} p{u['precision']}"
                    )
                print(f"th={th:.2f} margin={mg:.2f} | " + " | ".join(cells))
    finally:
        facts.GROUP_THRESHOLD, facts.MEMBER_MARGIN = old


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sweep", action="store_true", help="also sweep the grouping threshold")
    ap.add_argument("--details", action="store_true", help="print per-fact details")
    ap.add_argument("--grid", action="store_true", help="calibration grid (threshold x margin)")
    args = ap.parse_args()
    if args.grid:
        grid()
        raise SystemExit(0)
    figs = main(sweep=args.sweep)
    if args.details:
        print(
            json.dumps(
                {k: {p: v[p] for p in ("consensus", "unique")} for k, v in figs.items()}, indent=1
            )
        )
