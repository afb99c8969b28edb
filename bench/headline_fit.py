"""Fit the headline weights of ``summary.headline_score`` on the judged held-out sets.

    python bench/headline_fit.py [--cache DIR] [--sets s5,s6,s7,s8,s9,s10]

For every story of the sets, every headline candidate (the lines ``summary`` builds from
consensus and supported entries) gets its features (``summary.headline_features``) and a
label: its line, cited as the headline would be, states an undisputed gold claim whose
support is within one article of the story's best-supported undisputed claim
(``headline_central_bench``'s "central"). A grid over ``LEAD_WEIGHT`` and ``SOURCE_WEIGHT``
counts the stories whose best-scored candidate is central; the best cell (ties: the
smallest weights) is printed with the count of the current weights. s11 is left out: it is
the engineers' own held-out check.
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


def candidates(folder: Path, cache: Path | None) -> list[tuple[tuple, bool]]:
    """``[(features, central)]`` of the headline candidates of one story folder."""
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
        B.build_brief(ctx)  # the headline's candidates as the brief meets them
    finally:
        S._pick_headline = original
    if not seen:
        return []
    lines, nodes, cent = seen[0]
    texts = Texts(ctx)
    judge = chb.Judge(gold, {names[a.id]: a.text for a in arts}, names)
    by_id = {c["id"]: c for c in gold["claims"]}
    best = max((hcb._support(c) for c in gold["claims"] if not c.get("disputed")), default=0)
    out = []
    for f, (s, e, _text, rep) in lines:
        cited = S._stating(f[4], rep, s, e, nodes, texts)
        item = S.covered_line(nodes[rep].claim.article, s, e, cited, texts)
        ids = hcb._covering(item, judge)
        ok = bool(ids) and not all(by_id[i].get("disputed") for i in ids)
        ok = ok and max(hcb._support(by_id[i]) for i in ids) >= best - 1
        out.append(
            (S.headline_features(f, (s, e, _text, rep), nodes, cent, StoryCoverage(nodes)), ok)
        )
    return out


def hits(stories: list[list[tuple[tuple, bool]]], lead_w: float, source_w: float) -> int:
    """Stories whose best-scored candidate is central."""
    from consilience.summary import headline_score

    n = 0
    for cands in stories:
        if cands:
            top = max(cands, key=lambda c: round(headline_score(c[0], lead_w, source_w), 6))
            n += top[1]
    return n


def main(argv: list[str]) -> None:
    from consilience import summary as S

    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    sets = "s5,s6,s7,s8,s9,s10"
    if "--sets" in argv:
        sets = argv[argv.index("--sets") + 1]
    stories = []
    for name in sets.split(","):
        data = ROOT / "bench" / "annotations" / f"heldout_{name}"
        for d in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
            stories.append(candidates(d, cache))
    reachable = sum(any(ok for _f, ok in c) for c in stories)
    grid = [
        (hits(stories, lw / 200, sw / 200), -lw, -sw) for lw in range(0, 21) for sw in range(0, 11)
    ]
    h, lw, sw = max(grid)
    print(f"stories {len(stories)}, with a central candidate {reachable}")
    print(
        f"current LEAD_WEIGHT {S.LEAD_WEIGHT} SOURCE_WEIGHT {S.SOURCE_WEIGHT}: "
        f"{hits(stories, S.LEAD_WEIGHT, S.SOURCE_WEIGHT)} central"
    )
    print(f"best LEAD_WEIGHT {-lw / 200} SOURCE_WEIGHT {-sw / 200}: {h} central")
    for lw_ in range(0, 21, 2):
        print(
            f"  lead {lw_ / 200:.3f}: "
            + " ".join(str(hits(stories, lw_ / 200, sw_ / 200)) for sw_ in range(0, 11))
        )


if __name__ == "__main__":
    main(sys.argv[1:])
