"""Claims benchmark: is every consensus item stated by the sentences it cites?

    python bench/claims_bench.py          # precision, recall, unique check, statement conflicts
    python bench/claims_bench.py --fit    # weights fitted on demo+fixtures, seeds held out
    python bench/claims_bench.py --cache /tmp/ctx   # reuse story contexts between runs

Gold (every claim that two or more articles state, with exact support strings per article):
``../shared/gold/seeds_claims.json`` (the seeds), ``bench/annotations/demo_claims.json`` (the
demo corpus) and ``bench/annotations/claims_fixtures.json`` (small stories with their text).

Scoring, as the issue defines it:

* a consensus item is **faithful** when one gold claim covers all its citations: each cited
  span overlaps a support string of that claim in that article by at least half of the
  shorter of the two; **precision** = faithful items / items;
* **recall** = gold claims stated by three or more articles that some faithful item covers,
  over those claims; printed beside it, **recall(reachable)** over the gold claims the
  consensus rule can reach (stated by two or more articles resting on at least half of the
  story's independent sources, :func:`reachable_claims`): a claim three near-copies of one
  wire story state is in the first and not in the second;
* **unique check** = unique items whose citation overlaps (by half the shorter) a support
  string of any gold claim of its article, over unique items (lower is better);
* **statement conflicts** found: a ``fact`` conflict citing the gold readings of two
  articles.
* **headline+summary** lines: **faithful** when one gold claim covers all their citations
  (as for consensus items); **tight** when, besides, at least ``TIGHT_SHARE`` of the line's
  text lies inside support strings of the claims all its citations state (the line says no
  more than each cited clause: not "failed on Sunday after a week of rain" when one cited
  article says only "failed on Sunday").

Which figures are tuned on: the logistic weights of ``align.alignment_score`` are fitted
(``--fit``) on the candidate pairs of the demo and fixture stories only; ``--fit`` prints
pair precision/recall on them (train) and on the seeds (held out). The grouping rules and
thresholds (``PAIR_PROBABILITY``, the actor rules) were chosen looking at all three sets,
so no set here is fully unseen: the held-out real news of the issue is the honest test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import corpora  # noqa: E402
import ctx_cache  # noqa: E402

#: ``--cache DIR``: story contexts are pickled there between runs (bench/ctx_cache.py)
CACHE: Path | None = None


def locate(text: str, support: str) -> tuple[int, int] | None:
    """Character span of ``support`` in ``text`` (exact, else whitespace-folded)."""
    k = text.find(support)
    if k >= 0:
        return k, k + len(support)
    import re

    pattern = r"\s+".join(re.escape(w) for w in support.split())
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def support_spans(gold: dict[str, Any], texts: dict[str, str]) -> dict[str, dict[str, list]]:
    """gold claim id -> gold article key -> [(start, end)] in the article's stored text."""
    out: dict[str, dict[str, list]] = {}
    for claim in gold.get("claims", []):
        for key, strings in claim["support"].items():
            if key not in texts:
                continue
            for s in strings:
                span = locate(texts[key], s)
                if span is not None:
                    out.setdefault(claim["id"], {}).setdefault(key, []).append(span)
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= min(a[1] - a[0], b[1] - b[0])


def claims_of_citation(spans, key: str, cite: tuple[int, int]) -> set[str]:
    return {cid for cid, per in spans.items() for s in per.get(key, []) if _overlaps(s, cite)}


def gold_sources(ctx, claim: dict[str, Any], texts: dict[str, str], key_of) -> int:
    """Independent sources (``provenance.independent_sources``) of the articles stating a
    gold claim, its support strings taken as the citations (as consensus counts a group's
    clauses). ``key_of``: article id -> the gold's article key."""
    from consilience.provenance import independent_sources

    id_of = {k: a for a, k in key_of.items()}
    cites = []
    for key, strings in claim["support"].items():
        for s in strings:
            span = locate(texts[key], s) if key in texts and key in id_of else None
            if span is not None:
                cites.append({"article": id_of[key], "start": span[0], "end": span[1]})
    arts = sorted({c["article"] for c in cites})
    return independent_sources(ctx, arts, cites)


def reachable_claims(ctx, gold: dict[str, Any], texts: dict[str, str], key_of) -> set[str]:
    """Ids of the gold claims the consensus rule can reach: stated by two or more articles
    whose support rests on at least ``max(2, ceil(story sources / 2))`` independent sources
    (the story's sources as ``consensus._consensus`` counts them)."""
    import math

    from consilience.provenance import independent_sources

    need = max(2, math.ceil(independent_sources(ctx, [a.article.id for a in ctx.analyses]) / 2))
    return {
        c["id"]
        for c in gold.get("claims", [])
        if len(c["support"]) >= 2 and gold_sources(ctx, c, texts, key_of) >= need
    }


