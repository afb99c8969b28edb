"""The runner: wires the stages together over a store. It holds no analysis logic.

    read -> normalise -> analyse -> extract -> embed -> store -> stories -> brief

Every expensive result is stored under the version of what produced it (spaCy pipeline,
extractor versions, embedding model), so a second run over the same articles does no NLP
work. Each batch of new articles is written in one transaction.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import analyse as analyse_mod
from . import brief as brief_mod
from . import embed as embed_mod
from . import stories as stories_mod
from . import story_counts
from .manifest import Manifest
from .model import Analysis, Article, Extraction, Skipped, Story, StoryContext
from .outlet_count import article_name, printing_outlets

ProgressFn = Callable[[str, int], None]  # (event, n) — "read" | "stored" | "stories"


@dataclass
class IngestReport:
    """What an ingest run did. ``ids`` lists every article the inputs yielded, in order."""

    read: int = 0
    new: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    #: stored articles read again with other metadata (same source): record updated,
    #: analysis, story assignment and cached briefs re-derived
    updated: list[str] = field(default_factory=list)
    #: stored texts read from a source not seen for them before (syndication): each such
    #: source is kept as one more appearance of the text, the analysis is shared
    appearances: list[str] = field(default_factory=list)
    #: ``(source read, stored source)`` of each text read under another name with the same
    #: outlet, title and date as a stored appearance (``Store.copy_of``): the same
    #: article, stored once and counted under ``already``
    copies: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    stories_opened: int = 0  # stories made only of new articles
    stories_joined: int = 0  # new articles attached to stories the store already had


# --------------------------------------------------------------------------- ingest


def _want_worker(processes: int | None) -> bool:
    """Whether ingest may run spaCy in a child process. It is started only once a second
    batch of new articles shows up: a model load in a child does not pay off on less."""
    import os

    if processes is not None:
        return processes > 1
    env = os.environ.get("CONSILIENCE_PROCESSES", "").strip()
    if env:
        return int(env) > 1
    return (os.cpu_count() or 1) > 1


def ingest(
    store,
    inputs: Iterable[str],
    *,
    published: str | None = None,
    max_bytes: int | None = None,
    max_chars: int | None = None,
    batch_size: int = 32,
    progress: ProgressFn | None = None,
    update_story_index: bool = True,
    processes: int | None = None,
    outlet: str | None = None,
    manifest: Manifest | None = None,
) -> IngestReport:
    """Read ``inputs`` into ``store``: new articles are analysed, extracted, embedded and
    stored batch by batch, each batch in one transaction; stored ones are counted as
    already stored. Bad inputs are reported in ``report.skipped`` and never raise. New
    articles are then attached to the store's stories incrementally.

    With two or more cores (``processes`` None: automatic; 1: one process; or the
    ``CONSILIENCE_PROCESSES`` environment variable) and more than one batch of new
    articles, spaCy, the extractors and part of the embedding (:func:`_embed_ahead`) run
    in a child process (:class:`analyse.DocWorker`) one batch ahead, while this process
    embeds the rest of the batch before and stores it: the two models overlap on the two
    cores. The first batch is done here while the child starts up. Every batch goes through
    the same serialised Doc and the same model calls either way, so the stored results do
    not depend on the process layout.

    ``outlet`` (every article of the run) and ``manifest`` (per source) give metadata that
    wins over what the files say (:func:`manifest.with_metadata`). A stored article read
    again from the same source with other metadata is updated: re-analysed under its new
    metadata (dates resolve against the publication date), and the story index and cached
    briefs are dropped so they are derived again; ``report.updated`` lists them.
    """
    report = IngestReport()
    reader = _Reader(store, report, progress, outlet, manifest)
    kwargs: dict[str, Any] = {"published": published}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    if max_chars is not None:
        kwargs["max_chars"] = max_chars
    batches = reader.batches(inputs, batch_size, kwargs)
    with run_memo():
        _analyse_and_store(store, batches, report, progress, batch_size, _want_worker(processes))
    _record_later(store, reader.later, report)
    if report.updated:
        with store.transaction():
            store.forget_derived()
    if update_story_index and (report.new or report.updated):
        _count_stories(store, report, progress)
    return report


class _Reader:
    """The read side of :func:`ingest`: reads the inputs and sorts each article into the
    report (skipped, already stored, a new appearance) or a batch to analyse."""

    def __init__(
        self,
        store,
        report: IngestReport,
        progress: ProgressFn | None,
        outlet: str | None,
        manifest: Manifest | None,
    ) -> None:
        self.store, self.report, self.progress = store, report, progress
        self.outlet, self.manifest = outlet, manifest
        self.seen: set[str] = set()
        self.queued: set[str] = set()
        self.later: list[Article] = []  # read twice in this run: recorded once stored

    def batches(
        self, inputs: Iterable[str], batch_size: int, kwargs: dict[str, Any]
    ) -> Iterator[list[Article]]:
        """Batches of at most ``batch_size`` articles to analyse and store (new ones and
        stored ones whose metadata changed), in input order."""
        from .normalise import read_articles

        pending: list[Article] = []
        for item in read_articles(list(inputs), **kwargs):
            if isinstance(item, Skipped):
                self.report.skipped.append(item)
                continue
            item = self._wanted(item)
            if item is None:
                continue
            pending.append(item)
            self.queued.add(item.id)
            if len(pending) >= batch_size:
                yield pending
                pending = []
        if pending:
            yield pending

    def _wanted(self, item: Article) -> Article | None:
        """Record one article read; the article (with its metadata) when it must be
        analysed and stored, else None."""
        from .manifest import with_metadata

        report = self.report
        report.read += 1
        if self.progress:
            self.progress("read", 1)
        item = with_metadata(item, outlet=self.outlet, manifest=self.manifest)
        if item.id not in self.seen:
            self.seen.add(item.id)
            report.ids.append(item.id)
        if item.id in self.queued:
            self.later.append(item)
            report.already.append(item.id)
            return None
        stored = self.store.article(item.id)
        if stored is not None and not is_update(self.store, stored, item):
            _count_appearance(report, item, _add_appearance(self.store, item, report))
            return None
        if stored is not None:
            report.updated.append(item.id)
        return item


def _analyse_and_store(
    store,
    batches: Iterator[list[Article]],
    report: IngestReport,
    progress: ProgressFn | None,
    batch_size: int,
    use_worker: bool,
) -> None:
    """Analyse, extract, embed and store each batch. With ``use_worker``, from the second
    batch on a child process (:class:`analyse.DocWorker`) analyses the next batch while
    this process embeds and stores the one before (see :func:`ingest`)."""
    worker = None
    held: list[Article] | None = None  # the batch being analysed (or not yet started)
    with contextlib.ExitStack() as stack:
        for batch in batches:
            if held is None:
                held = batch
                continue
            if worker is None and use_worker:
                worker = stack.enter_context(analyse_mod.DocWorker(batch_size=batch_size))
                # one core for spaCy and the extractors in the child, one for the
                # embedding model here
                stack.enter_context(embed_mod.torch_threads(1))
                # the child starts up on the second batch while this process does the first
                _submit(worker, batch)
                done, ahead = _analyse_extract(held, batch_size)
            elif worker is not None:
                done, ahead = worker.result()
                _submit(worker, batch)  # analysed while `held` is stored
            else:
                done, ahead = _analyse_extract(held, batch_size)
            _store_analysed(store, held, done, ahead, report, progress)
            held = batch
        if held is not None:
            done, ahead = (
                worker.result() if worker is not None else _analyse_extract(held, batch_size)
            )
            _store_analysed(store, held, done, ahead, report, progress)


def _record_later(store, later: list[Article], report: IngestReport) -> None:
    """Record the articles read a second time in one run, once the first is stored."""
    for item in later:
        how = _add_appearance(store, item, report)
        if how == "new":
            report.appearances.append(item.id)
        elif how == "updated":
            report.updated.append(item.id)


def _count_stories(store, report: IngestReport, progress: ProgressFn | None) -> None:
    """Bring the store's story index up to date and count, in ``report``, the stories made
    only of new articles and the new articles that joined stories the store had."""
    if progress:
        progress("stories", 0)
    new = set(report.new)
    for found in update_stories(store).to_stories():
        members = set(found.articles)
        if members & new:
            if members - new:
                report.stories_joined += len(members & new)
            else:
                report.stories_opened += 1


#: Article fields that are metadata: read again with other values, the article is updated.
METADATA_FIELDS: tuple[str, ...] = (
    "url",
    "outlet",
    "title",
    "author",
    "published",
    "modified",
    "captured",
)


def is_update(store, stored: Article, item: Article) -> bool:
    """Whether ``item`` (just read) updates the stored article of the same text: it comes
    from the same source (the same string, a source the store maps to it, or the same file
    by another path) and some :data:`METADATA_FIELDS` value differs."""
    if all(getattr(stored, f) == getattr(item, f) for f in METADATA_FIELDS):
        return False
    if item.source == stored.source or store.id_for_source(item.source) == item.id:
        return True
    return _file_key(item.source) == _file_key(stored.source)


def _add_appearance(store, item: Article, report: IngestReport | None = None) -> str:
    """Record ``item`` as an appearance of its stored text: ``"new"`` (a source not seen
    for that text), ``"updated"`` (a known source read again with other url, outlet, title
    or published), ``"copy"`` (the same article as a stored appearance under another name,
    ``Store.copy_of``: not recorded, filed in ``report.copies``) or ``"same"``."""
    copied = store.copy_of(item)
    if copied is not None:
        if report is not None:
            report.copies.append((item.source, copied))
        return "copy"
    before = {a["source"]: a for a in store.appearances([item.id]).get(item.id, [])}
    with store.transaction():
        if store.put_appearance(item):
            return "new"
    old = before.get(item.source, {})
    meta = {"url": item.url, "outlet": item.outlet, "title": item.title}
    meta["published"] = item.published
    return "updated" if any(old.get(k) != v for k, v in meta.items()) else "same"


def _count_appearance(report: IngestReport, item: Article, how: str) -> None:
    """File an appearance's outcome in the report (new appearance, update, already)."""
    if how == "new":
        report.appearances.append(item.id)
    elif how == "updated":
        report.updated.append(item.id)
    if how != "updated":
        report.already.append(item.id)


