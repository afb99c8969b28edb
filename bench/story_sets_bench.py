"""Story grouping of every held-out set, all of a set's articles in one store (issue #12, item 21).

    python bench/story_sets_bench.py                       # every bench/annotations/heldout_sN
    python bench/story_sets_bench.py --cache /tmp/sets     # keep the stores (re-runs skip ingest)
    python bench/story_sets_bench.py --set bench/annotations/heldout_s9 --diag

A user puts the articles of several events into one store (``consilience ingest
heldout_sN/*/*.md --db X``) and lists its stories (``consilience stories --db X``). Each
story folder of a held-out set holds the articles of ONE event, so the right answer is one
story per folder. Per set, this bench ingests the set's articles into a store of their own
(the CLI's path: read, normalise, analyse, embed, store the story items), clusters the stored
items as a batch (:func:`consilience.stories.cluster`, what a store indexed in one ingest
holds) and prints stories against events, the events split over several stories, the
stories mixing events and B-cubed precision / recall / F1 against the folders. Then all sets
together (their items clustered as one store would: document frequencies over all of them).

``--orders N`` also clusters each set's items in N shuffled orders (fixed seeds) and prints
whether every order gives the same stories, ids included (the store's batch clustering must
not depend on the order the files were read in).

``--incremental`` also grows one index set after set (the first set clustered as a batch,
each later set attached with :meth:`consilience.stories.StoryIndex.add`), as a store does
when a user ingests one set after another into one database, and prints the same row for
the union.

``--diag`` prints, for every event split over several stories, the signals between each
pair of its stories: centroid similarity, shared event keys, the best entity-anchor cosine,
and the rare entities both name.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from consilience import pipeline  # noqa: E402
from consilience import stories as st  # noqa: E402
from consilience.store import Store  # noqa: E402


def heldout_sets(root: Path) -> list[Path]:
    """The ``heldout_sN`` folders under ``root``, by N."""
    found = [d for d in root.glob("heldout_s*") if d.is_dir() and d.name[9:].isdigit()]
    return sorted(found, key=lambda d: int(d.name[9:]))


def folders(set_dir: Path) -> list[Path]:
    """The story folders (those holding a ``gold.json``) of one set, sorted."""
    return sorted(d for d in set_dir.iterdir() if (d / "gold.json").is_file())


def article_paths(folder: Path) -> list[Path]:
    """The article files of a story folder (every file but its gold)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != "gold.json")


def set_items(set_dir: Path, db: Path) -> tuple[list[st.StoryItem], dict[str, str]]:
    """Ingest the set's articles into store ``db`` (skipped when it holds them already):
    (stored story items, {article id: story folder name})."""
    paths = [p for f in folders(set_dir) for p in article_paths(f)]
    with Store(str(db)) as store:
        if len(store.article_ids()) < len(paths):
            pipeline.ingest(store, [str(p) for p in paths])
        heads = list(store.articles())
        items = pipeline.story_items(store, [a.id for a in heads])
    folder = {str(p.resolve()): p.parent.name for p in paths}
    gold = {a.id: folder.get(str(Path(a.source).resolve()), "?") for a in heads}
    return items, gold


def report(name: str, found: list, gold: dict[str, str]) -> tuple[float, float, float]:
    """Print one row (stories, events, split, mixed, B-cubed) and return P/R/F1."""
    pred = st.labels_of(found)
    p, r, f = st.bcubed(pred, gold)
    events = set(gold.values())
    split = sum(len({pred[a] for a in gold if gold[a] == e}) > 1 for e in events)
    mixed = sum(len({gold[a] for a in s.articles if a in gold}) > 1 for s in found)
    print(f"{name:<14} articles {len(gold):>3}  stories {len(found):>3}  events {len(events):>3}"
          f"  split {split}  mixed {mixed}  B-cubed P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}")  # fmt: skip
    return p, r, f


def same_in_orders(items: list[st.StoryItem], orders: int) -> bool:
    """Whether clustering ``items`` in ``orders`` shuffled orders (seeds 0..orders-1) gives
    the stories (ids and members) of the items as given."""
    ref = [(s.id, s.articles) for s in st.cluster(items)]
    for seed in range(orders):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        if [(s.id, s.articles) for s in st.cluster(shuffled)] != ref:
            return False
    return True


def diagnose(items: list[st.StoryItem], gold: dict[str, str]) -> None:
    """For each event split over stories: the signals between each pair of its stories."""
    index = st.cluster_index(items)
    by_event: dict[str, set[int]] = {}
    for aid, rec in index.items.items():
        by_event.setdefault(gold.get(aid, "?"), set()).add(rec.story)
    for event, ss in sorted(by_event.items()):
        if len(ss) < 2:
            continue
        ss_sorted = sorted(ss)
        for i, a in enumerate(ss_sorted):
            for b in ss_sorted[i + 1 :]:
                ma, mb = index.stories[a].members, index.stories[b].members
                keys = index._story_events()
                shared = st.shared_events(keys.get(a, ()), keys.get(b, ()))
                ents = sorted(index._shared_rare(a, b)) if hasattr(index, "_shared_rare") else []
                print(f"  {event}: {sorted(ma)} vs {sorted(mb)}\n    centroid {index._sim(a, b):.3f}"
                      f"  shared events {shared}  anchor {index._anchored(a, b):.3f}"
                      f"  rare entities {ents}")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", help="a set folder (repeatable)")
    ap.add_argument("--cache", help="a folder to keep the stores in (re-runs skip ingest)")
    ap.add_argument("--diag", action="store_true", help="signals between split stories")
    ap.add_argument("--orders", type=int, default=0, help="also check N shuffled orders")
    ap.add_argument("--incremental", action="store_true", help="also grow one index set by set")
    args = ap.parse_args(argv)
    sets = [Path(s) for s in args.set] if args.set else heldout_sets(HERE / "annotations")
    with tempfile.TemporaryDirectory() as tmp:
        keep = Path(args.cache or tmp)
        keep.mkdir(parents=True, exist_ok=True)
        all_items: list[st.StoryItem] = []
        all_gold: dict[str, str] = {}
        index = None
        for s in sets:
            items, gold = set_items(s, keep / f"{s.name}.db")
            report(s.name, st.cluster(items), gold)
            if args.orders:
                print(f"{'':<14} same stories in {args.orders} shuffled orders: "
                      f"{same_in_orders(items, args.orders)}")  # fmt: skip
            if args.diag:
                diagnose(items, gold)
            new = [it for it in items if it.id not in all_gold]
            all_items += new
            all_gold.update({a: f"{s.name}/{g}" for a, g in gold.items()})
            if args.incremental:
                if index is None:
                    index = st.cluster_index(new)
                else:
                    index.add(new)
        if len(sets) > 1:
            report("all", st.cluster(all_items), all_gold)
        if index is not None:
            report("set by set", index.to_stories(), all_gold)


if __name__ == "__main__":
    main()
