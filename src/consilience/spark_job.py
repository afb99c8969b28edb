"""consilience on Apache Spark: from crawled news (WARC, JSONL, feeds, any file consilience
reads) to briefs, past one machine. It holds no analysis logic: every stage calls the
functions the single-machine path calls.

    files -> read + normalise (read.read_bytes, normalise.normalise)     executors
          -> one record per text, in read order, batches of ``batch_size``
          -> analyse, extract, embed (pipeline.analyse_batch)           executors
          -> Parquet: articles, appearances, analyses, extractions, vectors, skipped
          -> blocks (publication-date windows x MinHash LSH bands)      executors + driver
          -> stories per block (stories.cluster)                        executors
          -> a brief per story (pipeline.brief_of on the story's records)  executors
          -> briefs.jsonl (and html/ on request), stories Parquet, summary.json

Run it with ``consilience spark INPUT... --out DIR [--master URL]`` or with
``spark-submit --master URL .../consilience/spark_entry.py INPUT... --out DIR`` (see
``docs/spark.md``, which also gives the output schema).

Batches are cut from the deduplicated articles in read order exactly as ingest cuts them,
so the models see the same calls and the vectors, Docs and briefs come out the same bytes.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from . import archive_import as records
from .model import Skipped, Story

#: Candidate buckets (LSH, no all-pairs comparison): a MinHash of the signature (entities
#: and title words, tokens in more than COMMON_SHARE of the articles left out) in BANDS
#: bands of ROWS values, and the document vector's signs on HBANDS bands of HBITS random
#: hyperplanes (fixed seed).
BANDS, ROWS = 16, 2
HBANDS, HBITS = 16, 10
COMMON_SHARE, COMMON_MIN = 0.02, 20
#: Two candidates are linked when their document vectors' cosine reaches this (the
#: clusterer joins at 0.45 of a mix of dense and lexical similarity; chosen on ECB+ so the
#: story B-cubed F1 stays within 0.005 of clustering all articles at once: bench/spark_bench.py).
LINK_COSINE = 0.40
#: A bucket with more articles than this links none of them (a signature so common it says
#: nothing).
MAX_BUCKET = 2000
#: Analysis tasks per core (whole batches each): with one task per core, the core whose
#: half of the corpus holds the longer articles finishes last while the other idles; with
#: a few per core, a core that is done takes the next task (its Python worker, models
#: loaded, is reused).
TASKS_PER_CORE = 4
#: Partition sizes do not grow with the corpus, so neither does a Python worker's memory:
#: at most this many analysis batches per task, read records per partition of the read
#: and appearance stages, and stories per partition of the brief stage (more partitions
#: when the corpus is larger).
BATCHES_PER_TASK = 4
RECORDS_PER_PART = 256
STORIES_PER_PART = 16


def partitions(n: int, per_part: int, parallelism: int) -> int:
    """How many partitions ``n`` items get: at least ``parallelism`` (every core busy, when
    there are that many items), at most ``per_part`` items in each."""
    return max(1, min(n, parallelism), -(-n // per_part))


#: The stages of a run, in order, as ``SparkReport.seconds`` names them.
STAGES = ("read", "analyse", "appearances", "stories", "briefs")


@dataclass
class SparkReport:
    """What a Spark run did. ``read = stored + repeated + skipped``: records the readers
    yielded; distinct texts stored; texts read again (kept as appearances); inputs or
    records skipped (with reasons, in ``skipped.parquet``)."""

    read: int = 0
    stored: int = 0
    repeated: int = 0
    skipped: int = 0
    stories: int = 0
    blocks: int = 0
    largest_block: int = 0
    out: str = ""
    skipped_reasons: list[Skipped] = field(default_factory=list)
    #: wall seconds per stage, in run order (Spark is lazy: a stage's time includes the
    #: work its first action triggers): read, analyse, appearances, stories, briefs
    seconds: dict[str, float] = field(default_factory=dict)
    #: CPU seconds per stage when ``probe`` is set: stage -> {process kind -> seconds},
    #: the differences of what ``probe`` returns (e.g. ``{"driver": .., "jvm": ..,
    #: "python": ..}``, cumulative user + system seconds) at the stage's start and end
    cpu: dict[str, dict[str, float]] = field(default_factory=dict)
    probe: Callable[[], dict[str, float]] | None = field(default=None, repr=False)
    _cpu_at: dict[str, float] = field(default_factory=dict, repr=False)

    def begin(self) -> float:
        """Start timing the first stage: returns ``time.perf_counter()`` (and takes the
        first ``probe`` reading)."""
        import time

        if self.probe is not None:
            self._cpu_at = self.probe()
        return time.perf_counter()

    def lap(self, stage: str, since: float) -> float:
        """Record the wall time of ``stage`` from ``since`` (``time.perf_counter``) and,
        with a ``probe``, its CPU seconds per process kind; returns now."""
        import time

        now = time.perf_counter()
        self.seconds[stage] = round(now - since, 3)
        if self.probe is not None:
            at = self.probe()
            self.cpu[stage] = {
                k: round(v - self._cpu_at.get(k, 0.0), 3) for k, v in sorted(at.items())
            }
            self._cpu_at = at
        return now

    def line(self) -> str:
        """The counts in one line, as printed at the end of a run."""
        return (
            f"read {self.read} = stored {self.stored} + repeated {self.repeated} + skipped "
            f"{self.skipped}; {self.stories} stories in {self.blocks} blocks (largest "
            f"{self.largest_block} articles) -> {self.out}"
        )


# --------------------------------------------------------------------------- session


def _keep():
    """MEMORY_AND_DISK: a persisted stage spills to disk rather than being computed again."""
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


#: The executors' Python daemon: pyspark's, with the models loaded before it forks a
#: worker (:mod:`consilience.spark_daemon`).
DAEMON_CONF = {"spark.python.daemon.module": "consilience.spark_daemon"}

#: Resident memory of a Python worker above which pyspark spills a Python shuffle
#: aggregation (groupByKey, reduceByKey, join) to disk. pyspark compares the worker's
#: whole RSS with it, and the models alone hold about 1.2 GB of an analysis worker: at
#: pyspark's default (512m) every aggregation spilled and re-merged its data after each
#: batch of records (with the other cuts of session 9, the Python CPU of the story and
#: brief stages on ECB+'s first 200 records fell from 117 to 74 s: docs/spark.md). With
#: 3g a worker spills once its data passes about 1.5 GB, so its memory stays bounded.
WORKER_CONF = {"spark.python.worker.memory": "3g"}


#: For a local master, where the driver's JVM is the executor: no web UI (a Jetty
#: server and its listeners for a batch job nobody watches), the JVM's quick compiler
#: only (-XX:TieredStopAtLevel=1: the optimising compiler's threads cost more CPU than
#: they save in a job of minutes whose heavy work is in Python) and the serial garbage
#: collector (no concurrent GC threads competing with the Python workers for the cores).
LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
}


def local_cores(master: str) -> int | None:
    """The cores of a local master (``local`` 1, ``local[4]`` 4, ``local[*]`` this
    machine's, ``local[2,3]`` 2: failures allowed are not cores); None when not local."""
    if master == "local":
        return 1
    if not master.startswith("local["):
        return None
    cores = master[len("local[") :].split(",")[0].rstrip("]")
    return (os.cpu_count() or 1) if cores == "*" else max(1, int(cores))


def session_conf(master: str, *, preload: bool = True) -> dict[str, str]:
    """The settings :func:`session` gives a session on ``master``: :data:`WORKER_CONF`,
    :data:`DAEMON_CONF` with ``preload``, and for a local master :data:`LOCAL_CONF` and
    :data:`TASKS_PER_CORE` SQL shuffle partitions per core (Spark's default is 200 for a
    cluster; the job's own shuffles size themselves)."""
    conf = {
        "spark.python.worker.reuse": "true",
        "spark.sql.execution.pyspark.udf.faulthandler.enabled": "true",
        "spark.ui.showConsoleProgress": "false",
        "spark.executorEnv.PYTHONHASHSEED": "0",
        **WORKER_CONF,
        **(DAEMON_CONF if preload else {}),
    }
    cores = local_cores(master)
    if cores is not None:
        conf |= {**LOCAL_CONF, "spark.sql.shuffle.partitions": str(TASKS_PER_CORE * cores)}
    return conf


def session(master: str = "local[*]", app_name: str = "consilience", *, preload: bool = True):
    """A SparkSession on ``master`` (``local[*]``, ``local[2]``, ``spark://host:7077``...)
    with :func:`session_conf`: Python workers are reused and spill only above
    :data:`WORKER_CONF`; with ``preload`` (the default) they are forked from a daemon that
    has loaded spaCy and the embedder (:data:`DAEMON_CONF`), so a worker forked for a later
    stage (Spark stops workers idle for a minute) does not load them again. Raises
    ImportError without pyspark."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.master(master).appName(app_name)
    for key, value in session_conf(master, preload=preload).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


# --------------------------------------------------------------------------- inputs


def _has_scheme(path: str) -> bool:
    scheme = urlparse(path).scheme
    return len(scheme) > 1 and scheme != "file"  # "C:" is a drive, not a scheme


def _local_path(uri: str) -> str:
    """``file:/a/b%20c`` -> ``/a/b c``."""
    return unquote(urlparse(uri).path) if uri.startswith("file:") else uri


def display_source(uri: str, given: str) -> str:
    """The source single-machine ingest gives the file ``uri`` (as Spark lists it) found
    under the input ``given``: a local file's canonical path (absolute, symlinks resolved:
    :func:`read.canonical_sources`), so one file is one source however it was named;
    remote files keep their URI."""
    if _has_scheme(given) or _has_scheme(uri):
        return uri
    return os.path.realpath(_local_path(uri))


def _input_files(spark, inputs: Sequence[str]) -> tuple[Any, list[Skipped]]:
    """One RDD of ``((input no, path parts), source, bytes)`` over every file of
    ``inputs`` (files, folders read recursively, globs, any URI the cluster reads), and
    the inputs that hold nothing readable."""
    skipped: list[Skipped] = []
    rdds = []
    for i, given in enumerate(inputs):
        if (
            not _has_scheme(given)
            and not any(c in given for c in "*?[")
            and not os.path.exists(_local_path(given))
        ):
            skipped.append(Skipped(given, "no such file or directory"))
            continue
        target = given if _has_scheme(given) else os.path.abspath(_local_path(given))
        try:
            frame = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
            rows = frame.load(target).select("path", "content")
        except Exception as exc:  # noqa: BLE001 - Spark raises its own AnalysisException
            skipped.append(Skipped(given, f"cannot list the input ({str(exc).splitlines()[0]})"))
            continue
        rdds.append(rows.rdd.map(lambda r, i=i, g=given: _file_item(i, g, r.path, r.content)))
    if not rdds:
        return spark.sparkContext.emptyRDD(), skipped
    return spark.sparkContext.union(rdds), skipped


def _file_item(i: int, given: str, uri: str, content: bytes) -> tuple[Any, str, bytes]:
    source = display_source(uri, given)
    return (i, tuple(source.split("/"))), source, bytes(content)


def read_file(item: tuple[Any, str, bytes], options: dict[str, Any]) -> Iterator[tuple]:
    """Read and normalise one file in an executor (:func:`read.read_bytes`,
    :func:`normalise.normalise`). Yields ``("article", order, Article)`` and
    ``("skipped", order, Skipped)``; ``order`` = (input no, path parts, record no) is the
    single-machine read order. Never raises: a reader failing on a record is a Skipped."""
    from .normalise import normalise
    from .read import read_bytes

    key, source, data = item
    results = read_bytes(data, source, max_bytes=options["max_bytes"])
    n = 0
    while True:
        order = (*key, n)
        try:
            raw = next(results)
        except StopIteration:
            return
        except Exception as exc:  # noqa: BLE001 - a bad record never fails the job
            yield "skipped", order, Skipped(source, f"unreadable ({type(exc).__name__}: {exc})")
            return
        n += 1
        if isinstance(raw, Skipped):
            yield "skipped", order, raw
            continue
        try:
            found = normalise(raw, published=options["published"], max_chars=options["max_chars"])
        except Exception as exc:  # noqa: BLE001
            found = Skipped(raw.source, f"cannot normalise ({type(exc).__name__}: {exc})")
        yield ("skipped" if isinstance(found, Skipped) else "article"), order, found


# --------------------------------------------------------------------------- per article


def analyse_partition(rows: Iterable[tuple[tuple[int, int], Any]], batch_size: int) -> Iterator:
    """``((batch, seq), Article)`` rows of one partition, sorted -> one record per article
    (:func:`archive_import.record_of`), each batch through :func:`pipeline.analyse_batch`
    (models loaded once per Python worker)."""
    from . import pipeline

    for _batch, group in itertools.groupby(rows, key=lambda r: r[0][0]):
        batch = list(group)
        results = pipeline.analyse_batch([a for _k, a in batch], batch_size=batch_size)
        for ((_b, seq), art), result in zip(batch, results, strict=True):
            if isinstance(result, Skipped):  # an extractor failed on it: reported, not stored
                yield {"seq": seq, "article_id": art.id, "skipped": [result.source, result.reason]}
            else:
                yield records.record_of(result, seq)


def drop_failed(recs, report: SparkReport):
    """``recs`` without the articles an extractor failed on (:func:`analyse_partition`'s
    ``skipped`` rows), which join the report's skipped inputs (``stored`` goes down, so
    ``read = stored + repeated + skipped`` still holds) -> (records, their article ids)."""
    failed = recs.filter(lambda r: "skipped" in r).collect()
    if not failed:
        return recs, frozenset()
    failed.sort(key=lambda r: r["seq"])
    report.skipped_reasons = [*report.skipped_reasons, *(Skipped(*r["skipped"]) for r in failed)]
    report.skipped += len(failed)
    report.stored -= len(failed)
    return recs.filter(lambda r: "skipped" not in r), frozenset(r["article_id"] for r in failed)


def appearance_row(order: tuple, article) -> dict[str, Any]:
    """One read of a text: the appearance columns, its article id and read order."""
    row = {k: getattr(article, k) for k in records.APPEARANCE_FIELDS}
    row["article_id"] = article.id
    row["order"] = order
    return row


# --------------------------------------------------------------------------- blocking


def _day(published: str | None) -> int | None:
    from datetime import date

    try:
        return date.fromisoformat((published or "")[:10]).toordinal()
    except ValueError:
        return None


def signature(title: str | None, entities: Sequence[str], text: str) -> set[str]:
    """The blocking signature of an article: its entities and title words (lower case);
    the first 40 words of the text when both are empty."""
    words = {w.strip(".,;:!?\"'()").lower() for w in (title or "").split()}
    found = {e.lower() for e in entities} | {w for w in words if len(w) > 3}
    return found or {w.lower() for w in text.split()[:40]}


def common_cap(n_articles: int) -> int:
    """Signature tokens in more articles than this are left out of the MinHash."""
    return max(COMMON_MIN, int(COMMON_SHARE * n_articles))


@functools.cache
def _hyperplanes() -> Any:
    import numpy as np

    rng = np.random.default_rng(7)
    return rng.standard_normal((HBANDS * HBITS, 384)).astype(np.float32)


def _bands(row: dict[str, Any], common: frozenset[str]) -> list[tuple[str, int, str]]:
    from datasketch import MinHash

    sig = signature(row["title"], row["item_entities"] or [], row["text"])
    tokens = sorted(sig - common) or sorted(sig)
    mh = MinHash(num_perm=BANDS * ROWS, seed=11)
    for token in tokens:
        mh.update(token.encode("utf-8"))
    out = [
        ("m", b, _digest(mh.hashvalues[b * ROWS : (b + 1) * ROWS].tobytes())) for b in range(BANDS)
    ]
    if row.get("item_vector") is not None:
        import numpy as np

        signs = (_hyperplanes() @ np.frombuffer(row["item_vector"], np.float32)) > 0
        out += [
            ("h", b, _digest(signs[b * HBITS : (b + 1) * HBITS].tobytes())) for b in range(HBANDS)
        ]
    return out


def _digest(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


def block_keys(
    row: dict[str, Any], window_days: int, common: frozenset[str] = frozenset()
) -> list[tuple[str, str, int, str]]:
    """The LSH bucket keys of an article: ``(window, family, band, band hash)``. A dated
    article is in its window (publication day // ``window_days``) and the next, so two
    articles at most ``window_days`` apart share a window; every article is also in window
    ``"u"``, whose buckets only link when they hold an undated article (which the clusterer
    compares with stories of any date). ``common``: signature tokens left out."""
    day = _day(row["published"])
    windows = ["u"] if day is None else [str(day // window_days), str(day // window_days + 1), "u"]
    return [(w, *band) for w in windows for band in _bands(row, common)]


def bucket_edges(members: Iterable[tuple], undated_window: bool) -> list[tuple[str, str]]:
    """Edges among the members ``(article id, undated, document vector bytes or None)`` of
    one bucket: the pairs whose vectors' cosine reaches :data:`LINK_COSINE` (a pair
    without a vector is linked). None when the bucket is over :data:`MAX_BUCKET` or is an
    undated-window bucket without an undated article."""
    import numpy as np

    found = sorted({m[0]: m for m in members}.values(), key=lambda m: m[0])
    if len(found) < 2 or len(found) > MAX_BUCKET:
        return []
    if undated_window and not any(m[1] for m in found):
        return []
    vecs = np.stack(
        [
            np.frombuffer(m[2], np.float32) if m[2] is not None else np.zeros(384, np.float32)
            for m in found
        ]
    )
    sims = vecs @ vecs.T
    missing = [m[2] is None for m in found]
    return [
        (found[a][0], found[b][0])
        for a in range(len(found))
        for b in range(a + 1, len(found))
        if missing[a] or missing[b] or sims[a, b] >= LINK_COSINE
    ]


def blocks_in_memory(rows: Sequence[dict[str, Any]], window_days: int) -> dict[str, str]:
    """:func:`block_keys`, :func:`bucket_edges` and :func:`components` over ``rows`` in this
    process (what the Spark stage computes; for tests and benchmarks)."""
    from collections import Counter

    df = Counter(
        t for r in rows for t in signature(r["title"], r["item_entities"] or [], r["text"])
    )
    cap = common_cap(len(rows))
    common = frozenset(t for t, n in df.items() if n > cap)
    buckets: dict[tuple, list[tuple]] = {}
    for r in rows:
        member = (r["id"], _day(r["published"]) is None, r.get("item_vector"))
        for key in block_keys(r, window_days, common):
            buckets.setdefault(key, []).append(member)
    edges = [e for key, m in buckets.items() for e in bucket_edges(m, key[0] == "u")]
    return components([r["id"] for r in rows], edges)


def components(ids: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find: article id -> its block (the smallest id of its connected component)."""
    parent: dict[str, str] = {i: i for i in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: root(i) for i in parent}


