"""Headline and summary centrality against the held-out gold (issue #11, session 12).

    python bench/headline_central_bench.py --set bench/annotations/heldout_s10 [--cache DIR] [-v]

Mechanical, per story (gold: ``gold.json``, claims with support strings per article):

* **headline central**: the headline cites a gold claim that is not ``disputed`` and whose
  support (number of articles) is within one article of the best-supported undisputed gold
  claim of the story (the event most articles state);
* **summary lines**: *disputed* (one gold claim covering the line is ``disputed``),
  *secondary* (the claims covering it are stated by fewer than half the story's articles),
  *no gold* (no gold claim covers it).

``claims_heldout_bench.py`` counts a line faithful when any gold claim covers it; this one
asks whether it is the story's central fact. ``--cache DIR`` reuses story contexts
(``bench/ctx_cache.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402


def _support(claim: dict[str, Any]) -> int:
    return len([k for k, v in claim["support"].items() if v])


def _covering(item: dict[str, Any], judge: chb.Judge) -> set[str]:
    common: set[str] | None = None
    for c in chb._cites(item):
        got = judge.claims_of(c)
        common = got if common is None else common & got
    return common or set()


def story(folder: Path, cache: Path | None, verbose: bool) -> dict[str, int]:
    """Counts of one story: headline central (0/1), summary lines, disputed, secondary,
    no gold."""
    from consilience.pipeline import finished_brief

    arts, names, gold = chb.load_story(folder)
    texts = {names[a.id]: a.text for a in arts}
    brief = finished_brief(ctx_cache.context(arts, cache))
    judge = chb.Judge(gold, texts, names)
    by_id = {c["id"]: c for c in gold["claims"]}
    best = max((_support(c) for c in gold["claims"] if not c.get("disputed")), default=0)
    half = max(2, (len(arts) + 1) // 2)
    out = {"headline_central": 0, "summary": 0, "disputed": 0, "secondary": 0, "no_gold": 0}
    for k, item in enumerate(chb._lines(brief.get("headline")) + list(brief["summary"])):
        ids = _covering(item, judge)
        sup = max((_support(by_id[i]) for i in ids), default=0)
        dis = bool(ids) and all(by_id[i].get("disputed") for i in ids)
        if k == 0:
            out["headline_central"] = int(bool(ids) and not dis and sup >= best - 1)
            verdict = "CENTRAL" if out["headline_central"] else f"NOT central (best {best})"
        else:
            out["summary"] += 1
            kind = "no_gold" if not ids else "disputed" if dis else None
            kind = kind or ("secondary" if sup < half else None)
            if kind:
                out[kind] += 1
            verdict = kind or "ok"
        if verbose:
            print(f"  {'H' if k == 0 else 'S'} {verdict} {sorted(ids)} sup {sup}: {item['text']!r}")
    return out


def main(argv: list[str]) -> None:
    data = chb.set_dir(argv)
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    total: dict[str, int] = {}
    for d in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
        res = story(d, cache, "-v" in argv)
        print(f"{d.name[:14]:14s} " + "  ".join(f"{k} {v}" for k, v in res.items()), flush=True)
        for k, v in res.items():
            total[k] = total.get(k, 0) + v
    n = len([p for p in data.iterdir() if (p / "gold.json").is_file()])
    print(
        f"{'all':14s} headline central {total['headline_central']}/{n}  summary lines "
        f"{total['summary']}: disputed {total['disputed']}, secondary {total['secondary']}, "
        f"no gold {total['no_gold']}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
