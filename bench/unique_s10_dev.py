"""Unique facts, headline and summary on every gold set, from cached story contexts
(issue #11, session 10; a development bench, not a benchmark of record).

    python bench/unique_s10_dev.py --cache /tmp/ctx [--sets s9,s8] [-v]

For each story of the held-out sets ``bench/annotations/heldout_s5`` ... ``heldout_s9`` and
the sets of ``bench/claims_bench.py`` (seeds, demo, fixtures), the context is built as
ingest builds it (or read from ``--cache``, :mod:`ctx_cache`; the unique, summary and
headline modules are not part of a context's key), the brief is built
(:func:`consilience.brief.build_brief`) and scored with :func:`claims_bench.score`. One
line per set: unique items, those citing a gold claim's support string ("stated
elsewhere"), headline+summary lines, faithful, tight. ``-v`` lists the unique items
stated elsewhere and the unfaithful or loose lines.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_heldout_bench  # noqa: E402
import ctx_cache  # noqa: E402

HELDOUT = ("s5", "s6", "s7", "s8", "s9")


def heldout_stories(name: str) -> list[tuple[str, list, dict, dict]]:
    """(story, articles, gold, {article id: gold key}) of the held-out set ``name``."""
    folder = ROOT / "bench" / "annotations" / f"heldout_{name}"
    out = []
    for d in sorted(folder.iterdir()):
        if (d / "gold.json").is_file():
            arts, names, gold = claims_heldout_bench.load_story(d)
            out.append((d.name, arts, gold, names))
    return out


def stories(names: list[str]) -> dict[str, list[tuple[str, list, dict, dict]]]:
    """Set name -> its stories, for the set names asked (held-out names and "other")."""
    out = {n: heldout_stories(n) for n in names if n in HELDOUT}
    if "other" in names:
        for name, arts, gold, key_of in claims_bench.sets():
            group = "fixtures" if name.startswith("fixture") else name
            out.setdefault(group, []).append((name, arts, gold, key_of))
    return out


def run_story(arts, gold, key_of, cache: Path | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """(brief, score) of one story."""
    from consilience.brief import build_brief

    brief = build_brief(ctx_cache.context(arts, cache))
    texts = {key_of[a.id]: a.text for a in arts}
    keys = {a.id: key_of[a.id] for a in arts}
    return brief, claims_bench.score(brief, gold, texts, keys)


def main(argv: list[str]) -> None:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    names = argv[argv.index("--sets") + 1].split(",") if "--sets" in argv else [*HELDOUT, "other"]
    verbose = "-v" in argv
    for set_name, rows in stories(names).items():
        tot = {"unique": 0, "in_gold": 0, "lines": 0, "faithful": 0, "tight": 0}
        for story, arts, gold, key_of in rows:
            brief, res = run_story(arts, gold, key_of, cache)
            tot["unique"] += res["unique"]
            tot["in_gold"] += res["unique_in_gold"]
            tot["lines"] += res["lines"]
            tot["faithful"] += res["lines_faithful"]
            tot["tight"] += res["lines_tight"]
            if verbose:
                print(f"  [{story}]")
                for t in res["unique_stated_elsewhere"]:
                    print(f"    unique stated elsewhere: {t}")
                for line in [*brief.get("headline", []), *brief.get("summary", [])]:
                    print(f"    line: {line['text'][:150]}")
        print(
            f"{set_name:9s} unique {tot['unique']} stated elsewhere {tot['in_gold']}"
            f"  lines {tot['lines']} faithful {tot['faithful']} tight {tot['tight']}",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
