"""End-to-end throughput against the models' own speed (issue "Fast").

In one run, on the same texts:

1. the floor: spaCy ``nlp.pipe`` alone over every article, and the embedding model alone over
   every sentence;
2. the full pipeline from files to briefs (read, normalise, analyse, extract, embed, store,
   stories, briefs) into a fresh store — the cold run;
3. the same again over the warm store.

Prints articles/s, words/s, peak memory (max RSS of each phase, measured in a fresh child
process so phases do not inherit each other's peak, and the peak of that process and its
worker processes together, sampled every 0.2 s), the ratio of (2) to the floor and of (2)
to (3), and a profile summary of the cold run.

    python bench/throughput.py                 # ECB+ (982 articles) from ../shared
    python bench/throughput.py --scale 10      # a 10x corpus built by replication
    python bench/throughput.py --scale 10 --floor-once --no-profile   # the same, 40 min sooner
    python bench/throughput.py --limit 200     # a quick look
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing as mp
import os
import platform
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CONSILIENCE_SHARED", ROOT.parent / "shared"))


def build_corpus(out: Path, scale: int, limit: int | None) -> Path:
    """Write the ECB+ articles (times ``scale``, each replica with its own ids and dates)
    as one JSONL file; returns its path."""
    src = SHARED / "datasets" / "ecbplus" / "articles.jsonl"
    rows = [
        json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if limit:
        rows = rows[:limit]
    path = out / f"ecbplus_x{scale}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for k in range(scale):
            for r in rows:
                text = r["text"] if k == 0 else f"{r['text']}\n(Replica {k}.)"
                f.write(
                    json.dumps(
                        {
                            "id": f"{r['id']}-r{k}",
                            "title": r.get("title") or "",
                            "text": text,
                            "published": f"{2000 + k:04d}-06-01",
                        }
                    )
                    + "\n"
                )
    return path


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s(who: int) -> float:
    """User + system CPU seconds of this process (``RUSAGE_SELF``) or of its finished child
    processes (``RUSAGE_CHILDREN``)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


