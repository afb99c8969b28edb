"""The Python API for notebooks and scripts: :class:`Workbench` over one store.

``consilience.Workbench(db)`` names a store (a path or a ``postgresql://`` URL; default
``$CONSILIENCE_DB`` or the user data dir, as on the command line); each method opens it
for the call and closes it again, and returns plain data in the shapes of the JSON
contract (see DESIGN.md and docs/python-api.md). Importing this module loads no model;
the methods that analyse articles load them. (A class rather than module functions:
``consilience.brief``, ``consilience.stories`` and ``consilience.read`` are the package's
own modules.)
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import Skipped

PathLike = str | os.PathLike[str]

__all__ = ["InputWarning", "Workbench", "demo_files"]


class InputWarning(UserWarning):
    """An input the API could not use and would otherwise drop without a word (the command
    line prints the same lines on stderr): ``skipped SOURCE: REASON`` from ``read`` and
    ``brief(paths)``, and a manifest row that names no file."""


def _warn(message: str) -> None:
    from .safe_text import escape_line

    warnings.warn(escape_line(message), InputWarning, stacklevel=3)


def _paths(paths: PathLike | Iterable[PathLike]) -> list[str]:
    if isinstance(paths, str | os.PathLike):
        return [str(paths)]
    return [str(p) for p in paths]


def demo_files() -> list[str]:
    """Paths of the bundled demo corpus (six articles on one story)."""
    from importlib import resources

    root = Path(str(resources.files("consilience") / "demo"))
    return sorted(str(p) for p in root.iterdir() if p.is_file())


class Workbench:
    """An analyst's workbench over the store ``db``.

    >>> wb = Workbench("/tmp/news.db")  # nothing is opened or created yet
    """

    def __init__(self, db: PathLike | None = None) -> None:
        from .store import default_db_target, is_postgres

        self.db: Path | str = default_db_target() if db is None else str(db)
        if not is_postgres(self.db):  # a file path (raises StoreError for other URLs)
            self.db = Path(self.db)

    def __repr__(self) -> str:
        return f"Workbench({str(self.db)!r})"

    def _store(self, *, must_exist: bool = False):
        from .store import Store, store_exists

        if must_exist and not store_exists(self.db):
            raise FileNotFoundError(f"no store at {self.db}")
        return Store(self.db)

    def read(
        self, paths: PathLike | Iterable[PathLike], *, published: str | None = None
    ) -> list[dict[str, Any]]:
        """Read and normalise articles without analysing or storing them.

        ``paths``: files, folders, globs or http(s) URLs. ``published``: fallback date for
        articles without one (YYYY-MM-DD). Returns one dict per article: the contract's
        article entry (``id``, ``source``, ``outlet``, ``title``, ``published``) plus
        ``text``. Unreadable inputs are left out, each with an :class:`InputWarning`
        ``skipped SOURCE: REASON``. Raises ValueError for a bad ``published``.
        """
        from .normalise import read_articles

        found = []
        for item in read_articles(_paths(paths), published=published):
            if isinstance(item, Skipped):
                _warn(f"skipped {item.source}: {item.reason}")
            else:
                found.append({**item.header(), "text": item.text})
        return found

    def ingest(
        self,
        paths: PathLike | Iterable[PathLike],
        *,
        published: str | None = None,
        outlet: str | None = None,
        meta: PathLike | None = None,
    ) -> dict[str, Any]:
        """Read ``paths`` into the store and analyse the new articles (idempotent; an
        article read again with other metadata is updated).

        ``outlet`` names the outlet of every article; ``meta`` is a CSV manifest (columns
        path, outlet, url, published, title). Returns ``{"read": int, "new": [id],
        "updated": [id], "already": [id], "copies": [{"source", "copy_of"}], "skipped":
        [{"source", "reason"}], "ids": [id]}`` (``copies``: inputs that are a stored
        article under another name, the same text, outlet, title and date: stored once).
        Raises ValueError for an unreadable date, ``manifest.ManifestError`` for a bad
        manifest, ``store.StoreError`` for an unusable store.
        """
        report, _ = self._ingest(paths, published=published, outlet=outlet, meta=meta)
        return {
            "read": report.read,
            "new": list(report.new),
            "updated": list(report.updated),
            "already": list(report.already),
            "copies": [{"source": src, "copy_of": first} for src, first in report.copies],
            "skipped": [{"source": s.source, "reason": s.reason} for s in report.skipped],
            "ids": list(report.ids),
        }

    def _ingest(self, paths, *, published, outlet, meta, then=None):
        """Ingest; then ``then(store, report)`` while the store is open."""
        from . import pipeline
        from .manifest import Manifest, without_manifest

        manifest = Manifest.read(meta) if meta is not None else None
        for line in manifest.missing if manifest is not None else ():
            _warn(f"meta {line}")
        with self._store() as store:
            report = pipeline.ingest(
                store, _paths(paths), published=published, outlet=outlet, manifest=manifest
            )
            report.skipped[:] = without_manifest(report.skipped, manifest)
            return report, (then(store, report) if then else None)

    def stories(self) -> dict[str, Any]:
        """The stories of everything in the store, as ``consilience.stories/1``:
        ``{"schema", "stories": [{"id", "title", "articles": [{"id", "source"}]}]}`` (an
        article copying another carries ``duplicate_of``). Raises FileNotFoundError when
        the store does not exist."""
        from . import pipeline

        with self._store(must_exist=True) as store:
            return StoryListing.read(store, pipeline.list_stories(store)).document()

    def brief(
        self,
        paths: PathLike | Iterable[PathLike] | None = None,
        *,
        story: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
        meta: PathLike | None = None,
    ) -> list[dict[str, Any]]:
        """The briefs (``consilience.brief/1`` dicts; citations carry their ``text``) of
        the articles ``paths`` (read into the store first; one brief per story), or of the
        stored story ``story``. An input that cannot be read is left out with an
        :class:`InputWarning` ``skipped SOURCE: REASON``. Raises ValueError unless exactly
        one of them is given, KeyError for an unknown story id, FileNotFoundError for a
        missing store."""
        from . import pipeline

        if (paths is None) == (story is None):
            raise ValueError("give paths to read, or story=ID")
        if story is not None:
            with self._store(must_exist=True) as store:
                one = pipeline.brief_for_story(store, story)
            if one is None:
                raise KeyError(story)
            return [one]
        report, briefs = self._ingest(
            paths,
            published=published,
            outlet=outlet,
            meta=meta,
            then=lambda store, report: pipeline.briefs_for_ids(store, report.ids),
        )
        for s in report.skipped:
            _warn(f"skipped {s.source}: {s.reason}")
        return briefs

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search: every word of ``query`` must occur in the title or text;
        best first by bm25. Each match: ``{"id", "title", "outlet", "published", "source",
        "score", "snippet", "story", "story_title"}`` (lower score is better; story None
        when the article is in none). Raises FileNotFoundError for a missing store."""
        with self._store(must_exist=True) as store:
            return search_store(store, query, limit)


