"""Independent sources and near-copy direction on a held-out set (issue #12, session 7).

    python bench/provenance_s7_bench.py [--set DIR] [--details]

For every gold claim that marks ``independent_sources: 1`` (the articles stating it rest on
one report: an outlet's own stories, near-copies of one wire, articles citing one outlet),
count :func:`consilience.provenance.independent_sources` over its articles with the gold
support strings as citations; a claim is right when the count is 1. Also prints, with
``--details``, each article's cited sources, the report it rests on and the story's
near-copies (copy -> original), for reading by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _citations(ctx, support: dict[str, list[str]], ids: dict[str, str]) -> list[dict]:
    out = []
    for name, strings in support.items():
        aid = ids.get(name)
        if aid is None:
            continue
        text = ctx.analysis(aid).article.text
        for s in strings:
            at = text.find(s)
            if at >= 0:
                out.append({"article": aid, "start": at, "end": at + len(s)})
    return out


def score_story(folder: Path, details: bool) -> tuple[int, int]:
    """(claims counted as one source, claims marked one source) of one story folder."""
    from realstyle_bench import load_story

    from consilience.model import Story
    from consilience.pipeline import context_from_articles
    from consilience.provenance import build_provenance, duplicates_of, independent_sources

    arts, names, gold = load_story(folder)
    ctx = context_from_articles(arts, Story("s", arts[0].title or "", [a.id for a in arts]))
    ids = {n: a for a, n in names.items()}
    right = marked = 0
    print(f"== {folder.name}")
    for claim in gold.get("claims", []):
        if claim.get("independent_sources") != 1:
            continue
        marked += 1
        aids = [ids[n] for n in claim["support"] if n in ids]
        got = independent_sources(ctx, aids, _citations(ctx, claim["support"], ids))
        right += got == 1
        if details or got != 1:
            print(f"  {claim['id']}: {got} independent ({', '.join(claim['support'])})")
    if details:
        prov = build_provenance(ctx)
        for item in prov["provenance"]:
            cites = ", ".join(f"{c['source']} ({c['cue']})" for c in item["cites"])
            print(f"  {names[item['article']]}: rests on {item['rests_on']}; cites {cites}")
        for copy, orig in duplicates_of(ctx).items():
            print(f"  near-copy: {names[copy]} copies {names[orig]}")
    return right, marked


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(ROOT / "bench" / "annotations" / "heldout_s6"))
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    total = [0, 0]
    for folder in sorted(Path(args.set).iterdir()):
        if (folder / "gold.json").is_file():
            r, m = score_story(folder, args.details)
            total[0] += r
            total[1] += m
    print(json.dumps({"one_source_claims_right": f"{total[0]}/{total[1]}"}))


if __name__ == "__main__":
    main()
