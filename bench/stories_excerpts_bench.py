"""Story clustering of undated, title-less excerpts: B-cubed P/R/F1 and split events.

    python bench/stories_excerpts_bench.py             # all sets, current Params
    python bench/stories_excerpts_bench.py --no-join   # the same without the undated join
    python bench/stories_excerpts_bench.py --tune      # grid search on odd ECB+ excerpts
    python bench/stories_excerpts_bench.py --no-ecb    # only the written excerpts

Sets, each clustered from StoryItems of the CLI path (spaCy analysis + sentence vectors ->
``stories.item_from_analysis`` -> ``stories.cluster``), with no titles and no dates:

* written: ``tests/fixtures/stories/excerpts.jsonl``, excerpts written for this project as
  different outlets would, 3-5 per event; pairs of events share a town, a person or a port
  (a bridge collapse and a chemical fire in one town with the same mayor, a minister in two
  affairs...), so merging them is a visible error; and ``excerpts_anchored.jsonl`` (4 events,
  each excerpt naming one or two of its event's names or figures; two events share an
  island, two a governor); and ``bench/annotations/stories_excerpts_heldout.jsonl`` (5
  events, 16 excerpts; full names in one excerpt, short in another, shared figures; two
  events share a town and its mayor, two a police chief), written after the parameters
  were fixed and fitted on nothing;
* ECB+ excerpts: every article of ``../shared/datasets/ecbplus/articles.jsonl`` with its
  title dropped and cut to an excerpt of about ``EXCERPT_CHARS`` characters of whole
  sentences, starting at a sentence chosen by a hash of the id (so not always the lead);
  all topics, then the odd (where ``--tune`` fits) and even halves;
* ECB+ full articles with their titles dropped (undated already): long title-less texts,
  which the join must leave to the centroids (only texts of at most ``thin_terms`` top
  terms take part); their vectors are those of ``stories_bench.py --mode pipeline``.

Printed per set: stories, gold events, B-cubed P/R/F1 against the events, and how many
events of two or more excerpts were split over several stories. Item vectors of the ECB+
excerpts are cached under bench/.cache/ (gitignored).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import re
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

from stories_bench import CACHE, items_pipeline, load_rows, shared_dir, with_params  # noqa: E402

from consilience import stories as st  # noqa: E402

WRITTEN = ROOT / "tests" / "fixtures" / "stories" / "excerpts.jsonl"
ANCHORED = WRITTEN.with_name("excerpts_anchored.jsonl")
HELDOUT = HERE / "annotations" / "stories_excerpts_heldout.jsonl"
EXCERPT_CHARS = 400
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[A-Z\"“])")


def excerpt(row_id: str, text: str, max_chars: int = EXCERPT_CHARS) -> str:
    """Whole sentences of ``text`` (at least one), about ``max_chars`` long, starting at one
    of the first three sentences (chosen by a hash of ``row_id``, so deterministic)."""
    sents = [s.strip() for s in _SENT_END.split(text) if s.strip()]
    if not sents:
        return text.strip()
    start = int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % min(3, len(sents))
    out: list[str] = []
    for s in sents[start:]:
        if out and len(" ".join(out + [s])) > max_chars:
            break
        out.append(s)
    return " ".join(out)


def ecb_excerpt_rows() -> list[dict]:
    """ECB+ rows as undated, title-less excerpts: ``{id, story, title: "", text}``."""
    return [
        {"id": r["id"], "story": r["event"], "title": "", "text": excerpt(r["id"], r["text"])}
        for r in load_rows()
    ]


def _articles(rows: list[dict]) -> list:
    from consilience.model import Article

    return [Article(id=r["id"], source=r["id"], text=r["text"]) for r in rows]


def items_of(rows: list[dict], cache_tag: str | None = None) -> list[st.StoryItem]:
    """StoryItems through spaCy + sentence vectors; vectors and entities cached by tag."""
    from consilience.analyse import pipeline_version
    from consilience.embed import model_version

    if cache_tag is None:
        return st.items_from_articles(_articles(rows))
    h = hashlib.sha1("".join(r["id"] + r["text"] for r in rows).encode()).hexdigest()[:10]
    tag = f"{cache_tag}_{h}_s{st.VERSION}_{model_version()}_{pipeline_version()}".replace("/", "-")
    fv, fe = CACHE / f"{tag}.npy", CACHE / f"{tag}.json"
    if fv.exists() and fe.exists():
        vecs, ents = np.load(fv), json.loads(fe.read_text())
    else:
        t = time.time()
        items = st.items_from_articles(_articles(rows))
        vecs = np.array([it.vector for it in items], dtype=np.float32)
        ents = [st.packed_entities(it) for it in items]
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(fv, vecs)
        fe.write_text(json.dumps(ents))
        print(f"  (analysed + embedded {len(rows)} excerpts in {time.time() - t:.0f}s, cached)")
    return [
        st.StoryItem(r["id"], "", r["text"], None, v, e)
        for r, v, e in zip(rows, vecs, ents, strict=True)
    ]


def split_events(labels: dict[str, str], gold: dict[str, str]) -> tuple[int, int]:
    """(events of >= 2 items spread over several stories, events of >= 2 items)."""
    by_event: dict[str, set[str]] = defaultdict(set)
    size: dict[str, int] = defaultdict(int)
    for i, e in gold.items():
        by_event[e].add(labels[i])
        size[e] += 1
    multi = [e for e in by_event if size[e] >= 2]
    return sum(len(by_event[e]) > 1 for e in multi), len(multi)


def report(
    name: str, items: list[st.StoryItem], gold: dict[str, str], params: st.Params | None = None
) -> dict:
    """Cluster ``items``, print and return the figures."""
    stories = st.cluster(items, params=params)
    labels = st.labels_of(stories)
    p, r, f = st.bcubed(labels, gold)
    split, multi = split_events(labels, gold)
    print(
        f"  {name}: n={len(items)} stories={len(stories)} (gold events {len(set(gold.values()))})"
        f"  B-cubed P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}  events split {split} of {multi}"
    )
    return {"p": p, "r": r, "f": f, "split": split, "stories": len(stories)}


GRID = {
    "thin_alpha": [0.4, 0.45, 0.5, 0.55, 0.6],
    "thin_threshold": [0.3, 0.31, 0.32, 0.33, 0.34, 0.35, 0.36],
}


def tune(sets: dict[str, tuple[list[st.StoryItem], dict[str, str]]], drop: float) -> None:
    """Grid search of the undated-join parameters on the odd ECB+ topics: the best F1 there
    among settings that keep precision at most ``drop`` below that without the join, and
    whose neighbouring thresholds (same ``thin_alpha``) keep it too: a precision cliff (one
    merge of two events) right next to the setting would fall on it on other data. Then
    every set with the chosen parameters."""
    fit_items, fit_gold = sets["ECB+ excerpts, odd topics"]
    off = replace(st.Params(), thin_threshold=math.inf)
    p0 = st.bcubed(st.labels_of(st.cluster(fit_items, params=off)), fit_gold)[0]
    res = {}
    for a, t in itertools.product(*GRID.values()):
        params = replace(st.Params(), thin_alpha=a, thin_threshold=t)
        res[a, t] = st.bcubed(st.labels_of(st.cluster(fit_items, params=params)), fit_gold)
        p, r, f = res[a, t]
        print(f"  thin_alpha={a} thin_threshold={t}: odd P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}")
    best = _stable_best(res, p0 - drop)
    if best is None:
        print(f"  no setting keeps precision within {drop} of {p0:.3f}")
        return
    a, t = best
    print(
        f"  chosen (precision >= {p0:.3f} - {drop}, neighbours too): thin_alpha={a} thin_threshold={t}"
    )
    for name, (items, gold) in sets.items():
        report(name, items, gold, replace(st.Params(), thin_alpha=a, thin_threshold=t))


def _stable_best(res: dict, floor: float) -> tuple[float, float] | None:
    """The (alpha, threshold) of best F1 whose precision and that of its grid neighbours
    along the threshold axis are >= ``floor``; ``res``: {(alpha, threshold): (P, R, F1)}."""
    ts = GRID["thin_threshold"]
    best = None
    for (a, t), (_, _, f) in res.items():
        k = ts.index(t)
        near = [res[a, ts[j]][0] for j in (k - 1, k, k + 1) if 0 <= j < len(ts)]
        if min(near) >= floor and (best is None or f > best[0]):
            best = (f, (a, t))
    return best[1] if best else None


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-ecb", action="store_true", help="only the written excerpts")
    ap.add_argument("--tune", action="store_true", help="grid search on the odd ECB+ topics")
    ap.add_argument("--drop", type=float, default=0.02, help="precision loss allowed in --tune")
    ap.add_argument(
        "--no-join", action="store_true", help="without the undated join (the figures before it)"
    )
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="override a clustering parameter (repeatable)")  # fmt: skip
    args = ap.parse_args(argv)
    params = replace(st.Params(), thin_threshold=math.inf) if args.no_join else st.Params()
    params = with_params(params, args.param)
    print(f"undated, title-less excerpts, params: {params.to_json()}")
    sets = excerpt_sets(with_ecb=not args.no_ecb)
    for name, (items, gold) in sets.items():
        report(name, items, gold, params)
    if args.tune and "ECB+ excerpts, odd topics" in sets:
        print("tuning (odd ECB+ topics):")
        tune(sets, args.drop)


def excerpt_sets(with_ecb: bool = True) -> dict[str, tuple[list[st.StoryItem], dict[str, str]]]:
    """``{name: (items, gold labels)}``: the written excerpts, then (when ECB+ is present
    and ``with_ecb``) the ECB+ excerpts, all topics and the odd and even halves."""
    out = {}
    written = (
        ("written excerpts", WRITTEN),
        ("written, anchored", ANCHORED),
        ("written, held out (fitted on nothing)", HELDOUT),
    )
    for name, path in written:
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        out[name] = (items_of(rows), {r["id"]: r["story"] for r in rows})
    if not with_ecb or not (shared_dir() / "datasets" / "ecbplus").exists():
        return out
    rows = ecb_excerpt_rows()
    items = items_of(rows, "ecbplus_excerpts")
    out["ECB+ excerpts, all topics"] = (items, {r["id"]: r["story"] for r in rows})
    by_id = {it.id: it for it in items}
    for half, keep in (("odd", 1), ("even", 0)):
        sub = [r for r in rows if int(r["id"].split("_")[0]) % 2 == keep]
        gold = {r["id"]: r["story"] for r in sub}
        out[f"ECB+ excerpts, {half} topics"] = ([by_id[r["id"]] for r in sub], gold)
    full = load_rows()
    out["ECB+ full articles, titles dropped"] = (
        [replace(it, title="") for it in items_pipeline(full)],
        {r["id"]: r["event"] for r in full},
    )
    return out


if __name__ == "__main__":
    main()