def _file_key(source: str) -> str:
    if source.startswith(("http://", "https://")):
        return source
    from pathlib import Path

    try:
        return str(Path(source).resolve())
    except OSError:
        return source


def _submit(worker, articles: list[Article]) -> None:
    """Hand a batch to the child: spaCy and :func:`_extract_stored` per article, then
    :func:`_embed_ahead`. Its result is what :func:`_analyse_extract` returns."""
    worker.submit(
        [a.text for a in articles],
        ("consilience.pipeline", "_extract_stored"),
        articles,
        batch_work=("consilience.pipeline", "_child_embed_ahead"),
    )


def _extract_stored(doc, article: Article) -> tuple[dict[str, Any] | Skipped, list[str]]:
    """What is stored of ``article`` besides its Doc and vectors, computed from the Doc as
    read back from the store: its extraction (JSON) and its unit texts
    (``brief.unit_texts``). An extractor that fails on this article
    (:class:`brief.ExtractionFailed`) gives ``(Skipped, [])`` instead: the article is
    reported with the stage and the reason, and nothing of it is stored."""
    analysis = Analysis(article, doc)
    try:
        extraction = brief_mod.extract(analysis)
        return brief_mod.extraction_to_json(extraction), brief_mod.unit_texts(analysis, extraction)
    except brief_mod.ExtractionFailed as failed:
        return Skipped(article.source, f"not stored: {failed}"), []


