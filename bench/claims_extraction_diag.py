"""Claim extraction diagnostic: what did the extractor make of each gold support string?

    python bench/claims_extraction_diag.py            # gold claims (>= 3 articles) not recalled
    python bench/claims_extraction_diag.py --all      # every gold claim with >= 3 articles
    python bench/claims_extraction_diag.py --set demo # one gold set (seeds, demo, fixture f1..)
    python bench/claims_extraction_diag.py --heldout bench/annotations/heldout_s5  # a held-out set

For every gold claim stated by three or more articles that no faithful consensus item covers
(scored as ``bench/claims_bench.py`` does; ``--all``: every such claim), prints per article and support string the claims
extracted from the stored text that overlap it (kind, predicate, frame, actor/patient keys,
modality, polarity, attribution), then, for the best-scoring pair of those claims across
each two articles, whether the aligner would pair them and the first reason it would not.
The last lines sum up per set: support strings without any claim, and the article pairs of
a gold claim that have a claim pair with one frame and a shared argument key (what extraction
owes the aligner) and that the aligner pairs.
"""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import corpora  # noqa: E402


def _describe(c) -> str:
    neg = " NEG" if c.negated else ""
    attr = f" attr={c.attribution!r}" if c.attribution else ""
    attr += f" office={c.office!r}" if getattr(c, "office", None) else ""
    return (
        f"[{c.kind}] {c.predicate}/{c.frame}{neg} {c.modality} "
        f"actor={c.actor_key!r} {c.actor_keys} patient={c.patient_key!r}{attr} "
        f"figs={len(c.figures)} dates={c.dates} :: {c.text[:110]!r}"
    )


def _why_not(align, a, b, cos: float) -> str:
    ca, cb = a.claim, b.claim
    if cos < align.ALIGN_COSINE:
        return f"cos {cos:.2f} < ALIGN_COSINE"
    if align.figures_disagree(ca, cb):
        return "figures disagree"
    if align.dates_disagree(ca, cb):
        return "dates disagree"
    if align.opposed(ca, cb) or ca.negated != cb.negated:
        return f"opposed ({align.opposed(ca, cb)})"
    if ca.frame != cb.frame and cos < align.PARAPHRASE_COSINE:
        return f"frames {ca.frame}/{cb.frame}, cos {cos:.2f}"
    if align._different_actors(ca, cb):
        return f"different actors {ca.actor_keys}/{cb.actor_keys}"
    if align._different_states(ca, cb, cos):
        return "different states"
    if not align.candidate(a, b, cos):
        return f"no shared key (cos {cos:.2f})"
    p = align.alignment_score(a, b, cos)
    return f"ALIGNED p={p:.2f}" if p >= align.ALIGN_PROBABILITY else f"score {p:.2f} low"


def diagnose(name, arts, gold, key_of, show_all: bool) -> dict[str, int]:
    """Print the diagnosis of one gold set; returns counts of support strings with and
    without an overlapping claim."""
    from consilience import align
    from consilience.brief import build_brief

    ctx = corpora.build_context(arts)
    brief = build_brief(ctx)
    texts = {key_of[a.id]: a.text for a in arts}
    id_of = {key_of[a.id]: a.id for a in arts}
    covered = claims_bench.covered_claims(brief, gold, texts, key_of)
    nodes, vecs = align.story_nodes(ctx)
    sim = vecs @ vecs.T
    counts = {"support": 0, "no_claim": 0, "pairs": 0, "aligned": 0, "frame_key": 0}
    print(f"=== {name}")
    for g in gold.get("claims", []):
        if len(g["support"]) < 3 or (g["id"] in covered and not show_all):
            continue
        mark = "RECALLED" if g["id"] in covered else "missed"
        print(f"--- {g['id']} ({mark}) {g['claim'][:100]}")
        picked: dict[str, list[int]] = {}
        for key, strings in g["support"].items():
            aid = id_of.get(key)
            if aid is None:
                continue
            for s in strings:
                span = claims_bench.locate(texts[key], s)
                counts["support"] += 1
                print(f"  {key}: {s[:100]!r}")
                if span is None:
                    print("      (support string not found in stored text)")
                    continue
                hits = [
                    i
                    for i, n in enumerate(nodes)
                    if n.claim.article == aid
                    and claims_bench._overlaps(span, (n.claim.start, n.claim.end))
                ]
                if not hits:
                    counts["no_claim"] += 1
                    print("      NO CLAIM overlaps")
                for i in hits:
                    print(f"      {_describe(nodes[i].claim)}")
                picked.setdefault(aid, []).extend(hits)
        for x, y in combinations(sorted(picked), 2):
            pairs = [(float(sim[i, j]), i, j) for i in picked[x] for j in picked[y]]
            if not pairs:
                continue
            best = max(pairs, key=lambda p: align.alignment_score(nodes[p[1]], nodes[p[2]], p[0]))
            cos, i, j = best
            counts["pairs"] += 1
            counts["aligned"] += align.aligned(nodes[i], nodes[j], cos)
            counts["frame_key"] += any(
                nodes[a].claim.frame == nodes[b].claim.frame and bool(nodes[a].keys & nodes[b].keys)
                for _c, a, b in pairs
            )
            print(f"    pair {x}~{y}: {_why_not(align, nodes[i], nodes[j], cos)}")
    return counts


def heldout_sets(folder: Path) -> list[tuple[str, list, dict, dict]]:
    """(story name, articles, gold, article id -> file name) of each story of a held-out
    set folder (the format ``bench/claims_heldout_bench.py`` scores)."""
    import claims_heldout_bench

    out = []
    for story in sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()):
        arts, names, gold = claims_heldout_bench.load_story(story)
        out.append((story.name, arts, gold, names))
    return out


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    only = argv[argv.index("--set") + 1] if "--set" in argv else None
    summaries: list[str] = []
    if "--heldout" in argv:
        found = heldout_sets(Path(argv[argv.index("--heldout") + 1]))
    else:
        found = claims_bench.sets()
    for name, arts, gold, key_of in found:
        if name.startswith("fixture") and only is None:
            continue
        if only is not None and name != only:
            continue
        counts = diagnose(name, arts, gold, key_of, "--all" in argv)
        summaries.append(
            f"{name}: {counts['no_claim']}/{counts['support']} support strings without a claim;"
            f" article pairs of a gold claim with a same-frame, shared-key claim pair"
            f" {counts['frame_key']}/{counts['pairs']}, aligned {counts['aligned']}/{counts['pairs']}"
        )
    print("\n".join(summaries))


if __name__ == "__main__":
    main()
