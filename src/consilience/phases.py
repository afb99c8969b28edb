"""What a long command is doing, on stderr: a bar with a total when it can be known on a
terminal, one line per phase when stderr is piped. Display only; no analysis here."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

#: Extensions that hold exactly one article per file (feeds, JSONL and WARC hold many).
ONE_ARTICLE_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})

READING = "reading and analysing"
GROUPING = "grouping stories"
BRIEFING = "building briefs"


#: inputs are counted ahead only up to this many files (the walk is lazy; past it, no total)
COUNT_LIMIT = 100_000


def known_total(inputs: Iterable[str]) -> int | None:
    """How many articles ``inputs`` hold when that is known before reading them: every
    input is a file, folder or glob whose files each hold one article. None when some
    input is a URL, a multi-record file (feed, JSONL, WARC), does not exist, or the inputs
    hold more than ``COUNT_LIMIT`` files. Folders and globs are walked with the readers' own
    lazy walk (no symlink loop is followed twice)."""
    from .read import _iglob, _walk

    total = 0
    for inp in inputs:
        if os.path.isdir(inp):
            files = _walk(inp)
        elif os.path.isfile(inp):
            files = iter([inp])
        elif any(c in inp for c in "*?[") and "://" not in inp:
            files = (f for m in _iglob(inp) if isinstance(m, str) for f in _files(m))
        else:
            return None
        for f in files:
            if not isinstance(f, str):
                continue  # an unlistable folder: named when the inputs are read
            if os.path.splitext(f)[1].lower() not in ONE_ARTICLE_EXTENSIONS:
                return None
            total += 1
            if total > COUNT_LIMIT:
                return None
    return total


def _files(path: str) -> Iterator[str]:
    from .read import _walk

    if os.path.isdir(path):
        yield from (f for f in _walk(path) if isinstance(f, str))
    else:
        yield path


class Phases:
    """A ``pipeline.ProgressFn`` (events ``"read"``, ``"stored"``, ``"stories"``) that shows
    the phase and count on ``console`` (a rich Console on stderr).

    On a terminal a transient bar shows the phase, ``done/total`` (total when known) and
    the time; otherwise each phase is announced once on its own line. ``quiet`` shows
    nothing. Use as a context manager; :meth:`phase` announces a phase by hand.
    """

    def __init__(self, console: Any, *, total: int | None = None, quiet: bool = False) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.console = console
        self.quiet = quiet
        self.lines = not quiet and not console.is_terminal
        self.current: str | None = None
        self.total = total
        self.bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=quiet or not console.is_terminal,
        )
        self.task = self.bar.add_task(READING, total=total)

    def __enter__(self) -> Phases:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(*exc)

    def phase(self, name: str) -> None:
        """Enter the phase ``name`` (announced once; repeated calls do nothing)."""
        if name == self.current:
            return
        self.current = name
        self.bar.update(self.task, description=name)
        if self.lines:
            plural = "" if self.total == 1 else "s"
            count = f" ({self.total} article{plural})" if name == READING and self.total else ""
            self.console.print(f"{name}{count}…", markup=False, highlight=False)

    def __call__(self, event: str, n: int) -> None:
        if event == "read":
            self.phase(READING)
            self.bar.update(self.task, advance=n)
        elif event == "stories":
            self.phase(GROUPING)