def unit_vector_version() -> str:
    """Cache key of stored unit vectors: unit texts, extractors, spaCy and the model."""
    return (
        f"units-{brief_mod.unit_text_version()}/{brief_mod.extraction_version()}/"
        f"{analyse_mod.pipeline_version()}/{embed_mod.model_version()}"
    )


def _doc_bytes(articles: list[Article], batch_size: int) -> list[bytes]:
    """spaCy over ``articles`` in this process, serialised as the worker would."""
    found = analyse_mod.analyse(articles, batch_size=batch_size)
    return [analyse_mod.doc_to_bytes(a.doc) for a in found]


def _analyse_extract(
    articles: list[Article], batch_size: int
) -> tuple[list[tuple[bytes, Any]], Embedded]:
    """In this process, what the worker returns: (Doc bytes, :func:`_extract_stored`) per
    article, and the batch's :func:`_embed_ahead`."""
    out, analyses = [], []
    for article, blob in zip(articles, _doc_bytes(articles, batch_size), strict=True):
        analyses.append(Analysis(article, analyse_mod.doc_from_bytes(blob)))
        out.append((blob, _extract_stored(analyses[-1].doc, article)))
    return out, _embed_ahead(analyses, [texts for _blob, (_data, texts) in out])


#: Share of a batch's embedding work (characters of its sentences and unit texts) that the
#: child embeds besides running spaCy and the extractors, so that both processes finish a
#: batch at about the same time. Measured on 150 ECB+ articles in one process: spaCy +
#: extractors cost ~0.36x the embedding of the sentences and unit texts; with the parent's
#: own work (reading Docs back, story items, storing) put at ~0.05x, the child takes
#: (1 + 0.05 - 0.36) / 2 of the embedding.
CHILD_EMBED_SHARE = 0.35


@dataclass
class Embedded:
    """The vectors of a run of articles, from one model call: per article its sentence
    vectors ``(n_sentences, 384)`` and unit vectors ``(n_unit_texts, 384)``, and the vectors
    of ``extra`` texts ``(n_extra, 384)``, all float32 unit length."""

    sentences: list[np.ndarray]
    units: list[np.ndarray]
    extra: np.ndarray


def _embed_cost(analysis: Analysis, unit_texts: list[str]) -> int:
    """What embedding one article costs, in characters of the texts the model reads."""
    return sum(len(s.text) for s in analysis.sentences) + sum(len(t) for t in unit_texts)


def _head_size(analyses: list[Analysis], unit_texts: list[list[str]]) -> int:
    """How many leading articles of a batch make up its head: the fewest whose embedding
    cost (:func:`_embed_cost`) reaches :data:`CHILD_EMBED_SHARE` of the batch's. A fixed
    function of the batch, so the model calls are the same whatever the process layout."""
    costs = [_embed_cost(a, t) for a, t in zip(analyses, unit_texts, strict=True)]
    target, seen = CHILD_EMBED_SHARE * sum(costs), 0
    for k, cost in enumerate(costs):
        if seen >= target:
            return k
        seen += cost
    return len(costs)


#: The embedding memo of the ingest run under way in this process (:func:`run_memo`).
_RUN_MEMO: embed_mod.VectorMemo | None = None


@contextlib.contextmanager
def run_memo() -> Iterator[embed_mod.VectorMemo]:
    """Inside the block, :func:`_embed_group` embeds each distinct text once for the whole
    run (:class:`embed.VectorMemo`: a sentence a wire copy repeats, a clause another
    article gives as a sentence), not once per batch. The vectors are the ones embedding
    the text again gives, byte for byte, so the run stores what it stored without it."""
    global _RUN_MEMO
    before = _RUN_MEMO
    _RUN_MEMO = before or embed_mod.VectorMemo()
    try:
        yield _RUN_MEMO
    finally:
        _RUN_MEMO = before


def _embed_distinct(texts: list[str]) -> np.ndarray:
    """Vectors of distinct ``texts`` ``(len(texts), 384)``, through the run's memo when one
    is active (:func:`run_memo`)."""
    if _RUN_MEMO is not None:
        return _RUN_MEMO.embed(texts)
    return embed_mod.embed_texts(texts)


def _embed_group(
    analyses: list[Analysis], unit_texts: list[list[str]], extra: Sequence[str] = ()
) -> Embedded:
    """Every sentence and unit text of ``analyses`` and the ``extra`` texts, each distinct
    text once, in one model call (which sorts them by length, so short clauses are not
    padded to long sentences)."""
    per_article = [[s.text for s in a.sentences] for a in analyses]
    texts = [t for sents in per_article for t in sents] + [t for ts in unit_texts for t in ts]
    distinct = list(dict.fromkeys([*texts, *extra]))
    vecs = _embed_distinct(distinct)
    row = {t: k for k, t in enumerate(distinct)}

    def rows(ts: Sequence[str]) -> np.ndarray:
        return vecs[[row[t] for t in ts]].reshape(len(ts), embed_mod.DIM)

    return Embedded(
        sentences=[rows(sents) for sents in per_article],
        units=[rows(ts) for ts in unit_texts],
        extra=rows(list(extra)),
    )


def _embed_ahead(analyses: list[Analysis], unit_texts: list[list[str]]) -> Embedded:
    """The embeddings done alongside spaCy, in one model call: the sentences and unit texts
    (``unit_texts[i]`` of article i) of the batch's head (:func:`_head_size`)."""
    head = _head_size(analyses, unit_texts)
    return _embed_group(analyses[:head], unit_texts[:head])


