"""Story contexts of the claim benchmarks, cached on disk between runs (not a benchmark).

    contexts(sets, cache_dir) -> [(name, ctx, arts, gold, key_of), ...]

A context is computed in memory as ingest computes it (:func:`corpora.build_context`) and,
with a cache directory, pickled under a key made of the articles' texts and every source
file the context depends on (all of ``src/consilience`` except the modules that only read
a built context: ``align.py`` and ``consensus.py``). Changing any other source file
recomputes it. The cache only saves time while iterating on alignment and consensus.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

import corpora

ROOT = Path(__file__).resolve().parents[1]
#: modules a context does not depend on (they only read a built context)
READERS = frozenset(
    {
        "align.py",
        "lead_links.py",
        "consensus.py",
        "count_cuts.py",
        "cut_reversals.py",
        "outside_counts.py",
        "aside_cuts.py",
        "citation_check.py",
        "core_arguments.py",
        "denial_support.py",
        "possession_opposites.py",
        "denied_arguments.py",
        "modifier_opposites.py",
        "denied_counts.py",
        "quantifier_scopes.py",
        "integrity_states.py",
        "mutual_best.py",
        "result_states.py",
        "summary.py",
        "unique.py",
        "unique_paraphrase.py",
        "headline_support.py",
        "line_guards.py",
        "unique_events.py",
        "unique_elsewhere.py",
        "meta_lines.py",
        "line_denials.py",
        "line_figures.py",
        "line_voice.py",
        "timeline_disputes.py",
        "silent_lines.py",
        "assessment_lines.py",
        "story_title.py",
        "line_dates.py",
        "line_datelines.py",
    }
)


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
