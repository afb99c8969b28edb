"""Brief stage: run the per-article extractors and the story-level section builders.

Two registries, in the spirit of spaCy's component registry:

* ``EXTRACTORS``: name -> ``"module:function"``, each ``(Analysis) -> list[dataclass]``,
  or ``(Analysis, Extraction) -> list[dataclass]`` for an extractor that reads what the
  extractors before it found (the partial ``Extraction``, registry order); a module's
  ``VERSION`` is part of the cache key of stored extractions.
* ``SECTIONS``: ordered ``"module:function"``, each ``(StoryContext) -> dict[str, list]``;
  lists returned under the same key are concatenated, and a builder may read the sections
  built before it from ``ctx.brief``.
* ``UNIT_TEXTS``: name -> ``"module:function"``, each ``(Analysis, Extraction) -> list[str]``:
  the pieces of an article (clauses, event phrases) that a section builder compares by
  embedding. Ingest embeds them with the article and the store keeps them
  (``ctx.unit_vectors``), so building a brief calls no model for them.

The brief itself is the JSON contract ``consilience.brief/1`` (see DESIGN.md).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .code_versions import source_digest
from .model import (
    Analysis,
    Attribution,
    Claim,
    DateMention,
    Extraction,
    Quantity,
    Quote,
    StoryContext,
    from_json,
    to_json,
)
from .outlet_count import article_name
from .timeline_disputes import mark_statement_disputes

SCHEMA = "consilience.brief/1"

#: name -> (entry point, dataclass of its items)
EXTRACTORS: dict[str, tuple[str, type]] = {
    "quantities": ("consilience.quantities:extract_quantities", Quantity),
    "dates": ("consilience.dates:extract_dates", DateMention),
    "quotes": ("consilience.quotes:extract_quotes", Quote),
    "attributions": ("consilience.provenance:extract_attributions", Attribution),
    # after quantities and dates: a claim's arguments include the figures and dates in it
    "claims": ("consilience.claims:extract_claims", Claim),
}

SECTIONS: list[str] = [
    "consilience.entities:build_entities",
    "consilience.provenance:build_provenance",
    "consilience.quotes:build_quotes",
    "consilience.dates:build_timeline",
    "consilience.reconcile:build_quantities",
    "consilience.timeline_figures:settle_timeline",  # needs the figure conflicts
    "consilience.consensus:build_claims",
]

UNIT_TEXTS: dict[str, str] = {
    "claims": "consilience.claims:unit_texts",
    "dates": "consilience.dates:unit_texts",
    "quantities": "consilience.reconcile:unit_texts",
}

#: Keys of the contract, in output order; all present (possibly empty) in every brief.
SECTION_KEYS = [
    "headline",
    "summary",
    "consensus",
    "conflicts",
    "corroborated",
    "unique",
    "quotes",
    "provenance",
    "provenance_notes",
    "timeline",
    "entities",
]


@functools.cache
def _resolve(entry: str) -> tuple[Callable[..., Any], str]:
    module_name, func_name = entry.split(":")
    module = importlib.import_module(module_name)
    return getattr(module, func_name), str(getattr(module, "VERSION", "0"))


#: a module's ``VERSION`` given as a string literal on a line of its own
_VERSION_LINE = re.compile(r"""^VERSION[ \t]*=[ \t]*(["'])([^"'\\\n]*)\1[ \t]*(?:#.*)?$""", re.M)


@functools.cache
def _version(entry: str) -> str:
    """The ``VERSION`` of the module of a registry ``entry``, as :func:`_resolve` gives it:
    read from the module's source when it is a string literal there, so a cache key costs
    no import of the extractors (seconds of a brief served from the store); else from the
    imported module."""
    spec = importlib.util.find_spec(entry.split(":")[0])  # finds the file, imports nothing
    path = Path(spec.origin) if spec and spec.origin and spec.origin.endswith(".py") else None
    found = _VERSION_LINE.findall(path.read_text(encoding="utf-8")) if path else []
    return found[0][1] if len(found) == 1 else _resolve(entry)[1]


def extraction_version() -> str:
    """Cache key of stored extractions: every extractor's name and module VERSION, and a
    digest of the source of the extractors and of every module they import
    (:func:`consilience.code_versions.source_digest`), so an extractor changed without a
    VERSION bump never serves its old results from a store."""
    parts = [f"{name}={_version(entry)}" for name, (entry, _) in sorted(EXTRACTORS.items())]
    modules = [entry.split(":")[0] for entry, _ in EXTRACTORS.values()]
    return ";".join([*parts, f"code={source_digest(modules)}"])


class ExtractionFailed(Exception):
    """An extractor (or a unit-text builder) raised on one article. ``str()`` is a
    one-line reason naming the stage and the error, e.g. ``"the quotes extractor failed
    (ValueError: ...)"``; the original exception is ``__cause__``."""

    def __init__(self, stage: str, error: BaseException) -> None:
        self.stage = stage
        detail = " ".join(str(error).split())[:160]
        super().__init__(f"the {stage} failed ({type(error).__name__}: {detail})")


def extract(analysis: Analysis) -> Extraction:
    """Run every registered extractor over one analysed article.

    Raises :class:`ExtractionFailed` naming the extractor when one raises: ingest reports
    that article as skipped and goes on with the others."""
    found: dict[str, list[Any]] = {}
    for name, (entry, _cls) in EXTRACTORS.items():
        func, _ = _resolve(entry)
        try:
            if _takes_prior(func):
                found[name] = list(func(analysis, Extraction(analysis.article.id, **found)))
            else:
                found[name] = list(func(analysis))
        except Exception as error:  # noqa: BLE001 - one article's failure is reported
            raise ExtractionFailed(f"{name} extractor", error) from error
    return Extraction(analysis.article.id, **found)


@functools.cache
def _takes_prior(func: Callable[..., Any]) -> bool:
    """Whether an extractor takes the partial extraction as its second argument."""
    return len(inspect.signature(func).parameters) >= 2


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    return {name: to_json(getattr(extraction, name)) for name in EXTRACTORS}


def extraction_from_json(article_id: str, data: dict[str, Any]) -> Extraction:
    return Extraction(
        article_id,
        **{
            name: [from_json(cls, item) for item in data.get(name, [])]
            for name, (_entry, cls) in EXTRACTORS.items()
        },
    )


def unit_texts(analysis: Analysis, extraction: Extraction) -> list[str]:
    """Every text the section builders will embed for this article, each once, in a fixed
    order (registry order, then the order each builder gives)."""
    found: dict[str, None] = {}
    for name, entry in UNIT_TEXTS.items():
        func, _ = _resolve(entry)
        try:
            found.update(dict.fromkeys(func(analysis, extraction)))
        except Exception as error:  # noqa: BLE001 - one article's failure is reported
            raise ExtractionFailed(f"{name} unit texts", error) from error
    return list(found)


def unit_text_version() -> str:
    """Cache key of stored unit vectors' texts: every registered module's VERSION."""
    return ";".join(f"{name}={_version(entry)}" for name, entry in sorted(UNIT_TEXTS.items()))


def build_brief(ctx: StoryContext) -> dict[str, Any]:
    """Assemble the brief of one story (contract ``consilience.brief/1``). Each
    ``story.articles`` header keeps ``outlet`` (None when the input named none) and adds
    ``name``, the one display name every output gives the article
    (:func:`consilience.outlet_count.article_name`)."""
    ctx.brief = {key: [] for key in SECTION_KEYS}
    for entry in SECTIONS:
        func, _ = _resolve(entry)
        for key, items in func(ctx).items():
            ctx.brief.setdefault(key, [])
            ctx.brief[key].extend(items)
    mark_statement_disputes(ctx.brief)  # after the statement conflicts are built
    from .provenance import duplicates_of

    copies = duplicates_of(ctx)
    articles = [a.article.header() for a in ctx.analyses]
    for header in articles:
        header["name"] = article_name(header.get("outlet"), header.get("source"), header["id"])
        dup = copies.get(header["id"])
        if dup:
            header["duplicate_of"] = dup
    brief: dict[str, Any] = {
        "schema": SCHEMA,
        "story": {"id": ctx.story.id, "title": _title(ctx), "articles": articles},
    }
    brief.update(ctx.brief)
    return brief


def _title(ctx: StoryContext) -> str:
    """The story's title without a leading wire slug ("UPDATE 1-"), taking no side of a
    conflict the brief lists (:func:`consilience.story_title.neutral_title`: else another
    article's title, in publication order then id, else the headline line, else a cut);
    an issuer's own title (:func:`consilience.story_title.issued_title`) after the news."""
    from .boilerplate import strip_title_slug
    from .story_title import issued_title, neutral_title, versioned_title

    bodies = [a.article.text for a in ctx.analyses]
    others = sorted((a.article for a in ctx.analyses), key=lambda a: (a.published or "", a.id))
    titles = [ctx.story.title or ""] + [a.title or "" for a in others]
    titles = [strip_title_slug(t, bodies) for t in titles]
    brief = ctx.brief or {}
    headline = next((h.get("text", "") for h in brief.get("headline", [])), "")
    issued = [
        strip_title_slug(a.title, bodies) for a in others if issued_title(a.title or "", a.outlet)
    ]
    updated = [strip_title_slug(a.title, bodies) for a in others if versioned_title(a.title)]
    return neutral_title(titles, headline, brief.get("conflicts", []), issued, updated[::-1])
