"""Date benchmark, session-6 kinds: ``bench/annotations/dates_kinds_s6.json`` scored like
``bench/dates_bench.py`` (resolution recall/precision per kind; stories whose number of date
conflicts is the expected one, per kind), plus timeline stories whose number of timeline
entries is the expected one (lines that date no event add none). The old sets are unchanged.

Run: ``python bench/dates_s6_bench.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402
import dates_bench  # noqa: E402

GOLD = dates_bench.ROOT / "bench" / "annotations" / "dates_kinds_s6.json"


def timeline_counts(gold: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per kind {right, stories}: stories whose timeline has the expected number of entries."""
    from consilience.dates import build_timeline
    from consilience.model import Article

    per_kind: dict[str, dict[str, int]] = {}
    for case in gold.get("timelines", []):
        arts = [
            Article(id=k, source=f"{k}.txt", text=v, published=case["published"])
            for k, v in case["articles"].items()
        ]
        found = len(build_timeline(corpora.build_context(arts))["timeline"])
        row = per_kind.setdefault(case["kind"], {"right": 0, "stories": 0})
        row["stories"] += 1
        row["right"] += int(found == case["expected"])
    for kind, r in sorted(per_kind.items()):
        print(f"timeline  {kind:16s} right {dates_bench._ratio(r['right'], r['stories'])}")
    return per_kind


def main() -> dict[str, Any]:
    """Run the benchmark; returns {"resolution", "conflicts", "timelines"}, each per kind."""
    gold = dates_bench.load_gold(GOLD)
    return {
        "resolution": dates_bench.resolution(gold),
        "conflicts": dates_bench.conflicts(gold),
        "timelines": timeline_counts(gold),
    }


if __name__ == "__main__":
    main()
