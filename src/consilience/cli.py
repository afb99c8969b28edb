"""The ``consilience`` command line. It parses options, calls the pipeline and prints;
it holds no analysis logic.

Exit status: 0 when every input was read, 3 when some inputs were skipped (each named on
stderr with its reason), 2 for a usage error or an unusable store.

Paths given for a store (``--db``) or an output file (``-o``) follow one rule: their folder
must exist, and no folder is created for them (a typo in a folder name is refused, not made
into a new folder). A store file is created by commands that store articles when it is
missing or empty (0 bytes); a read command refuses a file that is not a consilience store
and leaves it untouched, and no command adds its tables to another program's database.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from .safe_text import escape_line
from .story_split import split_note

EXIT_SKIPPED = 3

app = typer.Typer(
    name="consilience",
    help=(
        "Read many news articles about the same events and say what is established, what is "
        "disputed, who said it and who first reported it — every line cited.\n\n"
        "Try it:  consilience demo"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True, highlight=False)
err = Console(stderr=True, soft_wrap=True, highlight=False)


class Format(StrEnum):
    md = "md"
    json = "json"
    html = "html"
    csv = "csv"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store: a SQLite file, or postgresql://user@host:port/dbname for a shared "
        "PostgreSQL database (default: $CONSILIENCE_DB or a file in the user data dir). "
        "The file's folder must exist (none is created, as for -o). Commands that store "
        "articles create the store in a new or empty file; every command refuses a file "
        "that is not a consilience store.",
    ),
]
PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date for articles whose metadata has none (e.g. 2024-11-18); "
        "relative dates such as 'on Sunday' resolve against it.",
    ),
]
OutletOption = Annotated[
    str | None,
    typer.Option("--outlet", help="Outlet of every article of this run (e.g. 'Harbour Gazette')."),
]
_URL_LIKE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:/")


def _local_file(value: Path | None) -> Path | None:
    """A ``-o`` / ``--meta`` value must be a local path: a URL ("https://host/x.html",
    which a path would turn into folders "https:/host/") is a usage error naming it."""
    if value is not None and _URL_LIKE.match(str(value)):
        shown = re.sub(r"^([A-Za-z][A-Za-z0-9+.-]*):/(?!/)", r"\1://", str(value))
        raise typer.BadParameter(f"{shown} is a URL; give a local file path")
    return value


MetaOption = Annotated[
    Path | None,
    typer.Option(
        "--meta",
        callback=_local_file,
        help="CSV manifest of metadata per file: columns path (required), outlet, url, "
        "published, title; paths relative to the manifest's folder.",
    ),
]
MaxBytesOption = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Skip input files larger than this many bytes (default 20 MiB).",
    ),
]
MaxCharsOption = Annotated[
    int | None,
    typer.Option(
        "--max-chars",
        min=1,
        help="Skip articles whose text is longer than this (default 200,000).",
    ),
]
BatchOption = Annotated[
    int,
    typer.Option(
        "--batch-size", min=1, help="Articles analysed and committed to the store together."
    ),
]


def _markup_safe(value: object) -> str:
    """``value`` on one line (control characters escaped) with Rich markup escaped."""
    from rich.markup import escape

    return escape(escape_line(value))


def _cells(*values: object) -> list[Text]:
    """Table cells from outside text: one line each, never read as Rich markup."""
    return [Text(escape_line(v)) for v in values]


def _open_store(db: str | Path | None, option: str = "--db"):
    """The store at ``db`` (a path or a postgresql:// URL; None: the default) for a command
    that stores articles: created if missing or in an empty file. An unusable store or
    address (see :func:`_refuse_target`) is one line on stderr and exit 2."""
    from .store import StoreError, open_store

    target = _store_target(db, option)
    try:
        _refuse_target(target, named=_named(db), create=True)
        return open_store(target)
    except (StoreError, OSError) as exc:
        err.print(f"[red]error:[/red] {_markup_safe(exc)}", markup=True)
        raise typer.Exit(2) from None


def _open_existing_store(db: str | Path | None, option: str = "--db"):
    """The store for a read command: a file or PostgreSQL database that does not exist, or
    a file that is not a consilience store (empty, another program's SQLite database, not
    SQLite), is refused (exit 2) and left untouched, so a mistyped ``--db`` never looks
    like an empty store."""
    from .store import StoreError, store_exists

    path = _store_target(db, option)
    try:
        found = store_exists(path)
    except StoreError as exc:
        err.print(f"error: {escape_line(exc)}", markup=False)
        raise typer.Exit(2) from None
    if not found:
        err.print(f"error: {_no_store(path, _named(db))}", markup=False)
        raise typer.Exit(2)
    _refuse_target(path, named=True, create=False)
    return _open_store(path, option)


def _no_store(path: str, named: bool) -> str:
    """Why a read command has no store at ``path`` and what to run: the default store
    (``named`` False) is made by the first ``consilience ingest``, its folder included; a
    named file needs its folder to exist."""
    from .store import is_postgres

    where = escape_line(path)
    if not named:
        return (
            f"no store yet at {where} (the default store: read articles into it first "
            "with consilience ingest PATH)"
        )
    folder = Path(path).parent
    if not is_postgres(path) and not folder.is_dir():
        return (
            f"no store at {where} (no folder {escape_line(folder)}: create it, then "
            f"consilience ingest PATH --db {where})"
        )
    return f"no store at {where} (create one with: consilience ingest PATH --db {where})"


def _named(db: str | Path | None) -> bool:
    """Whether the store was named (``--db`` or ``$CONSILIENCE_DB``), not the default."""
    return db is not None or bool(os.environ.get("CONSILIENCE_DB"))


def _store_target(db: str | Path | None, option: str) -> str:
    """The store address ``db`` names (None: the default). An empty or blank value is
    refused (exit 2): SQLite would take it for a private temporary database and lose
    whatever is stored in it."""
    from .store import default_db_target

    if db is None:
        return default_db_target()
    if not str(db).strip():
        err.print(f"error: {option} {escape_line(repr(str(db)))}: empty store path "
                  "(give a file path or postgresql://user@host/db)", markup=False)  # fmt: skip
        raise typer.Exit(2)
    return str(db)


def _refuse_target(target: str, *, named: bool, create: bool) -> None:
    """Exit 2 with one line when the SQLite path ``target`` cannot hold the store: a named
    file in a folder that does not exist (a typo would start a new store there), a folder,
    or a file that is not a consilience store (``create``: a missing or empty file is
    fine). A PostgreSQL URL passes; an unsupported address raises StoreError."""
    from .store import is_postgres
    from .store_target import path_problem

    if is_postgres(target):
        return
    folder = Path(target).parent
    if named and target != ":memory:" and not folder.is_dir():
        err.print(f"error: {escape_line(target)}: no folder {escape_line(folder)} "
                  "(create it first, or give another --db)", markup=False)  # fmt: skip
        raise typer.Exit(2)
    problem = path_problem(target, create=create)
    if problem is not None:
        err.print(f"error: {escape_line(target)}: {escape_line(problem)}", markup=False)
        raise typer.Exit(2)


def _check_published(published: str | None) -> str | None:
    if published is None:
        return None
    from .normalise import parse_date

    parsed = parse_date(published)
    if parsed is None:
        raise typer.BadParameter(
            f"not a date: {published!r} (try 2024-11-18)", param_hint="--published"
        )
    return parsed


def _read_manifest(meta: Path | None):
    """The ``--meta`` manifest, or None; an unusable one is a usage error (exit 2). A row
    naming a file that does not exist is a one-line warning (the run goes on)."""
    if meta is None:
        return None
    from .manifest import Manifest, ManifestError

    try:
        manifest = Manifest.read(meta)
    except ManifestError as exc:
        err.print(f"error: --meta {exc}", markup=False)
        raise typer.Exit(2) from None
    for line in manifest.missing:  # a typo in a path would otherwise go unnoticed
        err.print(f"warning: --meta {escape_line(line)}", markup=False)
    return manifest


def _ingest(
    store,
    inputs: list[str],
    published,
    max_bytes,
    max_chars,
    *,
    batch_size: int = 32,
    quiet: bool = False,
    outlet: str | None = None,
    manifest=None,
):
    from . import pipeline
    from .phases import Phases, known_total

    with Phases(err, total=known_total(inputs), quiet=quiet) as phases:
        report = pipeline.ingest(
            store,
            inputs,
            published=published,
            max_bytes=max_bytes,
            max_chars=max_chars,
            batch_size=batch_size,
            progress=phases,
            outlet=outlet,
            manifest=manifest,
        )
    from .manifest import without_manifest

    report.skipped[:] = without_manifest(report.skipped, manifest)
    for skipped in report.skipped:
        shown = escape_line(as_given(skipped.source, inputs=inputs))
        err.print(f"skipped {shown}: {escape_line(skipped.reason)}", markup=False)
    for source, stored in report.copies:
        shown, first = (escape_line(as_given(s, inputs=inputs)) for s in (source, stored))
        err.print(
            f"{shown}: already stored as {first} (the same text, outlet, title and date)",
            markup=False,
        )
    return report


def as_given(source: str, cwd: str | None = None, inputs: Iterable[str] = ()) -> str:
    """``source`` as the user named it: a source one of ``inputs`` names as typed is
    kept; a stored (canonical, ``os.path.realpath``) path of a file given, or of a file
    under a folder given, is written back through that input ("/tmp/x/nope.md" stays
    so, "/srv/news/a.txt" read as ``news/`` is "news/a.txt"); any other file path below
    ``cwd`` (default: the working folder) is made relative to it; a ``#member`` suffix
    is kept; anything else (URLs, paths elsewhere) unchanged."""
    typed = _through_input(source, inputs)
    if typed is not None:
        return typed
    path, sep, member = source.partition("#")
    if not os.path.isabs(path):
        return source
    base = os.path.abspath(cwd or os.getcwd())
    try:
        if os.path.commonpath([base, path]) != base:
            return source
    except ValueError:  # another drive
        return source
    return os.path.relpath(path, base) + sep + member


def _through_input(source: str, inputs: Iterable[str]) -> str | None:
    """``source`` written as one of ``inputs`` names it (itself, or a file under a folder
    given), through the input's path as typed or its canonical form; None when no input
    names it (a URL's page, a file a quoted glob matched)."""
    path, sep, member = source.partition("#")
    for inp in inputs:
        inp = os.fspath(inp)
        if "://" in inp:
            continue
        for base in dict.fromkeys((inp, os.path.realpath(inp))):
            if path == base:
                return inp + sep + member
            folder = base.rstrip(os.sep)
            if folder and path.startswith(folder + os.sep):
                return inp.rstrip(os.sep) + path[len(folder) :] + sep + member
    return None


def _stored_count(store) -> int | None:
    try:
        return int(store.count())
    except Exception:  # the store is what failed
        return None


def _failure_cause(exc: BaseException) -> str:
    """The cause of a store or worker failure in a few words, on one line."""
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, OSError) and exc.strerror:
        text = exc.strerror
    return escape_line(text.splitlines()[0])


@contextlib.contextmanager
def _store_failures(store) -> Iterator[None]:
    """Turn a store, disk or worker failure inside the block into one line on stderr and
    exit status 2, and Ctrl-C into "interrupted; N articles stored; run again to finish" and
    status 130. Each batch is one transaction, so the store keeps whole batches only."""
    from .store import database_errors
    from .workers import WorkerError

    before = _stored_count(store)

    def stored() -> str:
        after = _stored_count(store)
        if before is None or after is None:
            return "run again to finish"
        return f"{_count(after - before, 'article')} stored; run again to finish"

    try:
        yield
    except KeyboardInterrupt:
        err.print(f"interrupted; {stored()}", markup=False)
        raise typer.Exit(130) from None
    except WorkerError as exc:
        err.print(f"error: analysis worker: {_failure_cause(exc)}; {stored()}", markup=False)
        raise typer.Exit(2) from None
    except (*database_errors(), OSError) as exc:
        err.print(
            f"error: store {escape_line(str(store.path))}: {_failure_cause(exc)}; {stored()}",
            markup=False,
        )
        raise typer.Exit(2) from None


@contextmanager
def _briefing() -> Iterator[None]:
    """The "building briefs" phase: a spinner on a terminal, else one line on stderr."""
    from .phases import BRIEFING

    if err.is_terminal:
        with err.status(BRIEFING):
            yield
    else:
        err.print(f"{BRIEFING}…", markup=False)
        yield


def _finish(report) -> None:
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or http(s) URLs.")],
    db: DbOption = None,
    published: PublishedOption = None,
    max_bytes: MaxBytesOption = None,
    max_chars: MaxCharsOption = None,
    batch_size: BatchOption = 32,
    allow_private_urls: Annotated[
        bool,
        typer.Option(
            "--allow-private-urls",
            help="Fetch URLs (and follow redirects) to loopback, private and link-local "
            "addresses; refused by default.",
        ),
    ] = False,
    outlet: OutletOption = None,
    meta: MetaOption = None,
) -> None:
    """Read articles into the store and analyse them (idempotent).

    Example:  **consilience ingest news/ feed.xml 'crawl/*.warc.gz' --db news.db**
    """
    from .read import private_urls_allowed

    published = _check_published(published)
    manifest = _read_manifest(meta)
    new_file = _new_store_file(db)
    was_empty = new_file is not None and new_file.exists()
    with (
        _open_store(db) as store,
        private_urls_allowed(allow_private_urls),
        _store_failures(store),
    ):
        report = _ingest(
            store,
            paths,
            published,
            max_bytes,
            max_chars,
            batch_size=batch_size,
            outlet=outlet,
            manifest=manifest,
        )
        discard = new_file is not None and not report.read and store.count() == 0
        line = _ingest_line(report, store)
        if discard:  # nothing was read: a typo must not leave an empty store behind
            left = "left empty" if was_empty else "not created"
            line = line.split(" · store ")[0] + f" · nothing read: {escape_line(new_file)} {left}"
        out.print(line, markup=False)
    if discard:
        _remove_store_file(new_file, keep=was_empty)
    _finish(report)


