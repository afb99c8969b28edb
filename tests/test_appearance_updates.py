"""Ingest's report for a second printing of a stored text: a new source is a new
appearance, the same source read again unchanged is "already stored", and the same source
read again with another outlet, title, URL or date is an update (it was counted as
"already stored" before, though the record changed). No model is needed."""

from __future__ import annotations

import dataclasses

from consilience import pipeline
from consilience.model import Article
from consilience.store import Store

_TEXT = "Flood barriers went up along the Tessen quay on Friday as the river kept rising."


def test_a_printing_read_again_with_other_metadata_is_an_update(tmp_path):
    first = Article(id="t1", source="in/quay_a.txt", text=_TEXT, outlet="Quay Post",
                    published="2025-02-07")  # fmt: skip
    other = dataclasses.replace(first, source="in/quay_b.txt", outlet="Tessen Radio")
    with Store(tmp_path / "s.db") as store:
        with store.transaction():
            store.add_article(first)
            store.put_appearance(first)
        assert pipeline._add_appearance(store, other) == "new"
        assert pipeline._add_appearance(store, other) == "same"
        moved = dataclasses.replace(other, published="2025-02-08")
        assert pipeline._add_appearance(store, moved) == "updated"
        stored = store.appearances(["t1"])["t1"]
        assert {a["published"] for a in stored if a["source"] == "in/quay_b.txt"} == {"2025-02-08"}
    report = pipeline.IngestReport()
    pipeline._count_appearance(report, moved, "updated")
    pipeline._count_appearance(report, other, "same")
    pipeline._count_appearance(report, other, "new")
    assert report.updated == ["t1"]
    assert report.already == ["t1", "t1"]
    assert report.appearances == ["t1"]
