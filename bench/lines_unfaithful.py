"""List, per held-out set, the headline and summary lines no single gold claim covers
(the ``lines`` count of ``bench/pooled_sets.py``), with the gold claims each citation
states, for reading by hand.

    python bench/lines_unfaithful.py --cache DIR [--sets heldout_s19 ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_heldout_bench as chb  # noqa: E402
import pooled_sets  # noqa: E402


def story(folder: Path, cache: Path | None) -> None:
    """Print the unfaithful lines of one story."""
    arts, names, gold = chb.load_story(folder)
    brief = chb.brief_of(arts, cache)
    texts = {names[a.id]: a.text for a in arts}
    spans = claims_bench.support_spans(gold, texts)
    for kind in ("headline", "summary"):
        for line in brief.get(kind, []):
            got = [
                claims_bench.claims_of_citation(spans, names[c["article"]], (c["start"], c["end"]))
                for c in line["citations"]
            ]
            common = set.intersection(*got) if got else set()
            if not common:
                cited = " ".join(
                    f"{names[c['article']][:3]}{sorted(g)}"
                    for c, g in zip(line["citations"], got, strict=True)
                )
                print(
                    f"  {folder.parent.name[8:]} {folder.name[:14]:14s} {kind[:4]} {cited} | {line['text'][:150]}"
                )


def main() -> None:
    """Print the unfaithful lines of every story of the sets asked (default: all)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache")
    ap.add_argument("--sets", nargs="+")
    args = ap.parse_args()
    sets = (
        [pooled_sets._set_path(n) for n in args.sets] if args.sets else pooled_sets.default_sets()
    )
    for p in sets:
        for folder in sorted(q for q in p.iterdir() if (q / "gold.json").is_file()):
            story(folder, Path(args.cache) if args.cache else None)


if __name__ == "__main__":
    main()
