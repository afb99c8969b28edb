"""Every ``fact`` conflict the briefs of the claims bench (seeds, demo, fixtures) and of the
held-out sets give, one line per conflict with its cited readings, so that two runs (before
and after a change) can be compared line by line for new false conflicts.

    python bench/statements_listing_s8.py                    # claims bench stories
    python bench/statements_listing_s8.py --set bench/annotations/heldout_s7   # a held-out set

Output: per story, ``FACT <subject>`` then ``    <file or article id> | <cited text>``; a
last line counts the conflicts. The judgement (true or false conflict) is by reading.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _print(name: str, brief: dict[str, Any], label: dict[str, str]) -> int:
    """Print the fact conflicts of one brief; returns how many."""
    facts = [c for c in brief.get("conflicts", []) if c.get("kind") == "fact"]
    for c in facts:
        print(f"{name} FACT {c['subject']}")
        for r in c["readings"]:
            text = " ".join(r["text"].split())[:120]
            print(f"    {label.get(r['article'], r['article'])} | {text}")
    return len(facts)


def claims_sets() -> int:
    """Fact conflicts of the claims bench's stories (its own loader and cache)."""
    import claims_bench

    from consilience.brief import build_brief

    total = 0
    for name, arts, _gold, key_of in claims_bench.sets():
        ctx = claims_bench.ctx_cache.context(arts, claims_bench.CACHE)
        total += _print(name, build_brief(ctx), dict(key_of))
    return total


def heldout_set(folder: Path) -> int:
    """Fact conflicts of each story folder of a held-out set, briefed as one story."""
    import claims_heldout_bench as held

    total = 0
    for story in sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()):
        arts, names, _gold = held.load_story(story)
        total += _print(story.name, held.brief_of(arts), names)
    return total


def main(argv: list[str]) -> None:
    if "--set" in argv:
        total = heldout_set(Path(argv[argv.index("--set") + 1]))
    else:
        total = claims_sets()
    print(f"fact conflicts: {total}")


if __name__ == "__main__":
    main(sys.argv[1:])
