"""One file is one source however its path is spelled (issue 13, new-user tester): read by
a relative path, an absolute path or through a symlink (to the file or to its folder),
an article's source is the file's canonical path, so ingesting it again by another
spelling adds no second appearance. Stores written before (relative or symlinked sources
kept as typed) keep working: the next ingest renames the old row to the canonical
spelling, and rows already duplicated are read as one appearance."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from consilience.model import Article
from consilience.read import iter_raw
from consilience.store import Store, distinct_files, source_key

HIVES = (
    "Hive losses\n\nThe Marrowby beekeeping cooperative counted 212 colonies lost over the "
    "winter, its chair Odile Fenwick said on Monday. Members blamed a wet autumn that kept "
    "the bees from foraging on the late ivy.\n"
)


def _corpus(root: Path) -> Path:
    """``root/apiary/hives.txt``, ``root/apiary/logs.jsonl`` (two records), a symlink
    ``root/latest.txt`` to the text file and ``root/shelf`` to the folder."""
    folder = root / "apiary"
    folder.mkdir()
    (folder / "hives.txt").write_text(HIVES, encoding="utf-8")
    rows = [
        {"id": "k7", "title": "Queen imports", "text": "Queens from Carniola reached " * 4},
        {"id": "k8", "title": "Swarm season", "text": "Swarms hung from the orchard " * 4},
    ]
    (folder / "logs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    (root / "latest.txt").symlink_to(folder / "hives.txt")
    (root / "shelf").symlink_to(folder)
    return folder


def _sources(*inputs: str) -> list[str]:
    return [r.source for r in iter_raw(list(inputs)) if not hasattr(r, "reason")]


def test_every_spelling_of_a_file_reads_as_its_canonical_path(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    real = str((folder / "hives.txt").resolve())
    for spelling in ("apiary/hives.txt", "./apiary/../apiary/hives.txt", str(folder / "hives.txt"),
                     "latest.txt", "shelf/hives.txt"):  # fmt: skip
        assert _sources(spelling) == [real], spelling


def test_records_of_a_folder_read_through_a_symlink_keep_their_keys(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    logs = str((folder / "logs.jsonl").resolve())
    want = sorted([str((folder / "hives.txt").resolve()), f"{logs}#k7", f"{logs}#k8"])
    assert sorted(_sources("shelf")) == want
    assert sorted(_sources("apiary")) == want


def test_a_missing_input_is_still_named_as_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    [skip] = list(iter_raw(["nowhere/combs.txt"]))
    assert skip.source == "nowhere/combs.txt"


def _article(source: str) -> Article:
    return Article(id="hv1", source=source, text=HIVES, outlet="Marrowby Gazette",
                   published="2026-03-02")  # fmt: skip


def test_a_legacy_relative_row_is_renamed_not_doubled(store_target, tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    canonical = str((folder / "hives.txt").resolve())
    with Store(store_target) as store:
        with store.transaction():  # as a store written before sources were resolved
            store.add_article(_article("apiary/hives.txt"))
            assert store.put_appearance(_article("apiary/hives.txt"))
        with store.transaction():
            assert not store.put_appearance(_article(canonical))  # not a new source
        with store.transaction():
            assert not store.put_appearance(_article(str(tmp_path / "latest.txt")))
        assert [a["source"] for a in store.appearances(["hv1"])["hv1"]] == [
            str(tmp_path / "latest.txt")
        ]
        # another file with the same text of the same outlet, title and date is the same
        # article (a copied file, session 22): not a second appearance
        (tmp_path / "copy.txt").write_text(HIVES, encoding="utf-8")
        with store.transaction():
            assert not store.put_appearance(_article(str(tmp_path / "copy.txt")))
        assert len(store.appearances(["hv1"])["hv1"]) == 1
        # printed by another outlet, the same text is another appearance
        other = dataclasses.replace(_article(str(tmp_path / "copy.txt")), outlet="Fenwick FM")
        with store.transaction():
            assert store.put_appearance(other)
        assert len(store.appearances(["hv1"])["hv1"]) == 2


def test_rows_already_doubled_read_as_one_appearance(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    canonical = str((folder / "hives.txt").resolve())
    with Store(tmp_path / "old.db") as store:
        with store.transaction():
            store.add_article(_article(canonical))
            for spelling in ("apiary/hives.txt", canonical, "shelf/hives.txt"):
                store._upsert(
                    "appearances",
                    ("article_id", "source", "url", "outlet", "title", "published"),
                    ("hv1", spelling, None, "Marrowby Gazette", "Hive losses", "2026-03-02"),
                )
        [only] = store.appearances(["hv1"])["hv1"]
        assert only["source"] == canonical


def test_distinct_files_keeps_urls_records_and_other_files_apart(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    logs = str((folder / "logs.jsonl").resolve())
    rows = [
        {"source": "https://example.org/hives"},
        {"source": "https://example.org/hives/"},
        {"source": "apiary/logs.jsonl#k7"},
        {"source": f"{logs}#k7"},
        {"source": f"{logs}#k8"},
        {"source": "shelf/logs.jsonl#k8"},
    ]
    assert [r["source"] for r in distinct_files(rows)] == [
        "https://example.org/hives",
        "https://example.org/hives/",
        f"{logs}#k7",
        f"{logs}#k8",
    ]
    assert source_key("https://example.org/a") == "https://example.org/a"
    assert source_key("apiary/hives.txt") == os.path.realpath("apiary/hives.txt")


def test_ingest_by_three_spellings_stores_one_appearance(tmp_path, monkeypatch):
    pytest.importorskip("spacy")
    from consilience import pipeline

    folder = _corpus(tmp_path)
    (folder / "logs.jsonl").unlink()
    monkeypatch.chdir(tmp_path)
    with Store(tmp_path / "s.db") as store:
        first = pipeline.ingest(store, [str(folder / "hives.txt")], update_story_index=False)
        assert len(first.new) == 1
        for spelling in ("apiary/hives.txt", "latest.txt", "shelf"):
            again = pipeline.ingest(store, [spelling], update_story_index=False)
            assert again.appearances == [] and again.already == first.new, spelling
        [only] = store.appearances(first.new)[first.new[0]]
        assert only["source"] == str((folder / "hives.txt").resolve())
