"""Where each gold fact conflict of a held-out set is lost (session s15, a development aid).

    python bench/statements_s15_diag.py [--cache DIR] SET ...

For each gold fact conflict, every pair of claims (two articles, one on an outlier snippet,
one on another) is printed with its clause and sentence cosines, whether the clash index
pairs them, the readings of each side (kind:predicate sign theme) and which reading pairs
clash, the signed words and their denial pairs. Contexts are cached as
``statements_s13_dev.py`` caches them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _on(node, snippet_at) -> bool:
    c = node.claim
    return any(a == c.article and s < c.end and c.start < e for a, s, e in snippet_at)


def _where(g, texts, ids) -> dict[str, list]:
    out = {}
    for name, snip in g["values"].items():
        aid = ids.get(name)
        if aid is None:
            continue
        i, hits = -1, []
        while (i := texts[aid].find(snip, i + 1)) >= 0:
            hits.append((aid, i, i + len(snip)))
        out[name] = hits
    return out


def _show(r) -> str:
    return f"{r.kind}:{r.predicate}{'+' if r.sign > 0 else '-'}{sorted(r.theme)[:3]}"


def story(ctx, gold, texts, names) -> None:
    """Print the diagnosis of every gold fact conflict of one story."""
    import numpy as np

    from consilience.align import story_nodes
    from consilience.clash_index import ClashIndex
    from consilience.denied_matter import denial_pairs
    from consilience.statements import (
        _clash,
        _cosine,
        _node_readings,
        _polar,
        _with_stances,
    )

    nodes, vecs = story_nodes(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    nodes, at = _with_stances(ctx, nodes)
    per = _node_readings(ctx, nodes)
    index = ClashIndex(per)
    paired = set(index.pairs())
    ids = {v: k for k, v in names.items()}
    for g in (g for g in gold["conflicts"] if g["kind"] == "fact"):
        where = _where(g, texts, ids)
        print(f"## {g['subject']}  outliers={g['outliers']}")
        out = [
            n for o in g["outliers"] for n in range(len(nodes)) if _on(nodes[n], where.get(o, []))
        ]
        rest = [
            n
            for f in where
            if f not in g["outliers"]
            for n in range(len(nodes))
            if _on(nodes[n], where[f])
        ]
        for i in out:
            for j in rest:
                a, b = nodes[i], nodes[j]
                if a.claim.article == b.claim.article:
                    continue
                cos = float(sim[at[i], at[j]])
                print(f"  A[{a.claim.kind}] {a.claim.text[:90]!r}")
                print(f"  B[{b.claim.kind}] {b.claim.text[:90]!r}")
                print(
                    f"    cos {cos:.2f} sent {_cosine(a, b, cos):.2f} "
                    f"indexed {(min(i, j), max(i, j)) in paired}"
                )
                print("    RA", [_show(r) for r in per[i]])
                print("    RB", [_show(r) for r in per[j]])
                days = ("", "")
                hits = [(_show(x), _show(y)) for x in per[i] for y in per[j] if _clash(x, y, days)]
                print("    clash", hits)
                wa, wb = _polar(ctx, a), _polar(ctx, b)
                print("    WA", [(w.lemma, w.pos, w.sign) for w in wa][:12])
                print("    WB", [(w.lemma, w.pos, w.sign) for w in wb][:12])
                dp = denial_pairs(wa, wb) + denial_pairs(wb, wa)
                print("    denial", [(d.lemma, w.lemma) for d, w in dp])


def main(argv: list[str]) -> None:
    """Diagnose every story of the sets in ``argv``."""
    from realstyle_bench import load_story
    from statements_s13_dev import _context

    cache = Path("/tmp/statements_s13_ctx")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    for s in argv:
        for folder in sorted(p for p in (ROOT / s).iterdir() if (p / "gold.json").is_file()):
            arts, names, gold = load_story(folder)
            print(f"# {folder.name}")
            story(_context(arts, cache), gold, {a.id: a.text for a in arts}, names)


if __name__ == "__main__":
    main(sys.argv[1:])
