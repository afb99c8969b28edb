"""Date benchmark, session-5 kinds: ``bench/annotations/dates_kinds_s5.json`` scored like
``bench/dates_bench.py`` (resolution recall/precision per kind; date-conflict stories right
per kind). The old set is unchanged.

Run: ``python bench/dates_s5_bench.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dates_bench  # noqa: E402

GOLD = dates_bench.ROOT / "bench" / "annotations" / "dates_kinds_s5.json"


def main() -> dict[str, Any]:
    """Run the benchmark; returns {"resolution": per kind, "conflicts": per kind}."""
    gold = dates_bench.load_gold(GOLD)
    return {"resolution": dates_bench.resolution(gold), "conflicts": dates_bench.conflicts(gold)}


if __name__ == "__main__":
    main()
