"""Single machine vs Spark ``local[2]`` on the same corpus, in one run (issue #13).

    python bench/spark_bench.py                      # first 200 ECB+ articles (+ 50 for memory)
    python bench/spark_bench.py --all                # all of ECB+ (--limit 0): F1, briefs, CPU
    python bench/spark_bench.py --all --keep DIR --single-only  # its single half now, Spark later
    python bench/spark_bench.py --all --keep DIR2 --spark-only   # the Spark half, at the same time
    python bench/spark_bench.py --all --report DIR DIR2          # both halves compared, no run
    python bench/spark_bench.py --limit 982 --small 200 --keep DIR  # resumable; memory at 2 sizes
    python bench/spark_bench.py --limit 400 --small 100  # memory at two corpus sizes
    python bench/spark_bench.py --corpus my.jsonl    # any JSONL of {"id", "title", "text", ...}
    python bench/spark_bench.py --blocking           # ECB+ story F1: Spark's blocking vs all at once
    python bench/spark_bench.py --blocking --keep DIR  # the same on the items of DIR/single.db

``--blocking`` takes the story items of all 982 ECB+ articles as ingest makes them (spaCy
entities, lead + title vectors; bench/stories_bench.py's pipeline items, cached in
bench/.cache) and compares story B-cubed F1 of ``stories.cluster`` over everything with
the Spark job's blocking (``spark_job.blocks_in_memory``, the same functions its stage
runs) followed by ``stories.cluster`` per block; no Spark needed.

Prints: articles/s of each path (cold: each run in a fresh process, models loaded, from
files to briefs), Spark's overhead ratio (Spark time / single-machine time) and its wall
time per stage, peak memory per executor (peak RSS of the Python workers that ran the
stages, and of the executor JVM) for the corpus and for a Spark-only run on its first
``--small`` records (a quarter by default: the peaks should not grow with the corpus),
story B-cubed F1 of both paths when the corpus has ``event`` labels, how many stories both
paths form, how many of those have identical brief bytes (and which brief keys differ in
the others), and, from the measured per-article cost, the executor-hours a month of
CC-NEWS would take.

CC-NEWS size assumed: 1.3 billion articles from August 2016 to May 2026 (Lazzaroni, Lasser,
Solovev, "Infini-News: Efficiently Queryable Access to 1.3 Billion Processed Common Crawl
News Articles", arXiv:2605.18337, 2026), i.e. about 11 million articles a month over 117
months, all languages. consilience skips non-English articles after reading them, so this
counts every article as read and analysed: an upper bound.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CC_NEWS_ARTICLES = 1_300_000_000
CC_NEWS_MONTHS = 117  # August 2016 .. April 2026
CC_NEWS_MONTH = CC_NEWS_ARTICLES // CC_NEWS_MONTHS


def shared_dir() -> Path | None:
    for cand in (os.environ.get("CONSILIENCE_SHARED"), ROOT.parent / "shared"):
        if cand and Path(cand).is_dir():
            return Path(cand)
    return None


def write_corpus(src: Path, limit: int, dest: Path) -> dict[str, str]:
    """The first ``limit`` records of ``src`` (all of them when ``limit`` <= 0) as ``dest``
    (JSONL); returns id -> event."""
    gold, lines = {}, []
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            lines.append(line.rstrip("\n"))
            if "event" in rec:
                gold[rec["id"]] = rec["event"]
            if 0 < limit <= len(lines):
                break
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold


SINGLE = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[4])
import spark_bench
t = time.perf_counter()
laps = spark_bench.Laps(spark_bench.own_cpu)
from consilience import analyse, embed, pipeline
from consilience.store import Store
analyse.load_nlp(); embed.load_model()
laps.lap("models (this process)")
store = Store(sys.argv[2])
rep = pipeline.ingest(store, [sys.argv[1]])
laps.lap("ingest (read, analyse, store, story index)")
found = pipeline.group_stories(pipeline.story_items(store, rep.ids))
laps.lap("stories")
with open(sys.argv[3], "w", encoding="utf-8") as fh:
    for b in pipeline.briefs_for_ids(store, rep.ids):
        fh.write(json.dumps(b, ensure_ascii=False) + "\n")
laps.lap("briefs")
sources = {a.id: a.source for a in store.articles(rep.ids)}
print(json.dumps({"seconds": time.perf_counter() - t, "stored": len(rep.new),
                  "stories": [[sources[a] for a in s.articles] for s in found],
                  "wall": laps.wall, "cpu": laps.cpu,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

SPARK = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[3])
import spark_bench
t = time.perf_counter()
laps = spark_bench.Laps(spark_bench.own_cpu)
from consilience import spark_job
spark = spark_job.session("local[2]", "consilience-bench", preload=sys.argv[4] == "preload")
jvm_pid = spark.sparkContext._gateway.proc.pid
laps.probe = spark_bench.TreeCpu(jvm_pid)
laps.lap("session (JVM start)")
report = spark_job.SparkReport(probe=laps.probe)
watch = spark_bench.WorkerMemory(jvm_pid, report, cpu=laps.probe)
watch.start()
spark_job.run([sys.argv[1]], sys.argv[2], spark=spark, report=report)
seconds = time.perf_counter() - t
watch.stop()
jvm = spark_bench.hwm(jvm_pid)
python_cpu = laps.probe.python_split()
spark.stop()
import pyarrow.parquet as pq
rows = sorted(pq.read_table(os.path.join(sys.argv[2], "stories")).to_pylist(), key=lambda r: r["seq"])
arts = {r["id"]: r["source"] for r in pq.read_table(os.path.join(sys.argv[2], "articles"),
        columns=["id", "source"]).to_pylist()}
print(json.dumps({"seconds": seconds, "stored": report.stored, "line": report.line(),
                  "stages": report.seconds,
                  "wall": {**laps.wall, **report.seconds},
                  "cpu": {**laps.cpu, **report.cpu},
                  "python_cpu": python_cpu,
                  "stories": [[arts[a] for a in r["articles"]] for r in rows],
                  "largest_block": report.largest_block,
                  "largest_story": max((len(r["articles"]) for r in rows), default=0),
                  "worker_rss_mb": sorted(watch.peaks.values()),
                  "stage_rss_mb": watch.by_stage,
                  "jvm_rss_mb": jvm}))
"""

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def own_cpu() -> dict[str, float]:
    """User + system CPU seconds of this process and of its children it has waited for
    (``os.times``): ``{"driver": .., "children": ..}``."""
    t = os.times()
    return {"driver": t.user + t.system, "children": t.children_user + t.children_system}


