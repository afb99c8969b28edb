"""Story grouping of later ingests: every held-out set's articles added to a store's index
in several ingests instead of one (session 11, issue #12 item 21).

    python bench/story_incremental_bench.py --cache /tmp/sets   # stores of story_sets_bench
    python bench/story_incremental_bench.py --cache /tmp/sets --no-settle   # as before

A store clusters its first ingest as a batch (:func:`consilience.stories.cluster_index`)
and adds later ingests to the index (:meth:`consilience.stories.StoryIndex.add`, which
settles the new articles with the batch's refinement passes). Per set, three schedules:
``batch`` (one ingest), ``folders`` (one ingest per story folder, in folder order) and
``single`` (one ingest per article, in a fixed shuffled order, seed 7). Each row prints
B-cubed precision / recall / F1 against the folders, events split and stories mixing
events, as bench/story_sets_bench.py does.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import story_sets_bench as ssb  # noqa: E402

from consilience import stories as st  # noqa: E402


def schedules(items: list, gold: dict[str, str]) -> dict[str, list[list]]:
    """The ingests (lists of items) of each schedule."""
    by_folder: dict[str, list] = {}
    for it in items:
        by_folder.setdefault(gold.get(it.id, "?"), []).append(it)
    single = sorted(items, key=lambda it: it.id)
    random.Random(7).shuffle(single)
    return {
        "batch": [items],
        "folders": [by_folder[k] for k in sorted(by_folder)],
        "single": [[it] for it in single],
    }


def grouped(ingests: list[list], settle: bool = True) -> list:
    """The stories after the ingests: the first clustered as a batch, the rest added
    (``settle`` False: added without the settle pass, as before session 11)."""
    index = st.cluster_index(ingests[0])
    for batch in ingests[1:]:
        index.add(batch, settle=settle)
    return index.to_stories()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, required=True, help="story_sets_bench --cache DIR")
    ap.add_argument("--root", type=Path, default=HERE / "annotations")
    ap.add_argument("--no-settle", action="store_true", help="later ingests only add (before)")
    args = ap.parse_args()
    for set_dir in ssb.heldout_sets(args.root):
        items, gold = ssb.set_items(set_dir, args.cache / f"{set_dir.name}.db")
        for name, ingests in schedules(items, gold).items():
            found = grouped(ingests, settle=not args.no_settle)
            ssb.report(f"{set_dir.name[8:]} {name}", found, gold)


if __name__ == "__main__":
    main()
