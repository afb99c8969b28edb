"""Paraphrase pairs the pair decision rejects: which argument-anchored rule would admit the
gold ones and how many pairs of different gold claims it would admit beside them (issue #11,
session 18).

    python bench/align_paraphrase_probe.py --cache /tmp/ctx --dump /tmp/pairs.pkl   # build
    python bench/align_paraphrase_probe.py --load /tmp/pairs.pkl [-v RULE]          # score

For every story of the annotated sets (seeds, demo, fixtures, heldout_s5 ... heldout_s17)
the nodes are labelled as :func:`align_pairs_bench.labelled` does and the current
story-level pair decision is taken (:func:`align_pairs_bench.story_decider`). Every pair of
claims of two articles (not printings of one text) the decision leaves apart and that the
hard checks let through (:func:`consilience.align.compatible`, no different actors, states,
grantors, stages) is a *probe pair*; each rule of :data:`RULES` is scored per set by how
many probe pairs it admits that share a gold label (**gain**) and how many it admits whose
labels are disjoint (**false**); pairs with an unlabelled side are counted apart (**open**,
last column only).

Session 18 (rules measured at the end of commit d73aac7): the pool of probe pairs with a
clause cosine of 0.3 holds 752 gold pairs against 2,836 of different claims (1,310 of them on
the seeds). A shared figure of one kind at cosine 0.35 admits 32 / 3 (the false ones: "Three
skiers were pulled out alive" / "Three people died", "Two men ... were freed" / "Two workers
have now died": a count alone does not say what happened to whom). Close clause (0.5) and
sentence (0.65) cosines with a shared core argument, both events, admit 39 / 21 (36 / 2
outside the seeds); wired into align.pair_scores as links capped at RELATIVE_SCORE it left
heldout_s17 (19/26, 14/57) and s16 (31/33, 28/59) unchanged and cost s15 one item (13/13,
16/48 -> 12/12, 15/48): not shipped.
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import align_pairs_bench as apb  # noqa: E402
import ctx_cache  # noqa: E402

FOLDERS = tuple(f"heldout_s{k}" for k in range(5, 18))


def _stories(cache: Path | None):
    import claims_bench
    from claims_recall_diag import folder_sets

    for name, arts, gold, key_of in claims_bench.sets():
        row = "fixtures" if name.startswith("fixture") else name
        yield row, name, ctx_cache.context(arts, cache), gold, key_of, arts
    for folder in FOLDERS:
        for name, arts, gold, key_of in folder_sets(ROOT / "bench" / "annotations" / folder):
            yield folder, name, ctx_cache.context(arts, cache), gold, key_of, arts


def dump(cache: Path | None, out: Path) -> None:
    """Pickle ``[(set, story, nodes, sim, labels, links), ...]`` to ``out``."""
    rows = []
    decider = apb.story_decider()
    for row, name, ctx, gold, key_of, arts in _stories(cache):
        nodes, sim, labels = apb.labelled(ctx, gold, key_of, arts)
        rows.append((row, name, nodes, sim, labels, decider.story(nodes, sim)))
        print("  done", row, name, flush=True)
    out.write_bytes(pickle.dumps(rows))


def hard_ok(a, b, cos: float) -> bool:
    """The checks no paraphrase may pass: :func:`align.compatible` and the vetoes of
    :func:`align._comparable` but its cosine gates."""
    from consilience import align

    ca, cb = a.claim, b.claim
    if ca.article == cb.article or a.root == b.root or not align.compatible(ca, cb):
        return False
    if align._different_actors(ca, cb) or align._different_states(ca, cb, cos):
        return False
    if align._different_grantors(a, b) or align._done_and_pending(ca, cb):
        return False
    return not align._different_events(ca, cb, cos)


def _rules():
    from consilience import align

    def value(a, b):
        ca, cb = a.claim, b.claim
        return align.figures_agree(ca, cb) or align.measures_agree(ca, cb)

    def sent(a, b):
        return float(a.sentence_vector @ b.sentence_vector)

    def events(a, b):
        return a.claim.role == b.claim.role == "event"

    rules = {}
    for floor in (0.3, 0.4, 0.5):
        rules[f"any cos>={floor}"] = lambda a, b, c, f=floor: c >= f
        rules[f"sent>={floor + 0.2:.1f} cos>={floor}"] = lambda a, b, c, f=floor: (
            c >= f and sent(a, b) >= f + 0.2
        )
        rules[f"core cos>={floor}"] = lambda a, b, c, f=floor: c >= f and align.core_shared(a, b)
    for floor in (0.5, 0.55):
        for sfloor in (0.65, 0.7):
            rules[f"sent>={sfloor} core cos>={floor}"] = lambda a, b, c, f=floor, g=sfloor: (
                c >= f and sent(a, b) >= g and align.core_shared(a, b)
            )
            rules[f"sent>={sfloor} core ev cos>={floor}"] = lambda a, b, c, f=floor, g=sfloor: (
                c >= f and sent(a, b) >= g and events(a, b) and align.core_shared(a, b)
            )
    for floor in (0.35, 0.4, 0.45, 0.5):
        rules[f"value cos>={floor}"] = lambda a, b, c, f=floor: c >= f and value(a, b)
        rules[f"value ev cos>={floor}"] = lambda a, b, c, f=floor: (
            c >= f and value(a, b) and events(a, b)
        )
        rules[f"anchor2 cos>={floor}"] = lambda a, b, c, f=floor: (
            c >= f and align._anchor_count(a, b) >= 2
        )
        rules[f"anchor2 ev cos>={floor}"] = lambda a, b, c, f=floor: (
            c >= f and align._anchor_count(a, b) >= 2 and events(a, b)
        )
        rules[f"act cos>={floor}"] = lambda a, b, c, f=floor: (
            c >= f and align.same_act(a.claim, b.claim)
        )
        rules[f"value+sent{floor + 0.1:.2f} cos>={floor}"] = lambda a, b, c, f=floor: (
            c >= f and value(a, b) and sent(a, b) >= f + 0.1
        )
    return rules


def score(rows, verbose: str | None) -> None:
    """Print gain / false / open per rule and set (module doc)."""
    rules = _rules()
    table: dict[str, Counter] = {r: Counter() for r in rules}
    for row, name, nodes, sim, labels, links in rows:
        n = len(nodes)
        for i in range(n):
            for j in range(i + 1, n):
                cos = float(sim[i, j])
                if cos < 0.3 or (i, j) in links:
                    continue
                a, b = nodes[i], nodes[j]
                if a.claim.article == b.claim.article or a.root == b.root:
                    continue
                if not hard_ok(a, b, cos):
                    continue
                li, lj = labels[i], labels[j]
                kind = "open" if not (li and lj) else ("gain" if li & lj else "false")
                for r, rule in rules.items():
                    if rule(a, b, cos):
                        table[r][(row, kind)] += 1
                        table[r][("all", kind)] += 1
                        if verbose == r and kind != "open":
                            print(f"  {kind} {name} {cos:.2f} {sorted(li)}/{sorted(lj)}")
                            print(f"     {a.claim.text[:120]!r}\n     {b.claim.text[:120]!r}")
    sets = sorted({r for r, *_ in rows}) + ["all"]
    print("rule".ljust(28) + "".join(s.replace("heldout_", "")[:8].rjust(10) for s in sets))
    for r in rules:
        cells = [f"{table[r][(s, 'gain')]}/{table[r][(s, 'false')]}" for s in sets]
        cells[-1] += f"/{table[r][('all', 'open')]}"
        print(r.ljust(28) + "".join(c.rjust(10) for c in cells))


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if "--dump" in argv:
        cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
        dump(cache, Path(argv[argv.index("--dump") + 1]))
        return
    rows = pickle.loads(Path(argv[argv.index("--load") + 1]).read_bytes())
    score(rows, argv[argv.index("-v") + 1] if "-v" in argv else None)


if __name__ == "__main__":
    main()