def _new_store_file(db: str | Path | None) -> Path | None:
    """The SQLite file ``db`` names when it does not exist yet or is empty (0 bytes: this
    run makes the store there), else None (an existing store, the default store, a
    PostgreSQL URL, or a value the store refuses)."""
    from .store import StoreError, is_postgres

    try:
        if db is None or not str(db).strip() or is_postgres(str(db)):
            return None
        path = Path(db)
        return path if not path.exists() or (path.is_file() and not path.stat().st_size) else None
    except (StoreError, OSError):
        return None  # reported when the store is opened


def _remove_store_file(path: Path, *, keep: bool = False) -> None:
    """Remove an SQLite store file this run created and its journal files; ``keep``
    (the file was there, empty, before the run): empty it again instead of removing it."""
    if keep:
        path.write_bytes(b"")
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    for f in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            f.unlink()


def _ingest_line(report, store) -> str:
    """The one-line summary of an ingest run: every article read counted once
    (:func:`consilience.ingest_summary.ingest_counts`)."""
    from .ingest_summary import ingest_counts

    n = ingest_counts(report)
    repeated = f" · read twice {n['repeated']}" if n["repeated"] else ""
    return (
        f"read {n['read']} · new {n['new']} · updated {n['updated']} "
        f"· new appearances {n['new_appearances']} · already stored {n['already_stored']}"
        f"{repeated} · skipped {n['skipped']} · stories: {report.stories_opened} new, "
        f"{_count(report.stories_joined, 'article')} joined existing ones · store {escape_line(store.path)} holds "
        f"{_holds(store)}"
    )


