"""The signed words of the clauses holding two strings in one held-out story (session s22,
a development aid for statement conflicts, not a benchmark).

    python bench/statements_s22_probe.py STORY_FOLDER "words of one" "words of other"

Uses the context cache of ``bench/statements_s13_dev.py`` (/tmp/statements_s13_ctx). For
every node whose text holds one of the strings, prints its claim fields and its signed
words (:func:`consilience.statements._polar`, read in the tightest clause) with bearers;
then, per pair of nodes of two articles, the clause cosine, the opposite and denial pivots.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def main(argv: list[str]) -> None:
    """Print the nodes of ``argv[0]`` holding ``argv[1]`` or ``argv[2]`` and their pairs."""
    import numpy as np
    from realstyle_bench import load_story
    from statements_s13_dev import _context

    from consilience import statements as st
    from consilience.align import story_nodes
    from consilience.opposite_words import opposite_pairs

    arts, _, _ = load_story(Path(argv[0]))
    ctx = _context(arts, Path(__import__("os").environ.get("ST_CTX", "/tmp/statements_s13_ctx")))
    nodes, vecs = story_nodes(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    nodes, at = st._with_stances(ctx, nodes)
    words = st._tightest([st._polar(ctx, n) for n in nodes], nodes)
    published = {a.article.id: (a.article.published or "")[:10] for a in ctx.analyses}
    sides = [[i for i, n in enumerate(nodes) if s in n.claim.text] for s in argv[1:3]]
    for i in sides[0] + sides[1]:
        c = nodes[i].claim
        print(
            i,
            c.article,
            c.kind,
            c.predicate,
            repr(c.text[:100]),
            "neg",
            c.negated,
            c.modality,
            "actor",
            c.actor,
            "pat",
            c.patient_key,
        )
        print("    ", [(w.lemma, w.pos, w.sign, sorted(w.bearer)) for w in words[i]])
    for i in sides[0]:
        for j in sides[1]:
            if nodes[i].claim.article == nodes[j].claim.article:
                continue
            print(
                i,
                j,
                "cos",
                round(float(sim[at[i], at[j]]), 3),
                "opp",
                [(x.lemma, y.lemma) for x, y in opposite_pairs(words[i], words[j])],
                "den",
                [(d.lemma, w.lemma) for d, w in st.denial_pairs(words[i], words[j])],
                [(d.lemma, w.lemma) for d, w in st.denial_pairs(words[j], words[i])],
            )
            for x, y in ((i, j), (j, i)):
                piv = st.denial_pairs(words[x], words[y])
                if not piv:
                    continue
                a, b = nodes[x].claim, nodes[y].claim
                from dataclasses import replace

                print(
                    "    gates",
                    x,
                    y,
                    "named",
                    st._two_named_doers(a, b),
                    "shared",
                    st.shared_matter(a, b, piv),
                    "plan/report",
                    [st._plan_against_report(a, d, b, w) for d, w in piv],
                    "plan&dec",
                    st._plan_and_decision(a, b, piv, published),
                    "moment",
                    st.same_moment(
                        replace(a, negated=True), replace(b, negated=False), published, "polarity"
                    ),
                    "dates",
                    a.dates,
                    b.dates,
                    a.tense,
                    b.tense,
                    a.modality,
                    b.modality,
                )


if __name__ == "__main__":
    main(sys.argv[1:])