def _child_embed_ahead(docs: list, articles: list[Article], done: list) -> Embedded:
    """:func:`_embed_ahead` as the child's batch work (Docs, articles, per-article results).
    The child serves one ingest run, so its memo (:func:`run_memo`) lives as long as it."""
    global _RUN_MEMO
    if _RUN_MEMO is None:
        _RUN_MEMO = embed_mod.VectorMemo()
    analyses = [Analysis(a, d) for a, d in zip(articles, docs, strict=True)]
    return _embed_ahead(analyses, [texts for _blob, (_data, texts) in done])


def _store_analysed(
    store,
    articles: list[Article],
    done: list[tuple[bytes, Any]],
    ahead: Embedded,
    report: IngestReport,
    progress,
) -> None:
    """Embed and store one analysed, extracted batch in one transaction. Docs and
    extractions both come from the bytes that get stored, so what is stored now is exactly
    what a later run reading the store would compute."""
    inserted: set[str] = set()
    failed: set[str] = set()
    with store.transaction():
        for result in finish_batch(articles, done, ahead):
            if isinstance(result, Skipped):
                report.skipped.append(result)
                failed.add(result.source)
                continue
            if store.add_article(result.article):
                inserted.add(result.article.id)
            else:
                store.update_article(result.article)  # read again with other metadata
            store.put_appearance(result.article)
            put_results(store, result)
    # another run may have stored some of these since they were checked: only what this
    # run inserted is new; what was read again with other metadata is an update
    updated = set(report.updated)
    kept = [a for a in articles if a.source not in failed]
    report.new.extend(a.id for a in kept if a.id in inserted)
    report.already.extend(a.id for a in kept if a.id not in inserted and a.id not in updated)
    if progress:
        progress("stored", len(inserted))


@dataclass
class ArticleResult:
    """Everything ingest stores for one article besides its record: the spaCy Doc as bytes
    (:func:`analyse.doc_to_bytes`), the extraction as JSON, the unit texts with their
    vectors ``(len(unit_texts), 384)``, the sentence vectors ``(n_sentences, 384)`` and the
    clusterer's view (entities, document vector ``(384,)`` or None). float32 throughout."""

    article: Article
    doc: bytes
    extraction: dict[str, Any]
    unit_texts: list[str]
    unit_vectors: np.ndarray
    vectors: np.ndarray
    item_entities: list[str]
    item_vector: np.ndarray | None


def analyse_batch(articles: list[Article], batch_size: int = 32) -> list[ArticleResult | Skipped]:
    """The per-article stages of ingest over one batch in this process (spaCy through
    ``nlp.pipe``, the extractors, the embedder), exactly as ingest runs them on a batch of
    the same articles: the same model calls, so the same bytes and vectors. Used by the
    Spark runner, one batch at a time in each executor. An article an extractor fails on
    gives a :class:`Skipped` in its place (see :func:`finish_batch`)."""
    done, ahead = _analyse_extract(articles, batch_size)
    return finish_batch(articles, done, ahead)


def finish_batch(
    articles: list[Article], done: list[tuple[bytes, Any]], ahead: Embedded
) -> list[ArticleResult | Skipped]:
    """Finish an analysed, extracted batch (:func:`_analyse_extract`'s or the worker's
    result): Docs and extractions both come from the bytes that get stored, so what is
    stored is exactly what a later run reading the store would compute. One result per
    article, in order; an article whose extraction failed (:func:`_extract_stored`) gives
    its :class:`Skipped` and takes no part in the rest of the batch."""
    ok = [k for k, (_b, (data, _t)) in enumerate(done) if not isinstance(data, Skipped)]
    if len(ok) < len(articles):
        kept = _finish_ok([articles[k] for k in ok], [done[k] for k in ok], _embedded_of(ahead, ok))
        out: list[ArticleResult | Skipped] = [data for _b, (data, _t) in done]
        for k, result in zip(ok, kept, strict=True):
            out[k] = result
        return out
    return list(_finish_ok(articles, done, ahead))


def _embedded_of(ahead: Embedded, keep: list[int]) -> Embedded:
    """``ahead`` with only the articles at positions ``keep`` of its batch (the head's
    vectors of the others are dropped; ``keep`` is sorted)."""
    head = [k for k in keep if k < len(ahead.sentences)]
    return Embedded(
        sentences=[ahead.sentences[k] for k in head],
        units=[ahead.units[k] for k in head],
        extra=ahead.extra,
    )


def _finish_ok(
    articles: list[Article], done: list[tuple[bytes, Any]], ahead: Embedded
) -> list[ArticleResult]:
    """:func:`finish_batch` of a batch whose every extraction succeeded."""
    analyses = [
        Analysis(a, analyse_mod.doc_from_bytes(b))
        for a, (b, _x) in zip(articles, done, strict=True)
    ]
    processed = _process(analyses, [x for _, x in done], ahead)
    return [
        ArticleResult(
            article=article,
            doc=blob,
            extraction=data,
            unit_texts=texts,
            unit_vectors=item.unit_vectors,
            vectors=item.vectors,
            item_entities=stories_mod.packed_entities(item.item),
            item_vector=item.item.vector,
        )
        for article, (blob, (data, texts)), item in zip(articles, done, processed, strict=True)
    ]


