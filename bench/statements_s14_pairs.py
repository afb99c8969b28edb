"""Denied-matter pairs of held-out sets with their features and gold label (session s14,
the data the thresholds of :mod:`consilience.denied_matter`'s caller are fitted on).

    python bench/statements_s14_pairs.py [--cache DIR] SET ...

For each story of each SET (contexts cached as ``statements_s13_dev.py`` caches them), every
pair of claims of two articles (not near-copies) where one clause denies a word the other
asserts (:func:`consilience.denied_matter.denial_pairs`) is printed as one tab-separated
line: set/story, gold label (the gold fact conflict whose outlier and non-outlier snippets
the two clauses cover, or "-"), clause cosine, sentence cosine, shared matter words, the
pivots and the two clause texts. Labelled "-" pairs are the negatives.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _label(na, nb, gold, texts, names) -> str:
    from realstyle_bench import covered

    entry = {"readings": [{"citation": n.claim.span.to_json()} for n in (na, nb)]}
    for g in gold:
        cov = covered(entry, g["values"], texts, names)
        out = set(g["outliers"])
        if cov & out and cov - out:
            return g["subject"][:40]
    return "-"


def story_pairs(ctx, gold, texts, names):
    """Rows (label, clause cos, sentence cos, shared, pivots, text a, text b)."""
    import numpy as np

    from consilience.align import story_nodes
    from consilience.denied_matter import denial_pairs, relation
    from consilience.statements import _cosine, _polar, _with_stances, shared_matter

    nodes, vecs = story_nodes(ctx)
    if not nodes:
        return []
    sim = (vecs @ vecs.T).astype(np.float64)
    nodes, at = _with_stances(ctx, nodes)
    words = [_polar(ctx, n) for n in nodes]
    rows = []
    for i, a in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            b = nodes[j]
            if a.root == b.root or a.claim.article == b.claim.article:
                continue
            pivots = denial_pairs(words[i], words[j])
            if not pivots:
                continue
            cos = float(sim[at[i], at[j]])
            rows.append(
                (
                    _label(a, b, gold, texts, names),
                    cos,
                    _cosine(a, b, cos),
                    sorted(shared_matter(a.claim, b.claim, pivots)),
                    sorted(
                        {
                            f"{d.lemma}/{x.lemma}:{relation(d.lemma, d.pos, x.lemma, x.pos)}"
                            for d, x in pivots
                        }
                    ),  # fmt: skip
                    a.claim.text[:90],
                    b.claim.text[:90],
                )
            )
    return rows


def main(argv: list[str]) -> None:
    """Print the pairs of every story of the sets in ``argv``."""
    from realstyle_bench import load_story
    from statements_s13_dev import _context

    cache = Path("/tmp/statements_s13_ctx")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    for s in argv:
        for folder in sorted(p for p in (ROOT / s).iterdir() if (p / "gold.json").is_file()):
            arts, names, gold = load_story(folder)
            facts = [g for g in gold["conflicts"] if g["kind"] == "fact"]
            texts = {a.id: a.text for a in arts}
            for row in story_pairs(_context(arts, cache), facts, texts, names):
                lab, cos, scos, shared, piv, ta, tb = row
                print(f"{s.split('/')[-1]}/{folder.name}\t{lab}\t{cos:.2f}\t{scos:.2f}\t"
                      f"{','.join(shared)}\t{' '.join(piv)}\t{ta}\t{tb}")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
