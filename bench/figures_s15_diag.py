"""Diagnosis (not a benchmark): every figure of one story folder with its slot key, then the
figure conflicts, updates and corroborated slots the reconciler builds from them.

    python bench/figures_s15_diag.py STORY_DIR [--cache DIR] [--all] [--grep WORD]

With ``--cache DIR`` the spaCy analyses and vectors are pickled there (keyed by the articles'
texts) and the figures are extracted again on every run, so changes to the extractor and the
reconciler show without re-analysing. ``--all`` lists every figure, else only slotted ones.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _ctx(folder: Path, cache: Path | None):
    from realstyle_bench import load_story

    from consilience.model import Story
    from consilience.pipeline import context_from_articles

    arts, names, _gold = load_story(folder)
    key = hashlib.sha256("".join(a.id + a.text for a in arts).encode()).hexdigest()[:16]
    path = cache / f"{folder.name}-{key}.pkl" if cache else None
    if path and path.is_file():
        ctx = pickle.loads(path.read_bytes())
    else:
        story = Story("s", arts[0].title or "", [a.id for a in arts])
        ctx = context_from_articles(arts, story)
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pickle.dumps(ctx))
    return ctx, names


def main() -> None:
    """Print the figures and the figure conflicts of one story folder."""
    from consilience.quantities import extract_quantities
    from consilience.reconcile import build_quantities, slot_key

    ap = argparse.ArgumentParser()
    ap.add_argument("story")
    ap.add_argument("--cache")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--grep")
    args = ap.parse_args()
    ctx, names = _ctx(Path(args.story), Path(args.cache) if args.cache else None)
    for an in ctx.analyses:
        ctx.extractions[an.article.id].quantities = extract_quantities(an)
    for aid in ctx.story.articles:
        print(f"== {names[aid]} ({ctx.analyses[0].article.published if False else ''})")
        for q in ctx.extractions[aid].quantities:
            key = slot_key(q)
            line = (
                f"  {q.text!r:40} {q.value:g} {q.unit} {q.dimension} q={q.qualifier} "
                f"noun={q.noun} measure={q.measure} ent={q.entity} -> {key}"
            )
            if (key or args.all) and (not args.grep or args.grep.lower() in line.lower()):
                print(line)
    res = build_quantities(ctx)
    for kind in ("conflicts", "corroborated"):
        print(f"## {kind}")
        for e in res[kind]:
            flag = " UPDATE" if e.get("update") else ""
            print(f"- {e.get('subject')}{flag}")
            for r in e["readings"]:
                print(f"    {names[r['article']]}: {r['text']!r} = {r.get('value')}")


if __name__ == "__main__":
    main()