def put_results(store, result: ArticleResult) -> None:
    """Store ``result``'s analysis, extraction, vectors and story item under the current
    versions (inside the caller's transaction; the article record is the caller's)."""
    aid = result.article.id
    store.put_analysis(aid, analyse_mod.pipeline_version(), result.doc)
    store.put_extraction(aid, brief_mod.extraction_version(), result.extraction)
    store.put_unit_vectors(aid, unit_vector_version(), result.unit_texts, result.unit_vectors)
    store.put_embeddings(aid, embed_mod.model_version(), result.vectors)
    store.put_story_item(aid, story_item_version(), result.item_entities, result.item_vector)


@dataclass
class Processed:
    """What ingest computes for one analysed article besides its spaCy Doc."""

    extraction: Extraction
    vectors: np.ndarray  # (n_sentences, 384)
    unit_texts: list[str]  # brief.unit_texts of the article
    unit_vectors: np.ndarray  # (len(unit_texts), 384)
    item: Any = None  # stories.StoryItem


def _process(
    analyses: list[Analysis],
    extracted: list[tuple[dict[str, Any], list[str]]] | None = None,
    ahead: Embedded | None = None,
) -> list[Processed]:
    """Finish a batch: extract (unless ``extracted`` holds :func:`_extract_stored` of each
    article), embed the batch's head (unless ``ahead`` holds :func:`_embed_ahead` of it),
    then the sentences and unit texts of the rest and every non-empty title in one more
    model call."""
    if extracted is None:
        extracted = [_extract_stored(a.doc, a.article) for a in analyses]
        failed = [data for data, _texts in extracted if isinstance(data, Skipped)]
        if failed:
            raise ValueError(str(failed[0]))
    unit_texts = [texts for _data, texts in extracted]
    if ahead is None:
        ahead = _embed_ahead(analyses, unit_texts)
    head = len(ahead.sentences)
    titles = [(a.article.title or "").strip() for a in analyses]
    rest = _embed_group(analyses[head:], unit_texts[head:], [t for t in titles if t])
    sentences, units = ahead.sentences + rest.sentences, ahead.units + rest.units
    out = [
        Processed(brief_mod.extraction_from_json(a.article.id, data), sentences[k], texts, units[k])
        for k, (a, (data, texts)) in enumerate(zip(analyses, extracted, strict=True))
    ]
    claims = [p.extraction.claims for p in out]
    quants = [p.extraction.quantities for p in out]
    items = _story_items_of(analyses, sentences, titles, rest.extra, claims, quants)
    for processed, item in zip(out, items, strict=True):
        processed.item = item
    return out


def _story_items_of(
    analyses: list[Analysis],
    sentence_vectors: list,
    titles: list[str],
    title_vectors,
    claims: list[list],
    quantities: list[list],
) -> list:
    """``stories.StoryItem`` per analysis; ``title_vectors`` holds one row per non-empty
    title, in order; ``claims`` the extracted claims of each analysis (its event keys) and
    ``quantities`` its figures (what each measures)."""
    items, k = [], 0
    for analysis, vecs, title, found, quants in zip(
        analyses, sentence_vectors, titles, claims, quantities, strict=True
    ):
        title_vector = None
        if title:
            title_vector, k = title_vectors[k], k + 1
        items.append(
            stories_mod.item_from_analysis(
                analysis,
                vecs,
                title_vector=title_vector,
                embed_title=False,
                claims=found,
                quantities=quants,
            )
        )
    return items


def story_item_version() -> str:
    """Cache key of stored story items: clusterer (its VERSION and a digest of its source,
    :func:`consilience.code_versions.source_digest`), the extractions an item reads (its
    claims and figures), spaCy pipeline and embedding model."""
    from . import stories
    from .code_versions import source_digest

    return (
        f"stories-{stories.VERSION}+{source_digest(['consilience.stories'])}/"
        f"{brief_mod.extraction_version()}/{analyse_mod.pipeline_version()}/"
        f"{embed_mod.model_version()}"
    )


# --------------------------------------------------------------------------- loading


def load(
    store, ids: Sequence[str]
) -> tuple[list[Analysis], dict[str, Extraction], dict[str, np.ndarray]]:
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
                store.put_analysis(
                    analysis.article.id, pipeline, analyse_mod.doc_to_bytes(analysis.doc)
                )
        analyses_by_id.update({a.article.id: a for a in fresh})
    for article in articles:
        if article.id in docs:
            analyses_by_id[article.id] = Analysis(
                article, analyse_mod.doc_from_bytes(docs[article.id])
            )
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
                store.put_extraction(
                    analysis.article.id, version, brief_mod.extraction_to_json(extraction)
                )

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


def load_unit_vectors(
    store, analyses: list[Analysis], extractions: dict[str, Extraction]
) -> dict[str, dict[str, np.ndarray]]:
    """article id -> {unit text: vector} of stored articles (``StoryContext.unit_vectors``);
    those missing for the current versions are embedded (one model call) and stored."""
    version = unit_vector_version()
    found = store.unit_vectors(version, [a.article.id for a in analyses], embed_mod.DIM)
    todo = [a for a in analyses if a.article.id not in found]
    if todo:
        texts = [brief_mod.unit_texts(a, extractions[a.article.id]) for a in todo]
        vecs = embed_mod.embed_texts([t for ts in texts for t in ts])
        k = 0
        with store.transaction():
            for analysis, ts in zip(todo, texts, strict=True):
                aid = analysis.article.id
                store.put_unit_vectors(aid, version, ts, vecs[k : k + len(ts)])
                found[aid] = dict(zip(ts, vecs[k : k + len(ts)], strict=True))
                k += len(ts)
    return found


def _stored_context(store, story: Story) -> StoryContext:
    """The StoryContext of a stored story, from the store's caches."""
    analyses, extractions, vectors = load(store, story.articles)
    units = load_unit_vectors(store, analyses, extractions)
    ctx = context(story, analyses, extractions, vectors, units)
    ctx.printings = printing_outlets(store.appearances(story.articles))  # syndication
    return ctx


