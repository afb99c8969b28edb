"""How long ``consilience brief --db STORE --story ID`` takes on a stored story, cold (no
brief built yet) and warm (built and kept in the store), as a user runs it: each run a new
process. Times are shown as ratios to baselines measured in the same run on the same
machine, so a busy machine scales them all alike:

* ``load``: a new process that opens the store and loads the story's stored analyses,
  extractions and vectors (``pipeline.load``): the least a brief that is built must do;
* ``startup``: a new process that imports the command line (``consilience.cli``): the least
  any command costs.

    PYTHONPATH=src python bench/brief_store_speed.py [--set DIR] [--warm N] [--keep DIR]

``--set`` is a folder of one story's articles (default
``bench/annotations/heldout_s20/u1_balloon_crash``), ingested into a fresh store. The cold
and warm outputs must be byte-identical (the script says so, and exits 1 when not). Nothing
here asserts a time: the figures are for reading, before and after a change.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "bench/annotations/heldout_s20/u1_balloon_crash"
ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".json")

#: the story of the store with the most articles (a fresh store holds the one story)
_STORY = """
import sys
from consilience import pipeline
from consilience.store import open_store
with open_store(sys.argv[1]) as store:
    found = max(pipeline.list_stories(store), key=lambda s: len(s.articles))
    print(found.id)
"""
#: the load baseline: a new process loading the stored results of every article
_LOAD = """
import sys
from consilience import pipeline
from consilience.store import open_store
with open_store(sys.argv[1]) as store:
    pipeline.load(store, store.article_ids())
"""


def _article_file(path: Path) -> bool:
    """Whether ``path`` is an article of a bench story folder (its ``gold.json`` is not)."""
    return path.suffix in ARTICLE_SUFFIXES and path.name != "gold.json"


def _run(args: list[str], *, capture: bool = False) -> tuple[float, bytes]:
    """(seconds, stdout) of one new process running ``python args``; raises on failure."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, env=os.environ.copy(), check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 3):
        sys.stderr.write(done.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"failed ({done.returncode}): python {' '.join(args[:3])} …")
    return seconds, done.stdout if capture else b""


def _brief(db: Path, story: str) -> tuple[float, bytes]:
    """(seconds, Markdown) of one ``brief --db db --story story`` process."""
    args = ["-m", "consilience", "brief", "--db", str(db), "--story", story, "--format", "md"]
    return _run(args, capture=True)


def _median(runs: int, args: list[str]) -> float:
    """The median seconds of ``runs`` new processes running ``python args``."""
    return statistics.median(_run(args)[0] for _ in range(runs))


def measure(folder: Path, work: Path, warm_runs: int) -> dict[str, float]:
    """Ingest ``folder`` into a fresh store under ``work`` and time the baselines, one cold
    brief and ``warm_runs`` warm ones (median); exits 1 when a warm brief differs from the
    cold one by a byte."""
    db = work / "store.db"
    if db.exists():
        raise SystemExit(f"{db} already holds a store; give a folder without one")
    files = sorted(str(p) for p in folder.iterdir() if _article_file(p))
    ingest, _ = _run(["-m", "consilience", "ingest", *files, "--db", str(db)])
    story = _run(["-c", _STORY, str(db)], capture=True)[1].decode().strip()
    times = {"ingest": ingest}
    times["startup"] = _median(warm_runs, ["-c", "import consilience.cli"])
    times["load"] = _median(warm_runs, ["-c", _LOAD, str(db)])
    times["cold"], first = _brief(db, story)
    warm = [_brief(db, story) for _ in range(warm_runs)]
    times["warm"] = statistics.median(seconds for seconds, _ in warm)
    same = all(out == first for _, out in warm)
    print(f"story {story}: {len(files)} articles; warm output byte-identical to cold: {same}")
    if not same:
        raise SystemExit(1)
    return times


def report(times: dict[str, float]) -> None:
    """The seconds of each step and the cold and warm briefs as ratios to the baselines."""
    for name, seconds in times.items():
        print(f"{name:>8}: {seconds:7.2f} s")
    for run in ("cold", "warm"):
        print(
            f"{run} brief / load = {times[run] / times['load']:.2f}   "
            f"{run} brief / startup = {times[run] / times['startup']:.2f}"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="one story's articles")
    parser.add_argument("--warm", type=int, default=3, help="warm runs (median); default 3")
    parser.add_argument("--keep", type=Path, help="keep the store in this folder")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report(measure(args.set, args.keep, args.warm))
        return
    with tempfile.TemporaryDirectory(prefix="brief_speed_") as work:
        report(measure(args.set, Path(work), args.warm))


if __name__ == "__main__":
    main()