def _holds(store) -> str:
    """What a store holds, counted as the brief counts (``"5 articles · 1 distinct text"``:
    every printing is an article; the distinct texts only when fewer)."""
    texts, printings = store.count(), store.printings()
    extra = f" · {texts} distinct text{'' if texts == 1 else 's'}" if texts < printings else ""
    return f"{_count(printings, 'article')}{extra}"


def _count(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless ``n`` is one ("1 article", "3 articles")."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _render(briefs: list[dict[str, Any]], texts: dict[str, str], fmt: Format) -> str:
    if fmt is Format.json:
        from .render_md import render_json

        return render_json(briefs[0] if len(briefs) == 1 else briefs)
    if fmt is Format.html:
        from .render_html import render_html

        return render_html(briefs[0] if len(briefs) == 1 else briefs, texts)
    if fmt is Format.csv:
        from .render_csv import render_csv

        return render_csv(briefs, texts)
    from .render_md import render_markdown_many

    return render_markdown_many(briefs, texts)


#: Output file extensions and the format each one is written in (no extension: Markdown).
SUFFIX_FORMATS: dict[str, Format] = {
    "": Format.md,
    "md": Format.md,
    "markdown": Format.md,
    "json": Format.json,
    "html": Format.html,
    "htm": Format.html,
    "csv": Format.csv,
}


def _format_for(output: Path | None, fmt: Format | None) -> Format:
    """The output format: ``--format`` if given, else from the extension of ``-o``, else md.

    An extension without a writer is a usage error (exit 2) naming the known ones, so a
    file is never written in a format its name does not say.
    """
    if fmt is not None:
        return fmt
    if output is None:
        return Format.md
    suffix = output.suffix.lower().lstrip(".")
    if suffix not in SUFFIX_FORMATS:
        known = ", ".join(f".{s}" for s in SUFFIX_FORMATS if s)
        err.print(
            f"error: no writer for {output.name!r}: use one of {known} or give --format "
            f"({', '.join(f.value for f in Format)})",
            markup=False,
        )
        raise typer.Exit(2)
    return SUFFIX_FORMATS[suffix]


def _same_file(a: Path, b: Path) -> bool:
    """Whether paths ``a`` and ``b`` name one file (resolved, or the same inode)."""
    try:
        if a.exists() and b.exists():
            return a.samefile(b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _check_output(output: Path | None, db: str | Path | None, inputs: list[str]) -> None:
    """Refuse (exit 2) an ``-o`` in a folder that does not exist (as a ``--db`` there is
    refused: a typo must not make folders), one naming a folder, the SQLite store (or its
    journal files) or an input file: writing the brief there would destroy what it was
    made from."""
    from .store import StoreError, default_db_target, is_postgres

    if output is None:
        return
    target = str(db) if db is not None else default_db_target()
    try:
        sqlite = bool(target.strip()) and not is_postgres(target)
    except StoreError:
        sqlite = False  # an unsupported address is reported when the store is opened
    for suffix in ("", "-wal", "-shm", "-journal") if sqlite else ():
        if _same_file(output, Path(target + suffix)):
            err.print(f"error: -o {escape_line(output)} is the store (--db "
                      f"{escape_line(target)}); writing the brief there would destroy it",
                      markup=False)  # fmt: skip
            raise typer.Exit(2)
    for given in inputs:
        if Path(given).is_file() and _same_file(output, Path(given)):
            err.print(f"error: -o {escape_line(output)} is one of the inputs; writing the "
                      "brief there would overwrite it", markup=False)  # fmt: skip
            raise typer.Exit(2)
    _check_output_folder(output)


def _check_output_folder(output: Path) -> None:
    """Exit 2 with one line when ``-o`` names a folder or a file in a folder that does not
    exist (no folder is ever created for it)."""
    if output.is_dir():
        err.print(f"error: -o {escape_line(output)}: is a folder; give a file name",
                  markup=False)  # fmt: skip
        raise typer.Exit(2)
    folder = output.parent
    if not folder.is_dir():
        err.print(f"error: -o {escape_line(output)}: no folder {escape_line(folder)} "
                  "(create it first, or give another -o)", markup=False)  # fmt: skip
        raise typer.Exit(2)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        err.print(
            f"error: cannot write {escape_line(output)}: {escape_line(exc.strerror or exc)}",
            markup=False,
        )
        raise typer.Exit(2) from None
    err.print(f"wrote {escape_line(output)}", markup=False)


@app.command()
def brief(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Articles to brief, straight from disk.")
    ] = None,
    story: Annotated[
        str | None, typer.Option("--story", help="Brief a stored story by id.")
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="md, json, html or csv (default: from -o, else md)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            callback=_local_file,
            help="Write to this file; its folder must exist (none is created).",
        ),
    ] = None,
    db: DbOption = None,
    published: PublishedOption = None,
    max_bytes: MaxBytesOption = None,
    max_chars: MaxCharsOption = None,
    outlet: OutletOption = None,
    meta: MetaOption = None,
) -> None:
    """Write the brief of the given articles (one per story), or of a stored story.

    Articles read from disk are kept in the store, so a second run does no NLP work.
    Without --db the store is $CONSILIENCE_DB, else consilience.db in the user data dir
    (on Linux ~/.local/share/consilience/consilience.db); --db FILE keeps it elsewhere,
    and --db :memory: briefs without keeping anything.

    Examples:  **consilience brief news/*.html -o brief.html** ·
    **consilience brief --story s-1a2b3c --format json**
    """
    fmt = _format_for(output, fmt)
    _check_output(output, db, [*(paths or []), *([str(meta)] if meta else [])])
    published = _check_published(published)
    manifest = _read_manifest(meta)
    _check_brief_inputs(paths, story)
    report = None
    with (
        _open_existing_store(db) if story else _open_store(db) as store,
        _store_failures(store),
    ):
        if story:
            briefs = [_stored_brief(store, story)]
        else:
            options = _ReadOptions(published, max_bytes, max_chars, outlet, manifest)
            report, briefs = _briefs_of_paths(store, paths or [], options)
        ids = [a["id"] for b in briefs for a in b["story"]["articles"]]
        texts = _pipeline().article_texts(store, ids)
    _emit(_render(briefs, texts, fmt), output)
    if report is not None:
        _finish(report)


