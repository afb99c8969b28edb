"""Diagnose a headline or summary line of one held-out story (not a benchmark).

    python bench/headline_s22_diag.py STORY_DIR "words of the line" [--cache DIR]

Prints the claims of the sentence holding the words (frame, figures, dates, nouns, kind)
and, for each precise figure, every claim of another root article giving the same figure
kind, with the cosine of their sentences: to see why a line passed the summary's guards.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402


def main(argv: list[str]) -> None:
    """Print the diagnosis of ``argv[1]`` (words of a line) in story ``argv[0]``."""
    from consilience.align import _figure
    from consilience.consensus import story_nodes

    folder, words = Path(argv[0]), argv[1]
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    arts, names, _gold = chb.load_story(folder)
    ctx = ctx_cache.context(arts, cache)
    nodes, _vecs = story_nodes(ctx)
    texts = {a.article.id: a.article.text for a in ctx.analyses}
    hits = [
        i
        for i, n in enumerate(nodes)
        if words in texts[n.claim.article][n.claim.start - 300 : n.claim.end + 300]
        and words in _sentence(ctx, n.claim)
    ]
    for i in hits:
        c = nodes[i].claim
        print(
            f"[{i}] {names[c.article]} s{c.sentence} {c.kind} {c.frame} mod={c.modality}"
            f" t={c.tense} neg={c.negated} actor={c.actor_keys} {c.text!r}"
        )
        print(f"     figures={c.figures} dates={c.dates} nouns={c.nouns}")
        for f in c.figures:
            kind = _figure(f)[0].split("/")[0]
            for j, n in enumerate(nodes):
                if n.root == nodes[i].root:
                    continue
                for g in n.claim.figures:
                    if _figure(g)[0].split("/")[0] == kind:
                        cos = float(nodes[i].sentence_vector @ n.sentence_vector)
                        print(
                            f"       ~[{j}] {names[n.claim.article]} cos={cos:.2f} {g} "
                            f"{n.claim.text!r}"
                        )


def _sentence(ctx, c) -> str:
    doc = ctx.analysis(c.article).doc
    for s in doc.sents:
        if s.start_char <= c.start < s.end_char:
            return s.text
    return ""


if __name__ == "__main__":
    main(sys.argv[1:])