# --------------------------------------------------------------------------- stories & briefs

STORY_STATE_KEY = "story_index"


def story_items(store, ids: Sequence[str]) -> list:
    """The clusterer's view (``stories.StoryItem``) of stored articles ``ids``, from the
    store; items missing for the current versions are computed from the analyses."""
    from . import stories

    version = story_item_version()
    articles = store.articles(ids)
    rows = store.story_items(version, [a.id for a in articles])
    missing = [a.id for a in articles if a.id not in rows]
    if missing:
        analyses, extractions, vectors = load(store, missing)
        titles = [(a.article.title or "").strip() for a in analyses]
        title_vecs = embed_mod.embed_texts([t for t in titles if t])
        sentence_vecs = [vectors[a.article.id] for a in analyses]
        claims = [extractions[a.article.id].claims for a in analyses]
        quants = [extractions[a.article.id].quantities for a in analyses]
        with store.transaction():
            for item in _story_items_of(
                analyses, sentence_vecs, titles, title_vecs, claims, quants
            ):
                packed = stories_mod.packed_entities(item)
                store.put_story_item(item.id, version, packed, item.vector)
                rows[item.id] = (packed, item.vector)
    return [
        stories.StoryItem(
            a.id, (a.title or "").strip(), a.text, a.published, rows[a.id][1], rows[a.id][0]
        )
        for a in articles
    ]


def group_stories(items: list) -> list[Story]:
    """Group articles into stories (batch clustering; the same items give the same stories
    whatever their order)."""
    from . import stories

    return stories.cluster(items)


def update_stories(store) -> Any:
    """The store's persistent, incremental story index, brought up to date: articles not
    yet in it are attached to existing stories or open new ones, without reclustering the
    rest. A store with no index yet is clustered in one batch. An index another process
    stored meanwhile is never overwritten: this one is grown again from it."""
    from . import stories

    index = None
    packed = store.get_state(STORY_STATE_KEY)
    if packed is not None:
        state = _unpack(packed)
        if (
            state.get("version") == stories.VERSION
            and state.get("item_version") == story_item_version()
        ):
            index = stories.StoryIndex.from_state(state)
    ids = store.article_ids()
    missing = [i for i in ids if index is None or i not in index.items]
    if index is not None and not missing:
        return index
    items = story_items(store, missing)
    if index is None:
        index = stories.cluster_index(items)
    else:
        index.add(items)
    state = index.to_state()
    state["item_version"] = story_item_version()
    with store.transaction():  # stored only over the index it grew from (compare and set)
        unchanged = store.get_state(STORY_STATE_KEY) == packed
        if unchanged:
            store.put_state(STORY_STATE_KEY, _pack(state))
    return index if unchanged else update_stories(store)  # grow the newer one instead


def list_stories(store) -> list[Story]:
    """The stories of everything in the store (from the persistent index). The list is
    kept next to the index for the store's current articles and versions, so listing an
    up-to-date store unpacks no index (no MinHash LSH to rebuild). The per-story counts of
    the story list (:mod:`consilience.story_counts`) are brought up to date with it."""
    found = _cached_story_list(store)
    rebuilt = found is None
    if found is None:
        found = _rebuild_story_list(store)
    if rebuilt or not story_counts_current(store):
        story_counts.refresh(store, found, story_item_version())
    return found


def story_counts_current(store) -> bool:
    """Whether the stored per-story counts are those of the store's current story list
    (two small queries; no story index or list is read)."""
    return story_counts.is_current(store, story_item_version())


def _cached_story_list(store) -> list[Story] | None:
    """The stored story list when it is for the store's current articles, else None."""
    import json

    cached = store.get_state(STORY_LIST_KEY)
    if cached is None:
        return None
    doc = json.loads(cached)
    if doc.get("digest") != _listing_digest(store):
        return None
    return [Story(s["id"], s["title"], s["articles"], s["duplicates"]) for s in doc["stories"]]


def _rebuild_story_list(store) -> list[Story]:
    """The stories from the updated index, stored as the current story list."""
    import json

    digest = _listing_digest(store)
    found = update_stories(store).to_stories()
    doc = {
        "digest": digest,
        "stories": [
            {"id": s.id, "title": s.title, "articles": s.articles, "duplicates": s.duplicates}
            for s in found
        ],
    }
    with store.transaction():
        store.put_state(STORY_LIST_KEY, json.dumps(doc).encode("utf-8"))
    return found


#: story_state key of the cached story list (see :func:`list_stories`).
STORY_LIST_KEY = "story_list"


def _listing_digest(store) -> str:
    """What the story list depends on: the stored article ids in order, the clusterer's and
    story items' versions."""
    import hashlib

    from . import stories

    parts = [stories.VERSION, story_item_version(), *store.article_ids()]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def story(store, story_id: str) -> Story | None:
    """The stored story ``story_id``; an id of a story that a later ingest merged into
    another names that one (:meth:`consilience.stories.StoryIndex.resolve`)."""
    found = list_stories(store)
    for s in found:
        if s.id == story_id:
            return s
    now = update_stories(store).resolve(story_id)
    return next((s for s in found if now is not None and s.id == now), None)


def brief_of(store, story: Story) -> dict[str, Any]:
    """The brief of one story; only that story's analyses are loaded. A built brief is
    kept in the store under :func:`brief_key`, so asking again costs one read."""
    key = stored_brief_key(store, story)
    cached = store.get_brief(key)
    if cached is not None:
        story_counts.note_brief(store, story, cached)
        return cached
    brief = finished_brief(_stored_context(store, story))
    with store.transaction():
        store.put_brief(key, brief, brief_version())
        story_counts.note_brief(store, story, brief)
    return brief