class _TreeRSS:
    """Samples the summed RSS of this process and its worker processes (Linux ``/proc``)
    every 0.2 s in a thread; ``peak`` is the largest sum seen, in MB (0 where ``/proc``
    is missing)."""

    def __init__(self) -> None:
        import threading

        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _tree(pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            for kids in Path(f"/proc/{p}/task").glob("*/children"):
                try:
                    todo.extend(int(k) for k in kids.read_text().split())
                except OSError:
                    pass
        return out

    @staticmethod
    def _rss_kb(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            total = sum(self._rss_kb(p) for p in self._tree(os.getpid()))
            self.peak = max(self.peak, total / 1024)

    def __enter__(self) -> _TreeRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _phase_floor(corpus: str, q) -> None:
    from consilience import analyse, embed
    from consilience.normalise import read_articles

    articles = [a for a in read_articles([corpus]) if hasattr(a, "text")]
    nlp = analyse.load_nlp()
    embed.load_model()
    t, cpu = time.perf_counter(), _cpu_s(resource.RUSAGE_SELF)
    docs = list(nlp.pipe((a.text for a in articles), batch_size=64))
    t_spacy = time.perf_counter() - t
    sentences = [s.text for d in docs for s in d.sents]
    t = time.perf_counter()
    embed.embed_texts(sentences)
    t_embed = time.perf_counter() - t
    cpu = _cpu_s(resource.RUSAGE_SELF) - cpu
    import torch

    threads = torch.get_num_threads()
    words = sum(len(d) for d in docs)
    q.put(
        {
            "spacy": t_spacy,
            "embed": t_embed,
            "articles": len(articles),
            "sentences": len(sentences),
            "torch_threads": threads,
            "tokens": words,
            "rss": _maxrss_mb(),
            "cpu": cpu,
        }
    )


def _phase_pipeline(corpus: str, db: str, profile: bool, q) -> None:
    from consilience import analyse, embed, pipeline
    from consilience.store import Store

    analyse.load_nlp()
    embed.load_model()
    prof = cProfile.Profile() if profile else None
    cpu = (_cpu_s(resource.RUSAGE_SELF), _cpu_s(resource.RUSAGE_CHILDREN))
    t = time.perf_counter()
    if prof:
        prof.enable()
    with _TreeRSS() as tree, Store(db) as store:
        report = pipeline.ingest(store, [corpus])
        sizes = [len(b["story"]["articles"]) for b in pipeline.iter_briefs(store, report.ids)]
    if prof:
        prof.disable()
    elapsed = time.perf_counter() - t
    cpu_self = _cpu_s(resource.RUSAGE_SELF) - cpu[0]
    cpu_workers = _cpu_s(resource.RUSAGE_CHILDREN) - cpu[1]
    summary = ""
    if prof:
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(18)
        summary = buf.getvalue()
    q.put(
        {
            "time": elapsed,
            "largest_story": max(sizes, default=0),
            "new": len(report.new),
            "briefs": len(sizes),
            "rss": _maxrss_mb(),
            "tree_rss": tree.peak,
            "cpu": cpu_self,
            "cpu_workers": cpu_workers,
            "profile": summary,
        }
    )


def _run(target, *args):
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    p.start()
    result = q.get()
    p.join()
    return result


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--scale", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N ECB+ articles")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument(
        "--floor-once",
        action="store_true",
        help="measure the floor on one copy of the corpus and multiply it by --scale (the "
        "replicas are the same texts); saves the floor's hour on --scale 10",
    )
    args = ap.parse_args(argv)
    if not (SHARED / "datasets" / "ecbplus" / "articles.jsonl").exists():
        print(f"ECB+ not found under {SHARED}; nothing to measure")
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = str(build_corpus(Path(tmp), args.scale, args.limit))
        db = str(Path(tmp) / "bench.db")
        if args.floor_once and args.scale > 1:
            floor = _run(_phase_floor, str(build_corpus(Path(tmp), 1, args.limit)))
            for key in ("spacy", "embed", "articles", "sentences", "tokens", "cpu"):
                floor[key] *= args.scale
        else:
            floor = _run(_phase_floor, corpus)
        cold = _run(_phase_pipeline, corpus, db, not args.no_profile)
        warm = _run(_phase_pipeline, corpus, db, False)
    n, tokens = floor["articles"], floor["tokens"]
    floor_t = floor["spacy"] + floor["embed"]
    res = {
        "machine": f"{platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}",
        "articles": n,
        "sentences": floor["sentences"],
        "tokens": tokens,
        "floor_spacy_s": round(floor["spacy"], 2),
        "floor_embed_s": round(floor["embed"], 2),
        "floor_s": round(floor_t, 2),
        "cold_s": round(cold["time"], 2),
        "warm_s": round(warm["time"], 2),
        "cold_over_floor": round(cold["time"] / floor_t, 3),
        "cold_over_warm": round(cold["time"] / max(warm["time"], 1e-9), 1),
        "cpu_s": {
            "floor": round(floor["cpu"], 1),
            "cold_main": round(cold["cpu"], 1),
            "cold_workers": round(cold["cpu_workers"], 1),
            "warm_main": round(warm["cpu"], 1),
            "warm_workers": round(warm["cpu_workers"], 1),
        },
        "cold_cpu_over_floor_cpu": round(
            (cold["cpu"] + cold["cpu_workers"]) / max(floor["cpu"], 1e-9), 3
        ),
        "briefs": cold["briefs"],
        "peak_rss_mb": {
            "floor": round(floor["rss"]),
            "cold": round(cold["rss"]),
            "warm": round(warm["rss"]),
            "cold_all_processes": round(cold["tree_rss"]),
            "warm_all_processes": round(warm["tree_rss"]),
        },
    }
    print(f"machine: {res['machine']}")
    print(
        f"corpus: {n} articles, {floor['sentences']} sentences, {tokens} tokens (scale x{args.scale})"
    )
    scaled = f" (one copy measured, x{args.scale})" if args.floor_once and args.scale > 1 else ""
    print(
        f"floor{scaled}: spaCy {floor['spacy']:.1f} s + embeddings {floor['embed']:.1f} s "
        f"({floor['torch_threads']} torch thread(s)) = {floor_t:.1f} s"
    )
    for name, r in (("cold", cold), ("warm", warm)):
        print(
            f"{name} pipeline: {r['time']:.1f} s · {n / r['time']:.1f} articles/s · "
            f"{tokens / r['time']:.0f} tokens/s · peak RSS {r['rss']:.0f} MB "
            f"(with its worker processes {r['tree_rss']:.0f} MB)"
        )
    print(f"cold / floor = {res['cold_over_floor']:.2f}  (target <= 1.2)")
    print(f"cold / warm  = {res['cold_over_warm']:.1f}x  (target >= 20)")
    print(f"peak RSS MB: {res['peak_rss_mb']}")
    cpu = res["cpu_s"]
    print(
        f"CPU s: floor {cpu['floor']} · cold {cpu['cold_main']} here + {cpu['cold_workers']} in "
        f"worker processes (all / floor = {res['cold_cpu_over_floor_cpu']:.2f}) · warm "
        f"{cpu['warm_main']} + {cpu['warm_workers']}  (on a shared machine the CPU figures "
        "hold still while the wall times do not)"
    )
    res["largest_story"] = cold["largest_story"]
    print(
        f"largest story: {cold['largest_story']} articles of {n} "
        f"(peak RSS cold {cold['rss']:.0f} MB, warm {warm['rss']:.0f} MB; compare across --scale)"
    )
    if cold.get("profile"):
        print("\nwhere the cold run's time goes (top functions by own time):")
        print(cold["profile"])
    return res


if __name__ == "__main__":
    main(sys.argv[1:])
