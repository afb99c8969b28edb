"""Consensus recall blockers: for every missed gold claim, WHY each of its articles is not
in the consensus group (a finer cut of ``bench/claims_recall_diag.py``).

    python bench/recall_blockers.py --set bench/annotations/heldout_s8 --cache /tmp/x -v
    python bench/recall_blockers.py --cache /tmp/x          # seeds, demo, fixtures
    python bench/recall_blockers.py --all --cache /tmp/x    # s5-s8 + seeds/demo/fixtures

For every gold claim stated by three or more articles that no faithful consensus item
covers, the best group (the one holding claims of it in most articles; none when no pair
aligned) is found, and every gold article of the claim outside that group gets one reason:

(a) ``no claim``: no extracted claim of the article overlaps its support string; the
    detail lists the verbs of the support string with their dependency relation (what
    the extractor would have had to read: advcl, relcl, acl, xcomp, a noun ...);
(b) ``rejected: TEST``: claims exist, and the first alignment test that rejects the best
    of them against the group's members (or, with no group, against the claims of the
    other articles) is TEST: ``incompatible:figures|dates|numerals|opposed|negated|
    superseded``, ``cosine<paraphrase`` (different predicates, clause cosine under
    ``PARAPHRASE_COSINE``), ``cosine<align`` (one predicate), ``different actors``,
    ``different states``, ``different grantors``, ``different events``, ``done/pending``,
    ``no shared core``, ``score<threshold``;
(c) ``grouping``: a claim of the article is aligned with a member but grouping or
    shedding left it out;
and a claim whose group holds all its articles but rests on too few independent sources
is (d) ``need``; a mixed, disputed or dropped group is ``group: STAGE``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_recall_diag as diag  # noqa: E402
import ctx_cache  # noqa: E402

SETS = ("heldout_s5", "heldout_s6", "heldout_s7", "heldout_s8")


def rejection(a, b, cos: float) -> str:
    """The first test of ``align.candidate`` / ``align.aligned`` that rejects nodes ``a``,
    ``b`` (clause cosine ``cos``), or ``"aligned"``."""
    from consilience import align
    from consilience.opposition import opposed

    ca, cb = a.claim, b.claim
    checks = (
        ("superseded", ca.superseded != cb.superseded),
        ("figures", align.figures_disagree(ca, cb)),
        ("dates", align.dates_disagree(ca, cb)),
        ("numerals", align.numerals_disagree(ca, cb)),
        ("opposed", opposed(ca, cb)),
        ("negated", ca.negated != cb.negated),
    )
    for name, bad in checks:
        if bad:
            return "incompatible:" + name
    if align.converse(ca, cb) or align.converse(cb, ca):
        return _scored(a, b, cos)
    pred = align.same_predicate(ca, cb)
    if not align._close_enough(a, b, cos, pred):
        return "cosine<align" if pred else "cosine<paraphrase"
    vetoes = (
        ("different actors", lambda: align._different_actors(ca, cb)),
        ("different states", lambda: align._different_states(ca, cb, cos)),
        ("different grantors", lambda: align._different_grantors(a, b)),
        ("different events", lambda: align._different_events(ca, cb, cos)),
        ("done/pending", lambda: align._done_and_pending(ca, cb)),
    )
    for name, test in vetoes:
        if test():
            return name
    if not (align.core_shared(a, b) or cos >= align.STRONG_COSINE):
        return "no shared core"
    return _scored(a, b, cos)


def _scored(a, b, cos: float) -> str:
    from consilience import align

    ok = align.alignment_score(a, b, cos) >= align.ALIGN_PROBABILITY
    return "aligned" if ok else "score<threshold"


#: rejections from the most to the least advanced (the best pair of an article is the
#: one that got furthest through the tests)
PROGRESS = (
    "aligned",
    "score<threshold",
    "no shared core",
    "done/pending",
    "different events",
    "different grantors",
    "different states",
    "different actors",
    "cosine<align",
    "cosine<paraphrase",
)


def _rank(reason: str) -> int:
    return PROGRESS.index(reason) if reason in PROGRESS else len(PROGRESS)


def _verbs(ctx, aid: str, span: tuple[int, int]) -> str:
    """The verbs and deverbal-looking nouns of a support span with their relation."""
    doc = next(a.doc for a in ctx.analyses if a.article.id == aid)
    out = []
    for t in doc.char_span(*span, alignment_mode="expand") or []:
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux" or t.tag_ == "VBN":
            out.append(f"{t.lemma_}/{t.dep_}")
    return " ".join(out[:6])


def article_reason(chain, mine_in: list[int], others: list[int]) -> tuple[str, str]:
    """(reason, detail) of one article's claims ``mine_in`` (gold-labelled) against the
    node indices ``others`` (the group's members or other articles' claims)."""
    best = None
    for i in mine_in:
        for j in others:
            if chain.nodes[i].claim.article == chain.nodes[j].claim.article:
                continue
            r = rejection(chain.nodes[i], chain.nodes[j], float(chain.sim[i, j]))
            key = (_rank(r), -float(chain.sim[i, j]))
            if best is None or key < best[0]:
                best = (key, r, i, j)
    if best is None:
        return "rejected: no other claim", ""
    _k, r, i, j = best
    ci, cj = chain.nodes[i].claim, chain.nodes[j].claim
    detail = (
        f"{ci.predicate}({ci.actor_key},{ci.patient_key}) vs {cj.predicate}({cj.actor_key},"
        f"{cj.patient_key}) cos {chain.sim[i, j]:.2f} :: {ci.text[:50]!r} / {cj.text[:50]!r}"
    )
    return ("grouping" if r == "aligned" else "rejected: " + r), detail


def blockers(chain, g: dict, labels, spans, key_of, stage: str) -> list[tuple[str, str, str]]:
    """[(gold article key, reason, detail)] for one missed gold claim."""
    nodes = chain.nodes
    cid = g["id"]
    mine = {i for i, lab in enumerate(labels) if cid in lab}
    group = diag._best(chain.groups, mine, nodes) or []
    in_group = {nodes[i].claim.article for i in group if i in mine}
    id_of = {k: a for a, k in key_of.items()}
    out = []
    for key in g["support"]:
        aid = id_of.get(key)
        if aid is None or aid in in_group:
            continue
        own = [i for i in mine if nodes[i].claim.article == aid]
        if not own:
            span = (spans.get(cid, {}).get(key) or [(0, 0)])[0]
            out.append((key, "no claim", _verbs(chain.ctx, aid, span)))
            continue
        others = [i for i in group if nodes[i].claim.article != aid] or [
            i for i in mine if nodes[i].claim.article != aid
        ]
        out.append((key, *article_reason(chain, own, others)))
    if not out:
        reason = "need" if stage == "below threshold" else "group: " + stage
        out.append(("-", reason, ""))
    return out


def diagnose(name, ctx, arts, gold, key_of, verbose: bool) -> tuple[Counter, Counter]:
    """(per-article reason counts, per-claim stage counts) of one story or set."""
    from consilience.brief import build_brief

    brief = build_brief(ctx)
    texts = {key_of[a.id]: a.text for a in arts}
    covered = claims_bench.covered_claims(brief, gold, texts, key_of)
    chain = diag.Chain(ctx, brief)
    labels = diag._labels(chain, gold, texts, key_of)
    spans = claims_bench.support_spans(gold, texts)
    reasons: Counter = Counter()
    stages: Counter = Counter()
    res = claims_bench.score(brief, gold, texts, key_of)
    stages["items"], stages["faithful"] = res["items"], res["faithful"]
    for t in res["not_faithful"] if verbose else ():
        print(f"  {name} NOT FAITHFUL: {t}")
    for g in gold.get("claims", []):
        if len(g["support"]) < 3:
            continue
        ceiling = diag._gold_sources(chain, g, texts, key_of)
        stage, _detail = diag.follow(chain, g["id"], labels, covered, ceiling)
        stages[stage] += 1
        stages["total"] += 1
        if stage in ("recalled", "unreachable"):
            continue
        for key, reason, detail in blockers(chain, g, labels, spans, key_of, stage):
            reasons[reason] += 1
            if verbose:
                print(f"  {name} {g['id']:6s} {key[:14]:14s} {reason:28s} {detail}")
    return reasons, stages


def _all_sets(argv: list[str]):
    if "--all" in argv:
        out = []
        for s in SETS:
            out += diag.folder_sets(ROOT / "bench" / "annotations" / s)
        return out + diag._sets(None)
    only = argv[argv.index("--set") + 1] if "--set" in argv else None
    return diag._sets(only)


def main(argv: list[str] | None = None) -> tuple[Counter, Counter]:
    argv = sys.argv[1:] if argv is None else argv
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    reasons: Counter = Counter()
    stages: Counter = Counter()
    rows: dict[str, Counter] = {}
    for name, arts, gold, key_of in _all_sets(argv):
        ctx = ctx_cache.context(arts, cache)
        r, s = diagnose(name, ctx, arts, gold, key_of, "-v" in argv)
        reasons.update(r)
        stages.update(s)
        rows.setdefault(_row(name, gold), Counter()).update(s)
    print("blocker (per gold article outside the best group)   count")
    for reason, n in reasons.most_common():
        print(f"  {reason:50s} {n:5d}")
    for row, c in [*rows.items(), ("all", stages)]:
        print(
            f"{row:12s} recalled {c['recalled']}/{c['total']} (unreachable {c['unreachable']})"
            f"  faithful {c['faithful']}/{c['items']}"
        )
    return reasons, stages


def _row(name: str, gold: dict) -> str:
    """The set a story belongs to: its held-out folder (story ids start with the set's
    letter), ``fixtures`` or the gold set's name."""
    if name.startswith("fixture"):
        return "fixtures"
    if name in ("seeds", "demo"):
        return name
    return {"t": "heldout_s5", "u": "heldout_s6", "v": "heldout_s7", "w": "heldout_s8"}.get(
        name[:1], name
    )


if __name__ == "__main__":
    main()
