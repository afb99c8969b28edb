"""Where brief building's CPU goes, section by section, over a stored corpus (not the floor).

Ingests the first N ECB+ articles into ``--db`` once (kept, so later runs only build
briefs), then builds every story's brief in this process with CPU timers
(``time.process_time``) around each section builder, and prints the CPU seconds per
section and the total. ``--save FILE`` writes the briefs (one JSON line per story, keys
sorted); ``--check FILE`` compares them with such a file and names the stories that
differ, so a speed change can be checked byte for byte without re-ingesting.
``--profile N`` prints the top N functions by own time.

    python bench/throughput_briefs.py --limit 200 --db /tmp/tp/ecb200.db --save before.jsonl
    python bench/throughput_briefs.py --db /tmp/tp/ecb200.db --check before.jsonl --profile 30
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import io
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def _ingest(db: Path, limit: int) -> None:
    """Ingest the first ``limit`` ECB+ articles into ``db`` (one process)."""
    import throughput

    from consilience import pipeline
    from consilience.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(str(db)) as store:
        corpus = str(throughput.build_corpus(Path(tmp), 1, limit))
        pipeline.ingest(store, [corpus], processes=1)


def _timed_sections(cpu: collections.Counter) -> None:
    """Wrap each registered section builder so its CPU seconds add to ``cpu``."""
    from consilience import brief

    for entry in brief.SECTIONS:
        mod, name = entry.split(":")
        module = __import__(mod, fromlist=[name])
        setattr(module, name, _timer(getattr(module, name), entry.split(".")[-1], cpu))
    brief._resolve.cache_clear()


def _timer(func, label: str, cpu: collections.Counter):
    def wrapper(ctx):
        start = time.process_time()
        try:
            return func(ctx)
        finally:
            cpu[label] += time.process_time() - start

    return wrapper


def build_all(db: Path, profile: int) -> tuple[dict[str, str], collections.Counter, str]:
    """Build every story's brief of ``db`` (no brief cache read or written). Returns
    story id -> brief JSON, CPU seconds per section (plus "load context" and "total"),
    and the profile summary ("" without ``profile``)."""
    from consilience import pipeline
    from consilience.store import Store

    cpu: collections.Counter = collections.Counter()
    _timed_sections(cpu)
    out: dict[str, str] = {}
    prof = cProfile.Profile() if profile else None
    with Store(str(db)) as store:
        stories = pipeline.list_stories(store)
        start = time.process_time()
        for found in stories:
            t = time.process_time()
            ctx = pipeline._stored_context(store, found)
            cpu["load context"] += time.process_time() - t
            if prof:
                prof.enable()
            built = pipeline.finished_brief(ctx)
            if prof:
                prof.disable()
            out[found.id] = json.dumps(built, sort_keys=True, ensure_ascii=False)
        cpu["total"] = time.process_time() - start
    summary = ""
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(profile)
        summary = buf.getvalue()
    return out, cpu, summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--check", type=Path)
    ap.add_argument("--profile", type=int, default=0)
    args = ap.parse_args(argv)
    import corpora

    if corpora.shared_dir() is None:
        print("../shared not found; nothing to measure")
        return 0
    if not args.db.exists():
        _ingest(args.db, args.limit)
    from consilience import analyse

    analyse.load_nlp()
    briefs, cpu, summary = build_all(args.db, args.profile)
    print(f"{len(briefs)} briefs, CPU seconds (one process)")
    for label, sec in sorted(cpu.items(), key=lambda kv: -kv[1]):
        print(f"  {label}: {sec:.2f}")
    if args.save:
        args.save.write_text("\n".join(briefs[k] for k in sorted(briefs)) + "\n", encoding="utf-8")
    differ = 0
    if args.check:
        old = [json.loads(line) for line in args.check.read_text(encoding="utf-8").splitlines()]
        before = {b["story"]["id"]: json.dumps(b, sort_keys=True, ensure_ascii=False) for b in old}
        differ = sum(before.get(k) != v for k, v in briefs.items()) + len(set(before) - set(briefs))
        print(f"{len(briefs) - differ}/{len(briefs)} briefs identical to {args.check}")
    if summary:
        print(summary)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
