"""Which WordNet relations between two predicates separate gold pairs from false pairs
(issue #11, session 16).

    python bench/align_predicate_relations_diag.py --cache /tmp/ctx            # every set
    python bench/align_predicate_relations_diag.py --cache /tmp/ctx --set heldout_s9 -v

For every pair of claims of two articles (not printings of one text) that are both
labelled with gold claims (:func:`align_pairs_bench.labelled`), nothing in them disagrees
(:func:`consilience.align.compatible`), the pair decision does not accept and
:func:`consilience.align.same_predicate` does not match: a **gold** pair when they share a
gold claim, a **false** pair otherwise. For each, which relations hold between the acts
the two clauses state (:func:`consilience.align.act_of`, a deverbal or agent noun's verbs
through WordNet's derivation pointers), and whether the two clauses' core arguments align
(:func:`consilience.align.roles_align`) and the clause cosine. The table says, per
relation and cosine band, how many gold and false pairs it would let through: a relation
is worth asking only where its gold pairs outnumber its false ones by far.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import align_gold_pairs_diag as agd  # noqa: E402

SETS = tuple(f"heldout_s{k}" for k in range(5, 15))
BANDS = ((0.0, 0.35), (0.35, 0.45), (0.45, 0.6), (0.6, 1.01))


def relations(p: str, q: str) -> list[str]:
    """Names of the WordNet relations between predicate lemmas ``p`` and ``q``."""
    from consilience import lexicon
    from consilience.same_act import act_verbs, verbs_related

    out = []
    vp, vq = act_verbs(p) | lexicon.verbs_of(p), act_verbs(q) | lexicon.verbs_of(q)
    pairs = [(x, y) for x in vp for y in vq]
    if any(lexicon.same_sense(x, y, "v", 3) for x, y in pairs):
        out.append("synset3")
    if any(lexicon.same_sense(x, y, "v", 99) for x, y in pairs):
        out.append("synset-all")
    if any(verbs_related(x, y) for x, y in pairs):
        out.append("related")
    if any(verbs_related(x, y, general=True) for x, y in pairs):
        out.append("related-general")
    hx = {x: lexicon.hypernyms(x, "v", 3) for x in vp}
    hy = {y: lexicon.hypernyms(y, "v", 3) for y in vq}
    if any(hx[x] & hy[y] for x, y in pairs):
        out.append("sister3")
    if any(y in lexicon.entailed(x) or x in lexicon.entailed(y) for x, y in pairs):
        out.append("entail")
    if any(lexicon.opposite(x, y, "v") for x, y in pairs):
        out.append("OPPOSITE")
    return out or ["none"]


def _band(cos: float) -> str:
    for lo, hi in BANDS:
        if lo <= cos < hi:
            return f"{lo:.2f}-{min(hi, 1):.2f}"
    return "?"


def story_rows(nodes, sim, labels, links) -> list[tuple[bool, str, str, bool, float, int, int]]:
    """(gold, act a, act b, roles align, cosine, i, j) of every pair the module doc counts."""
    from consilience import align

    out = []
    for i, li in enumerate(labels):
        if not li:
            continue
        for j in range(i + 1, len(nodes)):
            lj = labels[j]
            a, b = nodes[i], nodes[j]
            if not lj or a.claim.article == b.claim.article or a.root == b.root:
                continue
            if (i, j) in links or not align.compatible(a.claim, b.claim):
                continue
            if align.same_predicate(a.claim, b.claim):
                continue
            gold = bool(li & lj)
            roles = align.roles_align(a.claim, b.claim) or align._swapped_roles(a.claim, b.claim)
            out.append(
                (gold, align.act_of(a.claim), align.act_of(b.claim), roles, float(sim[i, j]), i, j)
            )
    return out


def main(argv: list[str] | None = None) -> Counter:
    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    sets = (argv[argv.index("--set") + 1],) if "--set" in argv else SETS
    import align_pairs_bench as apb

    counts: Counter = Counter()
    for name, stories in agd.load(sets, cache).items():
        for story, nodes, sim, labels in stories:
            links = apb.story_decider().story(nodes, sim)
            for gold, p, q, roles, cos, i, j in story_rows(nodes, sim, labels, links):
                side = "gold" if gold else "false"
                for rel in relations(p, q):
                    counts[(rel, roles, _band(cos), side)] += 1
                if "-v" in argv and gold:
                    print(
                        f"{name} {story[:14]} {p}/{q} roles={roles} cos={cos:.2f} "
                        f"{relations(p, q)}\n   {nodes[i].claim.text[:100]!r}\n"
                        f"   {nodes[j].claim.text[:100]!r}"
                    )
    keys = sorted({k[:3] for k in counts})
    print(f"{'relation':16s} {'roles':5s} {'cosine':10s} {'gold':>5s} {'false':>6s}")
    for rel, roles, band in keys:
        g, f = counts[(rel, roles, band, "gold")], counts[(rel, roles, band, "false")]
        print(f"{rel:16s} {roles!s:5s} {band:10s} {g:5d} {f:6d}")
    return counts


if __name__ == "__main__":
    main()