def story_item(row: dict[str, Any]) -> Any:
    """The clusterer's view (``stories.StoryItem``) of one record, built as
    :func:`pipeline.story_items` builds it from the store."""
    import numpy as np

    from . import stories

    vector = row["item_vector"]
    return stories.StoryItem(
        row["id"],
        (row["title"] or "").strip(),
        row["text"],
        row["published"],
        None if vector is None else np.frombuffer(vector, np.float32),
        list(row["item_entities"] or []),
    )


def cluster_block(rows: Iterable[dict[str, Any]], frequencies: Any = None) -> list[Story]:
    """The stories of one block: :func:`stories.cluster` over its articles' story items,
    weighing terms by ``frequencies``, the document frequencies of the whole corpus
    (:func:`stories.document_frequencies`; the block's own when None), as clustering all
    articles at once weighs them."""
    from . import stories

    return stories.cluster([story_item(r) for r in rows], frequencies=frequencies)


def story_sort_key(story: Story, published: dict[str, str | None]) -> tuple:
    """Stories in the order ``StoryIndex.to_stories`` gives: first date (undated last),
    then id."""
    days = [d for d in (_day(published.get(a)) for a in story.articles) if d is not None]
    return (not days, min(days) if days else 0, story.id)


# --------------------------------------------------------------------------- briefs


