"""The runner: wires the stages together over a store. It holds no analysis logic.

    read -> normalise -> analyse -> extract -> embed -> store -> stories -> brief

Every expensive result is stored under the version of what produced it (spaCy pipeline,
extractor versions, embedding model), so a second run over the same articles does no NLP
work. Each batch of new articles is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import analyse as analyse_mod
from . import brief as brief_mod
from . import embed as embed_mod
from .model import Analysis, Article, Extraction, Skipped, Story, StoryContext

ProgressFn = Callable[[str, int], None]  # (event, n) — "read" | "stored"


@dataclass
class IngestReport:
    """What an ingest run did. ``ids`` lists every article the inputs yielded, in order."""

    read: int = 0
    new: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- ingest


def ingest(
    store,
    inputs: Iterable[str],
    *,
    published: str | None = None,
    max_bytes: int | None = None,
    max_chars: int | None = None,
    batch_size: int = 32,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Read ``inputs`` into ``store``: new articles are analysed, extracted, embedded and
    stored batch by batch, each batch in one transaction; stored ones are counted as
    already stored. Bad inputs are reported in ``report.skipped`` and never raise."""
    from .normalise import read_articles

    kwargs: dict[str, Any] = {"published": published}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    if max_chars is not None:
        kwargs["max_chars"] = max_chars
    report = IngestReport()
    pending: list[Article] = []
    pending_ids: set[str] = set()
    for item in read_articles(list(inputs), **kwargs):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        report.read += 1
        if progress:
            progress("read", 1)
        if item.id not in report.ids:
            report.ids.append(item.id)
        if item.id in pending_ids or store.has_article(item.id):
            report.already.append(item.id)
            continue
        pending.append(item)
        pending_ids.add(item.id)
        if len(pending) >= batch_size:
            _store_batch(store, pending, report, progress)
            pending, pending_ids = [], set()
    if pending:
        _store_batch(store, pending, report, progress)
    return report


def _store_batch(store, articles: list[Article], report: IngestReport, progress) -> None:
    analyses = list(analyse_mod.analyse(articles))
    processed = _process(analyses)
    with store.transaction():
        for analysis, (extraction, vectors) in zip(analyses, processed, strict=True):
            _put_all(store, analysis, extraction, vectors, new=True)
    report.new.extend(a.id for a in articles)
    if progress:
        progress("stored", len(articles))


def _process(analyses: list[Analysis]) -> list[tuple[Extraction, np.ndarray]]:
    extractions = [brief_mod.extract(a) for a in analyses]
    sentences = [[s.text for s in a.sentences] for a in analyses]
    flat = [t for sents in sentences for t in sents]
    vectors = embed_mod.embed_texts(flat)
    out, i = [], 0
    for extraction, sents in zip(extractions, sentences, strict=True):
        out.append((extraction, vectors[i : i + len(sents)]))
        i += len(sents)
    return out


def _put_all(store, analysis: Analysis, extraction: Extraction, vectors, *, new: bool) -> None:
    aid = analysis.article.id
    if new:
        store.add_article(analysis.article)
    store.put_analysis(aid, analyse_mod.pipeline_version(), analyse_mod.doc_to_bytes(analysis.doc))
    store.put_extraction(aid, brief_mod.extraction_version(), brief_mod.extraction_to_json(extraction))
    store.put_embeddings(aid, embed_mod.model_version(), vectors)


# --------------------------------------------------------------------------- loading


