"""Why each sentence of a story is or is not a unique line: every unit with its
:func:`consilience.unique.reject_reason`, whether it cites a conflict, tells a side, or is
stated elsewhere, and what the gold makes of it (claim ids, gold-unique). A listing, not a
score (held-out s18 kind 13: r3 with no unique line, r4's Thursday line).

    python bench/unique_reasons_diag.py bench/annotations/heldout_s18/r3_ipo --cache DIR
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402


def _args_of(ctx) -> tuple:
    """The arguments the brief passes to :func:`consilience.unique.unique_facts`."""
    import consilience.consensus as consensus
    from consilience.pipeline import finished_brief

    seen: dict[str, Any] = {}
    real = consensus.unique_facts

    def spy(*args):
        seen["args"] = args
        return real(*args)

    consensus.unique_facts = spy
    try:
        finished_brief(ctx)
    finally:
        consensus.unique_facts = real
    return seen["args"]


def main() -> None:
    from consilience import unique
    from consilience.unique_elsewhere import ClauseWords, stated_elsewhere

    ap = argparse.ArgumentParser()
    ap.add_argument("story")
    ap.add_argument("--cache")
    args = ap.parse_args()
    folder = Path(args.story)
    arts, names, gold = chb.load_story(folder)
    texts = {names[a.id]: a.text for a in arts}
    ctx = ctx_cache.context(arts, Path(args.cache) if args.cache else None)
    nodes, sim, groups, tx, disputed_at, conflicts = _args_of(ctx)
    judge = chb.Judge(gold, texts, names)
    st = unique._Story(nodes, sim, groups, tx, disputed_at)
    st.kinds = unique.disputed_kinds(list(conflicts), nodes)
    cited = unique.conflict_citations(conflicts)
    words = ClauseWords(nodes, tx)
    for members, span in unique.units(nodes, tx).values():
        why, line = unique.reject_reason(members, st, span)
        aid = nodes[members[0]].claim.article
        s, e = span or tx.sentence(nodes[members[0]].claim)
        if why is None and line is not None:
            if unique._cites_conflict(line, cited):
                why = "cites conflict"
            elif stated_elsewhere(members, nodes, sim, words):
                why = "stated elsewhere"
            else:
                why = "UNIQUE"
        cite = {"article": aid, "start": s, "end": e}
        kinds = ",".join(judge.kinds(cite))
        text = " ".join(tx.text(aid)[s:e].split())
        print(f"{names[aid][:12]:12s} {why:16s} [{kinds}] {text[:110]!r}")


if __name__ == "__main__":
    main()
