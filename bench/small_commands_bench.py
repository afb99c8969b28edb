"""Wall time of the commands that need no model, each in a fresh process (issue 14).

Builds (or reuses) a store of the bundled demo corpus, builds its brief once so it is
cached, then runs each small command ``--runs`` times as a user would
(``python -m consilience ...``) and prints the median and the worst wall time, and
whether spaCy or torch was imported (from ``python -X importtime``).

    python bench/small_commands_bench.py                # demo store in a temp folder
    python bench/small_commands_bench.py --db demo.db --runs 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("spacy", "torch", "sentence_transformers")


def _consilience(*args: str, importtime: bool = False) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, *(["-X", "importtime"] if importtime else []), "-m", "consilience"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, check=True)


def _prepare(db: Path) -> str:
    """Ingest the demo corpus into ``db`` and cache its brief; returns the story id."""
    from consilience.api import demo_files

    _consilience("ingest", *demo_files(), "--db", str(db))
    stories = json.loads(_consilience("stories", "--db", str(db), "-f", "json").stdout)
    story = stories["stories"][0]["id"]
    _consilience("brief", "--story", story, "--db", str(db), "-f", "json")
    return story


def _heavy_imports(args: list[str]) -> list[str]:
    err = _consilience(*args, importtime=True).stderr
    names = {line.rsplit("|", 1)[-1].strip() for line in err.splitlines() if "|" in line}
    return [m for m in HEAVY if m in names]


def _time(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _consilience(*args)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="store to use (default: a fresh temp store)")
    ap.add_argument("--runs", type=int, default=3, help="runs per command")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = opts.db or Path(tmp) / "demo.db"
        story = _prepare(db)
        commands = [
            ["articles"],
            ["stories"],
            ["search", "dam"],
            ["brief", "--story", story, "-f", "json"],
        ]
        print(f"{'command':<40} {'median s':>9} {'worst s':>8}  heavy imports")
        for args in commands:
            full = [*args, "--db", str(db)]
            times = _time(full, opts.runs)
            heavy = ", ".join(_heavy_imports(full)) or "none"
            label = " ".join(args)[:40]
            print(f"{label:<40} {statistics.median(times):>9.2f} {max(times):>8.2f}  {heavy}")


if __name__ == "__main__":
    main()