def _stat(pid: int) -> tuple[int, float, float, int] | None:
    """(parent pid, own CPU seconds, CPU seconds of its reaped children, start time in
    clock ticks) of ``pid``; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # after the name, field n of proc(5) is fields[n - 3]: ppid 4, utime 14, stime 15,
    # cutime 16, cstime 17, starttime 22
    own = (int(fields[11]) + int(fields[12])) / TICK
    reaped = (int(fields[13]) + int(fields[14])) / TICK
    return int(fields[1]), own, reaped, int(fields[19])


class TreeCpu:
    """Cumulative CPU seconds (user + system) of a local Spark run, by process kind:
    ``driver`` (this Python process), ``jvm`` (the driver+executor JVM, every thread) and
    ``python`` (pyspark's daemon and every Python worker). pyspark's daemon ignores
    SIGCHLD, so a worker that exits is reaped without its CPU reaching the daemon's
    ``cutime``: each worker's CPU is remembered as last seen (:class:`WorkerMemory` calls
    this every 0.5 s), so a worker's last half second at most is missed."""

    def __init__(self, jvm: int) -> None:
        self.jvm = jvm
        self.daemon_own = 0.0  # the daemons' own CPU (model preload, forking), last seen
        self.seen: dict[tuple[int, int], float] = {}  # (pid, start) -> worker CPU seen
        self.reaped = 0.0  # the JVM's reaped children (a daemon that exited)
        import threading

        self._lock = threading.Lock()  # the sampling thread and the stage laps both call

    def __call__(self) -> dict[str, float]:
        with self._lock:
            return self._read()

    def _read(self) -> dict[str, float]:
        t = os.times()
        jvm = _stat(self.jvm)
        out = {"driver": t.user + t.system, "jvm": jvm[1] if jvm else 0.0}
        if jvm:
            self.reaped = jvm[2]
        daemon_own = 0.0
        for daemon in _children(self.jvm):
            st = _stat(daemon)
            if st is None:
                continue
            daemon_own += st[1] + st[2]
            for w in _children(daemon):
                ws = _stat(w)
                if ws is not None:
                    self.seen[(w, ws[3])] = ws[1] + ws[2]
        self.daemon_own = max(self.daemon_own, daemon_own)
        out["python"] = self.daemon_own + self.reaped + sum(self.seen.values())
        return out

    def python_split(self) -> dict[str, float]:
        """The Python side's CPU seconds split: the daemon's own (preloading the models)
        and the workers' (every task), as last seen, and how many workers there were."""
        self()
        return {
            "daemon (model preload)": self.daemon_own,
            "workers": sum(self.seen.values()),
            "worker processes": float(len(self.seen)),
        }


