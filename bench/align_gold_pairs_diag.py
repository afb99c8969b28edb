"""Gold pairs the pair decision rejects, classified by kind (issue #11, session 13).

    python bench/align_gold_pairs_diag.py --cache /tmp/ctx            # counts per set
    python bench/align_gold_pairs_diag.py --cache /tmp/ctx -v         # ... and every pair
    python bench/align_gold_pairs_diag.py --cache /tmp/ctx --set heldout_s12 -v

A **gold pair** is two support strings of one gold claim in two articles (not near-copies of
one text) of a story of ``bench/annotations/heldout_s5`` ... ``heldout_s14``. Each article's
extracted claims are labelled with the gold claims they cover as
:func:`align_pairs_bench.labelled` does (the clause an aligner should pick). The pair is
**accepted** when the story-level pair decision (``align.aligned`` plus the mutual best
links, :func:`align_pairs_bench.story_decider`) links some labelled claim of one article with
some labelled claim of the other; **no claim** when an article has no labelled claim (an
extraction loss, not the pair decision's); else **rejected**. A **false pair** is an
accepted pair of claims of two articles labelled only with different gold claims of the
story (the precision side).

Each rejected pair is shown by its most advanced claim pair (the one that got furthest
through the rules of ``align.candidate``, then the highest cosine) with the rule that
rejects it (:func:`recall_blockers.rejection`), both clauses, their predicate(actor, patient)
as the code reads them, the clause and sentence cosines and the alignment score, and one
**kind** (the first of :data:`KINDS` whose test holds):

* ``veto:RULE``: a compatibility rule (figures, dates, numerals, opposed, negated,
  superseded) calls the two clauses different;
* ``fragment``: one clause is a headline line;
* ``nominal``: one clause is a nominalisation ("the closure of the road", "the decision to
  close the road") or an event noun phrase standing alone;
* ``long clause``: one clause is over twice as long as the other (the claim is one part);
* ``voice``: the doer of one is the undergoer of the other (passive vs active);
* ``different verbs``: predicates differ (not one frame, class or WordNet act);
* ``subject named differently``: one predicate, but the actors are named differently;
* ``figure one side``: a figure or date in one clause only;
* ``score``: every rule passes but the alignment score is short;
* ``other``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import align_pairs_bench as apb  # noqa: E402
import ctx_cache  # noqa: E402
import recall_blockers as rb  # noqa: E402

SETS = tuple(f"heldout_s{k}" for k in range(5, 18))
KINDS = (
    "veto",
    "fragment",
    "nominal",
    "long clause",
    "voice",
    "different verbs",
    "subject named differently",
    "figure one side",
    "score",
    "other",
)
_VERBAL_KINDS = frozenset({"nominal", "event"})


def kind_of(a, b, rule: str) -> str:
    """The kind (module doc) of a rejected claim pair ``a``, ``b`` (nodes) whose first
    rejecting rule is ``rule`` (:func:`recall_blockers.rejection`)."""
    from consilience import align

    ca, cb = a.claim, b.claim
    if rule.startswith("incompatible:"):
        return "veto:" + rule.split(":", 1)[1]
    if ca.heading or cb.heading:
        return "fragment"
    if ca.kind in _VERBAL_KINDS or cb.kind in _VERBAL_KINDS:
        return "nominal"
    la, lb = sorted((len(ca.text), len(cb.text)))
    if lb > 2 * la:
        return "long clause"
    if align._swapped_roles(ca, cb) or (
        ca.actor_key
        and ca.actor_key == cb.patient_key
        or cb.actor_key
        and cb.actor_key == ca.patient_key
    ):
        return "voice"
    if not align.same_predicate(ca, cb):
        return "different verbs"
    if ca.actor_key != cb.actor_key:
        return "subject named differently"
    if bool(ca.figures or ca.dates) != bool(cb.figures or cb.dates):
        return "figure one side"
    if rule == "score<threshold":
        return "score"
    return "other"


def _describe(n) -> str:
    c = n.claim
    return f"{c.kind}:{c.predicate}({c.actor_key},{c.patient_key}) {c.text[:110]!r}"


def _best_pair(own_a: list[int], own_b: list[int], nodes, sim) -> tuple[str, int, int]:
    best = None
    for i in own_a:
        for j in own_b:
            r = rb.rejection(nodes[i], nodes[j], float(sim[i, j]))
            key = (rb._rank(r), -float(sim[i, j]))
            if best is None or key < best[0]:
                best = (key, r, i, j)
    assert best is not None
    return best[1], best[2], best[3]


def story_pairs(story: str, nodes, sim, labels, verbose: bool) -> Counter:
    """Counts of one story: accepted / rejected / no claim gold pairs, kinds of the
    rejected ones and false pairs (module doc)."""
    from consilience import align

    links = apb.story_decider().story(nodes, sim)
    counts: Counter = Counter()
    for i, j in links:
        li, lj = labels[i], labels[j]
        if li and lj and not li & lj and nodes[i].root != nodes[j].root:
            counts["false pairs"] += 1
            if verbose:
                print(
                    f"  {story[:16]} FALSE {sorted(li)}/{sorted(lj)}\n"
                    f"     {_describe(nodes[i])}\n     {_describe(nodes[j])}"
                )
    by_claim: dict[str, dict[str, list[int]]] = {}
    for k, lab in enumerate(labels):
        for cid in lab:
            by_claim.setdefault(cid, {}).setdefault(nodes[k].claim.article, []).append(k)
    for cid in sorted(by_claim):
        arts = sorted(by_claim[cid])
        for x, aa in enumerate(arts):
            for ab in arts[x + 1 :]:
                own_a, own_b = by_claim[cid][aa], by_claim[cid][ab]
                if nodes[own_a[0]].root == nodes[own_b[0]].root:
                    continue
                counts["gold pairs"] += 1
                if any((min(i, j), max(i, j)) in links for i in own_a for j in own_b):
                    counts["accepted"] += 1
                    continue
                counts["rejected"] += 1
                rule, i, j = _best_pair(own_a, own_b, nodes, sim)
                kind = kind_of(nodes[i], nodes[j], rule)
                counts["kind " + kind.split(":")[0]] += 1
                counts["rule " + rule] += 1
                if verbose:
                    cos = float(sim[i, j])
                    score = align.alignment_score(nodes[i], nodes[j], cos)
                    sa, sb = nodes[i].sentence_vector, nodes[j].sentence_vector
                    print(
                        f"  {story[:16]} {cid:6s} [{kind}] [{rule}] cos {cos:.2f} "
                        f"sent {float(sa @ sb):.2f} p {score:.2f}\n"
                        f"     {_describe(nodes[i])}\n     {_describe(nodes[j])}"
                    )
    return counts


def load(sets: tuple[str, ...], cache: Path | None) -> dict[str, list[tuple[str, Any, Any, Any]]]:
    """set -> [(story, nodes, cosine matrix, labels), ...] of the story folders of ``sets``."""
    from claims_recall_diag import folder_sets

    out: dict[str, list] = {}
    for name in sets:
        for story, arts, gold, key_of in folder_sets(ROOT / "bench" / "annotations" / name):
            ctx = ctx_cache.context(arts, cache)
            nodes, sim, labels = apb.labelled(ctx, gold, key_of, arts)
            out.setdefault(name, []).append((story, nodes, sim, labels))
    return out


def table(rows: dict[str, Counter]) -> str:
    """One line per set: gold pairs, accepted, rejected, false pairs, rejected by kind."""
    kinds = [k for k in KINDS]
    head = f"{'set':12s} {'pairs':>6s} {'accept':>6s} {'reject':>6s} {'false':>6s} " + " ".join(
        f"{k[:9]:>9s}" for k in kinds
    )
    lines = [head]
    for name, c in rows.items():
        cells = " ".join(f"{c['kind ' + k]:9d}" for k in kinds)
        lines.append(
            f"{name:12s} {c['gold pairs']:6d} {c['accepted']:6d} {c['rejected']:6d} "
            f"{c['false pairs']:6d} {cells}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> dict[str, Counter]:
    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    sets = (argv[argv.index("--set") + 1],) if "--set" in argv else SETS
    rows: dict[str, Counter] = {}
    for name, stories in load(sets, cache).items():
        c: Counter = Counter()
        for story, nodes, sim, labels in stories:
            c.update(story_pairs(story, nodes, sim, labels, "-v" in argv))
        rows[name] = c
    if len(rows) > 1:
        rows["all"] = sum(rows.values(), Counter())
    print(table(rows))
    rules = Counter({k[5:]: v for k, v in rows[list(rows)[-1]].items() if k.startswith("rule ")})
    print("first rejecting rule:", dict(rules.most_common()))
    return rows


if __name__ == "__main__":
    main()
