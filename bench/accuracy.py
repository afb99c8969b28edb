"""Every quality figure the README quotes, in one run.

    python bench/accuracy.py            # quantities, reconciliation, claims, quotes, dates and timeline
    python bench/accuracy.py --stories  # ... and story clustering on ECB+ (a few minutes)

Each part is its own script (run any of them alone): bench/quantities_bench.py,
bench/reconcile_bench.py, bench/claims_bench.py, bench/quotes_bench.py, bench/dates_bench.py,
bench/stories_bench.py.
Figures come from the annotated fixtures in bench/annotations/ and, when present, from
../shared (the seeds and their gold analysis; ECB+).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> dict:
    argv = sys.argv[1:] if argv is None else argv
    results = {}
    for name in (
        "quantities_bench",
        "reconcile_bench",
        "claims_bench",
        "quotes_bench",
        "dates_bench",
    ):
        print(f"\n===== {name} =====", flush=True)
        results[name] = _load(name).main()
    if "--stories" in argv:
        print("\n===== stories_bench (ECB+, pipeline mode, accuracy only) =====", flush=True)
        results["stories_bench"] = _load("stories_bench").main(
            ["--mode", "pipeline", "--scale", ""]
        )
    return results


if __name__ == "__main__":
    main()
