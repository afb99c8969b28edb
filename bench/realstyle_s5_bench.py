"""Real-style benchmark, second set: conflicts and quotes of whole briefs on the stories of
``bench/annotations/realstyle_s5/`` (a ferry fire, a football derby, a referendum with a
press-conference transcript, a markets report, a mine rescue), scored exactly as
``realstyle_bench.py`` scores ``realstyle_s4``.

    python bench/realstyle_s5_bench.py [--details]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realstyle_bench  # noqa: E402

realstyle_bench.DATA = realstyle_bench.ROOT / "bench" / "annotations" / "realstyle_s5"

if __name__ == "__main__":
    realstyle_bench.run(details="--details" in sys.argv)