def score(
    brief: dict[str, Any],
    gold: dict[str, Any],
    texts: dict[str, str],
    key_of,
    reachable: set[str] | None = None,
) -> dict:
    """Precision, recall, unique check and statement conflicts of one brief (module doc);
    with ``reachable`` (:func:`reachable_claims`), recall over those gold claims too."""
    spans = support_spans(gold, texts)
    n_arts = {c["id"]: len(c["support"]) for c in gold.get("claims", [])}
    faithful, covered, wrong = 0, set(), []
    for item in brief["consensus"]:
        common: set[str] | None = None
        for c in item["citations"]:
            got = claims_of_citation(spans, key_of[c["article"]], (c["start"], c["end"]))
            common = got if common is None else common & got
        if common:
            faithful += 1
            covered |= common
        else:
            wrong.append(item["text"][:100])
    big = {cid for cid, n in n_arts.items() if n >= 3}
    unique_hits = [
        u["text"][:80]
        for u in brief["unique"]
        if claims_of_citation(
            spans, key_of[u["article"]], (u["citation"]["start"], u["citation"]["end"])
        )
    ]
    n = len(brief["consensus"])
    reach = {
        "reach_found": len(covered & reachable) if reachable is not None else None,
        "reach_gold": len(reachable) if reachable is not None else None,
    }
    return reach | {
        "items": n,
        "faithful": faithful,
        "precision": round(faithful / n, 3) if n else None,
        "recall_found": len(covered & big),
        "recall_gold": len(big),
        "recall": round(len(covered & big) / len(big), 3) if big else None,
        "unique": len(brief["unique"]),
        "unique_in_gold": len(unique_hits),
        "unique_check": round(len(unique_hits) / len(brief["unique"]), 3)
        if brief["unique"]
        else 0.0,
        "statement_conflicts": _conflicts_found(brief, gold, texts, key_of),
        **line_faithfulness(brief, spans, texts, key_of),
        "not_faithful": wrong,
        "unique_stated_elsewhere": unique_hits,
    }


#: a headline or summary line is tight when this share of its characters lies inside
#: support strings of the gold claims every one of its citations states
TIGHT_SHARE = 0.8


def line_faithfulness(brief, spans, texts: dict[str, str], key_of) -> dict[str, int]:
    """Headline and summary lines: ``lines``, ``lines_faithful`` (one gold claim covers
    every citation, as for consensus items) and ``lines_tight`` (faithful, and at least
    ``TIGHT_SHARE`` of the line's text, located in a cited article, lies inside support
    strings of the claims all its citations state: the line says no more than every
    cited clause says)."""
    out = {"lines": 0, "lines_faithful": 0, "lines_tight": 0}
    for line in [*brief.get("headline", []), *brief.get("summary", [])]:
        out["lines"] += 1
        common = None
        for c in line["citations"]:
            got = claims_of_citation(spans, key_of[c["article"]], (c["start"], c["end"]))
            common = got if common is None else common & got
        if not common:
            continue
        out["lines_faithful"] += 1
        out["lines_tight"] += _tight(line, common, spans, texts, key_of)
    return out


def _tight(line, common: set[str], spans, texts: dict[str, str], key_of) -> bool:
    for c in line["citations"]:
        key = key_of[c["article"]]
        at = texts[key].find(line["text"])
        if at < 0:
            continue
        inside = set()
        for cid in common:
            for s, e in spans.get(cid, {}).get(key, []):
                inside.update(range(max(s, at), min(e, at + len(line["text"]))))
        return len(inside) >= TIGHT_SHARE * len(line["text"])
    return False


def _conflicts_found(brief, gold, texts, key_of) -> str:
    golds = gold.get("statement_conflicts", [])
    found = 0
    for g in golds:
        want = {k: locate(texts[k], s) for k, s in g["readings"].items() if k in texts}
        for c in brief["conflicts"]:
            if c.get("kind") != "fact":
                continue
            hit = {
                key_of[r["citation"]["article"]]
                for r in c["readings"]
                if want.get(key_of[r["citation"]["article"]])
                and _overlaps(
                    want[key_of[r["citation"]["article"]]],
                    (r["citation"]["start"], r["citation"]["end"]),
                )
            }
            if len(hit) >= 2:
                found += 1
                break
    return f"{found}/{len(golds)}"


# --------------------------------------------------------------------------- corpora


def fixture_stories() -> list[tuple[str, list, dict]]:
    """(name, articles, gold) per story of ``bench/annotations/claims_fixtures.json``."""
    from consilience.model import Article

    data = corpora.load_gold("claims_fixtures")
    if not data:
        return []
    out = []
    for story in data["stories"]:
        arts = [
            Article(
                id=a["key"],
                source=a["key"] + ".txt",
                text=a["text"],
                title=a.get("title"),
                outlet=a.get("outlet"),
                published=a.get("published") or story.get("published"),
            )
            for a in story["articles"]
        ]
        out.append((story["id"], arts, story))
    return out