def finished_brief(ctx: StoryContext) -> dict[str, Any]:
    """The brief of ``ctx`` as every output gets it: :func:`brief.build_brief`, then each
    citation given the characters it cites (:func:`with_citation_texts`)."""
    texts = {a.article.id: a.article.text for a in ctx.analyses}
    return with_citation_texts(brief_mod.build_brief(ctx), texts)


def with_citation_texts(obj: Any, texts: dict[str, str]) -> Any:
    """Give every citation ``{"article", "start", "end"}`` inside ``obj`` (a brief, or any
    part of one) a ``"text"``: the cited characters of ``texts[article]`` (offsets are
    character offsets into the stored text). Citations of articles missing from ``texts``
    or with offsets outside the text are left as they are. Changes ``obj`` in place and
    returns it."""
    if isinstance(obj, list):
        for item in obj:
            with_citation_texts(item, texts)
    elif isinstance(obj, dict):
        if _is_citation(obj):
            text = texts.get(obj["article"])
            if text is not None and 0 <= obj["start"] <= obj["end"] <= len(text):
                obj["text"] = text[obj["start"] : obj["end"]]
            return obj
        for value in obj.values():
            with_citation_texts(value, texts)
    return obj


def _is_citation(obj: dict[str, Any]) -> bool:
    return (
        isinstance(obj.get("article"), str)
        and isinstance(obj.get("start"), int)
        and isinstance(obj.get("end"), int)
    )