def _pipeline():
    """:mod:`consilience.pipeline`, imported when a command needs it (it loads numpy)."""
    from . import pipeline

    return pipeline


@dataclass(frozen=True)
class _ReadOptions:
    """How ``brief PATH`` reads its inputs (the ingest options of the command line)."""

    published: str | None
    max_bytes: int | None
    max_chars: int | None
    outlet: str | None
    manifest: Any


def _check_brief_inputs(paths: list[str] | None, story: str | None) -> None:
    """Refuse ``brief`` with neither PATHs nor ``--story``, or with both (usage error)."""
    if not paths and not story:
        raise typer.BadParameter("give PATHs to read, or --story ID", param_hint="PATHS")
    if paths and story:
        raise typer.BadParameter(
            "give PATHs to read or --story ID, not both (a stored story is briefed from the "
            "store; ingest the paths first to add them to it)",
            param_hint="PATHS",
        )


def _stored_brief(store, story: str) -> dict[str, Any]:
    """The brief of stored story ``story``; a story the store does not hold is one line on
    stderr and exit 2."""
    one = _pipeline().brief_for_story(store, story)
    if one is None:
        err.print(
            f"error: no story {escape_line(repr(story))} in {escape_line(store.path)} "
            "(see: consilience stories)",
            markup=False,
        )
        raise typer.Exit(2)
    return one


