"""Store backends side by side: ingest and warm-brief throughput on SQLite and PostgreSQL,
in one run, as ratios.

The same articles (ECB+ from ../shared, two per topic in turn, when present; else the
bundled demo corpus) are ingested into a new SQLite file and into a new database on a
throw-away PostgreSQL server (``consilience.store_pg_server``: Debian's initdb/pg_ctl, a
temp folder, a free local port). Then every story's brief is built once (cold) and
served again ``--repeat`` times as the web app serves it (warm: the stored story list,
then each stored brief). Each backend is measured twice (order SQLite, PostgreSQL,
PostgreSQL, SQLite) after an untimed warm-up that loads the models, and the two runs are
averaged. Ingest is dominated by spaCy and the embeddings, the same on both, so its
ratio says what the store adds; the warm-brief ratio is almost all store. Timings share
the machine with whatever else runs: compare the ratios of one run.

    python bench/store_backends_bench.py [--articles 30] [--repeat 5]
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


def corpus(folder: Path, n: int, per_topic: int = 2) -> list[str]:
    """Paths of ``n`` article files: ECB+ articles (``per_topic`` from each topic in turn,
    so there are many stories) written as text files when ../shared holds them, else the
    demo corpus."""
    shared = Path(os.environ.get("CONSILIENCE_SHARED", Path(__file__).parents[2] / "shared"))
    source = shared / "datasets" / "ecbplus" / "articles.jsonl"
    if not source.exists():
        return demo_files()
    taken: dict[str, int] = {}
    paths = []
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if taken.get(doc["topic"], 0) >= per_topic or len(paths) >= n:
                continue
            taken[doc["topic"]] = taken.get(doc["topic"], 0) + 1
            path = folder / f"{doc['id']}.txt"
            path.write_text(f"{doc['title']}\n\n{doc['text']}\n", encoding="utf-8")
            paths.append(str(path))
    return paths


def measure(target: str, paths: list[str], repeat: int) -> dict[str, float]:
    """Seconds to ingest ``paths`` into the new store ``target``, to build every story's
    brief, and (median of ``repeat``) to serve every stored brief again as the web app
    does (the story list, then each story's brief from the store)."""
    with Store(target) as store:
        start = time.perf_counter()
        report = pipeline.ingest(store, paths)
        ingest = time.perf_counter() - start
        start = time.perf_counter()
        briefs = pipeline.briefs_for_ids(store, list(report.ids))
        cold = time.perf_counter() - start
        warm = []
        for _ in range(repeat):
            start = time.perf_counter()
            again = [pipeline.brief_of(store, s) for s in pipeline.list_stories(store)]
            warm.append(time.perf_counter() - start)
        assert len(again) == len(briefs)
    return {
        "articles": len(report.ids),
        "briefs": len(briefs),
        "ingest_s": ingest,
        "cold_brief_s": cold,
        "warm_brief_s": statistics.median(warm),
    }


def mean_of(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.fmean(r[k] for r in runs) for k in runs[0]}


def run(articles: int, repeat: int) -> dict[str, dict[str, float]]:
    """Both backends, each measured twice in the order SQLite, PostgreSQL, PostgreSQL,
    SQLite (drift on a shared machine falls on both alike), after an untimed warm-up
    ingest that loads the models."""
    with tempfile.TemporaryDirectory() as tmp, TempPostgres() as server:
        paths = corpus(Path(tmp), articles)
        with Store(":memory:") as warm_up:
            pipeline.ingest(warm_up, demo_files()[:2])
        found: dict[str, list[dict[str, float]]] = {"sqlite": [], "postgresql": []}
        for k, kind in enumerate(["sqlite", "postgresql", "postgresql", "sqlite"]):
            target = str(Path(tmp) / f"b{k}.db") if kind == "sqlite" else server.url(f"b{k}")
            found[kind].append(measure(target, paths, repeat))
    return {kind: mean_of(runs) for kind, runs in found.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    found = run(args.articles, args.repeat)
    print(f"{'':<12} {'articles':>8} {'briefs':>6} {'ingest art/s':>12} {'cold briefs/s':>13} "
          f"{'warm briefs/s':>13}")  # fmt: skip
    for kind, m in found.items():
        print(
            f"{kind:<12} {m['articles']:>8.0f} {m['briefs']:>6.0f} "
            f"{m['articles'] / m['ingest_s']:>12.2f} {m['briefs'] / m['cold_brief_s']:>13.2f} "
            f"{m['briefs'] / m['warm_brief_s']:>13.1f}"
        )
    sq, pg = found["sqlite"], found["postgresql"]
    print(
        f"postgresql/sqlite throughput: ingest {sq['ingest_s'] / pg['ingest_s']:.2f}, "
        f"cold briefs {sq['cold_brief_s'] / pg['cold_brief_s']:.2f}, "
        f"warm briefs {sq['warm_brief_s'] / pg['warm_brief_s']:.2f}"
    )


if __name__ == "__main__":
    main()
