"""Why two clauses of one held-out story are or are not a fact conflict (session s21, a
development aid for statement conflicts, not a benchmark).

    python bench/statements_s21_pairs.py [--cache DIR] STORY_FOLDER "words of one" "words of other"

Uses the context cache of ``bench/statements_s13_dev.py`` (default /tmp/statements_s13_ctx).
For every pair of nodes (claims, stance and nominal claims) of two articles whose texts
contain the two strings, prints the clause cosine, the claims' fields, what
:func:`consilience.opposition.opposed` and :func:`consilience.statements.conflict_of`
say, and the denial pairs of their signed words.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

FIELDS = "kind frame predicate actor actor_keys actor_label patient_key negated modality tense"


def main(argv: list[str]) -> None:
    """Print the pairs of ``argv[0]``'s nodes holding ``argv[1]`` and ``argv[2]``."""
    import numpy as np
    from realstyle_bench import load_story
    from statements_s13_dev import _context

    from consilience import statements as st
    from consilience.align import story_nodes
    from consilience.opposition import opposed

    cache = Path("/tmp/statements_s13_ctx")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    arts, _, _ = load_story(Path(argv[0]))
    ctx = _context(arts, cache)
    nodes, vecs = story_nodes(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    names = st._article_names(nodes)
    published = {a.article.id: (a.article.published or "")[:10] for a in ctx.analyses}
    nodes, at = st._with_stances(ctx, nodes)
    words = [st._polar(ctx, n) for n in nodes]
    left = [i for i, n in enumerate(nodes) if argv[1] in n.claim.text]
    right = [j for j, n in enumerate(nodes) if argv[2] in n.claim.text]
    for i in left:
        for j in right:
            a, b = nodes[i].claim, nodes[j].claim
            if a.article == b.article:
                continue
            print("cos", round(float(sim[at[i], at[j]]), 3))
            for c in (a, b):
                print("  ", repr(c.text[:90]), {f: getattr(c, f) for f in FIELDS.split()})
            print(
                "   opposed:",
                opposed(a, b),
                " conflict_of:",
                st.conflict_of(a, b, names, published),
            )
            print("   denial pairs:", [(d.lemma, w.lemma) for d, w in st.denial_pairs(words[i], words[j])],
                  [(d.lemma, w.lemma) for d, w in st.denial_pairs(words[j], words[i])])  # fmt: skip
            print("   shared matter:", st.shared_matter(a, b, []))


if __name__ == "__main__":
    main(sys.argv[1:])
