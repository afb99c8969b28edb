"""Entity anchors in story grouping: ECB+ with and without them (pipeline items).

    python bench/stories_anchor_bench.py          # anchors off / on, dated as given and one day

Items: the pipeline items of bench/stories_bench.py when its cache for the current story
code is under bench/.cache (``--mode pipeline``: spaCy, claims, all sentence vectors); else,
with ``--lite``, the newest cached pipeline items of any earlier story code (vectors,
entities and event keys as that code made them) with anchors added: each article's first
1,500 characters analysed and its sentences embedded (cached as ``ecbplus_anchors_*``). The
comparison is between the two parameter sets on the same items. Clusters ECB+ four ways: the anchor pass and
the anchor veto off (``anchor_bar`` 9, ``anchor_veto`` 0) or at their defaults, with the
articles undated as ECB+ gives them or all dated one day (``--same-day`` of stories_bench:
every story pair is then a same-day pair). A row per variant gives event B-cubed
precision / recall / F1 (:func:`consilience.stories.bcubed`) over all 43 topics, then the
odd and even halves. ``--grid`` also tries a few anchor settings on the odd topics.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import stories_bench as sb  # noqa: E402

from consilience import stories as st  # noqa: E402

OFF = {"anchor_bar": 9.0, "anchor_veto": 0.0}
LITE_CHARS = 1500


def lite_items(rows: list[dict]) -> list[st.StoryItem]:
    """Cached pipeline items of the newest earlier story code, with anchors added."""
    import numpy as np

    from consilience.boilerplate import article_spans
    from consilience.embed import embed_texts, model_version
    from consilience.model import Article

    cached = sorted(sb.CACHE.glob(f"ecbplus_pipe_{sb._digest(rows)}_s*.json"))
    if not cached:
        raise SystemExit("no cached pipeline items: run stories_bench.py --mode pipeline")
    ents = json.loads(cached[-1].read_text())
    vecs = np.load(cached[-1].with_suffix(".npy"))
    print(f"  items of {cached[-1].name}")
    f = sb.CACHE / f"ecbplus_anchors_{sb._digest(rows)}_{model_version()}.json".replace("@", "-")
    if f.exists():
        anchors = json.loads(f.read_text())
    else:
        from consilience.analyse import analyse

        arts = [Article(id=r["id"], source=r["id"], text=_cut(r["text"])) for r in rows]
        anchors = []
        for a in analyse(arts):
            sents = list(a.doc.sents)
            sv = embed_texts([x.text for x in sents])
            found = st._anchors(sents, sv, article_spans(a.article))
            anchors.append({k: st.encode_anchor(v) for k, v in sorted(found.items())})
        f.write_text(json.dumps(anchors))
    return [
        st.StoryItem(r["id"], r["title"], r["text"], None, v, e,
                     anchors={k: st.decode_anchor(x) for k, x in a.items()} or None)
        for r, v, e, a in zip(rows, vecs, ents, anchors, strict=True)
    ]  # fmt: skip


def _cut(text: str) -> str:
    return text if len(text) <= LITE_CHARS else text[:LITE_CHARS].rsplit(" ", 1)[0]


def run(items, rows, params: st.Params, label: str) -> None:
    """Print one row per half for ``params``."""
    by_id = {it.id: it for it in items}
    res = sb.evaluate(items, rows, params)
    print(f"  {label:28s} all  {sb.fmt(res)}")
    for name, half in zip(("odd ", "even"), sb.halves(rows), strict=True):
        r = sb.evaluate([by_id[x["id"]] for x in half], half, params)
        print(f"  {'':28s} {name} {sb.fmt(r)}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--lite", action="store_true", help="earlier cached items + anchors")
    args = ap.parse_args(argv)
    if not (sb.shared_dir() / "datasets" / "ecbplus").exists():
        print("ECB+ not found (../shared/datasets/ecbplus); nothing to do")
        return
    rows = sb.load_rows()
    items = lite_items(rows) if args.lite else sb.items_pipeline(rows)
    one_day = [replace(it, published="2020-01-01") for it in items]
    base = st.Params()
    for name, its in (("undated", items), ("one day", one_day)):
        print(f"ECB+ pipeline items, {name}:")
        run(its, rows, replace(base, **OFF), "anchors off")
        run(its, rows, base, "anchors on (defaults)")
    if args.grid:
        odd = sb.halves(rows)[0]
        ids = {r["id"] for r in odd}
        for name, its in (("undated", items), ("one day", one_day)):
            sub = [it for it in its if it.id in ids]
            for bar in (0.4, 0.45, 0.5):
                for veto in (0.0, 0.3, 0.35, 0.4):
                    for size in (1, 2):
                        p = replace(base, anchor_bar=bar, anchor_veto=veto, anchor_size=size)
                        r = sb.evaluate(sub, odd, p)
                        print(f"  odd {name} bar {bar} veto {veto} size {size}: {sb.fmt(r)}")


if __name__ == "__main__":
    main()
