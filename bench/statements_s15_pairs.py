"""Opposite-word pairs of held-out sets with their features and gold label (session s15,
the data :data:`consilience.statements.OPPOSITE_COSINE` is read off).

    python bench/statements_s15_pairs.py [--cache DIR] SET ...

For each story of each SET (contexts cached as ``statements_s13_dev.py`` caches them),
every pair of claims of two articles asserting opposite words of one bearer
(:func:`consilience.opposite_words.opposite_pairs`, each word in its tightest clause) is
printed as one tab-separated line: set/story, gold label (the gold fact conflict whose
outlier and non-outlier snippets the two clauses cover, or "-"), clause cosine, whether
the rest of the gate (:func:`consilience.statements._opposite_matter` with the cosine
floor at 0) holds, the word pair and the two clause texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def story_rows(ctx, gold, texts, names) -> list[tuple]:
    """Rows (label, cosine, gate, words, text a, text b) of one story."""
    import numpy as np
    from statements_s14_pairs import _label

    from consilience import statements as st
    from consilience.align import story_nodes
    from consilience.clash_index import opposite_pairs_index
    from consilience.opposite_words import opposite_pairs

    nodes, vecs = story_nodes(ctx)
    if not nodes:
        return []
    sim = (vecs @ vecs.T).astype(np.float64)
    published = {a.article.id: (a.article.published or "")[:10] for a in ctx.analyses}
    nodes, at = st._with_stances(ctx, nodes)
    words = st._tightest([st._polar(ctx, n) for n in nodes], nodes)
    floor, st.OPPOSITE_COSINE = st.OPPOSITE_COSINE, 0.0
    rows = []
    try:
        for i, j in opposite_pairs_index(words):
            a, b = nodes[i], nodes[j]
            if a.root == b.root or a.claim.article == b.claim.article:
                continue
            pivots = opposite_pairs(words[i], words[j])
            if not pivots:
                continue
            cos = float(sim[at[i], at[j]])
            gate = st._opposite_matter(a.claim, b.claim, cos, published)
            pair = "/".join(p.lemma for p in pivots[0])
            rows.append((_label(a, b, gold, texts, names), cos, gate, pair,
                         a.claim.text[:70], b.claim.text[:70]))  # fmt: skip
    finally:
        st.OPPOSITE_COSINE = floor
    return rows


def main(argv: list[str]) -> None:
    """Print the rows of every story of the sets in ``argv``."""
    from realstyle_bench import load_story
    from statements_s13_dev import _context

    cache = Path("/tmp/statements_s13_ctx")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    for s in argv:
        for folder in sorted(p for p in (ROOT / s).iterdir() if (p / "gold.json").is_file()):
            arts, names, gold = load_story(folder)
            gold = [g for g in gold["conflicts"] if g["kind"] == "fact"]
            texts = {a.id: a.text for a in arts}
            for row in story_rows(_context(arts, cache), gold, texts, names):
                label, cos, gate, pair, ta, tb = row
                print(f"{s.split('/')[-1]}/{folder.name}\t{label}\t{cos:.2f}\t{gate}\t{pair}"
                      f"\t{ta!r}\t{tb!r}")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
