"""Metadata the user gives for articles: ``--outlet`` for a run and a ``--meta`` manifest.

A manifest is a CSV file with a header row; ``path`` is required, ``outlet``, ``url``,
``published`` and ``title`` are optional, and an empty cell gives nothing. Paths are
relative to the manifest's folder (or absolute, or http(s) URLs). What the user gives
wins over what the file itself says: a manifest row over ``--outlet``, both over the
reader's metadata.

A file that holds several articles (a feed, a JSON or JSONL export, a WARC) gives each
one a source ``FILE#KEY`` (as ``consilience articles`` shows it). A row naming such a
record in full applies to it alone; a row naming the file gives its ``outlet`` and
``published`` to every record in it (``title`` and ``url`` name one article, so they are
taken from a file's row only for a record read as the file itself).
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Mapping
from pathlib import Path

from .model import Article, Skipped

#: The columns a manifest may have; ``path`` is required.
COLUMNS: tuple[str, ...] = ("path", "outlet", "url", "published", "title")

#: What a row naming a whole file gives to each record read from it (``FILE#KEY``).
CONTAINER_FIELDS: tuple[str, ...] = ("outlet", "published")

#: Extensions of files that usually hold several articles, each read as ``FILE#KEY``.
MULTI_RECORD_SUFFIXES: tuple[str, ...] = (".jsonl", ".xml", ".rss", ".atom", ".warc", ".gz")


class ManifestError(ValueError):
    """A manifest that cannot be used: unreadable, no ``path`` column, an unknown or repeated
    column, a row with more cells than the header, one file given two different rows, or a
    date that cannot be read (the message names the file and line)."""


@dataclasses.dataclass(frozen=True)
class Manifest:
    """Metadata per source: ``rows`` maps a resolved file path or URL to the given
    fields (column -> value, non-empty values only)."""

    rows: Mapping[str, Mapping[str, str]]
    #: the manifest file itself, resolved (None when built in memory)
    own_path: str | None = None
    #: one warning per row naming a local file that does not exist ("m.csv:3: no file 'x';
    #: its row is not used"), or giving a whole multi-record file a title or url
    missing: tuple[str, ...] = ()

    @classmethod
    def read(cls, path: str | Path) -> Manifest:
        """Read a manifest CSV (UTF-8, with or without a BOM). Raises ManifestError."""
        from .normalise import parse_date

        path = Path(path)
        try:
            with path.open(newline="", encoding="utf-8-sig") as fh:
                reader = csv.DictReader(fh)
                header = [(c or "").strip().lower() for c in reader.fieldnames or []]
                _check_header(path, header)
                rows: dict[str, dict[str, str]] = {}
                lines: dict[str, int] = {}
                missing: list[str] = []
                for line, raw in enumerate(reader, 2):
                    values = _row_values(path, line, header, raw)
                    fields = {k: v for k, v in values.items() if v and k != "path"}
                    if "published" in fields:
                        day = parse_date(fields["published"])
                        if day is None:
                            raise ManifestError(
                                f"{path}:{line}: cannot read the date {fields['published']!r} "
                                "(use YYYY-MM-DD)"
                            )
                        fields["published"] = day
                    if values.get("path"):
                        key = _key(values["path"], path.parent)
                        if rows.get(key, fields) != fields:
                            raise ManifestError(
                                f"{path}:{line}: {values['path']!r} is given other metadata "
                                f"on line {lines[key]}; keep one row per file"
                            )
                        rows[key], lines[key] = fields, lines.get(key, line)
                        missing.extend(_row_warnings(path, line, key, values["path"], fields))
                    elif fields:  # metadata for no file: a cell left out or a shifted row
                        missing.append(f"{path}:{line}: no path; its row is not used")
        except OSError as exc:
            raise ManifestError(f"{path}: {exc.strerror or exc}") from None
        except (csv.Error, UnicodeDecodeError) as exc:
            raise ManifestError(f"{path}: not a readable UTF-8 CSV file ({exc})") from None
        return cls(rows, str(path.resolve()), tuple(missing))

    def fields_for(self, source: str) -> Mapping[str, str]:
        """The fields given for an article read from ``source`` (a path, a URL or a record
        ``FILE#KEY``): its own row, else the ``outlet`` and ``published`` of the row naming
        the file that holds the record; empty when the manifest has neither."""
        own = self.rows.get(_key(source, Path.cwd()))
        if own is not None:
            return own
        file, sep, _ = source.partition("#")
        if not sep or _is_url(source):
            return {}
        whole = self.rows.get(_key(file, Path.cwd()), {})
        return {k: v for k, v in whole.items() if k in CONTAINER_FIELDS}


def without_manifest(skipped: list[Skipped], manifest: Manifest | None) -> list[Skipped]:
    """``skipped`` less the manifest file itself (read as an input when it lies in a
    folder being ingested: it is the run's metadata, not a skipped article)."""
    if manifest is None or manifest.own_path is None:
        return list(skipped)
    return [s for s in skipped if _key(s.source, Path.cwd()) != manifest.own_path]


def _row_values(
    path: Path, line: int, header: list[str], raw: Mapping[str | None, object]
) -> dict[str, str]:
    """The cells of one CSV row by column, stripped. Raises ManifestError when the row has
    more cells than the header (an unquoted comma in a cell would otherwise shift or drop
    what follows it)."""
    extra = raw.get(None)
    if extra:
        cells = len(header) + len(extra)  # type: ignore[arg-type]
        raise ManifestError(
            f"{path}:{line}: {cells} cells but the header has {len(header)} "
            '(put a cell holding a comma in double quotes: "Smith, Jones")'
        )
    return {h: str(v or "").strip() for h, v in zip(header, raw.values(), strict=False)}


def _row_warnings(
    path: Path, line: int, key: str, given: str, fields: Mapping[str, str]
) -> list[str]:
    """Warnings for one row: a local file that does not exist (a record ``FILE#KEY`` is
    checked by its file), or ``title``/``url`` given for a whole file that holds several
    articles (they would name no record)."""
    if _is_url(key):
        return []
    file = key if Path(key).exists() else key.partition("#")[0]
    if not Path(file).exists():
        return [f"{path}:{line}: no file {given!r}; its row is not used"]
    named = sorted(k for k in ("title", "url") if k in fields)
    if file == key and named and key.lower().endswith(MULTI_RECORD_SUFFIXES):
        return [
            f"{path}:{line}: {' and '.join(named)} of {given!r} name one article, and this "
            f"file may hold several: give them on a row per record ({given}#KEY, as "
            "'consilience articles' shows the source)"
        ]
    return []


def _check_header(path: Path, header: list[str]) -> None:
    if header and header[0].startswith(("[", "{")):
        raise ManifestError(
            f"{path}: looks like JSON; a manifest is a CSV file with a header row "
            f"(columns: {', '.join(COLUMNS)})"
        )
    if "path" not in header:
        raise ManifestError(f"{path}: no 'path' column (columns: {', '.join(COLUMNS)})")
    twice = sorted({h for h in header if header.count(h) > 1})
    if twice:
        raise ManifestError(f"{path}: the column {twice[0]!r} is given twice")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise ManifestError(
            f"{path}: unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})"
        )


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _key(source: str, base: Path) -> str:
    """A path resolved against ``base``; URLs as they are."""
    if _is_url(source):
        return source
    return str((base / Path(source).expanduser()).resolve())


def with_metadata(
    article: Article, *, outlet: str | None = None, manifest: Manifest | None = None
) -> Article:
    """``article`` with the metadata the user gave: ``outlet`` for every article, then the
    manifest's row for its source. Returns ``article`` itself when nothing is given; a
    changed title drops the boilerplate spans (they depend on it) so they are recomputed."""
    fields: dict[str, str] = {}
    if outlet and outlet.strip():
        fields["outlet"] = outlet.strip()
    if manifest is not None:
        fields.update(manifest.fields_for(article.source))
    changes = {k: v for k, v in fields.items() if getattr(article, k) != v}
    if not changes:
        return article
    if "title" in changes:
        changes["boilerplate"] = None
    return dataclasses.replace(article, **changes)
