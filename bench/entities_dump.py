"""Print the entities section of each held-out story folder (name, type, articles).

    python bench/entities_dump.py bench/annotations/heldout_s7 [...]

spaCy docs are cached (per article text) under /tmp/consilience-entities-bench so reruns
only rebuild the entities; not a benchmark, a look at what a user sees.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from entities_bench import story_contexts  # noqa: E402

from consilience.entities import story_entities  # noqa: E402


def main(argv: list[str]) -> None:
    for set_dir in argv:
        for name, ctx in story_contexts(Path(set_dir)):
            print(f"## {name}")
            for it in story_entities(ctx):
                print(f"  {it['type']:8} {it['name']!r} {len(it['articles'])} {it['aliases']}")


if __name__ == "__main__":
    main(sys.argv[1:])
