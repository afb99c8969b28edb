"""Held-out stories as undated, title-less excerpts: B-cubed per set (issue #12, item 21).

    python bench/stories_heldout_excerpts_bench.py            # heldout_s5 ... heldout_s12
    python bench/stories_heldout_excerpts_bench.py --whole    # whole texts, titles dropped
    python bench/stories_heldout_excerpts_bench.py --set bench/annotations/heldout_s13

The judges of issue #12 fed "undated, title-less excerpts of one event" and saw events split.
This bench makes that input from every held-out set we may read: each article's text with
its title line and dates dropped, cut to an excerpt of about 400 characters of whole
sentences (``stories_excerpts_bench.excerpt``: a start among its first three sentences
chosen by a hash of its id) or, with ``--whole``, kept whole. Each set is clustered alone
and all sets together (one folder = one event), with the mutual-pair pass of
:mod:`consilience.story_pairs` off (``thin_pair_passes=0``) and on (the current Params).
Item vectors are cached under bench/.cache/ like the other excerpt sets.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from stories_excerpts_bench import excerpt, items_of  # noqa: E402

from consilience import stories as st  # noqa: E402
from consilience.normalise import read_articles  # noqa: E402

SETS = [HERE / "annotations" / f"heldout_s{n}" for n in range(5, 13)]


def rows_of(folder: Path, whole: bool) -> list[dict]:
    """``{id, story, text}`` per article of the set's story folders (read as a user's
    ingest reads them; the title is the reader's, so the text holds none)."""
    rows = []
    for story in sorted(p for p in folder.iterdir() if p.is_dir()):
        for art in read_articles(sorted(str(f) for f in story.glob("*.md"))):
            if not hasattr(art, "text"):
                continue
            rid = f"{folder.name}/{story.name}/{Path(art.source).stem}"
            text = art.text if whole else excerpt(rid, art.text)
            rows.append({"id": rid, "story": f"{folder.name}/{story.name}", "text": text})
    return rows


def figures(items: list[st.StoryItem], gold: dict[str, str], params: st.Params) -> str:
    labels = st.labels_of(st.cluster(items, params=params))
    p, r, f = st.bcubed(labels, gold)
    events: dict[str, set[str]] = {}
    for i, e in gold.items():
        events.setdefault(e, set()).add(labels[i])
    split = sum(len(s) > 1 for s in events.values())
    return f"{p:.3f}/{r:.3f}/{f:.3f} split {split:2d}/{len(events)}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--whole", action="store_true", help="whole texts instead of excerpts")
    ap.add_argument(
        "--set", action="append", metavar="DIR", help="a set folder (repeatable; default s5-s12)"
    )
    args = ap.parse_args(argv)
    sets = [Path(d) for d in args.set] if args.set else SETS
    off = replace(st.Params(), thin_pair_passes=0)
    on = st.Params()
    every, gold_all = [], {}
    print(f"{'set':14s} {'n':>4s}  B-cubed P/R/F1 without pairs   with pairs")
    for folder in sets:
        if not folder.exists():
            continue
        rows = rows_of(folder, args.whole)
        tag = f"heldout_{'whole' if args.whole else 'excerpts'}_{folder.name}"
        items = items_of(rows, tag)
        gold = {r["id"]: r["story"] for r in rows}
        every += items
        gold_all.update(gold)
        print(
            f"{folder.name:14s} {len(rows):4d}  {figures(items, gold, off)}   {figures(items, gold, on)}"
        )
    print(
        f"{'all':14s} {len(every):4d}  {figures(every, gold_all, off)}   {figures(every, gold_all, on)}"
    )


if __name__ == "__main__":
    main()
