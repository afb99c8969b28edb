"""Story grouping of real-style story folders, as the CLI groups them (issue #12, item 21).

    python bench/story_folders_bench.py            # every held-out / real-style set
    python bench/story_folders_bench.py --set bench/annotations/heldout_s6

Each story folder of the annotation sets holds the articles of ONE event, written in
newsroom styles (wire copy, live blogs, local papers with captions, reprints). The
single-article and question benches hand each folder in as one story; a user runs
``consilience ingest`` / ``brief`` and gets what the clusterer makes of it. This bench
ingests every folder into a fresh SQLite store (the CLI's path: read, normalise, analyse,
embed, the store's story index) and prints per folder how many stories its articles form
(``1`` is right), then ingests all folders of all sets into one store and prints B-cubed
precision / recall / F1 against the folders (precision below 1 means two events merged).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from consilience import pipeline  # noqa: E402
from consilience.store import Store  # noqa: E402
from consilience.stories import bcubed  # noqa: E402

SETS = ["heldout_s6", "heldout_s5", "claims_heldout_s4", "realstyle_s4", "realstyle_s5"]


def folders(set_dirs: list[Path]) -> list[Path]:
    """The story folders (those holding a ``gold.json``) of ``set_dirs``, sorted."""
    return sorted(d for s in set_dirs for d in s.iterdir() if (d / "gold.json").is_file())


def articles(folder: Path) -> list[Path]:
    """The article files of a story folder: every file but its gold (any format)."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != "gold.json")


def group(paths: list[Path], db: str) -> dict[str, str]:
    """Ingest the articles ``paths`` into a new store at ``db``: ``{source path: story}``."""
    with Store(db) as store:
        pipeline.ingest(store, [str(p) for p in paths])
        found = pipeline.list_stories(store)
        source = {a.id: a.source for a in store.articles()}
    return {source[a]: s.id for s in found for a in s.articles}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", help="a set folder (repeatable)")
    args = ap.parse_args(argv)
    set_dirs = [Path(s) for s in args.set] if args.set else [HERE / "annotations" / s for s in SETS]
    dirs = folders(set_dirs)
    split = 0
    with tempfile.TemporaryDirectory() as tmp:
        for k, d in enumerate(dirs):
            got = group(articles(d), f"{tmp}/f{k}.db")
            n = len(set(got.values()))
            split += n > 1
            print(f"{d.parent.name}/{d.name:<24} articles {len(got):>2}  stories {n}")
        print(f"folders split when grouped alone: {split} of {len(dirs)}")
        paths = [p for d in dirs for p in articles(d)]
        got = group(paths, f"{tmp}/all.db")
    gold = {str(p): str(p.parent) for p in paths}
    pred = {k: v for k, v in got.items() if k in gold}
    p, r, f = bcubed(pred, gold)
    print(
        f"all {len(dirs)} folders in one store: {len(set(pred.values()))} stories, "
        f"B-cubed P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}"
    )


if __name__ == "__main__":
    main()
