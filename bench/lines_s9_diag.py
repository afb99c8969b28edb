"""Headline, summary and unique lines of held-out story folders with their gold verdicts,
reusing cached story contexts (bench/ctx_cache.py) so the line modules can be iterated on.

    python bench/lines_s9_diag.py --cache /tmp/ctx bench/annotations/heldout_s8/w3_*

Prints, per story, the scoring line of ``claims_heldout_bench`` and every headline, summary
and unique line with its verdict (same judge). Not a benchmark of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_heldout_bench as hb  # noqa: E402
import ctx_cache  # noqa: E402


def run(folder: Path, cache: Path | None) -> None:
    """Print the verdict listing of one story folder."""
    arts, names, gold = hb.load_story(folder)
    listing(folder.name, arts, names, gold, cache)


def listing(name: str, arts, names: dict[str, str], gold, cache: Path | None) -> None:
    """Print the scoring line and every headline, summary and unique line with its verdict
    (``names``: article id -> gold key)."""
    from consilience.pipeline import finished_brief

    texts = {names[a.id]: a.text for a in arts}
    brief = finished_brief(ctx_cache.context(arts, cache))
    res = claims_bench.score(brief, gold, texts, names)
    judge = hb.Judge(
        {**gold, "unique": [u for u in gold.get("unique", []) if "text" in u]}, texts, names
    )
    print(claims_bench._line(name[:14], res), flush=True)
    for section in ("headline", "summary"):
        for item in hb._lines(brief.get(section)):
            kinds = sorted({k for c in hb._cites(item) for k in judge.kinds(c)})
            print(f"  [{section}] {item['text']!r}\n      gold: {', '.join(kinds)}")
            print(f"      cites: {hb._cited(item, names)}")
    for item in brief["unique"]:
        print(f"  [unique {names[item['article']]}] {item['text']!r}\n      {judge.unique(item)}")


def main(argv: list[str]) -> None:
    cache = None
    if "--cache" in argv:
        i = argv.index("--cache")
        cache = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    for d in argv:
        if not Path(d).is_dir():
            for name, arts, gold, key_of in claims_bench.sets():
                if name == d:
                    listing(name, arts, key_of, gold, cache)
        else:
            run(Path(d), cache)


if __name__ == "__main__":
    main(sys.argv[1:])
