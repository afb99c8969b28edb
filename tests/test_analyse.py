"""The analyse stage and its cache in the store."""

from __future__ import annotations

import pytest

from consilience import analyse as analyse_mod
from consilience import pipeline
from consilience.model import Article
from consilience.store import Store


def test_offsets_cite_the_stored_text():
    text = "Mayor Ellen Marsh opened the bridge in Corran on Tuesday. It cost 4 million euros."
    (an,) = analyse_mod.analyse([Article(id="a", source="a.txt", text=text)])
    assert [s.text for s in an.sentences] == [text[s.start : s.end] for s in an.sentences]
    assert len(an.sentences) == 2
    people = [e for e in an.entities if e.label == "PERSON"]
    assert people and text[people[0].start : people[0].end] == people[0].text


def test_doc_round_trips_through_bytes():
    (an,) = analyse_mod.analyse(
        [Article(id="a", source="a.txt", text="Biden spoke in Kyiv. Zelenskyy listened.")]
    )
    doc = analyse_mod.doc_from_bytes(analyse_mod.doc_to_bytes(an.doc))
    assert doc.text == an.doc.text
    assert [t.dep_ for t in doc] == [t.dep_ for t in an.doc]
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in an.doc.ents]


def test_second_run_does_no_nlp_work(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(
            f"Headline {i}\nThe river rose {i + 1} metres at Holme on Monday, officials said.\n"
        )
    calls = []
    real = analyse_mod.analyse

    def counting(articles, **kw):
        articles = list(articles)
        calls.append(len(articles))
        return real(articles, **kw)

    monkeypatch.setattr(analyse_mod, "analyse", counting)
    with Store(tmp_path / "s.db") as store:
        first = pipeline.ingest(store, [str(folder)])
        assert len(first.new) == 3 and sum(calls) == 3
        calls.clear()
        second = pipeline.ingest(store, [str(folder)])
        assert second.new == [] and len(second.already) == 3
        pipeline.load(store, second.ids)
        assert calls == []  # analyses, extractions and embeddings all came from the store


@pytest.mark.shared
def test_seed_articles_sentences_and_entities(shared, tmp_path):
    with Store(tmp_path / "s.db") as store:
        report = pipeline.ingest(store, [str(shared / "seeds")], published="2024-11-18")
        assert len(report.new) == 5 and not report.skipped
        analyses, _extractions, _vectors = pipeline.load(store, report.ids)
    names = {e.text for a in analyses for e in a.entities}
    for expected in ("ATACMS", "Kursk", "Biden"):
        assert any(expected in n for n in names), expected
    for a in analyses:
        assert len(a.sentences) >= 8
        for s in a.sentences:
            assert a.article.text[s.start : s.end] == s.text
    assert all(a.article.published == "2024-11-18" for a in analyses)


def test_ingest_attaches_new_articles_to_stored_stories(tmp_path, demo_files):
    """Incremental stories: a later article joins the story it belongs to; a story the store
    already had keeps its id and members; an unrelated article opens a new story."""
    later = next(f for f in demo_files if f.endswith("ridgeline_times.html"))
    first = [f for f in demo_files if f != later]
    with Store(tmp_path / "s.db") as store:
        report = pipeline.ingest(store, first)
        assert report.stories_opened == 1 and report.stories_joined == 0
        (before,) = pipeline.list_stories(store)
        report = pipeline.ingest(store, [later])
        assert report.stories_joined == 1 and report.stories_opened == 0
        (after,) = pipeline.list_stories(store)
        assert after.id == before.id
        assert set(before.articles) < set(after.articles)
        other = tmp_path / "other.txt"
        other.write_text(
            "Chess club wins regional title\n"
            "The Harbour Point chess club won the regional team championship on Saturday, "
            "beating the defending champions from Kellbridge by four games to two.\n",
            encoding="utf-8",
        )
        report = pipeline.ingest(store, [str(other)])
        assert report.stories_opened == 1
        assert {s.id for s in pipeline.list_stories(store)} >= {before.id}
        assert len(pipeline.list_stories(store)) == 2
