"""Headline candidates with the lead sentences of every article added to the pool, and a
lexical coverage feature (development listing, session 13).

    python bench/headline_pool_dev.py --sets s5,...,s12 [--cache DIR] [-v]

Per story: every candidate line (consensus and supported entries, as the brief meets them,
plus each article's clean lead lines: ``summary.lead_pool``) with its centrality, lead
position, lexical coverage (``headline_support.StoryCoverage``) and gold verdict
(``headline_central_bench``'s "central"). Prints, per selection rule, the stories whose
best candidate is central.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402
import headline_central_bench as hcb  # noqa: E402


def story_rows(folder: Path, cache: Path | None) -> list[dict]:
    """One dict per headline candidate of the story folder."""
    from consilience import brief as B
    from consilience import summary as S
    from consilience.headline_support import StoryCoverage

    arts, names, gold = chb.load_story(folder)
    ctx = ctx_cache.context(arts, cache)
    seen: list[tuple] = []
    original = S._pick_headline

    def record(lines, nodes, rank, cent, texts=None):
        seen.append((lines, nodes, cent, texts))
        return original(lines, nodes, rank, cent, texts)

    S._pick_headline = record
    try:
        B.build_brief(ctx)
    finally:
        S._pick_headline = original
    if not seen:
        return []
    lines, nodes, cent, texts = seen[0]
    cov = StoryCoverage(nodes)
    judge = chb.Judge(gold, {names[a.id]: a.text for a in arts}, names)
    by_id = {c["id"]: c for c in gold["claims"]}
    best = max((hcb._support(c) for c in gold["claims"] if not c.get("disputed")), default=0)
    rows = []
    for f, (s, e, text, rep) in lines:
        cited = S._stating(f[4], rep, s, e, nodes, texts)
        item = S.covered_line(nodes[rep].claim.article, s, e, cited, texts)
        ids = hcb._covering(item, judge)
        ok = bool(ids) and not all(by_id[i].get("disputed") for i in ids)
        ok = ok and max(hcb._support(by_id[i]) for i in ids) >= best - 1
        feats = S.headline_features(f, (s, e, text, rep), nodes, cent)
        rows.append(
            {
                "cent": feats[0],
                "lead": feats[1],
                "src": feats[2],
                "cov": cov.of(rep),
                "ok": ok,
                "pool": "lead" if len(f[2]) == 1 else "entry",
                "text": f"{names[nodes[rep].claim.article][:1]}: {item['text'][:100]!r}",
            }
        )
    return rows


RULES = {
    "current": lambda r: r["cent"] - 0.005 * r["lead"],
    "entries only": lambda r: (r["pool"] == "entry", r["cent"] - 0.005 * r["lead"]),
    "cov": lambda r: (r["cov"], r["cent"]),
    "cov+cent": lambda r: r["cov"] + r["cent"] - 0.005 * r["lead"],
    "cov*cent": lambda r: r["cov"] * r["cent"],
}


def main(argv: list[str]) -> None:
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    sets = argv[argv.index("--sets") + 1].split(",")
    hits = {k: {} for k in RULES}
    for name in sets:
        data = ROOT / "bench" / "annotations" / f"heldout_{name}"
        for d in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
            rows = story_rows(d, cache)
            if "-v" in argv:
                print(f"== {name} {d.name}")
                for r in sorted(rows, key=lambda r: -r["cent"]):
                    print(
                        f"  {r['cent']:.3f} lead {r['lead']:4.1f} src {r['src']} cov "
                        f"{r['cov']:.2f} {r['pool']:5s} {'OK ' if r['ok'] else '-- '}{r['text']}"
                    )
            for k, rule in RULES.items():
                top = max(rows, key=rule) if rows else None
                hits[k].setdefault(name, []).append(bool(top and top["ok"]))
    for k, per in hits.items():
        print(f"{k:14s} " + "  ".join(f"{n} {sum(v)}/{len(v)}" for n, v in per.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