def sets() -> list[tuple[str, list, dict, dict]]:
    """(name, articles, claims gold, key_of) for each gold set present."""
    out = []
    shared = corpora.shared_dir()
    arts = corpora.seed_articles()
    if arts and shared is not None and (shared / "gold" / "seeds_claims.json").is_file():
        gold = json.loads((shared / "gold" / "seeds_claims.json").read_text(encoding="utf-8"))
        out.append(("seeds", arts, gold, {a.id: a.id for a in arts}))
    gold = corpora.load_gold("demo_claims")
    if gold:
        arts = corpora.demo_articles()
        out.append(("demo", arts, gold, {a.id: corpora.gold_key(a) for a in arts}))
    for name, arts, gold in fixture_stories():
        out.append((f"fixture {name}", arts, gold, {a.id: a.id for a in arts}))
    return out


def brief_of(arts) -> dict[str, Any]:
    from consilience.brief import build_brief

    return build_brief(ctx_cache.context(arts, CACHE))


def evaluate_all(verbose: bool = False) -> dict[str, Any]:
    """Score every gold set; prints one line per set and one for all fixture stories."""
    results: dict[str, Any] = {}
    for name, arts, gold, key_of in sets():
        from consilience.brief import build_brief

        ctx = ctx_cache.context(arts, CACHE)
        brief = build_brief(ctx)
        texts = {key_of[a.id]: a.text for a in arts}
        keys = {a.id: key_of[a.id] for a in arts}
        res = score(brief, gold, texts, keys, reachable_claims(ctx, gold, texts, keys))
        results[name] = res
        print(_line(name, res), flush=True)
        if verbose:
            for t in res["not_faithful"]:
                print(f"    not faithful: {t}")
            for t in res["unique_stated_elsewhere"]:
                print(f"    unique but stated elsewhere: {t}")
    fixtures = [r for name, r in results.items() if name.startswith("fixture")]
    if fixtures:
        results["fixtures"] = _total(fixtures)
        print(_line("fixtures (all)", results["fixtures"]))
    return results


def _total(rows: list[dict[str, Any]]) -> dict[str, Any]:
    t = {k: sum(r[k] for r in rows) for k in ("items", "faithful", "recall_found", "recall_gold")}
    if all(r.get("reach_gold") is not None for r in rows):
        t.update({k: sum(r[k] for r in rows) for k in ("reach_found", "reach_gold")})
    t.update(
        unique=sum(r["unique"] for r in rows), unique_in_gold=sum(r["unique_in_gold"] for r in rows)
    )
    found = sum(int(r["statement_conflicts"].split("/")[0]) for r in rows)
    gold = sum(int(r["statement_conflicts"].split("/")[1]) for r in rows)
    t["precision"] = round(t["faithful"] / t["items"], 3) if t["items"] else None
    t["recall"] = round(t["recall_found"] / t["recall_gold"], 3) if t["recall_gold"] else None
    t["unique_check"] = round(t["unique_in_gold"] / t["unique"], 3) if t["unique"] else 0.0
    t["statement_conflicts"] = f"{found}/{gold}"
    t.update(
        {k: sum(r.get(k, 0) for r in rows) for k in ("lines", "lines_faithful", "lines_tight")}
    )
    return t


def _reach(r: dict[str, Any]) -> str:
    """Recall over the gold claims the consensus rule can reach, when computed."""
    if r.get("reach_gold") is None:
        return ""
    found, gold = r["reach_found"], r["reach_gold"]
    return f"  recall(reachable: >=half the sources, >=2) {found}/{gold} = " + (
        f"{found / gold:.3f}" if gold else "None"
    )


def _line(name: str, r: dict[str, Any]) -> str:
    return (
        f"{name:14s} consensus precision {r['faithful']}/{r['items']} = {r['precision']}"
        f"  recall(>=3 articles) {r['recall_found']}/{r['recall_gold']} = {r['recall']}"
        f"{_reach(r)}"
        f"  unique {r['unique']} (stated elsewhere {r['unique_in_gold']} = {r['unique_check']})"
        f"  statement conflicts {r['statement_conflicts']}"
        f"  headline+summary faithful {r.get('lines_faithful')}/{r.get('lines')}"
        f" tight {r.get('lines_tight')}/{r.get('lines')}"
    )


# --------------------------------------------------------------------------- fitting


TRAIN = ("demo", "fixture")  # sets whose pairs fit the weights; the seeds are held out


