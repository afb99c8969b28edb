"""Story clustering benchmark: ECB+ accuracy, order agreement, and cost at 1k / 10k / 100k.

    python bench/stories_bench.py                 # accuracy + order agreement + scale
    python bench/stories_bench.py --tune          # also the parameter search on half the topics
    python bench/stories_bench.py --mode pipeline # items via spaCy + sentence vectors
    python bench/stories_bench.py --scale 1000,10000  # smaller scale run
    python bench/stories_bench.py --mode pipeline --same-day --scale ""  # all on one day

Undated, title-less excerpts (the same corpus cut down, and written ones) have their own
benchmark: bench/stories_excerpts_bench.py.

Data: ../shared/datasets/ecbplus/articles.jsonl (982 articles, 86 events, 43 topics; no
dates, no outlets). Embeddings are cached under bench/.cache/ (gitignored).

Modes (how StoryItems are built):
  doc       dense vector = embed_texts([title + lead]) (stories.lead_text); entities = the
            capitalised-word proxy (no spaCy). This is what the 100k scale run uses.
  pipeline  spaCy analysis + sentence vectors -> stories.item_from_analysis (mean of the lead
            sentence vectors + title vector; spaCy entities), i.e. what the CLI does.

Scale: the corpus is replicated with new ids; replica k is published on 2020-01-01 + 60*k days
(articles spread over 3 days by a hash of their id), so replicas are different stories. Replica
items reuse the original embeddings (to isolate the clustering cost); lexical features,
MinHash and clustering are recomputed for every replica. Each scale runs in a fresh
subprocess so peak RSS (resource.getrusage maxrss) is its own; tracemalloc peak is reported
for the clustering call (Python-level allocations, numpy included).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from consilience import stories as st  # noqa: E402

CACHE = HERE / ".cache"


def shared_dir() -> Path:
    p = ROOT.parent / "shared"
    if not p.exists() and os.environ.get("CONSILIENCE_SHARED"):
        p = Path(os.environ["CONSILIENCE_SHARED"])
    return p


def load_rows() -> list[dict]:
    path = shared_dir() / "datasets" / "ecbplus" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def _digest(rows: list[dict]) -> str:
    h = hashlib.sha1()
    for r in rows:
        h.update(r["id"].encode())
        h.update(r["text"].encode())
    return h.hexdigest()[:10]


def items_doc(rows: list[dict]) -> list[st.StoryItem]:
    from consilience.embed import embed_texts, model_version

    CACHE.mkdir(parents=True, exist_ok=True)
    f = CACHE / f"ecbplus_doc_{_digest(rows)}_{model_version()}.npy"
    if f.exists():
        vecs = np.load(f)
    else:
        t = time.time()
        vecs = embed_texts([st.lead_text(r["title"], r["text"]) for r in rows])
        np.save(f, vecs)
        print(f"  (embedded {len(rows)} leads in {time.time() - t:.0f}s, cached in {f})")
    return [
        st.StoryItem(r["id"], r["title"], r["text"], None, v)
        for r, v in zip(rows, vecs, strict=True)
    ]


def items_pipeline(rows: list[dict]) -> list[st.StoryItem]:
    from consilience.analyse import analyse, pipeline_version
    from consilience.embed import embed_texts, model_version
    from consilience.model import Article

    CACHE.mkdir(parents=True, exist_ok=True)
    tag = f"{_digest(rows)}_s{st.VERSION}_{model_version()}_{pipeline_version()}".replace("/", "-")
    fv, fe = CACHE / f"ecbplus_pipe_{tag}.npy", CACHE / f"ecbplus_pipe_{tag}.json"
    if fv.exists() and fe.exists():
        vecs = np.load(fv)
        ents = json.loads(fe.read_text())
    else:
        t = time.time()
        arts = [
            Article(id=r["id"], source=r["id"], text=r["text"], title=r["title"] or None)
            for r in rows
        ]
        analyses = list(analyse(arts))
        sents = [[s.text for s in a.doc.sents] for a in analyses]
        flat = embed_texts([s for ss in sents for s in ss])
        vecs, ents, k = [], [], 0
        for a, ss in zip(analyses, sents, strict=True):
            it = st.item_from_analysis(a, flat[k : k + len(ss)])
            k += len(ss)
            vecs.append(it.vector)
            ents.append(st.packed_entities(it))
        vecs = np.array(vecs, dtype=np.float32)
        np.save(fv, vecs)
        fe.write_text(json.dumps(ents))
        print(f"  (analysed + embedded {len(rows)} articles in {time.time() - t:.0f}s, cached)")
    return [
        st.StoryItem(r["id"], r["title"], r["text"], None, v, e)
        for r, v, e in zip(rows, vecs, ents, strict=True)
    ]


# --------------------------------------------------------------------------- metrics


def ari(a: dict, b: dict) -> float:
    """Adjusted Rand index between two labelings over the same keys."""
    from math import comb

    keys = sorted(a)
    n = len(keys)
    cont = Counter((a[k], b[k]) for k in keys)
    ca = Counter(a[k] for k in keys)
    cb = Counter(b[k] for k in keys)
    s_ij = sum(comb(v, 2) for v in cont.values())
    s_a = sum(comb(v, 2) for v in ca.values())
    s_b = sum(comb(v, 2) for v in cb.values())
    exp = s_a * s_b / comb(n, 2)
    mx = (s_a + s_b) / 2
    return 1.0 if mx == exp else (s_ij - exp) / (mx - exp)


def merged_topic_pairs(labels: dict, rows: list[dict]) -> tuple[int, int]:
    """Topics whose two events ended up (by majority) in the same story; and topics present."""
    ev = defaultdict(Counter)
    for r in rows:
        ev[r["event"]][labels[r["id"]]] += 1
    major = {e: c.most_common(1)[0][0] for e, c in ev.items()}
    topics = sorted({r["topic"] for r in rows})
    n = 0
    for t in topics:
        a, b = major.get(t + "ecb"), major.get(t + "ecbplus")
        if a is not None and a == b:
            n += 1
    return n, len(topics)


def evaluate(items, rows, params) -> dict:
    t = time.time()
    stories = st.cluster(items, params=params)
    dt = time.time() - t
    lab = st.labels_of(stories)
    ev = st.bcubed(lab, {r["id"]: r["event"] for r in rows})
    tp = st.bcubed(lab, {r["id"]: r["topic"] for r in rows})
    merged, n_topics = merged_topic_pairs(lab, rows)
    return {
        "n": len(rows),
        "stories": len(stories),
        "events": len({r["event"] for r in rows}),
        "event": ev,
        "topic": tp,
        "merged": merged,
        "topics": n_topics,
        "seconds": dt,
        "labels": lab,
    }


def fmt(res: dict) -> str:
    e, t = res["event"], res["topic"]
    return (
        f"n={res['n']:4d} stories={res['stories']:3d} (gold events {res['events']})  "
        f"event P/R/F1 {e[0]:.3f}/{e[1]:.3f}/{e[2]:.3f} (F1 {e[2]:.5f})  "
        f"topic P/R/F1 {t[0]:.3f}/{t[1]:.3f}/"
        f"{t[2]:.3f}  merged topic pairs {res['merged']}/{res['topics']}  {res['seconds']:.1f}s"
    )


def halves(rows):
    a = [r for r in rows if int(r["topic"]) % 2 == 1]
    b = [r for r in rows if int(r["topic"]) % 2 == 0]
    return a, b


GRID = {
    "alpha": [0.4, 0.5, 0.6],
    "threshold": [0.45, 0.50, 0.55],
    "merge_threshold": [0.65, 0.75],
    "orphan_threshold": [0.30, 0.40],
}


def tune(items, rows) -> None:
    """Grid search on one half of the topics (odd / even topic numbers), evaluate on the
    other: the defaults in stories.Params were chosen on the odd half."""
    by_id = {it.id: it for it in items}
    for name, (fit, test) in {"odd->even": halves(rows), "even->odd": halves(rows)[::-1]}.items():
        fit_items = [by_id[r["id"]] for r in fit]
        test_items = [by_id[r["id"]] for r in test]
        best = None
        for combo in itertools.product(*GRID.values()):
            p = replace(st.Params(), **dict(zip(GRID, combo, strict=True)))
            f = evaluate(fit_items, fit, p)["event"][2]
            if best is None or f > best[0]:
                best = (f, p)
        f_fit, p = best
        f_test = evaluate(test_items, test, p)
        print(
            f"  tune {name}: best alpha={p.alpha} threshold={p.threshold} "
            f"merge={p.merge_threshold} orphan={p.orphan_threshold} fit F1 {f_fit:.3f}\n"
            f"      -> held-out {fmt(f_test)}"
        )


def order_agreement(items, rows, params, n_orders: int) -> None:
    gold = {r["id"]: r["event"] for r in rows}
    # 1) batch cluster() on shuffled input: sorted internally, so identical by construction
    ref = st.labels_of(st.cluster(items, params=params))
    same = 0
    for k in range(n_orders):
        sh = items[:]
        random.Random(k).shuffle(sh)
        same += st.labels_of(st.cluster(sh, params=params)) == ref
    print(
        f"  cluster() on {n_orders} shuffled inputs: {same}/{n_orders} identical to the reference"
    )
    # 2) the online pass itself in random orders (StoryIndex.add without the sort), + refine
    labs, fs = [], []
    for k in range(n_orders):
        sh = items[:]
        random.Random(100 + k).shuffle(sh)
        idx = st.StoryIndex(params)
        idx.add(sh)
        idx.refine()
        lab = st.labels_of(idx.to_stories())
        labs.append(lab)
        fs.append(st.bcubed(lab, gold)[2])
    aris = [ari(a, b) for a, b in itertools.combinations(labs, 2)] or [1.0]
    bf = [st.bcubed(a, b)[2] for a, b in itertools.combinations(labs, 2)] or [1.0]
    print(
        f"  online add() in {n_orders} random orders + refine: pairwise ARI mean {np.mean(aris):.3f} "
        f"(min {min(aris):.3f}), pairwise B-cubed F1 mean {np.mean(bf):.3f} (min {min(bf):.3f}); "
        f"event F1 per order {' '.join(f'{f:.3f}' for f in fs)}"
    )
    # 3) online add() without refine: the raw order sensitivity of the single pass
    labs = []
    for k in range(n_orders):
        sh = items[:]
        random.Random(100 + k).shuffle(sh)
        idx = st.StoryIndex(params)
        idx.add(sh)
        labs.append(st.labels_of(idx.to_stories()))
    aris = [ari(a, b) for a, b in itertools.combinations(labs, 2)] or [1.0]
    print(
        f"  online add() alone (no refine): pairwise ARI mean {np.mean(aris):.3f} (min {min(aris):.3f})"
    )


def incremental(items, rows, params) -> None:
    """Batch-cluster a random half, then ingest the rest with StoryIndex.add in 5 batches (no
    refine): quality of incremental ingestion against one batch run over everything."""
    gold = {r["id"]: r["event"] for r in rows}
    sh = items[:]
    random.Random(1).shuffle(sh)
    half = len(sh) // 2
    idx = st.cluster_index(sh[:half], params=params)
    before = {i: idx.story_of(i) for i in idx.items}
    rest = sh[half:]
    step = (len(rest) + 4) // 5
    new = 0
    for k in range(0, len(rest), step):
        new += sum(a.new_story for a in idx.add(sorted(rest[k : k + step], key=st._sort_key)))
    unchanged = all(idx.story_of(i) == s for i, s in before.items())
    lab = st.labels_of(idx.to_stories())
    p, r, f = st.bcubed(lab, gold)
    print(
        f"  incremental: batch {half} + add {len(rest)} in 5 batches: event P/R/F1 "
        f"{p:.3f}/{r:.3f}/{f:.3f}, {len(idx.to_stories())} stories ({new} opened by add), "
        f"earlier assignments unchanged: {unchanged}"
    )


# --------------------------------------------------------------------------- scale


def replicate(items: list[st.StoryItem], n: int) -> list[st.StoryItem]:
    out = []
    base = date(2020, 1, 1)
    for k in range((n + len(items) - 1) // len(items)):
        for it in items:
            if len(out) >= n:
                break
            spread = int(hashlib.sha1(it.id.encode()).hexdigest(), 16) % 3
            day = base + timedelta(days=60 * k + spread)
            out.append(replace(it, id=f"r{k}:{it.id}", published=day.isoformat()))
    return out


def _cached_doc_items(rows: list[dict]) -> list[st.StoryItem]:
    """Doc items from the cache without importing the embedding model (keeps torch out of
    the scale child's memory)."""
    found = sorted(CACHE.glob(f"ecbplus_doc_{_digest(rows)}_*.npy"))
    if not found:
        return items_doc(rows)
    vecs = np.load(found[0])
    return [
        st.StoryItem(r["id"], r["title"], r["text"], None, v)
        for r, v in zip(rows, vecs, strict=True)
    ]


def scale_child(mode: str, n: int, trace: bool) -> None:
    rows = load_rows()
    items = _cached_doc_items(rows) if mode == "doc" else items_pipeline(rows)
    big = replicate(items, n)
    del items
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t, c = time.perf_counter(), time.process_time()
    stories = st.cluster(big)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak = None
    if trace:  # a second, traced run (tracemalloc slows Python several-fold)
        tracemalloc.start()
        st.cluster(big)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    ev = {r["id"]: r["event"] for r in rows}
    gold = {it.id: it.id.split(":")[0] + ":" + ev[it.id.split(":", 1)[1]] for it in big}
    f = st.bcubed(st.labels_of(stories), gold)[2]
    print(
        json.dumps(
            {"n": len(big), "seconds": dt, "cpu": cpu, "stories": len(stories), "tracemalloc_peak_mb": peak,
             "maxrss_mb": rss / 1024, "maxrss_before_mb": rss0 / 1024, "event_f1": f}
        )
    )  # fmt: skip


def scale(mode: str, sizes: list[int]) -> None:
    prev = None
    print(
        "  (replicas reuse the original embeddings, 60 days apart; entities: capitalised-word "
        "proxy; time without tracemalloc; tracemalloc peak from a second run, n <= 10k only)"
    )
    for n in sizes:
        cmd = [sys.executable, __file__, "--scale-child", str(n), "--mode", mode]
        if n <= 10_000:
            cmd.append("--trace")
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        ratio = (
            f"  x{res['cpu'] / prev['cpu']:.1f} CPU time for x{res['n'] / prev['n']:.1f} n"
            if prev
            else ""
        )
        traced = (
            f", tracemalloc peak {res['tracemalloc_peak_mb']:.0f} MB"
            if res["tracemalloc_peak_mb"] is not None
            else ""
        )
        print(
            f"  n={res['n']:6d}: CPU {res['cpu']:6.1f}s ({1000 * res['cpu'] / res['n']:.2f} ms/article)"
            f", wall {res['seconds']:6.1f}s, stories {res['stories']}, event F1 {res['event_f1']:.3f}, maxrss "
            f"{res['maxrss_before_mb']:.0f} -> {res['maxrss_mb']:.0f} MB{traced}{ratio}"
        )
        prev = res


def with_params(params: st.Params, pairs: list[str]) -> st.Params:
    """``params`` with the ``NAME=VALUE`` overrides of ``pairs`` (each VALUE read as the
    field's type: int or float)."""
    out = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        kind = type(getattr(params, name))
        out[name] = kind(float(value)) if kind is int else kind(value)
    return replace(params, **out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["doc", "pipeline"], default="doc")
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--orders", type=int, default=5)
    ap.add_argument("--scale", default="1000,10000,100000")
    ap.add_argument(
        "--same-day",
        action="store_true",
        help="date every article on one day (the event passes treat dated and undated alike "
        "but for thin excerpts; this shows them on dated input)",
    )
    ap.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a clustering parameter (repeatable), e.g. figure_keys=1000000 to "
        "switch the shared-figures pass off",
    )
    ap.add_argument("--scale-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not (shared_dir() / "datasets" / "ecbplus").exists():
        print("ECB+ not found (../shared/datasets/ecbplus); nothing to do")
        return
    if args.scale_child:
        scale_child(args.mode, args.scale_child, args.trace)
        return
    rows = load_rows()
    items = items_doc(rows) if args.mode == "doc" else items_pipeline(rows)
    if args.same_day:
        items = [replace(it, published="2020-01-01") for it in items]
    params = with_params(st.Params(), args.param)
    print(f"ECB+ ({args.mode} items), params: {params.to_json()}")
    print("  all topics:  " + fmt(evaluate(items, rows, params)))
    by_id = {it.id: it for it in items}
    for name, half in zip(("odd topics (fit) ", "even topics (test)"), halves(rows), strict=True):
        print(f"  {name}: " + fmt(evaluate([by_id[r["id"]] for r in half], half, params)))
    if args.mode == "doc":
        # the same items without dense vectors: the lexical part alone
        lex = [replace(it, vector=None) for it in items]
        print("  lexical only (no vectors):  " + fmt(evaluate(lex, rows, params)))
    if args.tune:
        tune(items, rows)
    print(f"order agreement ({args.orders} orders):")
    order_agreement(items, rows, params, args.orders)
    incremental(items, rows, params)
    if args.scale:
        print("scale (time and peak memory of stories.cluster):")
        scale(args.mode, [int(x) for x in args.scale.split(",") if x])


if __name__ == "__main__":
    main()