def brief_of_records(story: Story, recs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The brief of ``story`` from its articles' records, built as the single-machine path
    builds it (:func:`pipeline.brief_of`, then :func:`pipeline.with_appearances`) on an
    in-memory store holding just those records."""
    from . import pipeline
    from .store import Store

    store = Store(":memory:")
    try:
        with store.transaction():
            for rec in sorted(recs, key=lambda r: r["seq"]):
                records.put_record(store, rec, rec.get("appearances") or [])
        return pipeline.with_appearances(store, pipeline.brief_of(store, story))
    finally:
        store.close()


def brief_line(story: Story, recs: Sequence[dict[str, Any]], html: bool) -> tuple[str, str]:
    """(brief as one JSON line, its HTML page or "")."""
    brief = brief_of_records(story, recs)
    line = json.dumps(brief, ensure_ascii=False)
    if not html:
        return line, ""
    from .render_html import render_html

    return line, render_html(brief, {r["id"]: r["text"] for r in recs})


# --------------------------------------------------------------------------- the job


@dataclass
class JobOptions:
    """Options of one run: ``batch_size`` articles per model batch (ingest's default),
    ``published`` fallback date, size caps, ``html`` pages too, ``window_days`` of the
    blocking (the clusterer's date window)."""

    batch_size: int = 32
    published: str | None = None
    max_bytes: int | None = None
    max_chars: int | None = None
    html: bool = False
    window_days: int | None = None

    def reader(self) -> dict[str, Any]:
        from .normalise import DEFAULT_MAX_CHARS
        from .read import DEFAULT_MAX_BYTES

        return {
            "published": self.published,
            "max_bytes": self.max_bytes or DEFAULT_MAX_BYTES,
            "max_chars": self.max_chars or DEFAULT_MAX_CHARS,
        }


def _record_columns() -> tuple[str, ...]:
    """Every column of the per-article tables, ``seq`` first, each once."""
    cols = ["seq"]
    for table in records.TABLES.values():
        cols += [c for c in table if c not in cols]
    return tuple(cols)


def _schema(cols: Sequence[str]):
    from pyspark.sql import types as T

    s, b, i, L = T.StringType(), T.BinaryType(), T.IntegerType(), T.LongType()
    arr = T.ArrayType(T.StringType())
    kinds = {"doc": b, "vectors": b, "unit_vectors": b, "item_vector": b, "n": i, "seq": L}
    kinds |= {"unit_texts": arr, "item_entities": arr}
    return T.StructType([T.StructField(c, kinds.get(c, s), True) for c in cols])


def _write_records(spark, recs, out: str) -> None:
    """The per-article tables, each sorted by ``seq`` within its files. The records cross
    from Python to the JVM once (one frame of every column, kept while the tables are
    written), not once per table."""
    cols = _record_columns()
    rows = recs.map(lambda r: tuple(r[c] for c in cols))
    frame = spark.createDataFrame(rows, _schema(cols)).persist(_keep())
    for name in records.TABLES:
        table = frame.select("seq", *records.TABLES[name]).sortWithinPartitions("seq")
        table.write.mode("overwrite").parquet(f"{out}/{name}")
    frame.unpersist()


def _write_rows(spark, rows: list[dict[str, Any]] | Any, cols: Sequence[str], path: str) -> None:
    """``rows`` (a list, or an RDD of dicts) as Parquet at ``path``, sorted by ``seq`` and
    ``read`` where they are columns, else by the first column. A list is sorted here (nulls
    first, as Spark sorts) and written from one partition, without Spark's sort job."""
    from pyspark.sql import types as T

    types = {"seq": T.LongType(), "read": T.LongType(), "articles": T.ArrayType(T.StringType())}
    schema = T.StructType([T.StructField(c, types.get(c, T.StringType()), True) for c in cols])
    order = [c for c in ("seq", "read") if c in cols] or [cols[0]]
    if isinstance(rows, list):
        ranked = sorted(rows, key=lambda r: [(r[c] is not None, r[c]) for c in order])
        data = spark.sparkContext.parallelize([tuple(r[c] for c in cols) for r in ranked], 1)
        spark.createDataFrame(data, schema).write.mode("overwrite").parquet(path)
        return
    frame = spark.createDataFrame(rows.map(lambda r: tuple(r[c] for c in cols)), schema)
    frame.orderBy(*order).write.mode("overwrite").parquet(path)


def _read_stage(spark, inputs: Sequence[str], opts: JobOptions, report: SparkReport):
    """Read + normalise in the executors -> (articles RDD of (order, Article), the persisted
    read results, number of articles read). Sets ``report.read`` and the skipped inputs."""
    files, missing = _input_files(spark, inputs)
    reader = opts.reader()
    found = files.flatMap(lambda item: read_file(item, reader)).persist(_keep())
    tallies = found.mapPartitions(read_tally).collect()  # one job: counts and skipped
    skipped = missing + [s for _n, part in tallies for s in part]
    articles = found.filter(lambda r: r[0] == "article").map(lambda r: (r[1], r[2]))
    report.skipped, report.skipped_reasons = len(skipped), skipped
    n_articles = sum(n for n, _part in tallies)
    report.read = n_articles + len(skipped)
    return articles, found, n_articles


def read_tally(rows: Iterable[tuple[str, Any, Any]]) -> list[tuple[int, list[Skipped]]]:
    """One partition of :func:`read_file` results -> ``[(articles read, the Skipped in
    order)]``."""
    n, skipped = 0, []
    for kind, _order, found in rows:
        if kind == "skipped":
            skipped.append(found)
        else:
            n += 1
    return [(n, skipped)]


def _number(articles, report: SparkReport, parts: int):
    """Keep the first read of each text (read order) and number them: ``(seq, Article)``
    in ``parts`` partitions."""
    firsts = articles.map(lambda r: (r[1].id, r)).reduceByKey(
        lambda a, b: min(a, b, key=_first), parts
    )
    numbered = firsts.values().sortBy(lambda r: r[0], numPartitions=parts).zipWithIndex()
    numbered = numbered.map(lambda x: (x[1], x[0][1])).persist(_keep())
    report.stored = numbered.count()
    report.repeated = report.read - report.stored - report.skipped
    return numbered


def _first(r: tuple) -> tuple:
    return r[0]


def _analyse_stage(numbered, n_articles: int, opts: JobOptions, parallelism: int):
    """Batches of ``batch_size`` consecutive articles, whole batches per partition and
    contiguous ``seq`` ranges per partition (up to :data:`TASKS_PER_CORE` partitions per
    core, more when a partition would hold over :data:`BATCHES_PER_TASK` batches) ->
    records (persisted)."""
    n_batches = max(1, -(-n_articles // opts.batch_size))
    parts = analysis_partitions(n_batches, parallelism)
    size = opts.batch_size
    keyed = numbered.map(lambda r: ((r[0] // size, r[0]), r[1]))
    ordered = keyed.repartitionAndSortWithinPartitions(
        parts, partitionFunc=lambda k: k[0] * parts // n_batches
    )
    return ordered.mapPartitions(lambda rows: analyse_partition(rows, size)).persist(_keep())


def analysis_partitions(n_batches: int, parallelism: int) -> int:
    """Analysis tasks for ``n_batches`` batches: :data:`TASKS_PER_CORE` per core, or more
    so that none holds over :data:`BATCHES_PER_TASK` batches; never more than batches."""
    return max(
        1, min(n_batches, max(TASKS_PER_CORE * parallelism, -(-n_batches // BATCHES_PER_TASK)))
    )


def _appearances(articles, numbered, parts: int):
    """Every read of a stored text, with the text's ``seq`` and its own read number."""
    seqs = numbered.map(lambda r: (r[1].id, r[0]))
    reads = articles.sortBy(lambda r: r[0], numPartitions=parts).zipWithIndex()
    reads = reads.map(lambda x: (x[0][1].id, (x[1], appearance_row(x[0][0], x[0][1]))))

    def row(pair):
        (read, app), seq = pair
        return {
            **{k: app[k] for k in records.APPEARANCE_FIELDS},
            "article_id": app["article_id"],
            "read": read,
            "seq": seq,
        }

    rows = reads.join(seqs, parts).values().map(row)
    return rows.groupBy(lambda r: r["article_id"], parts).flatMap(lambda kv: printings(kv[1]))


def printings(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The appearance rows of one text (each with its ``read`` number) the store would
    keep, in read order: one per file (:func:`consilience.store.distinct_files`) and one
    per article (:func:`consilience.store.distinct_articles`: the same outlet, title and
    date printed under two file names is one article, its first read kept), so the
    ``appearances`` Parquet lists what ``consilience ingest`` stores."""
    from .store import distinct_articles, distinct_files

    return distinct_articles(distinct_files(sorted(rows, key=lambda r: r["read"])))


#: The columns of a record that blocking and clustering read.
SLIM = ("id", "title", "text", "published", "item_entities", "item_vector")


def _block_stage(slim, n: int, window_days: int, parts: int) -> tuple[dict[str, str], int]:
    """Linked article id -> its block id, and the number of blocks, over the ``n`` articles
    of ``slim``, in two jobs: signature token counts (executors) for the tokens left out;
    LSH buckets, the linked pairs within each bucket and a union-find per partition of
    buckets (executors: each task sends its forest, one edge per linked article, not every
    pair), then a union-find over those forests (driver). An article linked to none is a
    block of its own and is not in the map."""
    cap = common_cap(n)

    def tokens(r: dict[str, Any]) -> list[tuple[str, int]]:
        return [(t, 1) for t in signature(r["title"], r["item_entities"] or [], r["text"])]

    common = frozenset(
        slim.flatMap(tokens)
        .reduceByKey(lambda a, b: a + b, parts)
        .filter(lambda kv: kv[1] > cap)
        .keys()
        .collect()
    )

    def keyed(r: dict[str, Any]) -> list[tuple]:
        member = (r["id"], _day(r["published"]) is None, r["item_vector"])
        return [(k, member) for k in block_keys(r, window_days, common)]

    forests = slim.flatMap(keyed).groupByKey(parts).mapPartitions(bucket_forest).collect()
    linked = components({i for edge in forests for i in edge}, forests)
    return linked, n - len(linked) + len(set(linked.values()))


def bucket_forest(buckets: Iterable[tuple[tuple, Iterable[tuple]]]) -> list[tuple[str, str]]:
    """The :func:`bucket_edges` of some buckets (``(key, members)``) reduced to a forest
    with the same connected components: ``(article, its component's smallest id)`` for
    every linked article but that smallest one."""
    edges = [e for key, members in buckets for e in bucket_edges(members, key[0] == "u")]
    roots = components({i for edge in edges for i in edge}, edges)
    return sorted((a, r) for a, r in roots.items() if a != r)


def frequency_keys(row: dict[str, Any]) -> set[str]:
    """The terms whose document frequencies clustering an article looks up: its own terms
    (:func:`stories.item_terms`) and, for an entity of several words, the entity's last
    word, which stands for the full name when the corpus holds it alone."""
    return _own_and_wanted(row)[1]


def _own_and_wanted(row: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(the article's own terms, the terms whose frequencies it looks up)."""
    from . import stories

    terms = stories.item_terms(story_item(row))
    shorts = {
        "e:" + stories._fold(t).rsplit(" ", 1)[1] for t in terms if t.startswith("e:") and " " in t
    }
    return terms, terms | shorts


def term_requests(block: str, row: dict[str, Any]) -> list[tuple[str, tuple[str, bool]]]:
    """``(term, (block, the article holds the term))`` for every term clustering the
    article looks up (:func:`frequency_keys`)."""
    own, wanted = _own_and_wanted(row)
    return [(t, (block, t in own)) for t in sorted(wanted)]


def term_answers(term: str, requests: Iterable[tuple[str, bool]]) -> list[tuple[str, tuple]]:
    """One term's requests (:func:`term_requests`) -> ``(block, (1, (term, corpus document
    frequency)))`` for each block that looks it up, when some article holds the term (the
    frequency is the number of articles holding it, as
    :func:`stories.document_frequencies` counts)."""
    requests = list(requests)
    df = sum(1 for _b, holds in requests if holds)
    if not df:
        return []
    return [(b, (1, (term, df))) for b in sorted({b for b, _h in requests})]


def cluster_task(rows: Iterable[dict[str, Any]], frequencies: Any) -> list[tuple[tuple, Story]]:
    """:func:`cluster_block` over one block, each story with its :func:`story_sort_key`
    (computed from the block's own publication dates)."""
    rows = list(rows)
    published = {r["id"]: r["published"] for r in rows}
    return [(story_sort_key(s, published), s) for s in cluster_block(rows, frequencies)]


def _cluster_values(values: Iterable[tuple[int, Any]], n_docs: int) -> list[tuple[tuple, Story]]:
    """:func:`cluster_task` over one block's values: its records (tagged 0) and the corpus
    document frequencies of the terms they look up (tagged 1, ``(term, count)``)."""
    rows, freq = [], {}
    for tag, value in values:
        if tag == 0:
            rows.append(value)
        else:
            freq[value[0]] = value[1]
    return cluster_task(rows, (freq, n_docs))


def _story_stage(slim, linked: dict[str, str], n_docs: int, sc, parts: int) -> list[Story]:
    """Stories per block in the executors (terms weighed by the corpus's document
    frequencies), in single-machine story order, in one job: each article goes to its
    block (:func:`attach`: the map of linked articles broadcast when it is small, else
    joined); one shuffle by term counts each term's document frequency and sends it to the
    blocks that look it up (a Python worker holds a block's vocabulary, never the
    corpus's); one shuffle by block brings a block's records and frequencies together."""
    keyed = attach(slim.map(lambda r: (r["id"], r)), linked, sc, parts)
    keyed = keyed.map(lambda kv: (kv[1][1] or kv[0], kv[1][0]))
    answers = (
        keyed.flatMap(lambda kv: term_requests(*kv))
        .groupByKey(parts)
        .flatMap(lambda kv: term_answers(*kv))
    )
    grouped = keyed.mapValues(lambda r: (0, r)).union(answers).groupByKey(parts)
    found = grouped.flatMap(lambda kv: _cluster_values(kv[1], n_docs)).collect()
    return [s for _k, s in sorted(found, key=lambda ks: ks[0])]


#: A map from the driver (linked article -> block, article -> story task) of at most this
#: many entries is broadcast to the executors; a larger one is joined, so a Python worker
#: never holds more than this many entries, whatever the corpus (about 150 bytes each).
BROADCAST_MAX = 100_000


def attach(pairs, mapping: dict[str, Any], sc, parts: int):
    """``(key, value)`` pairs -> ``(key, (value, mapping.get(key)))``: with ``mapping``
    broadcast when it holds at most :data:`BROADCAST_MAX` entries (no shuffle), else by a
    left outer join in ``parts`` partitions."""
    if len(mapping) <= BROADCAST_MAX:
        shared = sc.broadcast(mapping)
        return pairs.map(lambda kv: (kv[0], (kv[1], shared.value.get(kv[0]))))
    return pairs.leftOuterJoin(sc.parallelize(sorted(mapping.items()), parts), parts)


def story_tasks(sizes: Sequence[int], parallelism: int) -> list[int]:
    """The brief task of each story (``sizes[k]``: articles of story k): at least
    :data:`TASKS_PER_CORE` tasks per core (fewer when there are fewer stories), more so
    that none holds over :data:`STORIES_PER_PART` stories; stories dealt largest first
    (cost: articles squared, as claims are aligned across pairs of articles) to the task
    with the least cost so far that has room, so no core is left building one long run
    of large stories while the other idles. Deterministic (ties: lower story, lower task)."""
    n = len(sizes)
    n_tasks = max(1, min(n, TASKS_PER_CORE * parallelism), -(-n // STORIES_PER_PART))
    load, count = [0] * n_tasks, [0] * n_tasks
    out = [0] * n
    for k in sorted(range(n), key=lambda k: (-sizes[k], k)):
        t = min((t for t in range(n_tasks) if count[t] < STORIES_PER_PART), key=load.__getitem__)
        out[k], load[t], count[t] = t, load[t] + sizes[k] ** 2, count[t] + 1
    return out


def _brief_stage(recs, apps, found: list[Story], opts: JobOptions, sc):
    """(story no, (JSON line, HTML)) per story, built in the executors, in story order.
    Each article's record and appearances go straight to the task of each story holding
    it (:func:`story_tasks`: balanced, at most :data:`STORIES_PER_PART` stories each;
    the article -> story map is :func:`attach`-ed), where the story is told too; the built
    briefs are put back in story order (contiguous runs of at most
    :data:`STORIES_PER_PART`)."""
    task = story_tasks([len(s.articles) for s in found], sc.defaultParallelism)
    n_tasks = max(task, default=0) + 1
    member: dict[str, list[tuple[int, int]]] = {}
    for k, s in enumerate(found):
        for a in s.articles:
            member.setdefault(a, []).append((task[k], k))
    parts = partitions(len(member), RECORDS_PER_PART, sc.defaultParallelism)
    placed = sc.union(
        [
            attach(recs.map(lambda r: (r["id"], (0, r))), member, sc, parts),
            attach(apps.map(lambda a: (a["article_id"], (2, a))), member, sc, parts),
        ]
    ).flatMap(lambda kv: [(key, kv[1][0]) for key in kv[1][1] or ()])
    told = sc.parallelize([((task[k], k), (1, s)) for k, s in enumerate(found)], n_tasks)
    html = opts.html
    built = (
        placed.union(told)
        .groupByKey(n_tasks, partitionFunc=lambda key: key[0])
        .map(lambda kv: (kv[0][1], _built_brief(kv[1], html)))
    )
    n = max(1, len(found))
    story_parts = partitions(len(found), STORIES_PER_PART, sc.defaultParallelism)
    # story order without sortByKey's sampling pass (which would build every brief twice):
    # story k goes to partition k * story_parts // n, sorted within it
    return built.repartitionAndSortWithinPartitions(
        story_parts, partitionFunc=lambda k: k * story_parts // n
    )


def _built_brief(values: Iterable[tuple[int, Any]], html: bool) -> tuple[str, str]:
    """:func:`brief_line` of one story from its task's values: its articles' records
    (tagged 0), the story (tagged 1) and its articles' appearances (tagged 2), each record
    given its appearances in read order."""
    story, recs, apps = None, [], {}
    for tag, value in values:
        if tag == 1:
            story = value
        elif tag == 0:
            recs.append(value)
        else:
            apps.setdefault(value["article_id"], []).append(value)
    full = [
        {**r, "appearances": sorted(apps.get(r["id"], []), key=lambda a: a["read"])} for r in recs
    ]
    return brief_line(story, full, html)


def run(
    inputs: Sequence[str],
    out: str,
    *,
    master: str = "local[*]",
    options: JobOptions | None = None,
    spark=None,
    report: SparkReport | None = None,
) -> SparkReport:
    """Run the whole job on ``inputs`` (paths, folders, globs or URIs the cluster reads)
    and write the output folder ``out`` (schema: docs/spark.md). Bad inputs and records
    are skipped with their reasons and never fail the job. Uses ``spark`` when given,
    else a session on ``master``; fills ``report`` when given (another thread may watch
    ``report.seconds`` grow stage by stage, :data:`STAGES`). Raises ImportError without
    pyspark."""

    opts = options or JobOptions()
    spark = spark or session(master)
    sc = spark.sparkContext
    report = report if report is not None else SparkReport()
    report.out = out
    t = report.begin()
    articles, found, n_read = _read_stage(spark, inputs, opts, report)
    parts = partitions(n_read, RECORDS_PER_PART, sc.defaultParallelism)
    numbered = _number(articles, report, parts)
    t = report.lap("read", t)
    analysed = _analyse_stage(numbered, report.stored, opts, sc.defaultParallelism)
    recs, failed = drop_failed(analysed, report)
    _write_records(spark, recs, out)
    t = report.lap("analyse", t)
    apps = _appearances(articles, numbered, parts)
    if failed:
        apps = apps.filter(lambda r: r["article_id"] not in failed)
    apps = apps.persist(_keep())
    _write_rows(
        spark, apps, ("seq", "read", "article_id", *records.APPEARANCE_FIELDS), f"{out}/appearances"
    )
    skipped = [{"source": s.source, "reason": s.reason} for s in report.skipped_reasons]
    _write_rows(spark, skipped, ("source", "reason"), f"{out}/skipped")
    t = report.lap("appearances", t)
    stories_found = _stories(recs, opts, report, sc)
    _write_stories(spark, stories_found, out)
    t = report.lap("stories", t)
    briefs = _brief_stage(recs, apps, stories_found, opts, sc)
    _write_briefs(briefs, out, opts.html)
    report.lap("briefs", t)
    _write_summary(out, report)
    for rdd in (found, numbered, analysed, apps):
        rdd.unpersist()
    return report


def _stories(recs, opts: JobOptions, report: SparkReport, sc) -> list[Story]:
    """Blocks, then stories per block (:func:`_block_stage`, :func:`_story_stage`), in
    single-machine story order; sets the report's block and story counts."""
    from . import stories

    window = opts.window_days or stories.Params().window_days
    n = report.stored
    parts = partitions(n, RECORDS_PER_PART, sc.defaultParallelism)
    slim = recs.map(lambda r: {k: r[k] for k in SLIM}).persist(_keep())
    linked, report.blocks = _block_stage(slim, n, window, parts)
    sizes: dict[str, int] = {}
    for b in linked.values():
        sizes[b] = sizes.get(b, 0) + 1
    report.largest_block = max(sizes.values(), default=min(n, 1))
    found = _story_stage(slim, linked, n, sc, parts)
    slim.unpersist()
    report.stories = len(found)
    return found


def _write_stories(spark, found: list[Story], out: str) -> None:
    rows = [
        {
            "seq": k,
            "id": s.id,
            "title": s.title,
            "articles": list(s.articles),
            "duplicates": json.dumps(s.duplicates or {}, sort_keys=True),
        }
        for k, s in enumerate(found)
    ]
    _write_rows(spark, rows, ("seq", "id", "title", "articles", "duplicates"), f"{out}/stories")


def _write_briefs(briefs, out: str, html: bool) -> None:
    """``briefs/`` (JSON lines, part files in story order); a local ``out`` also gets them
    joined as ``briefs.jsonl`` and, with ``html``, one page per story in ``html/``. With a
    local master the part files are on this machine and are joined as they are, so the
    briefs are built and written by one job; otherwise (and for the HTML pages) they come
    back to the driver a partition at a time."""
    sc = briefs.context
    if html:
        briefs = briefs.persist(_keep())
    briefs.map(lambda b: b[1][0]).saveAsTextFile(f"{out}/briefs")
    if not _has_scheme(out):
        root = Path(_local_path(out))
        with open(root / "briefs.jsonl", "w", encoding="utf-8") as fh:
            if sc.master.startswith("local"):
                for part in part_files(root / "briefs"):
                    with open(part, encoding="utf-8") as lines:
                        fh.writelines(lines)
            else:
                for _k, (line, _h) in briefs.toLocalIterator():
                    fh.write(line + "\n")
        if html:
            (root / "html").mkdir(exist_ok=True)
            for k, (line, page) in briefs.toLocalIterator():
                sid = json.loads(line)["story"]["id"]
                (root / "html" / f"{k:05d}-{sid}.html").write_text(page, encoding="utf-8")
    if html:
        briefs.unpersist()


def part_files(folder: Path) -> list[Path]:
    """The part files Spark's ``saveAsTextFile`` wrote in ``folder``, in partition order
    (``part-00000``, ``part-00001``, ... ``part-100000``: by number, not by name)."""
    found = [p for p in folder.glob("part-*") if p.name[5:].isdigit()]
    return sorted(found, key=lambda p: int(p.name[5:]))


def _write_summary(out: str, report: SparkReport) -> None:
    """``summary.json``: schema, counts, versions (written last: its presence says the
    folder is complete)."""
    from . import analyse, embed, pipeline
    from . import brief as brief_mod

    doc = {
        "schema": records.SCHEMA,
        "read": report.read,
        "stored": report.stored,
        "repeated": report.repeated,
        "skipped": report.skipped,
        "stories": report.stories,
        "blocks": report.blocks,
        "largest_block": report.largest_block,
        "versions": {
            "pipeline": analyse.pipeline_version(),
            "extraction": brief_mod.extraction_version(),
            "model": embed.model_version(),
            "story_items": pipeline.story_item_version(),
        },
    }
    text = json.dumps(doc, indent=2) + "\n"
    if _has_scheme(out):
        from pyspark.sql import SparkSession

        sc = SparkSession.getActiveSession().sparkContext
        sc.parallelize([text], 1).saveAsTextFile(f"{out}/summary")
        return
    (Path(_local_path(out)) / "summary.json").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- spark-submit


def main(argv: Sequence[str] | None = None) -> int:
    """``spark-submit ... consilience/spark_entry.py INPUT... --out DIR``: run the job, print
    the counts; exit 3 when some inputs were skipped (as the CLI does)."""
    ap = argparse.ArgumentParser(prog="consilience.spark_job")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--master", default=None)
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--published", default=None)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    opts = JobOptions(batch_size=args.batch_size, published=args.published, html=args.html)
    spark = session(args.master) if args.master else session_from_submit()
    report = run(args.inputs, args.out, options=opts, spark=spark)
    for s in report.skipped_reasons:
        print(f"skipped: {s}", file=sys.stderr)
    print(report.line())
    return 3 if report.skipped else 0


def session_from_submit():
    """The session spark-submit configured (its ``--master``)."""
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    given = SparkConf()  # spark-submit's --conf values: the user's word wins
    builder = SparkSession.builder.appName("consilience")
    for key, value in {**WORKER_CONF, **DAEMON_CONF}.items():
        if not given.contains(key):
            builder = builder.config(key, value)
    return builder.getOrCreate()


if __name__ == "__main__":
    raise SystemExit(main())
