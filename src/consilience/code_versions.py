"""Versions of stored results read from the code that produced them (store cache keys).

    source_digest(["consilience.quantities", ...]) -> "3f9a0c1d2e4b5a69"

Everything the store keeps beside an article (boilerplate spans, extractions, unit vectors,
story items, built briefs) is keyed by a version of what produced it, so a second run does
no work twice. A hand-kept ``VERSION`` constant is only as good as the discipline of
bumping it: in sessions 1-17 ``quantities.py`` changed in 76 commits under one
``VERSION = "1"``, so a store filled by an older release served the old figures to every
new brief (the brief cache itself was rebuilt, but from the stale extractions). A digest
of the source closes that gap: :func:`source_digest` hashes the source files of the named
modules and of every module of this package they import, directly or through others
(read from the code, imports inside functions and ``"consilience.x:f"``
registry entries included), so a change to any code a result depends on gives it a new
key, and a change elsewhere (a renderer, the CLI) does not.

The digest reads files only (no import), is computed once per process per set of
modules, and is the same on every machine for the same source (file names and bytes, in
sorted order).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

__all__ = ["PACKAGE", "module_closure", "source_digest"]

PACKAGE = "consilience"
_ROOT = Path(__file__).resolve().parent
#: a registry entry naming a module of the package: "consilience.claims:extract_claims"
_ENTRY = re.compile(rf"^{PACKAGE}\.(\w+)(?::\w+)?$")


def _module_file(name: str) -> Path | None:
    """The source file of the package module ``name`` ("quotes" or "consilience.quotes"),
    None when the package has no such top-level module."""
    short = name.removeprefix(f"{PACKAGE}.").split(".")[0]
    path = _ROOT / f"{short}.py"
    return path if short and path.is_file() else None


#: ``from .x import ...`` / ``from consilience.x import ...`` (group 1: x), ``from . import
#: a, b`` / ``from consilience import (a, b)`` (group 2: the names), ``import consilience.x``
#: (group 3: x), and a string naming a module ``"consilience.x"`` or ``"consilience.x:f"``
#: (group 4: x)
_IMPORT = re.compile(
    rf"^[ \t]*from[ \t]+(?:\.|{PACKAGE}\.)(\w+)[\w.]*[ \t]+import\b"
    rf"|^[ \t]*from[ \t]+(?:\.|{PACKAGE})[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)"
    rf"|^[ \t]*import[ \t]+{PACKAGE}\.(\w+)"
    rf"|[\"']{PACKAGE}\.(\w+)(?::\w+)?[\"']",
    re.M,
)


@functools.cache
def _imported(path: Path) -> frozenset[str]:
    """Short names of the package modules that the source of ``path`` imports: relative
    imports (``from .x import y``, ``from . import x``), absolute ones (``import
    consilience.x``, ``from consilience.x import y``), imports inside functions, and strings
    naming a module (registry entries ``"consilience.x:f"``,
    ``importlib.import_module("consilience.x")``). Read with a regular expression (parsing
    every file with :mod:`ast` took seconds); a name that is no module of the package is
    dropped."""
    found: set[str] = set()
    for m in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        if m.group(2) is not None:
            found.update(w for w in re.findall(r"\w+", m.group(2).split("#")[0]) if w != "as")
        else:
            found.add(m.group(1) or m.group(3) or m.group(4))
    return frozenset(name for name in found if _module_file(name) is not None)


def module_closure(names: Iterable[str]) -> list[Path]:
    """Source files of the package modules ``names`` and of every package module they
    import, transitively, sorted by file name. Names not in the package are ignored."""
    todo = [p for p in (_module_file(n) for n in names) if p is not None]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo.extend(p for p in (_module_file(n) for n in _imported(path)) if p not in seen)
    return sorted(seen, key=lambda p: p.name)


@functools.cache
def _digest(names: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for path in module_closure(names):
        h.update(path.name.encode("utf-8") + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:16]


def source_digest(names: Iterable[str]) -> str:
    """A 16-hex-digit digest of the source of the package modules ``names`` and of all
    package modules they import (:func:`module_closure`): it changes whenever any code a
    result of those modules depends on changes. Order and repetition of ``names`` do not
    matter."""
    return _digest(tuple(sorted(set(names))))