def stored_brief_key(store, story: Story) -> str:
    """:func:`brief_key` of a stored story, extended with the outlets that printed its
    texts where several did (independence reads them), so a new appearance rebuilds it."""
    import hashlib
    import json

    key = brief_key(story)
    printed = printing_outlets(store.appearances(story.articles))
    if not printed:
        return key
    raw = json.dumps([key, printed], sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


def brief_key(story: Story) -> str:
    """Cache key of a built brief: the story (id, title, articles, duplicates) and every
    version it depends on — spaCy pipeline, extractors, embedding model and the source of
    the package itself, so any code change rebuilds briefs."""
    import hashlib
    import json

    parts = {
        "story": [story.id, story.title, list(story.articles), dict(story.duplicates or {})],
        "version": brief_version(),
    }
    raw = json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


def brief_version() -> str:
    """A digest of every version a built brief depends on besides its story: spaCy
    pipeline, extractors, embedding model and the package source (:func:`brief_key`); the
    store prunes briefs of another version when it keeps a new one (``Store.put_brief``)."""
    import hashlib
    import json

    parts = {
        "pipeline": analyse_mod.pipeline_version(),
        "extraction": brief_mod.extraction_version(),
        "model": embed_mod.model_version(),
        "code": _code_version(),
    }
    raw = json.dumps(parts, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:16]


#: Modules that never change a built brief (front ends, input reading, storage).
_NOT_IN_BRIEFS = frozenset(
    {
        "__main__.py",
        "cli.py",
        "web.py",
        "render_html.py",
        "render_md.py",
        "render_csv.py",
        "read.py",
        "normalise.py",
        "store.py",
    }
)


@functools.cache
def _code_version() -> str:
    """A digest of the package's source files (what builds a brief is all in there)."""
    import hashlib
    from pathlib import Path

    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        if path.name in _NOT_IN_BRIEFS:
            continue
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    return digest.hexdigest()


def briefs_for_ids(store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The briefs of the stories the stored articles ``ids`` form, in story order (all in
    memory: for one output document; :func:`iter_briefs` streams them)."""
    return list(iter_briefs(store, ids))


def iter_briefs(store, ids: Sequence[str]) -> Iterator[dict[str, Any]]:
    """:func:`_iter_built_briefs`, each brief with the appearances of its articles
    (:func:`with_appearances`)."""
    for brief in _iter_built_briefs(store, ids):
        yield with_appearances(store, brief)


def with_appearances(store, brief: dict[str, Any]) -> dict[str, Any]:
    """Give each entry of ``brief["story"]["articles"]`` whose text appeared at more than
    one source an ``"appearances"`` list (``[{"source", "url", "outlet", "title",
    "published", "name"}]``, earliest first; ``name`` is the one short name every output
    gives that printing, :func:`outlet_count.article_name`): the analysis is shared, every
    outlet is listed. Added when a brief is handed out (not cached), so a new appearance
    shows at once."""
    heads = brief.get("story", {}).get("articles", [])
    found = store.appearances([h["id"] for h in heads])
    for head in heads:
        apps = found.get(head["id"], [])
        if len(apps) > 1:
            head["appearances"] = [
                {**app, "name": article_name(app.get("outlet"), app.get("source"), head["id"])}
                for app in apps
            ]
    return brief


def _iter_built_briefs(store, ids: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Group the stored articles ``ids`` into stories and yield each story's brief, in
    story order, building (and storing) the ones not built yet. Only a few briefs are held
    at a time, so memory grows with the largest story rather than with the pile. With two
    cores and several briefs to build, a child process builds some of them (one story at a
    time) while this process builds the others; each brief is the same whoever builds it."""
    found = group_stories(story_items(store, ids))
    keys = [stored_brief_key(store, s) for s in found]
    todo = {k for k, key in enumerate(keys) if not store.has_brief(key)}
    path = getattr(store, "path", ":memory:")
    if len(todo) < PARALLEL_BRIEFS_FROM or path == ":memory:" or not _want_worker(None):
        for s in found:
            yield brief_of(store, s)
        return
    from collections import deque

    built: dict[int, dict[str, Any]] = {}  # built ahead of their turn
    nxt = 0  # the next story to yield

    def due(upto: int) -> Iterator[dict[str, Any]]:
        nonlocal nxt
        while nxt < upto and (nxt not in todo or nxt in built):
            brief = built.pop(nxt) if nxt in built else store.get_brief(keys[nxt])
            nxt += 1
            yield brief

    with _BriefWorker() as worker:
        sent: deque[int] = deque()  # stories the child is building, in order
        for k in range(len(found)):
            if k in todo:
                while sent and worker.ready():
                    j = sent.popleft()
                    built[j] = _keep(store, found[j], worker.result())
                if len(sent) < 2:  # keep the child busy while this process builds
                    worker.submit(path, found[k])
                    sent.append(k)
                else:
                    built[k] = brief_of(store, found[k])
            yield from due(k + 1)
        while sent:
            j = sent.popleft()
            built[j] = _keep(store, found[j], worker.result())
            yield from due(len(found))
    yield from due(len(found))


#: Fewest uncached briefs for which a second process is started (it loads both models).
PARALLEL_BRIEFS_FROM = 6


def _keep(store, story: Story, brief: dict[str, Any]) -> dict[str, Any]:
    with store.transaction():
        store.put_brief(stored_brief_key(store, story), brief, brief_version())
        story_counts.note_brief(store, story, brief)
    return brief


def _brief_worker_handle(msg: tuple) -> str:  # pragma: no cover - runs in the child process
    """(store path, story) -> the story's brief as JSON, built from the same store file."""
    import json

    from .store import Store

    path, (sid, title, articles, duplicates) = msg
    if path not in _CHILD_STORES:
        _CHILD_STORES[path] = Store(path)
    found = Story(sid, title, list(articles), dict(duplicates))
    return json.dumps(
        finished_brief(_stored_context(_CHILD_STORES[path], found)), ensure_ascii=False
    )


_CHILD_STORES: dict[str, Any] = {}


def _brief_worker_main() -> None:  # pragma: no cover - runs in the child process
    from .workers import serve

    serve(_brief_worker_handle)


class _BriefWorker:
    """A child process building briefs from the same store file, one story at a time."""

    def __init__(self) -> None:
        from .workers import Worker

        self._worker = Worker("consilience.pipeline:_brief_worker_main")

    def submit(self, path: str, found: Story) -> None:
        """Queue one story (tasks are small, so a few in flight never fill the pipe)."""
        self._worker.send(
            (path, (found.id, found.title, list(found.articles), dict(found.duplicates or {})))
        )

    def ready(self) -> bool:
        return self._worker.poll()

    def result(self) -> dict[str, Any]:
        import json

        return json.loads(self._worker.recv())

    def __enter__(self) -> _BriefWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self._worker.close()


def brief_for_story(store, story_id: str) -> dict[str, Any] | None:
    found = story(store, story_id)
    return None if found is None else with_appearances(store, brief_of(store, found))


def context(
    story: Story, analyses: list[Analysis], extractions, vectors, unit_vectors=None
) -> StoryContext:
    """The StoryContext of ``story`` from per-article results keyed by article id."""
    by_id = {a.article.id: a for a in analyses}
    members = [by_id[i] for i in story.articles if i in by_id]
    units = unit_vectors or {}
    return StoryContext(
        story=story,
        analyses=members,
        extractions={a.article.id: extractions[a.article.id] for a in members},
        sentence_vectors={a.article.id: vectors[a.article.id] for a in members},
        duplicates=None,  # provenance.duplicates_of derives them from story.duplicates
        unit_vectors={a.article.id: units[a.article.id] for a in members if a.article.id in units},
    )


def _pack(state: dict[str, Any]) -> bytes:
    """Plain data with numpy arrays -> one .npz blob (no pickle, safe to load)."""
    import io
    import json

    arrays: dict[str, np.ndarray] = {}

    def strip(obj: Any) -> Any:
        if isinstance(obj, np.ndarray):
            key = f"a{len(arrays)}"
            arrays[key] = obj
            return {"__array__": key}
        if isinstance(obj, dict):
            return {k: strip(v) for k, v in obj.items()}
        if isinstance(obj, list | tuple):
            return [strip(v) for v in obj]
        if isinstance(obj, np.generic):
            return obj.item()
        return obj

    doc = json.dumps(strip(state)).encode("utf-8")
    buf = io.BytesIO()
    np.savez_compressed(buf, __json__=np.frombuffer(doc, dtype=np.uint8), **arrays)
    return buf.getvalue()


def _unpack(blob: bytes) -> dict[str, Any]:
    import io
    import json

    with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}

    def fill(obj: Any) -> Any:
        if isinstance(obj, dict):
            if set(obj) == {"__array__"}:
                return arrays[obj["__array__"]]
            return {k: fill(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [fill(v) for v in obj]
        return obj

    return fill(json.loads(arrays.pop("__json__").tobytes().decode("utf-8")))


def article_texts(store, ids: Sequence[str]) -> dict[str, str]:
    return {a.id: a.text for a in store.articles(ids)}


def context_from_articles(articles: Sequence[Article], story: Story | None = None) -> StoryContext:
    """A StoryContext for ``articles`` computed in memory (no store): for tests and tools.
    The articles are one batch, computed as ingest computes a batch."""
    analyses = list(analyse_mod.analyse(articles))
    processed = _process(analyses)
    ids = [a.article.id for a in analyses]
    extractions = {i: p.extraction for i, p in zip(ids, processed, strict=True)}
    vectors = {i: p.vectors for i, p in zip(ids, processed, strict=True)}
    units = {
        i: dict(zip(p.unit_texts, p.unit_vectors, strict=True))
        for i, p in zip(ids, processed, strict=True)
    }
    if story is None:
        story = Story("story", articles[0].title or "", [a.id for a in articles])
    return context(story, analyses, extractions, vectors, units)