def load(store, ids: Sequence[str]) -> tuple[list[Analysis], dict[str, Extraction], dict[str, np.ndarray]]:
    """Analyses, extractions and sentence vectors of stored articles ``ids``; whatever is
    missing for the current versions (e.g. after a model upgrade) is computed and stored."""
    articles = store.articles(ids)
    ids = [a.id for a in articles]
    pipeline = analyse_mod.pipeline_version()
    docs = store.analyses(pipeline, ids)
    missing = [a for a in articles if a.id not in docs]
    analyses_by_id: dict[str, Analysis] = {}
    if missing:
        fresh = list(analyse_mod.analyse(missing))
        with store.transaction():
            for analysis in fresh:
                store.put_analysis(analysis.article.id, pipeline, analyse_mod.doc_to_bytes(analysis.doc))
        analyses_by_id.update({a.article.id: a for a in fresh})
    for article in articles:
        if article.id in docs:
            analyses_by_id[article.id] = Analysis(article, analyse_mod.doc_from_bytes(docs[article.id]))
    analyses = [analyses_by_id[i] for i in ids]

    version = brief_mod.extraction_version()
    stored = store.extractions(version, ids)
    extractions = {i: brief_mod.extraction_from_json(i, d) for i, d in stored.items()}
    todo = [a for a in analyses if a.article.id not in extractions]
    if todo:
        with store.transaction():
            for analysis in todo:
                extraction = brief_mod.extract(analysis)
                extractions[analysis.article.id] = extraction
                store.put_extraction(analysis.article.id, version, brief_mod.extraction_to_json(extraction))

    model = embed_mod.model_version()
    vectors = store.embeddings(model, ids, embed_mod.DIM)
    todo = [a for a in analyses if a.article.id not in vectors]
    if todo:
        with store.transaction():
            for analysis in todo:
                vec = embed_mod.embed_texts([s.text for s in analysis.sentences])
                vectors[analysis.article.id] = vec
                store.put_embeddings(analysis.article.id, model, vec)
    return analyses, extractions, vectors


# --------------------------------------------------------------------------- stories & briefs


def group_stories(analyses: list[Analysis], vectors: dict[str, np.ndarray]) -> list[Story]:
    """Group analysed articles into stories (batch clustering, deterministic)."""
    from . import stories

    items = [stories.item_from_analysis(a, vectors[a.article.id]) for a in analyses]
    return stories.cluster(items)


def context(story: Story, analyses: list[Analysis], extractions, vectors) -> StoryContext:
    by_id = {a.article.id: a for a in analyses}
    members = [by_id[i] for i in story.articles if i in by_id]
    return StoryContext(
        story=story,
        analyses=members,
        extractions={a.article.id: extractions[a.article.id] for a in members},
        sentence_vectors={a.article.id: vectors[a.article.id] for a in members},
        duplicates={k: v for k, v in story.duplicates.items() if k in by_id},
    )


def briefs_for_ids(store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Group the stored articles ``ids`` into stories and brief each one."""
    analyses, extractions, vectors = load(store, ids)
    return [
        brief_mod.build_brief(context(story, analyses, extractions, vectors))
        for story in group_stories(analyses, vectors)
    ]


def list_stories(store) -> list[Story]:
    """The stories of everything in the store."""
    analyses, _extractions, vectors = load(store, store.article_ids())
    return group_stories(analyses, vectors)


def story(store, story_id: str) -> Story | None:
    for s in list_stories(store):
        if s.id == story_id:
            return s
    return None


def brief_for_story(store, story_id: str) -> dict[str, Any] | None:
    found = story(store, story_id)
    if found is None:
        return None
    analyses, extractions, vectors = load(store, found.articles)
    return brief_mod.build_brief(context(found, analyses, extractions, vectors))


def article_texts(store, ids: Sequence[str]) -> dict[str, str]:
    return {a.id: a.text for a in store.articles(ids)}


def context_from_articles(articles: Sequence[Article], story: Story | None = None) -> StoryContext:
    """A StoryContext for ``articles`` computed in memory (no store): for tests and tools."""
    analyses = list(analyse_mod.analyse(articles))
    processed = _process(analyses)
    extractions = {a.article.id: p[0] for a, p in zip(analyses, processed, strict=True)}
    vectors = {a.article.id: p[1] for a, p in zip(analyses, processed, strict=True)}
    if story is None:
        story = Story("story", articles[0].title or "", [a.id for a in articles])
    return context(story, analyses, extractions, vectors)
