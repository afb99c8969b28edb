"""Story contexts of the claim benchmarks, cached on disk between runs (not a benchmark).

    contexts(sets, cache_dir) -> [(name, ctx, arts, gold, key_of), ...]

A context is computed in memory as ingest computes it (:func:`corpora.build_context`) and,
with a cache directory, pickled under a key made of the articles' texts and every source
file the context depends on (all of ``src/consilience`` except the modules that only read
a built context: :func:`readers`, computed from the import statements). Changing any other
source file recomputes it. The cache only saves time while iterating on alignment and consensus.
"""

from __future__ import annotations

import ast
import hashlib
import pickle
from pathlib import Path
from typing import Any

import corpora

ROOT = Path(__file__).resolve().parents[1]
#: modules the brief reads a built context with (roots; what they import is read too)
READER_ROOTS = (
    "align",
    "lead_links",
    "consensus",
    "summary",
    "unique",
    "unique_paraphrase",
    "headline_support",
    "line_guards",
    "unique_events",
    "unique_elsewhere",
    "meta_lines",
    "line_denials",
    "line_figures",
    "line_voice",
    "timeline_disputes",
    "silent_lines",
    "assessment_lines",
    "story_title",
    "line_dates",
    "line_datelines",
    "citation_check",
)
#: modules :func:`corpora.build_context` computes a context with (roots, as above)
BUILDER_ROOTS = (
    "analyse",
    "embed",
    "claims",
    "quantities",
    "quotes",
    "provenance",
    "dates",
    "story_counts",
    "model",
)


def _imports(src: Path, name: str) -> set[str]:
    """Sibling modules ``name`` imports anywhere in its body (``from .x``, ``from . import x``,
    ``from consilience.x``), as module names without ``.py``."""
    tree = ast.parse((src / f"{name}.py").read_text())
    out: set[str] = set()
    for n in ast.walk(tree):
        if not isinstance(n, ast.ImportFrom):
            continue
        if n.level == 1:
            out |= {n.module.split(".")[0]} if n.module else {a.name for a in n.names}
        elif n.module and n.module.startswith("consilience."):
            out.add(n.module.split(".")[1])
    return {m for m in out if (src / f"{m}.py").is_file()}


def _closure(src: Path, roots) -> set[str]:
    """``roots`` and every sibling module they import, transitively."""
    seen: set[str] = set()
    todo = [r for r in roots if (src / f"{r}.py").is_file()]
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo.extend(_imports(src, m))
    return seen


def readers(src: Path = ROOT / "src" / "consilience") -> frozenset[str]:
    """File names (``x.py``) a context does not depend on: every module the reader roots
    import, transitively, that no builder root imports, transitively. Computed from the
    import statements, so a new module of the consensus stage is counted without a list."""
    only = _closure(src, READER_ROOTS) - _closure(src, BUILDER_ROOTS)
    return frozenset(f"{m}.py" for m in only)


#: modules a context does not depend on (they only read a built context)
READERS = readers()


def _key(arts) -> str:
    h = hashlib.sha256()
    for p in sorted((ROOT / "src" / "consilience").glob("*.py")):
        if p.name not in READERS:
            h.update(p.name.encode() + p.read_bytes())
    for a in arts:
        h.update(f"{a.id}|{a.published}|{a.outlet}|{a.title}|{a.text}".encode())
    return h.hexdigest()[:24]


def context(arts, cache_dir: Path | None) -> Any:
    """The StoryContext of ``arts``: from ``cache_dir`` when a context of the same inputs
    and sources is there, else computed (and stored there when ``cache_dir`` is given)."""
    if cache_dir is None:
        return corpora.build_context(arts)
    path = cache_dir / f"ctx-{_key(arts)}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    ctx = corpora.build_context(arts)
    cache_dir.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(ctx))
    return ctx
