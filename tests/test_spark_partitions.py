"""The Spark job cut into many small partitions (issue #13): with two records per read
partition, one analysis batch per task and one story per brief partition, the numbering,
the appearances, the story order and the brief bytes stay those of the single-machine path.
A corpus of a month cuts into many partitions; this is its small-scale stand-in. Its maps
from the driver (linked article -> block, article -> story task) are also too large to
broadcast here (``BROADCAST_MAX`` 0), so they are joined, as a month's would be.

Skipped, with the reason, when pyspark or Java is missing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from test_spark_job import _why_not, packed  # noqa: E402, F401 - packed is a fixture

pytestmark = pytest.mark.skipif(_why_not() is not None, reason=_why_not() or "")


@pytest.fixture(scope="module")
def small_parts_run(packed):  # noqa: F811 - the imported fixture
    from consilience import spark_job

    inputs, _lines, _stories, root = packed
    broadcast_max = spark_job.BROADCAST_MAX
    saved = (spark_job.RECORDS_PER_PART, spark_job.STORIES_PER_PART, spark_job.BATCHES_PER_TASK)
    spark_job.RECORDS_PER_PART, spark_job.STORIES_PER_PART, spark_job.BATCHES_PER_TASK = 2, 1, 1
    spark_job.BROADCAST_MAX = 0
    out = root / "out-small-parts"
    spark = spark_job.session("local[2]", "consilience-partitions-test")
    try:
        report = spark_job.run(inputs, str(out), spark=spark)
    finally:
        spark.stop()
        spark_job.RECORDS_PER_PART, spark_job.STORIES_PER_PART, spark_job.BATCHES_PER_TASK = saved
        spark_job.BROADCAST_MAX = broadcast_max
    return report, out


def test_many_partitions_give_the_single_machine_bytes(packed, small_parts_run):  # noqa: F811
    import pyarrow.parquet as pq

    _inputs, lines, stories, _root = packed
    report, out = small_parts_run
    rows = sorted(pq.read_table(out / "stories").to_pylist(), key=lambda r: r["seq"])
    assert [r["articles"] for r in rows] == stories
    assert (out / "briefs.jsonl").read_text(encoding="utf-8").splitlines() == lines
    assert len(list((out / "briefs").glob("part-*"))) >= min(report.stories, 2)


def test_many_partitions_number_articles_and_reads_in_read_order(small_parts_run):
    import pyarrow.parquet as pq

    report, out = small_parts_run
    arts = pq.read_table(out / "articles", columns=["seq", "id"]).to_pylist()
    assert sorted(r["seq"] for r in arts) == list(range(report.stored))
    apps = pq.read_table(out / "appearances").to_pylist()
    reads = sorted(r["read"] for r in apps)  # a byte-identical copy of one article: not kept
    assert len(set(reads)) == len(reads) and set(reads) <= set(range(report.read - report.skipped))
    assert {r["article_id"] for r in apps} == {r["id"] for r in arts}
    first = {}
    for r in sorted(apps, key=lambda r: r["read"]):
        first.setdefault(r["article_id"], r["seq"])
    assert sorted(first.values()) == list(first.values())  # seq follows the first read
    summary = json.loads((out / "summary.json").read_text())
    assert summary["stored"] == report.stored
