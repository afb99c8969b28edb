"""Diagnostic: why each gold figure conflict of a held-out set was or was not found.

    python bench/figures_s10_diag.py bench/annotations/heldout_s9 [story-substring]

For every gold conflict of kind ``quantity`` it prints, per article snippet, the figures
read inside the snippet (text, dimension, value, measure, entity, noun, slot key from
:func:`reconcile.slot_key`) and the slot the figure ended in after grouping
(:func:`reconcile._group`: merges by owner, noun, set and sentence similarity), then a
verdict: sides never read, sides in different slots, or one slot and what
:func:`reconcile.reconcile_slot` made of it. It then lists the brief's quantity conflicts
that match no gold conflict with their slot's readings.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))


def _inside(q, text: str, snippet: str) -> bool:
    """Figure ``q`` overlaps an occurrence of ``snippet`` in ``text``."""
    i = -1
    while (i := text.find(snippet, i + 1)) >= 0:
        if q.start < i + len(snippet) and i < q.end:
            return True
    return False


def _slot_of(groups: dict, q) -> tuple | None:
    for key, qs in groups.items():
        if any(x is q for x in qs):
            return key
    return None


def _row(name: str, q, groups: dict) -> str:
    from consilience.reconcile import slot_key

    return (
        f"    {name[:14]:14} {q.text[:30]!r:32} {q.dimension[:9]:9} {q.value:g} "
        f"m={q.measure!r} e={q.entity!r} n={q.noun!r} qual={q.qualifier!r}\n"
        f"{'':19}key={slot_key(q)} -> slot={_slot_of(groups, q)}"
    )


def _verdict(ctx, groups: dict, sides: dict[str, list]) -> str:
    from consilience.reconcile import reconcile_slot

    read = {n: qs for n, qs in sides.items() if qs}
    if len(read) < len(sides):
        return "NOT READ: " + ", ".join(n for n in sides if not sides[n])
    slots = {n: {_slot_of(groups, q) for q in qs} - {None} for n, qs in read.items()}
    common = set.intersection(*slots.values()) if slots else set()
    if not common:
        return "DIFFERENT SLOTS (or unkeyed)"
    out = []
    for key in common:
        res = reconcile_slot(ctx, key, groups[key])
        kind = "none" if res is None else ",".join(k for k in res if k != "more")
        upd = res and res.get("conflicts", {}).get("update")
        out.append(f"one slot {key}: {kind}{' (update)' if upd else ''}")
    return "; ".join(out)


def story(folder: Path) -> None:
    """Print the diagnosis of one story folder."""
    from realstyle_bench import _matches, load_story

    from consilience.model import Story
    from consilience.pipeline import context_from_articles, finished_brief
    from consilience.reconcile import _group

    arts, names, gold = load_story(folder)
    ctx = context_from_articles(arts, Story("s", arts[0].title or "", [a.id for a in arts]))
    brief = finished_brief(ctx)
    groups = _group(ctx)
    texts = {a.id: a.text for a in arts}
    by_name = {n: aid for aid, n in names.items()}
    print("==", folder.name)
    for g in gold.get("conflicts", []):
        if g["kind"] != "quantity":
            continue
        found = any(_matches(p, g, texts, names) for p in brief.get("conflicts", []))
        print(f"  [{'FOUND' if found else 'missed'}] {g['subject']} (outliers {g['outliers']})")
        sides = {}
        for name, snippet in g["values"].items():
            aid = by_name[name]
            qs = [q for q in ctx.extractions[aid].quantities if _inside(q, texts[aid], snippet)]
            sides[name] = qs
            if not qs:
                print(f"    {name[:14]:14} {snippet!r}: no figure read")
            for q in qs:
                print(_row(name, q, groups))
        print("    ->", _verdict(ctx, groups, sides))
    for p in brief.get("conflicts", []):
        if p.get("kind") != "quantity":
            continue
        pool = gold.get("updates", []) if p.get("update") else gold.get("conflicts", [])
        if not any(_matches(p, g, texts, names) for g in pool):
            print(f"  [FALSE] {p.get('subject')} update={bool(p.get('update'))}")
            for r in p.get("readings", []):
                print(f"    {names.get(r['article'], '?')[:14]:14} {r.get('text')!r}")


def main(argv: list[str]) -> None:
    """Diagnose every story folder of ``argv[1]`` whose name contains ``argv[2]``."""
    only = argv[2] if len(argv) > 2 else ""
    for folder in sorted(Path(argv[1]).iterdir()):
        if folder.is_dir() and only in folder.name and (folder / "gold.json").is_file():
            story(folder)


if __name__ == "__main__":
    main(sys.argv)