def labelled_pairs() -> dict[str, list[tuple[dict[str, float], bool]]]:
    """set name -> (features, same gold claim) of every pair of claims of different
    articles that both overlap gold support strings, are :func:`align.compatible` and reach
    ``ALIGN_COSINE`` (the pairs the model weighs; the candidate rules filter further)."""
    import numpy as np

    from consilience import align

    out: dict[str, list[tuple[dict[str, float], bool]]] = {}
    for name, arts, gold, key_of in sets():
        ctx = ctx_cache.context(arts, CACHE)
        nodes, vecs = align.story_nodes(ctx)
        texts = {key_of[a.id]: a.text for a in arts}
        spans = support_spans(gold, texts)
        labels = [
            claims_of_citation(spans, key_of[n.claim.article], (n.claim.start, n.claim.end))
            for n in nodes
        ]
        sim = (vecs @ vecs.T).astype(np.float64)
        rows = out.setdefault(name.split()[0], [])
        for i in range(len(nodes)):
            for j in range(i + 1, len(nodes)):
                cos = float(sim[i, j])
                a, b = nodes[i], nodes[j]
                if not (labels[i] and labels[j]) or a.claim.article == b.claim.article:
                    continue
                if cos < align.ALIGN_COSINE or not align.compatible(a.claim, b.claim):
                    continue
                feats = align.pair_features(nodes[i], nodes[j], cos)
                rows.append((feats, bool(labels[i] & labels[j])))
    return out


def _pair_figures(rows, weights: dict[str, float], bias: float) -> str:
    import math

    from consilience import align

    tp = fp = fn = 0
    for feats, same in rows:
        z = bias + sum(weights[k] * feats[k] for k in align.FEATURES)
        got = 1.0 / (1.0 + math.exp(-z)) >= align.ALIGN_PROBABILITY
        tp += got and same
        fp += got and not same
        fn += (not got) and same
    p = tp / (tp + fp) if tp + fp else 0.0
    ap = _average_precision(rows, weights, bias)
    return (
        f"pairs {len(rows):4d} positive {tp + fn:4d} precision {p:.3f} recall"
        f" {tp / max(1, tp + fn):.3f} average precision {ap:.3f}"
    )


def _average_precision(rows, weights: dict[str, float], bias: float) -> float:
    """Average precision of the pair ranking (threshold-free: compares two models at every
    operating point, where precision/recall above depend on ``ALIGN_PROBABILITY``)."""
    from sklearn.metrics import average_precision_score

    from consilience import align

    if not any(same for _, same in rows):
        return 0.0
    z = [bias + sum(weights[k] * f[k] for k in align.FEATURES) for f, _ in rows]
    return float(average_precision_score([same for _, same in rows], z))


def fit() -> None:
    """Fit the logistic weights of :func:`align.alignment_score` on the candidate pairs of
    the train sets (:data:`TRAIN`: demo and fixtures) and print pair precision/recall at
    ``ALIGN_PROBABILITY`` of the current and the refitted weights per set; the seeds are
    held out. Copy the printed weights into ``align.WEIGHTS`` only when the held-out
    figures do not drop."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from consilience import align

    by_set = labelled_pairs()
    train = [r for name, rows in by_set.items() if name in TRAIN for r in rows]
    x = np.array([[f[k] for k in align.FEATURES] for f, _ in train])
    y = np.array([same for _, same in train])
    model = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    weights = {k: round(float(w), 3) for k, w in zip(align.FEATURES, model.coef_[0], strict=True)}
    bias = round(float(model.intercept_[0]), 3)
    print(f"fitted on {', '.join(TRAIN)}: {len(train)} pairs")
    print(f"WEIGHTS = {weights}\nBIAS = {bias}")
    for name, rows in sorted(by_set.items()):
        split = "train" if name in TRAIN else "held out"
        print(f"{name:8s} ({split:8s}) current {_pair_figures(rows, align.WEIGHTS, align.BIAS)}")
        print(f"{name:8s} ({split:8s}) refit   {_pair_figures(rows, weights, bias)}")


def covered_claims(brief, gold, texts, key_of) -> set[str]:
    """Ids of the gold claims a faithful consensus item of ``brief`` covers: every citation
    of the item overlaps a support string of the claim (as :func:`score` counts recall).
    ``key_of``: article id -> the gold's article key."""
    spans = support_spans(gold, texts)
    out: set[str] = set()
    for item in brief["consensus"]:
        common = None
        for c in item["citations"]:
            got = claims_of_citation(spans, key_of[c["article"]], (c["start"], c["end"]))
            common = got if common is None else common & got
        out |= common or set()
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    argv = sys.argv[1:] if argv is None else argv
    global CACHE
    if "--cache" in argv:
        CACHE = Path(argv[argv.index("--cache") + 1])
    if "--fit" in argv:
        fit()
        return {}
    return evaluate_all(verbose="-v" in argv)


if __name__ == "__main__":
    main()