def _briefs_of_paths(
    store, paths: list[str], options: _ReadOptions
) -> tuple[Any, list[dict[str, Any]]]:
    """Ingest ``paths`` into ``store`` and brief the stories of what they held, each shown
    with the appearances these paths read: (ingest report, briefs). Inputs holding no
    readable article are one line on stderr and exit :data:`EXIT_SKIPPED`."""
    o = options
    report = _ingest(
        store, paths, o.published, o.max_bytes, o.max_chars, outlet=o.outlet, manifest=o.manifest
    )
    if not report.ids:
        err.print("error: none of the inputs held a readable article", markup=False)
        raise typer.Exit(EXIT_SKIPPED)
    with _briefing():
        stored_briefs = _pipeline().briefs_for_ids(store, report.ids)
    read_as = {}  # stored source -> the name this run read it under (a copy of it)
    for source, stored in report.copies:
        read_as.setdefault(stored, source)
    briefs = [_only_inputs(b, paths, read_as) for b in stored_briefs]
    if note := split_note(briefs):  # one event's files split over stories: say so
        err.print(escape_line(note), markup=False)
    return report, briefs


def _input_keys(value: str) -> tuple[str, ...]:
    """How a path or URL may be written in a stored source: as given, and resolved."""
    if "://" in value:
        return (value.rstrip("/"),)
    try:
        return (value.rstrip("/"), str(Path(value).expanduser().resolve()))
    except (OSError, RuntimeError):
        return (value.rstrip("/"),)


def _from_inputs(source: str | None, inputs: list[tuple[str, ...]]) -> bool:
    """Whether a stored ``source`` was read from one of this run's ``inputs`` (each the
    :func:`_input_keys` of a PATH): that file or URL, an archive member of it
    (``"x.warc.gz#3"``), or a file inside that folder."""
    if not source:
        return False
    head = source.partition("#")[0] if "://" not in source else source
    mine = set(_input_keys(head))
    for keys in inputs:
        for key in keys:
            if key in mine or source.startswith(key + "#"):
                return True
            if any(m.startswith(key.rstrip("/\\") + sep) for m in mine for sep in "/\\"):
                return True
    return False


