"""The output folder of the Spark runner (:mod:`consilience.spark_job`) as plain records, and
``consilience import DIR``: those records loaded into a store.

One *record* is a plain dict per stored article, holding what single-machine ingest stores
for it: the article's columns, its appearances, the spaCy Doc bytes, the extraction, the
sentence, unit and document vectors (float32 bytes) and the story item. The Spark job
writes records as Parquet tables (schema in ``docs/spark.md``); this module turns them back
into :class:`pipeline.ArticleResult` and puts them into a store through the store's public
methods only. It needs pyarrow to read Parquet, not Spark. It holds no analysis logic.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import analyse as analyse_mod
from . import brief as brief_mod
from . import embed as embed_mod
from . import pipeline
from .boilerplate import boilerplate_spans, spans_from_json, spans_to_json
from .model import Article
from .store_schema import ARTICLE_COLUMNS

#: Output schema version, written to ``summary.json``.
SCHEMA = "consilience.spark/1"

#: Article columns of the ``articles`` table, as the store keeps them.
ARTICLE_FIELDS = tuple(c for c in ARTICLE_COLUMNS if c != "boilerplate")
#: Columns of one appearance (``store.appearances``).
APPEARANCE_FIELDS = ("source", "url", "outlet", "title", "published")

#: Per-article tables of the output folder and their columns (besides ``seq``).
TABLES: dict[str, tuple[str, ...]] = {
    "articles": (*ARTICLE_FIELDS, "boilerplate"),
    "analyses": ("article_id", "pipeline", "doc"),
    "extractions": ("article_id", "version", "data"),
    "vectors": (
        "article_id",
        "model",
        "n",
        "vectors",
        "unit_version",
        "unit_texts",
        "unit_vectors",
        "item_version",
        "item_entities",
        "item_vector",
    ),
}


def _f32(a: np.ndarray | None) -> bytes | None:
    return None if a is None else np.ascontiguousarray(a, dtype=np.float32).tobytes()


def record_of(result: pipeline.ArticleResult, seq: int) -> dict[str, Any]:
    """The flat record of one processed article (``seq``: its place in read order among
    the stored articles). Vectors are float32 bytes, row-major, 384 columns; the extraction
    is JSON with sorted keys, as the store keeps it."""
    a = result.article
    rec: dict[str, Any] = {f: getattr(a, f) for f in ARTICLE_FIELDS}
    spans = a.boilerplate if a.boilerplate is not None else boilerplate_spans(a.text, a.title)
    rec.update(
        seq=seq,
        boilerplate=json.dumps(spans_to_json(spans), separators=(",", ":")),
        article_id=a.id,
        pipeline=analyse_mod.pipeline_version(),
        doc=result.doc,
        version=brief_mod.extraction_version(),
        data=json.dumps(result.extraction, sort_keys=True),
        model=embed_mod.model_version(),
        n=int(result.vectors.shape[0]),
        vectors=_f32(result.vectors),
        unit_version=pipeline.unit_vector_version(),
        unit_texts=list(result.unit_texts),
        unit_vectors=_f32(result.unit_vectors),
        item_version=pipeline.story_item_version(),
        item_entities=list(result.item_entities),
        item_vector=_f32(result.item_vector),
    )
    return rec


def article_of(rec: dict[str, Any]) -> Article:
    """The Article of a record (boilerplate spans from their JSON)."""
    article = Article(**{f: rec[f] for f in ARTICLE_FIELDS})
    article.boilerplate = spans_from_json(json.loads(rec["boilerplate"]))
    return article


def _rows(blob: bytes | None, n: int) -> np.ndarray:
    if not blob:
        return np.zeros((n, embed_mod.DIM), dtype=np.float32)
    return np.frombuffer(blob, dtype=np.float32).reshape(n, embed_mod.DIM).copy()


def result_of(rec: dict[str, Any]) -> pipeline.ArticleResult:
    """The :class:`pipeline.ArticleResult` of a record.

    Raises ValueError when the record was made under other versions (spaCy pipeline,
    extractors, embedding model, clusterer) than this installation's: its results would
    not be what this code computes."""
    _check_versions(rec)
    item = rec.get("item_vector")
    return pipeline.ArticleResult(
        article=article_of(rec),
        doc=bytes(rec["doc"]),
        extraction=json.loads(rec["data"]),
        unit_texts=list(rec["unit_texts"] or []),
        unit_vectors=_rows(rec["unit_vectors"], len(rec["unit_texts"] or [])),
        vectors=_rows(rec["vectors"], int(rec["n"])),
        item_entities=list(rec["item_entities"] or []),
        item_vector=None if item is None else np.frombuffer(item, dtype=np.float32).copy(),
    )


def _check_versions(rec: dict[str, Any]) -> None:
    want = {
        "pipeline": analyse_mod.pipeline_version(),
        "version": brief_mod.extraction_version(),
        "model": embed_mod.model_version(),
        "unit_version": pipeline.unit_vector_version(),
        "item_version": pipeline.story_item_version(),
    }
    for key, value in want.items():
        if rec.get(key) != value:
            raise ValueError(
                f"article {rec.get('id')}: made under {key} {rec.get(key)!r}, this "
                f"installation has {value!r}; run the Spark job again with this version"
            )


def put_record(store, rec: dict[str, Any], appearances: Sequence[dict[str, Any]] = ()) -> bool:
    """Put one record into ``store`` (inside the caller's transaction) as ingest stores an
    article read in one run: the article, each of its ``appearances`` (dicts of
    :data:`APPEARANCE_FIELDS`), its analysis, extraction, vectors and story item. True when
    the article was new to the store."""
    result = result_of(rec)
    new = store.add_article(result.article)
    if not appearances:
        store.put_appearance(result.article)
    for app in appearances:
        store.put_appearance(
            dataclasses.replace(result.article, **{k: app[k] for k in APPEARANCE_FIELDS})
        )
    pipeline.put_results(store, result)
    return new


@dataclass
class ImportReport:
    """What ``import`` did: articles new to the store, articles it had already."""

    new: int = 0
    already: int = 0


def _table(folder: Path, name: str):
    import pyarrow.dataset as ds

    return ds.dataset(str(folder / name), format="parquet")


def iter_records(folder: str | Path, chunk: int = 256) -> Iterator[dict[str, Any]]:
    """The records of a Spark output folder in read order (``seq``), with their
    ``appearances`` (list of dicts, read order). Reads ``chunk`` articles at a time (the
    tables are written sorted by ``seq``, so each chunk reads its own row groups).

    Raises FileNotFoundError when ``folder`` holds no Spark output (no ``summary.json``)."""
    folder = Path(folder)
    if not (folder / "summary.json").is_file():
        raise FileNotFoundError(f"{folder}: not a consilience spark output (no summary.json)")
    import pyarrow.dataset as ds

    tables = {name: _table(folder, name) for name in (*TABLES, "appearances")}
    seqs = sorted(tables["articles"].to_table(columns=["seq"]).column("seq").to_pylist())
    for k in range(0, len(seqs), chunk):
        lo, hi = seqs[k], seqs[min(k + chunk, len(seqs)) - 1]
        where = (ds.field("seq") >= lo) & (ds.field("seq") <= hi)
        part = {n: t.to_table(filter=where).to_pylist() for n, t in tables.items()}
        yield from _join_chunk(part)


def _join_chunk(part: dict[str, list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    by_id: dict[str, dict[str, Any]] = {}
    for name in TABLES:
        for row in part[name]:
            key = row.get("article_id") or row["id"]
            by_id.setdefault(key, {}).update(row)
    apps: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(part["appearances"], key=lambda r: r["read"]):
        apps.setdefault(row["article_id"], []).append(row)
    for rec in sorted(by_id.values(), key=lambda r: r["seq"]):
        rec["appearances"] = apps.get(rec["id"], [])
        yield rec


def import_folder(store, folder: str | Path, batch: int = 64) -> ImportReport:
    """Load a Spark output folder into ``store``, ``batch`` articles per transaction. The
    store's story index and cached briefs are then dropped, so ``stories`` and ``brief``
    derive them again over everything stored (no NLP work: every result is stored).

    Raises FileNotFoundError (no Spark output there) or ValueError (made under other
    versions)."""
    report = ImportReport()
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        with store.transaction():
            for rec in pending:
                if put_record(store, rec, rec["appearances"]):
                    report.new += 1
                else:
                    report.already += 1
        pending.clear()

    for rec in iter_records(folder):
        pending.append(rec)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    with store.transaction():
        store.forget_derived()
    return report
