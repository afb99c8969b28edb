"""Date benchmark, session-7 kinds: ``bench/annotations/dates_kinds_s7.json`` scored like
``bench/dates_s6_bench.py``: resolution recall/precision per kind (days relative to the
publication day), stories whose number of date conflicts is the expected one per kind (one
act dated in other words: states held since a date, making, founding, discovery, a year
against a month; other acts of one subject that must not conflict), and stories whose number
of timeline entries is the expected one (sign-offs, single-mark quotations, denials). The old
sets are unchanged.

Run: ``python bench/dates_s7_bench.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dates_bench  # noqa: E402
import dates_s6_bench  # noqa: E402

GOLD = dates_bench.ROOT / "bench" / "annotations" / "dates_kinds_s7.json"


def main() -> dict[str, Any]:
    """Run the benchmark; returns {"resolution", "conflicts", "timelines"}, each per kind."""
    gold = dates_bench.load_gold(GOLD)
    return {
        "resolution": dates_bench.resolution(gold),
        "conflicts": dates_bench.conflicts(gold),
        "timelines": dates_s6_bench.timeline_counts(gold),
    }


if __name__ == "__main__":
    main()
