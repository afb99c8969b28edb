"""Headline, summary, consensus and unique figures of held-out sets in one pass, from cached
story contexts (``bench/ctx_cache.py``), for measuring before and after a change.

    python bench/headline_lines_bench.py --sets s5,s6,...,s12 --cache DIR

Per set: the totals of ``claims_heldout_bench.py`` (consensus precision and recall, unique
stated elsewhere, headline+summary faithful) and of ``headline_central_bench.py`` (headline
central, summary lines disputed / secondary / no gold), on the brief
``pipeline.finished_brief`` builds from the context ``ctx_cache.context`` gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402
import headline_central_bench as hcb  # noqa: E402


def central(brief, judge, gold, n_arts: int) -> dict[str, int]:
    """``headline_central_bench``'s counts for one brief."""
    by_id = {c["id"]: c for c in gold["claims"]}
    best = max((hcb._support(c) for c in gold["claims"] if not c.get("disputed")), default=0)
    half = max(2, (n_arts + 1) // 2)
    out = {"central": 0, "summary": 0, "disputed": 0, "secondary": 0, "no_gold": 0}
    for k, item in enumerate(chb._lines(brief.get("headline")) + list(brief["summary"])):
        ids = hcb._covering(item, judge)
        sup = max((hcb._support(by_id[i]) for i in ids), default=0)
        dis = bool(ids) and all(by_id[i].get("disputed") for i in ids)
        if k == 0:
            out["central"] = int(bool(ids) and not dis and sup >= best - 1)
            continue
        out["summary"] += 1
        kind = "no_gold" if not ids else "disputed" if dis else None
        kind = kind or ("secondary" if sup < half else None)
        if kind:
            out[kind] += 1
    return out


def main(argv: list[str]) -> None:
    from consilience.pipeline import finished_brief

    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    for name in argv[argv.index("--sets") + 1].split(","):
        data = ROOT / "bench" / "annotations" / f"heldout_{name}"
        results, cent = [], {}
        for d in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
            arts, names, gold = chb.load_story(d)
            texts = {names[a.id]: a.text for a in arts}
            brief = finished_brief(ctx_cache.context(arts, cache))
            results.append(claims_bench.score(brief, gold, texts, names))
            judge = chb.Judge(gold, texts, names)
            for k, v in central(brief, judge, gold, len(arts)).items():
                cent[k] = cent.get(k, 0) + v
        print(claims_bench._line(name, claims_bench._total(results)))
        print(
            f"{name:14s} headline central {cent['central']}/{len(results)}  summary lines "
            f"{cent['summary']}: disputed {cent['disputed']}, secondary {cent['secondary']}, "
            f"no gold {cent['no_gold']}",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