def search_store(store, query: str, limit: int) -> list[dict[str, Any]]:
    """``Store.search`` matches of an open store, each with ``story`` and ``story_title``."""
    from . import pipeline

    matches = store.search(query, limit)
    if not matches:
        return matches
    of = {i: s for s in pipeline.list_stories(store) for i in s.articles}
    for m in matches:
        found = of.get(m["id"])
        m["story"] = found.id if found else None
        m["story_title"] = found.title if found else None
    return matches


@dataclass
class StoryListing:
    """Stories with what listing them needs: ``stories`` (``pipeline`` story objects,
    near-copies oriented as the brief orients them), ``articles`` (their stored headers)
    and ``appearances`` (article id -> every source its text appeared at)."""

    stories: list[Any]
    articles: list[Any]
    appearances: dict[str, list[dict[str, Any]]]

    @classmethod
    def read(cls, store: Any, found: list[Any]) -> StoryListing:
        """The listing of stories ``found`` with headers and appearances from ``store``;
        a story whose brief was built is listed under the brief's title (which takes no
        side of a conflict the brief lists), so the list and the brief name it alike."""
        from dataclasses import replace

        from .near_copies import oriented_stories
        from .story_counts import brief_titles

        ids = [i for s in found for i in s.articles]
        arts = store.articles(ids)
        oriented = oriented_stories(found, arts)  # the brief's near-copy direction
        titles = brief_titles(store, oriented)
        oriented = [replace(s, title=titles.get(s.id, s.title)) for s in oriented]
        return cls(oriented, arts, store.appearances(ids))

    def document(self) -> dict[str, Any]:
        """The listing as ``consilience.stories/1``."""
        sources = {a.id: a.source for a in self.articles}
        entries = [story_entry(s, sources, self.appearances) for s in self.stories]
        return {"schema": "consilience.stories/1", "stories": entries}


def story_entry(
    s, sources: dict[str, str], appearances: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """One entry of ``consilience.stories/1`` for the story ``s``: each article with its
    source, ``duplicate_of`` when it copies another, and ``appearances`` when its text
    appeared at more than one source (see ``Store.appearances``)."""
    entries = []
    for i in s.articles:
        entry: dict[str, Any] = {"id": i, "source": sources.get(i)}
        if i in s.duplicates:
            entry["duplicate_of"] = s.duplicates[i]
        if len(appearances.get(i, [])) > 1:
            entry["appearances"] = appearances[i]
        entries.append(entry)
    return {"id": s.id, "title": s.title, "articles": entries}