def _children(pid: int) -> list[int]:
    """Child pids of ``pid`` (Linux: /proc/PID/task/*/children)."""
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                found += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return sorted(set(found))


class Laps:
    """Wall and CPU seconds of consecutive stages of one process: :meth:`lap` closes the
    stage running since the last lap (``probe`` gives cumulative CPU seconds by kind)."""

    def __init__(self, probe) -> None:
        import time

        self.probe, self.t = probe, time.perf_counter()
        self.at = probe()
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, dict[str, float]] = {}

    def lap(self, stage: str) -> None:
        import time

        now, at = time.perf_counter(), self.probe()
        self.wall[stage] = round(now - self.t, 3)
        self.cpu[stage] = {k: round(v - self.at.get(k, 0.0), 3) for k, v in sorted(at.items())}
        self.t, self.at = now, at


def hwm(pid: int) -> float:
    """Peak resident memory (VmHWM) of process ``pid`` in MB; 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _rss(pid: int) -> float:
    """Resident memory (VmRSS) of ``pid`` in MB; 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def python_workers(jvm: int) -> list[int]:
    """The pids of the Python workers under the executor JVM ``jvm`` (local mode): the
    processes forked by pyspark's daemon, itself a child of the JVM."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    daemons = children.get(jvm, [])
    return sorted(w for d in daemons for w in children.get(d, []))


class WorkerMemory:
    """Samples the resident memory of every Python worker of a local Spark run every
    ``every`` seconds in a thread: ``peaks`` (pid -> peak MB, VmHWM when last seen) and
    ``by_stage`` (stage of ``report`` running -> the largest worker RSS seen, MB)."""

    def __init__(self, jvm: int, report, every: float = 0.5, cpu=None) -> None:
        import threading

        self.jvm, self.report, self.every, self.cpu = jvm, report, every, cpu
        self.peaks: dict[int, float] = {}
        self.by_stage: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _stage(self) -> str:
        from consilience.spark_job import STAGES

        done = len(self.report.seconds)
        return STAGES[done] if done < len(STAGES) else "end"

    def _sample(self) -> None:
        if self.cpu is not None:
            self.cpu()
        stage = self._stage()
        for pid in python_workers(self.jvm):
            self.peaks[pid] = max(self.peaks.get(pid, 0.0), hwm(pid))
            rss = _rss(pid)
            self.by_stage[stage] = max(self.by_stage.get(stage, 0.0), rss)

    def _loop(self) -> None:
        while not self._stop.wait(self.every):
            self._sample()


def run(code: str, *args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-4000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def f1(stories: list[list[str]], gold_of_source) -> float | None:
    """Story B-cubed F1 against the corpus labels (sources ``FILE#ID`` -> event)."""
    from consilience.stories import bcubed

    pred = {a: str(k) for k, s in enumerate(stories) for a in s}
    gold = {a: gold_of_source(a) for a in pred}
    gold = {a: g for a, g in gold.items() if g is not None}
    return bcubed({a: pred[a] for a in gold}, gold)[2] if gold else None


def _single_run(work: Path, corpus: Path, reuse: bool) -> dict:
    """The single-machine run on ``corpus`` in ``work``; with ``reuse`` (``--keep``), the
    one a previous run of the same corpus left there (``single.json``, its briefs and store
    complete), so an interrupted bench resumes at its Spark half."""
    done = work / "single.json"
    if reuse and done.exists() and (work / "single.jsonl").exists():
        print(f"single machine : reusing the finished run in {work}", file=sys.stderr)
        return json.loads(done.read_text(encoding="utf-8"))
    single = run(
        SINGLE, str(corpus), str(work / "single.db"), str(work / "single.jsonl"), str(HERE)
    )
    done.write_text(json.dumps(single), encoding="utf-8")
    return single


def same_briefs(
    single: Path, spark: Path, moved: tuple[str, str] | None = None
) -> tuple[int, int, int, list[str]]:
    """(stories both paths form, of which with identical brief bytes, briefs in all, the
    brief keys that differ in the others: ``"story.id"``, ``"conflicts"``...). ``moved``:
    ``(Spark's corpus folder, the single machine's)`` when the halves read copies of one
    corpus in two folders (``--report``): the sources in Spark's briefs are named after
    its own copy, so that folder is renamed before the bytes are compared."""

    def by_members(path: Path) -> dict[tuple, str]:
        out = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if moved and path == spark:
                line = line.replace(moved[0], moved[1])
            heads = json.loads(line)["story"]["articles"]
            out[tuple(sorted(h["id"] for h in heads))] = line
        return out

    a, b = by_members(single), by_members(spark)
    both = set(a) & set(b)
    differ = sorted({k for m in both if a[m] != b[m] for k in _diff_keys(a[m], b[m])})
    return len(both), sum(a[k] == b[k] for k in both), len(a), differ


def _diff_keys(x: str, y: str) -> list[str]:
    """The top-level keys (``story`` split into its own keys) where two briefs differ."""
    bx, by = json.loads(x), json.loads(y)
    out = [f"story.{k}" for k in bx["story"] if bx["story"][k] != by["story"].get(k)]
    return out + [k for k in bx if k != "story" and bx[k] != by.get(k)]


def blocking(keep: Path | None = None) -> None:
    """Story B-cubed F1 on ECB+: clustering everything at once vs Spark's blocking (each
    block clustered with the corpus's document frequencies, as the job does). Story items
    from ``keep/single.db`` when a run with ``--keep`` left one there (ingest's own items),
    else bench/stories_bench.py's pipeline items."""
    from consilience import spark_job
    from consilience import stories as st

    items, gold = _blocking_items(keep)
    whole = st.cluster(items)
    recs = [
        {
            "id": it.id,
            "title": it.title,
            "text": it.text,
            "published": it.published,
            "item_entities": it.entities,
            "item_vector": it.vector.astype("float32").tobytes(),
        }
        for it in items
    ]
    blocks = spark_job.blocks_in_memory(recs, st.Params().window_days)
    by: dict[str, list] = {}
    for it in items:
        by.setdefault(blocks[it.id], []).append(it)
    freq = st.document_frequencies(items)
    found = [s for b in by.values() for s in st.cluster(b, frequencies=freq)]
    f_whole = st.bcubed(st.labels_of(whole), gold)[2]
    f_blocked = st.bcubed(st.labels_of(found), gold)[2]
    named = {frozenset(s.articles): s.id for s in whole}
    same = [s for s in found if named.get(frozenset(s.articles)) is not None]
    sizes = sorted((len(v) for v in by.values()), reverse=True)
    print(
        f"ECB+ {len(items)} articles: story B-cubed F1 all at once {f_whole:.4f}, "
        f"blocked {f_blocked:.4f}, diff {f_blocked - f_whole:+.4f} (target within 0.005)"
    )
    print(
        f"blocks {len(by)} (largest {sizes[:5]}); stories: {len(whole)} all at once, "
        f"{len(found)} blocked, {len(same)} formed by both, "
        f"{sum(named[frozenset(s.articles)] == s.id for s in same)} of them with the same id"
    )


def _blocking_items(keep: Path | None) -> tuple[list, dict[str, str]]:
    """(story items, article id -> ECB+ event) for :func:`blocking`."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "src"))
    if keep is not None and (keep / "single.db").exists():
        from consilience import pipeline
        from consilience.store import Store

        rows = [json.loads(line) for line in open(keep / "corpus.jsonl", encoding="utf-8")]
        event = {r["id"]: r["event"] for r in rows}
        store = Store(keep / "single.db")
        ids = store.article_ids()
        gold = {a.id: event[a.source.rsplit("#", 1)[-1]] for a in store.articles(ids)}
        return pipeline.story_items(store, ids), gold
    import stories_bench

    rows = stories_bench.load_rows()
    return stories_bench.items_pipeline(rows), {r["id"]: r["event"] for r in rows}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=200, help="first N records of the corpus (0: all)")
    ap.add_argument(
        "--all",
        action="store_true",
        help="every record of the corpus (--limit 0; no --small run unless given): the "
        "acceptance run on all of ECB+",
    )
    ap.add_argument(
        "--single-only",
        action="store_true",
        help="only the single-machine half (with --keep: a later run reuses it)",
    )
    ap.add_argument(
        "--small",
        type=int,
        default=None,
        help="records of the second, Spark-only run whose peak memory is shown beside the "
        "full run's (default: a quarter of --limit; 0: none)",
    )
    ap.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="work in (and keep) this folder; a finished single-machine run found there is reused",
    )
    ap.add_argument("--blocking", action="store_true", help="only the ECB+ blocking F1")
    ap.add_argument(
        "--spark-only", action="store_true", help="no single-machine run: Spark's time and memory"
    )
    ap.add_argument(
        "--no-preload",
        action="store_true",
        help="Spark workers load the models themselves (pyspark's own daemon), to measure the "
        "preloading daemon (consilience.spark_daemon)",
    )
    ap.add_argument(
        "--report",
        nargs="+",
        type=Path,
        default=None,
        metavar="DIR",
        help="run nothing: compare the single-machine half kept in the first DIR with the "
        "Spark half kept in the second (default: the same), as --keep left them",
    )
    args = ap.parse_args()
    if args.blocking:
        blocking(args.keep)
        return
    if args.report:
        report_kept(args.report[0], args.report[-1])
        return
    src = args.corpus
    if src is None:
        shared = shared_dir()
        if shared is None:
            raise SystemExit("no corpus: give --corpus or set CONSILIENCE_SHARED")
        src = shared / "datasets" / "ecbplus" / "articles.jsonl"
    if args.all:
        args.limit = 0
    if args.single_only and args.keep is None:
        raise SystemExit("--single-only needs --keep DIR (where the Spark half will find it)")
    small = max(args.limit, 0) // 4 if args.small is None else args.small
    preload = "no-preload" if args.no_preload else "preload"
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus = work / "corpus.jsonl"
        gold = write_corpus(src, args.limit, corpus)
        single = None if args.spark_only else _single_run(work, corpus, args.keep is not None)
        if args.single_only:
            print(f"single machine : {single['seconds']:.1f} s, kept in {work}")
            return
        spark = run(SPARK, str(corpus), str(work / "spark-out"), str(HERE), preload)
        (work / "spark.json").write_text(json.dumps(spark))
        if single is not None:
            briefs = same_briefs(work / "single.jsonl", work / "spark-out" / "briefs.jsonl")
        lesser = None
        if small > 0:
            write_corpus(src, small, work / "small.jsonl")
            lesser = run(
                SPARK, str(work / "small.jsonl"), str(work / "spark-small"), str(HERE), preload
            )
            (work / "spark-small.json").write_text(json.dumps(lesser))
    first = f"first {args.limit}" if args.limit > 0 else "all"
    print(f"corpus: {src} ({first} records, {spark['stored']} articles stored)")
    if single is None:
        spark_speed(spark)
        breakdown({}, spark)
        memory(spark, lesser)
        return
    speed(single, spark)
    memory(spark, lesser)
    quality(single, spark, gold, briefs)
    cc_news(spark)


def report_kept(single_dir: Path, spark_dir: Path) -> None:
    """Print the comparison of a single-machine half kept in ``single_dir`` (``single.json``,
    ``single.jsonl``, ``corpus.jsonl``) and a Spark half kept in ``spark_dir``
    (``spark.json``, ``spark-out/briefs.jsonl``), run on the same corpus."""
    corpus = single_dir / "corpus.jsonl"
    if (spark_dir / "corpus.jsonl").read_bytes() != corpus.read_bytes():
        raise SystemExit(f"{single_dir} and {spark_dir} hold different corpora")
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    gold = {r["id"]: r["event"] for r in rows if "event" in r}
    single = json.loads((single_dir / "single.json").read_text(encoding="utf-8"))
    spark = json.loads((spark_dir / "spark.json").read_text(encoding="utf-8"))
    moved = (str(spark_dir.resolve()) + os.sep, str(single_dir.resolve()) + os.sep)
    briefs = same_briefs(
        single_dir / "single.jsonl", spark_dir / "spark-out" / "briefs.jsonl", moved
    )
    print(f"corpus: {corpus} ({spark['stored']} articles stored; halves kept, not run now)")
    speed(single, spark)
    memory(spark, None)
    quality(single, spark, gold, briefs)
    cc_news(spark)


def speed(single: dict, spark: dict) -> None:
    """Articles/s of both paths, the overhead ratio and Spark's time per stage."""
    n = single["stored"]
    print(
        f"single machine : {single['seconds']:8.1f} s  {n / single['seconds']:6.2f} articles/s"
        f"  peak RSS {single['rss_mb']:.0f} MB"
    )
    spark_speed(spark)
    print(
        f"overhead ratio : {spark['seconds'] / single['seconds']:.2f}x (spark / single; target 1.3)"
    )
    breakdown(single, spark)


def _cpu_cells(cpu: dict[str, float], kinds: Sequence[str]) -> str:
    return "  ".join(f"{cpu.get(k, 0.0):7.1f}" for k in kinds)


def breakdown(single: dict, spark: dict | None = None) -> None:
    """Wall and CPU seconds (user + system) per stage of each path, measured in the same
    run: the single machine's by ``os.times`` (this process and its waited-for children:
    the spaCy and brief worker processes), Spark's per process kind from /proc (driver,
    JVM, Python daemon and workers alive or reaped). Total CPU over wall is how many of
    the two cores a stage kept busy."""
    totals = [sum(sum(c.values()) for c in r["cpu"].values()) for r in (single, spark) if r]
    if len(totals) == 2 and totals[0]:
        print(
            f"CPU seconds    : single {totals[0]:.1f}, spark {totals[1]:.1f} "
            f"({totals[1] / totals[0]:.2f}x; user + system of every process of each path)"
        )
    for name, run_ in (("single machine", single), ("spark local[2]", spark)):
        if not run_ or "cpu" not in run_:
            continue
        kinds = sorted({k for c in run_["cpu"].values() for k in c})
        print(
            f"{name} per stage: wall s | CPU s: {'  '.join(f'{k:>7}' for k in kinds)}"
            "    total  cores"
        )
        for stage, cpu in run_["cpu"].items():
            wall, total = run_["wall"].get(stage, 0.0), sum(cpu.values())
            print(
                f"  {stage:<44}{wall:7.1f} | {_cpu_cells(cpu, kinds)}  {total:7.1f}"
                f"  {total / wall if wall else 0.0:5.2f}"
            )
        all_cpu = sum(sum(c.values()) for c in run_["cpu"].values())
        print(f"  {'all (from process start)':<44}{run_['seconds']:7.1f} | CPU {all_cpu:.1f} s")
        for k, v in run_.get("python_cpu", {}).items():
            print(f"  python {k:<37}        {v:7.1f}" + ("" if "processes" in k else " s CPU"))


def spark_speed(spark: dict) -> None:
    """Spark's time, articles/s and time per stage."""
    print(
        f"spark local[2] : {spark['seconds']:8.1f} s  {spark['stored'] / spark['seconds']:6.2f}"
        f" articles/s  ({spark['line']})"
    )
    stages = ", ".join(f"{k} {v:.1f}" for k, v in spark.get("stages", {}).items())
    print(f"spark stages   : {stages} s (wall; the rest is session start and model loading)")


def memory(spark: dict, lesser: dict | None) -> None:
    """Peak RSS of the Python workers (largest worker, per stage) and of the executor JVM,
    of the full run and of the smaller one side by side: bounded by a partition, the
    largest block and the largest story, not the corpus."""
    runs = [r for r in (lesser, spark) if r is not None]
    print("peak memory    : " + " | ".join(f"{r['stored']:>5d} articles" for r in runs))
    stages = [
        k for k in (*_stage_names(), "end") if any(k in r.get("stage_rss_mb", {}) for r in runs)
    ]
    for k in stages:
        cells = " | ".join(f"{r.get('stage_rss_mb', {}).get(k, 0):>5.0f} MB     " for r in runs)
        print(f"  worker, {k:<12}: {cells}")
    rows = {
        "worker peak": lambda r: f"{max(r['worker_rss_mb'], default=0):>5.0f} MB     ",
        "workers": lambda r: f"{len(r['worker_rss_mb']):>5d}        ",
        "executor JVM": lambda r: f"{r['jvm_rss_mb']:>5.0f} MB     ",
        "largest block": lambda r: f"{r['largest_block']:>5d} articles",
        "largest story": lambda r: f"{r.get('largest_story', 0):>5d} articles",
    }
    for name, cell in rows.items():
        print(f"  {name:<20}: " + " | ".join(cell(r) for r in runs))


def _stage_names() -> tuple[str, ...]:
    from consilience.spark_job import STAGES

    return STAGES


def quality(single: dict, spark: dict, gold: dict, briefs: tuple) -> None:
    """Story B-cubed F1 of both paths (labelled corpora) and brief identity."""

    def label(source: str) -> str | None:
        return gold.get(source.rsplit("#", 1)[-1])

    if gold:
        f_single, f_spark = f1(single["stories"], label), f1(spark["stories"], label)
        print(
            f"story B-cubed F1: single {f_single:.4f}  spark {f_spark:.4f}  "
            f"diff {abs(f_single - f_spark):.4f} (target <= 0.005)"
        )
    shared_n, identical, total, differ = briefs
    print(
        f"briefs         : {shared_n} of {total} stories formed by both paths, "
        f"{identical} of those byte-identical"
        + (f" (the others differ in: {', '.join(differ)})" if differ else "")
    )


def cc_news(spark: dict) -> None:
    """Executor-hours for a month of CC-NEWS from Spark's measured cost per article."""
    per_article = spark["seconds"] / max(spark["stored"], 1)  # 2 cores busy
    executor_hours = CC_NEWS_MONTH * per_article * 2 / 3600  # core-seconds -> 1-core executors
    print(
        f"CC-NEWS month  : {CC_NEWS_MONTH:,} articles (1.3e9 over {CC_NEWS_MONTHS} months, "
        f"arXiv:2605.18337) x {per_article * 2:.3f} core-s/article = "
        f"{executor_hours:,.0f} executor-hours (1 core each)"
    )


if __name__ == "__main__":
    main()
