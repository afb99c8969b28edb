"""Story folders grouped with and without entity anchors, from one ingest.

    python bench/story_folders_anchor_bench.py            # held-out s5-s8 + real-style sets
    python bench/story_folders_anchor_bench.py --set bench/annotations/heldout_s8

bench/story_folders_bench.py ingests every folder into a store of its own, then all of them
into one (each article analysed twice). This bench ingests all folders once (the CLI's
path: read, normalise, analyse, embed, the store's story items) and clusters the stored
items (:func:`consilience.stories.cluster`, as ``consilience stories`` does) two ways: the
anchor evidence off (``anchor_bar`` 9, ``anchor_veto`` 0: the grouping before it) and at the
defaults. Clustering a folder's items alone equals ingesting it alone (items are per
article; document frequencies come from the items clustered). Printed per folder: stories
off / on (``1`` is right); then B-cubed P/R/F1 of all folders in one store, both ways.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from story_folders_bench import articles, folders  # noqa: E402

from consilience import pipeline  # noqa: E402
from consilience import stories as st  # noqa: E402
from consilience.store import Store  # noqa: E402

SETS = ["heldout_s5", "heldout_s6", "heldout_s7", "heldout_s8", "claims_heldout_s4",
        "realstyle_s4", "realstyle_s5"]  # fmt: skip
OFF = replace(st.Params(), anchor_bar=9.0, anchor_veto=0.0)


def stored_items(paths: list[Path], db: str) -> tuple[list[st.StoryItem], dict[str, str]]:
    """Ingest ``paths`` into a new store: (its story items, {article id: source path})."""
    with Store(db) as store:
        pipeline.ingest(store, [str(p) for p in paths])
        heads = list(store.articles())
        items = pipeline.story_items(store, [a.id for a in heads])
    return items, {a.id: a.source for a in heads}


def n_stories(items: list[st.StoryItem], params: st.Params) -> int:
    return len(st.cluster(items, params=params))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", help="a set folder (repeatable)")
    args = ap.parse_args(argv)
    set_dirs = [Path(s) for s in args.set] if args.set else [HERE / "annotations" / s for s in SETS]
    dirs = folders(set_dirs)
    paths = [p for d in dirs for p in articles(d)]
    with tempfile.TemporaryDirectory() as tmp:
        items, source = stored_items(paths, f"{tmp}/all.db")
    folder_of = {str(p): str(p.parent) for p in paths}
    by_folder: dict[str, list[st.StoryItem]] = {}
    for it in items:
        by_folder.setdefault(folder_of.get(source[it.id], "?"), []).append(it)
    split = {"off": 0, "on": 0}
    for d in dirs:
        its = by_folder.get(str(d), [])
        off, on = n_stories(its, OFF), n_stories(its, st.Params())
        split["off"] += off > 1
        split["on"] += on > 1
        print(f"{d.parent.name}/{d.name:<24} articles {len(its):>2}  stories off {off} on {on}")
    print(f"folders split when grouped alone: off {split['off']}, on {split['on']} of {len(dirs)}")
    gold = {it.id: folder_of.get(source[it.id], "?") for it in items}
    for name, params in (("off", OFF), ("on", st.Params())):
        found = st.cluster(items, params=params)
        p, r, f = st.bcubed(st.labels_of(found), gold)
        print(f"all {len(dirs)} folders, anchors {name}: {len(found)} stories, "
              f"B-cubed P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