def _only_inputs(
    brief: dict[str, Any], paths: list[str], read_as: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """``brief`` as a brief of ``paths`` only: a stored text that other paths stored
    earlier also printed is shown with the appearances this run read (the first of them
    gives its source, outlet, title and date), not with the others'. An appearance this
    run read again under another name (``read_as``: stored source -> that name, a copied
    file stored once) shows that name. A text none of whose appearances matches (a source
    stored under another spelling) is left as it is."""
    inputs = [_input_keys(p) for p in paths]
    for head in brief.get("story", {}).get("articles", []):
        apps = head.get("appearances") or [dict(head)]
        apps = [_read_under(a, inputs, read_as or {}) for a in apps]
        mine: dict[str, dict[str, Any]] = {}  # one file stored under two spellings: once
        for app in apps:
            if _from_inputs(app.get("source"), inputs):
                mine.setdefault(_resolved_source(app["source"]), app)
        _show_appearances(head, list(mine.values()))
    return brief


def _read_under(
    app: dict[str, Any], inputs: list[tuple[str, ...]], read_as: Mapping[str, str]
) -> dict[str, Any]:
    """Appearance ``app`` under the name this run read it (``read_as``: a copied file
    stored once), unless its stored source is itself one of this run's ``inputs``."""
    source = app.get("source")
    if source not in read_as or _from_inputs(source, inputs):
        return app
    return {**app, "source": read_as[source]}


def _resolved_source(source: str) -> str:
    """A stored source with its path resolved ("two/b.md" and "/x/two/b.md" alike)."""
    if "://" in source:
        return source
    head, sep, member = source.partition("#")
    return _input_keys(head)[-1] + sep + member


def _show_appearances(head: dict[str, Any], mine: list[dict[str, Any]]) -> None:
    """Give article header ``head`` the metadata of its first appearance in ``mine`` and
    only those appearances; unchanged when ``mine`` is empty."""
    if not mine:
        return
    for key in ("source", "url", "outlet", "title", "published"):
        if key in mine[0]:
            head[key] = mine[0][key]
    if len(mine) > 1:
        head["appearances"] = mine
    else:
        head.pop("appearances", None)


@app.command()
def articles(
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ListFormat.table,
    db: DbOption = None,
) -> None:
    """List the articles in the store: one row per printing (a text several outlets
    printed is listed once per outlet, each later printing marked as a copy of the first).

    Example:  **consilience articles --format json**
    """
    import json

    with _open_existing_store(db) as store:
        heads = list(store.articles())
        apps = store.appearances([a.id for a in heads])
    rows = [_article_row(a.header(), apps.get(a.id) or []) for a in heads]
    if fmt is ListFormat.json:
        printings, texts = _tally(rows)
        doc = {
            "schema": "consilience.articles/1",
            "printings": printings,  # the table's "N articles": one per printing
            "distinct_texts": texts,
            "articles": rows,  # one entry per distinct text, its printings in appearances
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    out.print(_article_table(rows))


def _article_row(head: dict[str, Any], apps: list[dict[str, Any]]) -> dict[str, Any]:
    """An article's entry of ``consilience articles``: its header and, when its text
    appeared at more than one source, its ``appearances`` (``Store.appearances`` entries,
    the first printing first) as the stories and brief JSON give them."""
    if len(apps) > 1:
        head["appearances"] = [dict(a) for a in apps]
    return head


def _printings(row: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """``(id cell, printing)`` for every printing of one article row: the article itself,
    then its other appearances, each marked as a copy of the article."""
    first = [(row["id"], row)]
    others = [a for a in row.get("appearances") or [] if a.get("source") != row["source"]]
    return first + [(f"copy of {row['id']}", a) for a in others]


def _tally(rows: list[dict[str, Any]]) -> tuple[int, int]:
    """``(printings, distinct texts)`` of the article rows of ``consilience articles``: the
    figures its table title, its JSON and the ingest line (``Store.printings``) give."""
    return sum(len(_printings(r)) for r in rows), len(rows)


def _article_table(rows: list[dict[str, Any]]) -> Table:
    """The article list as a table, one row per printing, counted as the brief counts
    (``"3 articles · 2 distinct texts"``)."""
    from .outlet_count import article_name

    printings = [p for r in rows for p in _printings(r)]
    extra = f" · {len(rows)} distinct text{'' if len(rows) == 1 else 's'}"
    title = _count(len(printings), "article") + (extra if len(rows) < len(printings) else "")
    table = Table("id", "outlet", "published", "title", "source", title=title)
    for cell, p in printings:
        name = p.get("outlet") or f"unknown ({article_name(None, p.get('source'), cell)})"
        table.add_row(
            *_cells(cell, name, p.get("published") or "—", p.get("title") or "—"),
            *_cells(p.get("source") or "—"),
        )
    return table


@app.command()
def stories(
    paths: Annotated[
        list[str] | None, typer.Argument(help="Articles to group (default: the whole store).")
    ] = None,
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ListFormat.table,
    db: DbOption = None,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    meta: MetaOption = None,
) -> None:
    """Group articles into stories and list them.

    Example:  **consilience stories feeds/ --format json**
    """
    import json

    from . import pipeline
    from .api import StoryListing

    published = _check_published(published)
    manifest = _read_manifest(meta)
    report = None
    with _open_store(db) if paths else _open_existing_store(db) as store:
        if paths:
            report = _ingest(store, paths, published, None, None, outlet=outlet, manifest=manifest)
            found = pipeline.group_stories(pipeline.story_items(store, report.ids))
        else:
            found = pipeline.list_stories(store)
        listing = StoryListing.read(store, found)
    if fmt is ListFormat.json:
        sys.stdout.write(json.dumps(listing.document(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(_story_table(listing.stories, listing.articles, listing.appearances))
    if report is not None:
        _finish(report)


def _story_table(found, arts, appearances) -> Table:
    """The story list as a table. Articles and outlets are counted as the brief, the web
    app and ``/api/stories`` count them (:func:`consilience.story_counts.story_row`):
    every printing of a syndicated text is an article, unknown outlets counted apart.
    ``copies``: the articles that repeat a text counted before (every printing after a
    text's first, and near-copies), so ``articles - copies`` are the independent texts."""
    import json

    from .outlet_count import OutletCount, count_outlets
    from .story_counts import story_row

    heads = {a.id: a for a in arts}
    table = Table("story", "articles", "outlets", "copies", "title", title=f"{len(found)} stories")
    for s in found:
        row = story_row(s, heads, appearances)
        unknown = count_outlets(json.loads(row["refs"])).unknown
        outlets = OutletCount(row["outlets"], unknown).short()
        copies = row["articles"] - len(s.articles) + len(s.duplicates)
        table.add_row(*_cells(s.id, row["articles"], outlets, copies, s.title))
    return table


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in titles and article texts.")],
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", help="table or json.")
    ] = ListFormat.table,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most matches shown.")] = 20,
    db: DbOption = None,
) -> None:
    """Search the full text of the stored articles (every word must occur; best first by
    bm25), each match shown with its story.

    Example:  **consilience search "sandbank ferry" --db news.db**
    """
    import json

    from .api import search_store

    if not re.search(r"\w", query):
        err.print(
            f"error: search query {escape_line(repr(query))}: no word to look for "
            '(try: consilience search "sandbank ferry")',
            markup=False,
        )
        raise typer.Exit(2)
    with _open_existing_store(db) as store:
        matches = search_store(store, query, limit)
    if fmt is ListFormat.json:
        doc = {"schema": "consilience.search/1", "query": query, "matches": matches}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return
    from .outlet_count import article_name

    table = Table("article", "story", "outlet", "title", "excerpt", title=f"{len(matches)} matches")
    for m in matches:
        name = m["outlet"] or f"unknown ({article_name(None, m['source'], m['id'])})"
        table.add_row(*_cells(m["id"], m["story"] or "—", name, m["title"] or "—", m["snippet"]))
    out.print(table)


def demo_files() -> list[str]:
    """Paths of the bundled demo corpus."""
    root = resources.files("consilience") / "demo"
    return sorted(str(p) for p in Path(str(root)).iterdir() if p.is_file())


def _demo_store_path() -> Path:
    """The default store of ``demo``: one per installed demo corpus (its folder's path in
    the name), so the demo of another checkout or version never adds its copies of the same
    articles as reprints."""
    from .store import default_db_path

    root = str(Path(str(resources.files("consilience") / "demo")).resolve())
    tag = hashlib.sha1(root.encode("utf-8")).hexdigest()[:10]
    return default_db_path().with_name(f"demo-{tag}.db")


@app.command()
def demo(
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            callback=_local_file,
            help="Where to write the HTML brief; its folder must exist (none is created).",
        ),
    ] = Path("consilience-demo.html"),
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Store for the demo: a file or postgresql:// URL (default: a demo store "
            "in the user data dir); a file's folder must exist.",
        ),
    ] = None,
) -> None:
    """Run the whole job on the bundled demo corpus: print the brief, write it as HTML.

    Example:  **consilience demo -o demo.html**
    """
    from . import pipeline
    from .render_md import render_markdown_many

    if db is None:  # the default folder is ours to create
        db = _demo_store_path()
        db.parent.mkdir(parents=True, exist_ok=True)
    _check_output(output, db, [])
    with _open_store(db) as store:
        report = _ingest(store, demo_files(), None, None, None)
        briefs = pipeline.briefs_for_ids(store, report.ids)
        texts = pipeline.article_texts(
            store, [a["id"] for b in briefs for a in b["story"]["articles"]]
        )
    sys.stdout.write(render_markdown_many(briefs, texts))
    _emit(_render(briefs, texts, Format.html), output)
    _finish(report)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> None:
    """Browse stories, briefs and articles in a local web app over the store.

    Example:  **consilience serve --db news.db --port 8000**  then open http://127.0.0.1:8000
    """
    import uvicorn

    from .store import default_db_target
    from .web import create_app

    path = db if db is not None else default_db_target()
    _open_existing_store(path).close()
    _check_listen(host, port)
    err.print(f"serving {escape_line(path)} on http://{escape_line(host)}:{port}", markup=False)
    # only requests for this interface's names are answered (DNS rebinding); uploads run off
    # the event loop, so a stop waits at most a few seconds for open requests
    uvicorn.run(
        create_app(str(path), host=host),
        host=host,
        port=port,
        log_level="warning",
        timeout_graceful_shutdown=3,
    )


