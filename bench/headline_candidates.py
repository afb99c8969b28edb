"""Every headline candidate of each story of held-out sets, with its features, score and
gold verdict, best-scored first (a listing for reading by hand, not a score).

    python bench/headline_candidates.py --set bench/annotations/heldout_s12 [--cache DIR]

A candidate is *central* as in ``headline_central_bench.py``: its line, cited as the
headline would be, states an undisputed gold claim whose support is within one article of
the story's best-supported undisputed claim.
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


def listing(folder: Path, cache: Path | None) -> list[str]:
    """Lines describing the headline candidates of one story folder."""
    from consilience import brief as B
    from consilience import summary as S
    from consilience.claim_spans import Texts
    from consilience.headline_support import StoryCoverage

    arts, names, gold = chb.load_story(folder)
    ctx = ctx_cache.context(arts, cache)
    seen: list[tuple] = []
    original = S._pick_headline

    def record(lines, nodes, rank, cent, texts=None):
        seen.append((lines, nodes, cent))
        return original(lines, nodes, rank, cent, texts)

    S._pick_headline = record
    try:
        B.build_brief(ctx)
    finally:
        S._pick_headline = original
    if not seen:
        return ["  (no candidate: lead headline)"]
    lines, nodes, cent = seen[0]
    texts = Texts(ctx)
    judge = chb.Judge(gold, {names[a.id]: a.text for a in arts}, names)
    by_id = {c["id"]: c for c in gold["claims"]}
    best = max((hcb._support(c) for c in gold["claims"] if not c.get("disputed")), default=0)
    rows = []
    for f, (s, e, text, rep) in lines:
        cited = S._stating(f[4], rep, s, e, nodes, texts)
        item = S.covered_line(nodes[rep].claim.article, s, e, cited, texts)
        ids = hcb._covering(item, judge)
        sup = max((hcb._support(by_id[i]) for i in ids), default=0)
        dis = bool(ids) and all(by_id[i].get("disputed") for i in ids)
        ok = bool(ids) and not dis and sup >= best - 1
        feats = S.headline_features(f, (s, e, text, rep), nodes, cent, StoryCoverage(nodes))
        score = S.headline_score(feats)
        verdict = "CENTRAL" if ok else ("disputed" if dis else f"sup {sup}")
        arts_ = ",".join(names[a][:1] for a in f[2])
        rows.append(
            (
                -score,
                f"  {score:6.3f} {feats} [{arts_}] {verdict} {sorted(ids)} "
                f"{names[nodes[rep].claim.article][:1]}: {item['text'][:110]!r}",
            )
        )
    return [r for _k, r in sorted(rows)] + [f"  best gold support {best}"]


def main(argv: list[str]) -> None:
    data = chb.set_dir(argv)
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    for d in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
        print(f"== {d.name}")
        print("\n".join(listing(d, cache)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
