"""ECB+ through Spark (issue #13): the articles of two ECB+ topics run through the Spark job
in ``local[2]`` and through the single-machine path give the same stories (members and
ids) and the same brief bytes. The full corpus is ``bench/spark_ecbplus.py``.

Skipped when ../shared (the ECB+ articles), pyspark or Java is missing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from test_spark_job import _single, _why_not  # noqa: E402

pytestmark = pytest.mark.skipif(_why_not() is not None, reason=_why_not() or "")

#: Two topics (54 articles) that the blocking puts in two blocks, where both paths form the
#: same six stories and two of them were opened online by an article refinement moved out.
TOPICS = ("1", "20")


@pytest.fixture(scope="module")
def slice_runs(shared, tmp_path_factory):
    """(single-machine brief lines, its stories as article ids, Spark output folder)."""
    from consilience import spark_job

    root = tmp_path_factory.mktemp("ecbplus")
    corpus = root / "ecbplus.jsonl"
    rows = (shared / "datasets" / "ecbplus" / "articles.jsonl").read_text("utf-8").splitlines()
    picked = [line for line in rows if line and json.loads(line)["topic"] in TOPICS]
    corpus.write_text("\n".join(picked) + "\n", encoding="utf-8")
    lines, stories = _single([str(corpus)], root / "single.db")
    spark = spark_job.session("local[2]", "consilience-ecbplus-test")
    try:
        spark_job.run([str(corpus)], str(root / "out"), spark=spark)
    finally:
        spark.stop()
    return lines, stories, root / "out"


def test_ecbplus_slice_stories_are_the_single_machine_stories(slice_runs):
    import pyarrow.parquet as pq

    lines, stories, out = slice_runs
    rows = sorted(pq.read_table(out / "stories").to_pylist(), key=lambda r: r["seq"])
    assert [r["articles"] for r in rows] == stories
    assert [r["id"] for r in rows] == [json.loads(line)["story"]["id"] for line in lines]
    assert len(stories) >= 2


def test_ecbplus_slice_briefs_are_the_single_machine_bytes(slice_runs):
    lines, _stories, out = slice_runs
    assert (out / "briefs.jsonl").read_text(encoding="utf-8").splitlines() == lines
