"""What a reused Spark analysis worker's memory follows (issue #13): the first N records of
a JSONL corpus (ECB+ by default) analysed batch by batch in one process, as one analysis
worker runs them (``pipeline.analyse_batch``), printing after each batch its size in
characters, spaCy's vocabulary size and this process's resident and peak memory.

    python bench/spark_worker_growth.py [--limit 288] [--corpus my.jsonl]

A memory that rose with every batch would be held per corpus (a cache, the vocabulary);
one that rises with the longest batch met so far and is flat after it is bounded by the
batch.
"""

from __future__ import annotations

import argparse
import resource
from pathlib import Path

from spark_bench import shared_dir


def rss_mb() -> float:
    """This process's resident memory (VmRSS), MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=288)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    src = args.corpus
    if src is None:
        shared = shared_dir()
        if shared is None:
            raise SystemExit("no corpus: give --corpus or set CONSILIENCE_SHARED")
        src = shared / "datasets" / "ecbplus" / "articles.jsonl"
    from consilience import analyse, pipeline
    from consilience.model import Skipped
    from consilience.normalise import read_articles

    found = [a for a in read_articles([str(src)]) if not isinstance(a, Skipped)]
    articles = found[: args.limit]
    nlp = analyse.load_nlp()
    size = args.batch_size
    for k in range(0, len(articles), size):
        batch = articles[k : k + size]
        pipeline.analyse_batch(batch, batch_size=size)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"batch {k // size:3d}: {sum(len(a.text) for a in batch):8,d} chars, spaCy vocabulary "
            f"{len(nlp.vocab):7,d} lexemes, RSS {rss_mb():6.0f} MB, peak {peak:6.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