def _check_listen(host: str, port: int) -> None:
    """Exit 2 with one line when ``host``:``port`` cannot be listened on (a name that does
    not resolve, an address of no interface here, a port in use), before the server
    starts: uvicorn would log the error and exit 3, which means "inputs skipped" here."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, addr = infos[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            sock.bind(addr)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        err.print(f"error: cannot listen on {escape_line(host)}:{port}: {escape_line(reason)}",
                  markup=False)  # fmt: skip
        raise typer.Exit(2) from None


store_app = typer.Typer(
    help="Manage stores: copy one between SQLite and PostgreSQL, prune stale cached briefs.",
    no_args_is_help=True,
)
app.add_typer(store_app, name="store")


@store_app.command("copy")
def store_copy(
    src: Annotated[str, typer.Argument(help="Store to copy: a SQLite file or postgresql:// URL.")],
    dst: Annotated[str, typer.Argument(help="New, empty store to copy into (created if missing).")],
) -> None:
    """Copy every table of a store into a new one (SQLite -> PostgreSQL and back), then
    check each table's row count and digest on both sides.

    Example:  **consilience store copy news.db postgresql://desk@db.example:5432/news**
    """
    from .store import database_errors
    from .store_copy import copy_store

    with _open_existing_store(src, "SRC") as source, _open_store(dst, "DST") as target:
        try:
            digests = copy_store(source, target)
        except (*database_errors(), OSError) as exc:
            err.print(f"error: store copy: {_failure_cause(exc)}", markup=False)
            raise typer.Exit(2) from None
    for d in digests:
        out.print(f"{d.table:<16} {d.rows:>8} rows  sha256 {d.digest[:16]}", markup=False)
    total = sum(d.rows for d in digests)
    out.print(
        f"copied {total} rows of {len(digests)} tables from {escape_line(src)} to "
        f"{escape_line(dst)}; counts and digests match",
        markup=False,
    )


@store_app.command("prune")
def store_prune(db: DbOption = None) -> None:
    """Drop the cached briefs no current code can ask for (built by another release;
    each new brief also prunes them) and, in a SQLite file, give their space back.

    Example:  **consilience store prune --db news.db**
    """
    from .pipeline import brief_version

    with _open_existing_store(db) as store:
        with store.transaction():
            dropped = store.prune_briefs(brief_version())
        if store.kind == "sqlite" and dropped:
            store.conn.execute("VACUUM")
        kept = store.brief_rows()
    out.print(f"dropped {dropped} stale cached brief(s); kept {kept} current", markup=False)


# --------------------------------------------------------------------------- spark, import
# (issue #13: the Spark runner and loading its output; see docs/spark.md)


@app.command()
def spark(
    inputs: Annotated[
        list[str], typer.Argument(help="WARC/WARC.gz, JSONL, feeds, any article files or folders.")
    ],
    out_dir: Annotated[str, typer.Option("--out", help="Output folder (local path or URI).")],
    master: Annotated[
        str, typer.Option("--master", help="Spark master URL (local[*], spark://host:7077...).")
    ] = "local[*]",
    html: Annotated[
        bool, typer.Option("--html", help="Also write an HTML page per story.")
    ] = False,
    published: PublishedOption = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per model batch.")
    ] = 32,
) -> None:
    """Run the whole pipeline on Apache Spark: Parquet tables, stories and briefs in DIR.

    Example:  **consilience spark crawl/*.warc.gz --out briefs-out --master local[2]**
    """
    from . import spark_job

    published = _check_published(published)
    try:
        opts = spark_job.JobOptions(batch_size=batch_size, published=published, html=html)
        report = spark_job.run(inputs, out_dir, master=master, options=opts)
    except ImportError as exc:
        err.print(f"error: {exc} (install with: pip install '.[spark]')", markup=False)
        raise typer.Exit(2) from None
    for s in report.skipped_reasons:
        err.print(f"skipped: {escape_line(str(s))}", markup=False)
    out.print(report.line(), markup=False)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("import")
def import_(
    folder: Annotated[Path, typer.Argument(help="Output folder of consilience spark.")],
    db: DbOption = None,
) -> None:
    """Load the output of **consilience spark** into a store (no NLP work is redone).

    Example:  **consilience import briefs-out --db news.db**  then **consilience stories**
    """
    from .archive_import import import_folder

    problem = _spark_output_problem(folder)
    if problem is not None:  # checked before the store is opened, so none is created
        err.print(f"error: {escape_line(folder)}: {problem}", markup=False)
        raise typer.Exit(2)
    with _open_store(db) as store:
        try:
            report = import_folder(store, folder)
        except FileNotFoundError as exc:
            missing = exc.filename or str(exc)
            err.print(f"error: {escape_line(folder)}: incomplete spark output "
                      f"({escape_line(missing)} is missing)", markup=False)  # fmt: skip
            raise typer.Exit(2) from None
        except ValueError as exc:
            err.print(f"error: {escape_line(str(exc))}", markup=False)
            raise typer.Exit(2) from None
    out.print(f"imported {report.new} new articles ({report.already} already stored)", markup=False)


def _spark_output_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be the output of ``consilience spark`` (no such folder, not a
    folder, no ``summary.json`` or one of its tables missing), or None when it may be."""
    from .archive_import import TABLES

    if not folder.exists():
        return "no such folder"
    if not folder.is_dir():
        return "not a folder (give the --out folder of consilience spark)"
    if not (folder / "summary.json").is_file():
        return "not a consilience spark output (no summary.json)"
    gone = [t for t in (*TABLES, "appearances") if not (folder / t).is_dir()]
    if gone:
        return f"incomplete spark output (no {', '.join(gone)} table)"
    return None


def _version(value: bool) -> None:
    if value:
        out.print(f"consilience {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    pass


def main() -> None:
    """The ``consilience`` command. A usage error (an unknown option, a value of the wrong
    type, a URL where a path is expected) is one line on stderr naming the option, the
    value given and the reason, exit 2 -- never click's boxed panel."""
    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        err.print("aborted", markup=False)
        sys.exit(1)
    except typer.TyperException as exc:  # click's errors, as Typer carries them
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
            err.print(ctx.get_help(), markup=False)
        elif ctx is not None or hasattr(exc, "param"):
            err.print(usage_line(exc, sys.argv[1:]), markup=False)
        else:
            err.print(f"error: {escape_line(exc.format_message())}", markup=False)
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(code if isinstance(code, int) else 0)


def usage_line(exc, argv: list[str]) -> str:
    """One line for a click usage error: ``error: <reason> (given: <value>); see
    '<command> --help'``. The value is looked up in ``argv`` after the option's names
    (``--port 80x`` or ``--port=80x``) since click keeps only the reason."""
    message = escape_line(exc.format_message()).replace(": Value error, ", ": ")
    names = list(getattr(getattr(exc, "param", None), "opts", None) or [])
    given = None
    for i, arg in enumerate(argv):
        for name in names:
            if arg == name and i + 1 < len(argv):
                given = argv[i + 1]
            elif arg.startswith(name + "="):
                given = arg.split("=", 1)[1]
    shown = f" (given: {escape_line(given)})" if given is not None and given not in message else ""
    path = exc.ctx.command_path if exc.ctx else "consilience"
    return f"error: {message.rstrip('.')}{shown}; see '{path} --help'"


if __name__ == "__main__":  # pragma: no cover
    main()
