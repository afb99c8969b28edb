"""Store backends side by side: ingest and warm-brief throughput on SQLite and PostgreSQL,
in one run, as ratios.

The same articles (the first N of ECB+ in ../shared when present, else the bundled demo
corpus) are ingested into a new SQLite file and into a new database on a throw-away
PostgreSQL server (``consilience.store_pg_server``: Debian's initdb/pg_ctl, a temp
folder, a free local port). Then every story's brief is built once (cold) and read back
from the store ``--repeat`` times (warm: the stored briefs, what the web app and
``brief --story`` serve). Ingest is dominated by spaCy and the embeddings, which are the
same on both, so its ratio says what the store adds; the warm-brief ratio is almost all
store. Timings share the machine with whatever else runs: compare the ratios of one run.

    python bench/store_backends_bench.py [--articles 40] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from consilience import pipeline
from consilience.cli import demo_files
from consilience.store import Store
from consilience.store_pg_server import TempPostgres


def corpus(folder: Path, n: int) -> list[str]:
    """Paths of ``n`` article files: ECB+ articles written as text files when ../shared
    holds them, else the demo corpus."""
    shared = Path(os.environ.get("CONSILIENCE_SHARED", Path(__file__).parents[2] / "shared"))
    source = shared / "datasets" / "ecbplus" / "articles.jsonl"
    if not source.exists():
        return demo_files()
    paths = []
    with source.open(encoding="utf-8") as lines:
        for line, _ in zip(lines, range(n), strict=False):
            doc = json.loads(line)
            path = folder / f"{doc['id']}.txt"
            path.write_text(f"{doc['title']}\n\n{doc['text']}\n", encoding="utf-8")
            paths.append(str(path))
    return paths


def measure(target: str, paths: list[str], repeat: int) -> dict[str, float]:
    """Seconds to ingest ``paths`` into the new store ``target``, to build every brief,
    and (median of ``repeat``) to read every brief back."""
    with Store(target) as store:
        start = time.perf_counter()
        report = pipeline.ingest(store, paths)
        ingest = time.perf_counter() - start
        ids = list(report.ids)
        start = time.perf_counter()
        briefs = pipeline.briefs_for_ids(store, ids)
        cold = time.perf_counter() - start
        warm = []
        for _ in range(repeat):
            start = time.perf_counter()
            again = pipeline.briefs_for_ids(store, ids)
            warm.append(time.perf_counter() - start)
        assert [b["story"]["id"] for b in again] == [b["story"]["id"] for b in briefs]
    return {
        "articles": len(ids),
        "briefs": len(briefs),
        "ingest_s": ingest,
        "cold_brief_s": cold,
        "warm_brief_s": statistics.median(warm),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, TempPostgres() as server:
        paths = corpus(Path(tmp), args.articles)
        found = {
            "sqlite": measure(str(Path(tmp) / "bench.db"), paths, args.repeat),
            "postgresql": measure(server.url("bench"), paths, args.repeat),
        }
    print(f"{'':<12} {'articles':>8} {'briefs':>6} {'ingest art/s':>12} {'warm briefs/s':>13}")
    for kind, m in found.items():
        print(
            f"{kind:<12} {m['articles']:>8} {m['briefs']:>6} "
            f"{m['articles'] / m['ingest_s']:>12.2f} {m['briefs'] / m['warm_brief_s']:>13.1f}"
        )
    sq, pg = found["sqlite"], found["postgresql"]
    print(
        f"postgresql/sqlite throughput: ingest {sq['ingest_s'] / pg['ingest_s']:.2f}, "
        f"cold briefs {sq['cold_brief_s'] / pg['cold_brief_s']:.2f}, "
        f"warm briefs {sq['warm_brief_s'] / pg['warm_brief_s']:.2f}"
    )


if __name__ == "__main__":
    main()
