"""Claims of the sentences of a held-out story that hold a word, with every other article's
claim the unique test compares them with (cosine, frame, actor, patient): a probe for
iterating on the unique and summary lines, not a benchmark.

    python bench/lines_s9_probe.py --cache /tmp/ctx bench/annotations/heldout_s8/w3_x WORD...
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_heldout_bench as hb  # noqa: E402
import ctx_cache  # noqa: E402


def show(c, names) -> str:
    """One claim as a line: article, kind, actor, predicate (frame), patient, flags."""
    return (
        f"{names[c.article][:12]} s{c.sentence} {c.kind:11s} [{c.actor_keys}|{c.actor_label}] "
        f"{c.predicate}({c.frame}) [{c.patient_key}] neg={c.negated} mod={c.modality} "
        f"ents={c.entities} fig={c.figures} attr={c.attribution!r} :: {c.text[:90]!r}"
    )


def main(argv: list[str]) -> None:
    from consilience import align

    i = argv.index("--cache")
    cache = Path(argv[i + 1])
    folder, words = Path(argv[i + 2]), argv[i + 3 :]
    if str(folder) in ("demo", "seeds"):
        import claims_bench

        arts, names = next((a, k) for n, a, _g, k in claims_bench.sets() if n == str(folder))
    else:
        arts, names, _gold = hb.load_story(folder)
    ctx = ctx_cache.context(arts, cache)
    nodes, vecs = align.story_nodes(ctx)
    sim = vecs @ vecs.T
    for k, n in enumerate(nodes):
        if not any(w.lower() in n.claim.text.lower() for w in words):
            continue
        print(show(n.claim, names))
        best = sorted(
            (float(sim[k, j]), j) for j, m in enumerate(nodes) if m.claim.article != n.claim.article
        )[-4:]
        for cos, j in reversed(best):
            print(f"     {cos:.2f} {show(nodes[j].claim, names)}")


if __name__ == "__main__":
    main(sys.argv[1:])
