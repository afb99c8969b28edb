"""The Spark ``appearances`` rows list what the store keeps (session 23): a text read under
two file names with the same outlet, title and date is one article (its first read kept);
another outlet, title or date, or no outlet at all, stays its own printing."""

from __future__ import annotations

import os
import shutil

import pytest

from consilience import spark_job
from consilience.model import Article

_TEXT = "Library reopens\n\nThe Orchard Street library reopened on Monday after a new roof."


def _row(read: int, source: str, **meta) -> dict:
    base = {
        "url": None,
        "outlet": "Town Crier",
        "title": "Library reopens",
        "published": "2026-01-12",
    }
    return {"article_id": "lib", "read": read, "source": source, **{**base, **meta}}


def test_a_copied_file_is_one_printing_its_first_read_kept():
    rows = [_row(4, "/b/library_copy.md"), _row(1, "/a/library.md")]
    assert [r["source"] for r in spark_job.printings(rows)] == ["/a/library.md"]


@pytest.mark.parametrize(
    "meta", [{"outlet": "Valley FM"}, {"title": "Books are back"}, {"published": "2026-01-13"}]
)
def test_another_outlet_title_or_date_stays_a_printing(meta):
    rows = [_row(1, "/a/library.md"), _row(2, "/b/library.md", **meta)]
    assert len(spark_job.printings(rows)) == 2


def test_copies_without_an_outlet_each_stay_a_printing():
    rows = [_row(1, "/a/library.txt", outlet=None), _row(2, "/a/again.txt", outlet=None)]
    assert len(spark_job.printings(rows)) == 2


def _no_spark() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "Java is not installed"
    return None


@pytest.mark.skipif(_no_spark() is not None, reason=_no_spark() or "")
def test_the_appearances_stage_drops_a_copied_file():
    from pyspark import SparkConf, SparkContext

    meta = {"outlet": "Town Crier", "title": "Library reopens", "published": "2026-01-12"}
    first = Article(id="lib", source="/a/library.md", text=_TEXT, **meta)
    copy = Article(id="lib", source="/b/library_copy.md", text=_TEXT, **meta)
    radio = Article(id="lib", source="/c/radio.md", text=_TEXT, **{**meta, "outlet": "Valley FM"})
    conf = SparkConf().setMaster("local[1]").setAppName("s23-printings")
    conf.set("spark.ui.enabled", "false")
    sc = SparkContext.getOrCreate(conf)
    try:
        articles = sc.parallelize([((0, 0), first), ((0, 1), copy), ((1, 0), radio)])
        numbered = sc.parallelize([(0, first)])
        rows = spark_job._appearances(articles, numbered, 2).collect()
    finally:
        sc.stop()
    assert sorted(r["source"] for r in rows) == ["/a/library.md", "/c/radio.md"]
