"""A/B of reader-only line mechanisms on the claims benchmark: each story's context is
built (or read from a cache) once and briefed twice, once with the functions named on the
command line patched to return False (the old behaviour) and once as the code stands, and
both score lines are printed (``claims_bench.score``), with the headline, summary and
unique lines that differ. Only for functions a context does not depend on (module
readers listed in ``ctx_cache.READERS``).

    python bench/headline_ab.py --set bench/annotations/heldout_s18 --cache /tmp/c18 \\
        --off summary.silence_line --off unique.silence_line --on line_figures._measure
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402


def _lines(brief) -> list[str]:
    out = [f"headline {x['text']!r}" for x in chb._lines(brief.get("headline"))]
    out += [f"summary {x['text']!r}" for x in brief["summary"]]
    return out + [f"unique {x['text']!r}" for x in brief["unique"]]


def _briefs(ctx, offs: list[str], ons: list[str] = ()):
    """(brief with ``offs`` patched to return False and ``ons`` to return True, brief as
    the code stands)."""
    from consilience.pipeline import finished_brief

    saved = []
    for name, value in [(n, False) for n in offs] + [(n, True) for n in ons]:
        mod, fn = name.rsplit(".", 1)
        m = importlib.import_module(f"consilience.{mod}")
        saved.append((m, fn, getattr(m, fn)))
        setattr(m, fn, lambda *a, _v=value, **k: _v)
    try:
        old = finished_brief(ctx)
    finally:
        for m, fn, f in saved:
            setattr(m, fn, f)
    return old, finished_brief(ctx)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", action="append", required=True)
    ap.add_argument("--cache")
    ap.add_argument("--off", action="append", default=[], help="module.function -> False")
    ap.add_argument("--on", action="append", default=[], help="module.function -> True")
    args = ap.parse_args()
    for data in args.set:
        tot = {"old": [], "new": []}
        for folder in sorted(p for p in Path(data).iterdir() if (p / "gold.json").exists()):
            arts, names, gold = chb.load_story(folder)
            texts = {names[a.id]: a.text for a in arts}
            cache = Path(args.cache) / Path(data).name if args.cache else None
            ctx = ctx_cache.context(arts, cache)
            old, new = _briefs(ctx, args.off, args.on)
            for tag, b in (("old", old), ("new", new)):
                tot[tag].append(claims_bench.score(b, gold, texts, names))
            a, b = _lines(old), _lines(new)
            for line in [x for x in a if x not in b]:
                print(f"  {folder.name[:14]} - {line}")
            for line in [x for x in b if x not in a]:
                print(f"  {folder.name[:14]} + {line}")
        for tag in ("old", "new"):
            print(f"{Path(data).name} {tag} {_total(tot[tag])}", flush=True)


#: counts summed over a set's stories
COUNTS = ("faithful", "items", "recall_found", "recall_gold", "unique", "unique_in_gold")
COUNTS += ("lines_faithful", "lines", "lines_tight")


def _total(results: list[dict]) -> str:
    """``name a/b`` sums of the score counts over ``results``."""
    sums = {k: sum(int(r.get(k) or 0) for r in results) for k in COUNTS}
    return (
        f"consensus {sums['faithful']}/{sums['items']}"
        f"  recall {sums['recall_found']}/{sums['recall_gold']}"
        f"  unique {sums['unique']} (elsewhere {sums['unique_in_gold']})"
        f"  lines faithful {sums['lines_faithful']}/{sums['lines']}"
        f" tight {sums['lines_tight']}/{sums['lines']}"
    )


if __name__ == "__main__":
    main()
