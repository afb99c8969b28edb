"""Diagnostic: every figure of every article in a held-out set with its slot key.

python bench/figures_s7_diag.py bench/annotations/heldout_s6 [story-substring]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main(argv: list[str]) -> None:
    """Print one line per figure: file, text, dimension, value, measure, entity, noun, slot."""
    from realstyle_bench import load_story

    from consilience.analyse import analyse
    from consilience.quantities import extract_quantities
    from consilience.reconcile import slot_key

    only = argv[2] if len(argv) > 2 else ""
    for folder in sorted(Path(argv[1]).iterdir()):
        if not folder.is_dir() or only not in folder.name:
            continue
        arts, names, _ = load_story(folder)
        print("==", folder.name)
        for an in analyse(arts):
            a = an.article
            for q in extract_quantities(an):
                print(
                    f"  {names[a.id][:14]:14} {q.text[:34]!r:36} {q.dimension[:8]:8} "
                    f"{q.value:g} m={q.measure!r} e={q.entity!r} n={q.noun!r} "
                    f"k={slot_key(q)}"
                )


if __name__ == "__main__":
    main(sys.argv)
