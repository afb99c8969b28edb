"""Spark: an article an extractor fails on is skipped with its reason, as ingest skips it;
the job goes on and ``read = stored + repeated + skipped`` still holds."""

from __future__ import annotations

import pytest

pytest.importorskip("pyspark")


def test_analyse_partition_marks_the_failed_article(monkeypatch):
    import consilience.quotes as quotes
    from consilience import brief, spark_job
    from consilience.model import Article

    real = quotes.extract_quotes

    def failing(analysis):
        if "gravel" in analysis.article.text:
            raise RuntimeError("no quote marks")
        return real(analysis)

    monkeypatch.setattr(quotes, "extract_quotes", failing)
    brief._resolve.cache_clear()
    try:
        arts = [
            Article(id="k1", source="a.md", text="The ferry sails at noon, the operator said."),
            Article(id="k2", source="b.md", text="The gravel road to the pier was closed."),
        ]
        rows = [((0, 0), arts[0]), ((0, 1), arts[1])]
        out = list(spark_job.analyse_partition(rows, batch_size=8))
    finally:
        brief._resolve.cache_clear()
    assert out[0]["article_id"] == "k1" and "skipped" not in out[0]
    assert out[1]["seq"] == 1 and out[1]["article_id"] == "k2"
    source, reason = out[1]["skipped"]
    assert source == "b.md" and "quotes extractor" in reason and "RuntimeError" in reason


def test_drop_failed_moves_the_failed_records_to_the_skipped(tmp_path):
    from consilience import spark_job
    from consilience.model import Skipped

    spark = spark_job.session("local[2]", "consilience-failed-test")
    try:
        recs = spark.sparkContext.parallelize(
            [
                {"seq": 0, "article_id": "k1", "text": "kept"},
                {"seq": 1, "article_id": "k2", "skipped": ["b.md", "not stored: failed"]},
                {"seq": 2, "article_id": "k3", "text": "kept too"},
            ],
            2,
        )
        report = spark_job.SparkReport(read=4, stored=3, repeated=0, skipped=1)
        report.skipped_reasons = [Skipped("c.json", "malformed JSON")]
        kept, failed = spark_job.drop_failed(recs, report)
        assert sorted(r["article_id"] for r in kept.collect()) == ["k1", "k3"]
    finally:
        spark.stop()
    assert failed == frozenset({"k2"})
    assert (report.stored, report.skipped) == (2, 2)
    assert report.read == report.stored + report.repeated + report.skipped
    assert report.skipped_reasons[-1] == Skipped("b.md", "not stored: failed")
