"""Leave-one-set-out pooled figures of learned alignment links (session 25).

    python bench/fit_pair_model.py --load F.npz --gate mutual --folds /tmp/folds.json
    python bench/align_loso_pooled.py --folds /tmp/folds.json --gate mutual --cache /tmp/ctx

Each held-out set's briefs are built with the links of ``bench/fit_pair_model.py``'s model
fitted WITHOUT that set (its fold in ``--folds``: mean, scale, coefficients, intercept,
threshold) added to ``align.pair_scores`` at ``LEARNED_SCORE`` (a mutual best pair's score:
it joins a claim to a group, is no group of two alone), and scored as
``bench/pooled_sets.py`` scores them; one line per set and the pooled line, in that
script's format. No set is scored by a model that saw its gold. ``--gate`` as
``fit_pair_model.GATE``. Session 25 figures: ``fit_pair_model``'s module doc.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import fit_pair_model  # noqa: E402
import pooled_sets  # noqa: E402

#: the pair score of a learned link
LEARNED_SCORE = 0.5


def use_model(model: dict[str, Any]) -> None:
    """Add the links of ``model`` (a fold of ``fit_pair_model``) to every story's
    ``align.pair_scores`` (also as ``consensus`` reads it)."""
    from consilience import align, consensus

    global _MODEL
    _MODEL = model
    if getattr(align.pair_scores, "_learned", False):
        return
    hand = align.pair_scores

    def with_learned(nodes, sim):
        out = dict(hand(nodes, sim))
        for p in fit_pair_model.learned_links(nodes, sim, _MODEL):
            if out.get(p, 0.0) < LEARNED_SCORE:
                out[p] = LEARNED_SCORE
        return out

    with_learned._learned = True  # type: ignore[attr-defined]
    align.pair_scores = with_learned
    consensus.pair_scores = with_learned


_MODEL: dict[str, Any] = {}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Score each set with its fold's model; print the per-set and pooled lines."""
    argv = sys.argv[1:] if argv is None else argv
    folds = json.loads(Path(argv[argv.index("--folds") + 1]).read_text())
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    names = (
        [a for a in argv[argv.index("--sets") + 1 :] if not a.startswith("--")]
        if "--sets" in argv
        else []
    )
    sets = [pooled_sets.ANNOTATIONS / n for n in names] if names else pooled_sets.default_sets()
    if "--gate" in argv:
        fit_pair_model.GATE = argv[argv.index("--gate") + 1]
    t0, per_set = time.perf_counter(), {}
    for p in sets:
        use_model(folds[p.name])
        per_set[p.name] = pooled_sets.score_set(p, cache)
        print(pooled_sets.line(p.name.replace("heldout_", ""), per_set[p.name]), flush=True)
    total = pooled_sets.pooled(per_set)
    print(pooled_sets.line("POOLED", total))
    print(f"({len(sets)} sets, {time.perf_counter() - t0:.0f} s)")
    if "--json" in argv:
        out = {"sets": per_set, "pooled": total}
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(out, indent=1))
    return {"sets": per_set, "pooled": total}


if __name__ == "__main__":
    main()
