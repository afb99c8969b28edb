"""Date conflicts and timeline of whole briefs on the real-style sets, scored per kind ``date``.

    python bench/dates_s6_conflicts.py [--set DIR] [--timeline]

Briefs each story folder as one story (as ``realstyle_bench`` does) and prints, for the
conflicts of kind ``date`` only: gold date conflicts found (recall), date conflicts reported
that match a gold conflict of any kind (precision), each miss and false one; ``--timeline``
also prints every timeline entry (date, precision, first 90 characters). Default set:
``realstyle_s4``. Scoring is ``realstyle_bench.score_conflicts``' matching rule.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from realstyle_bench import _matches, brief_of, load_story, set_dir  # noqa: E402


def score_story(folder: Path, timeline: bool) -> tuple[int, int, int, int]:
    """(gold date conflicts, found, date conflicts reported, true) of one story; prints the
    misses, the false conflicts and, with ``timeline``, the timeline."""
    arts, names, gold = load_story(folder)
    brief = brief_of(arts)
    texts = {a.id: a.text for a in arts}
    gold_d = [g for g in gold.get("conflicts", []) if g["kind"] == "date"]
    preds = [p for p in brief.get("conflicts", []) if p.get("kind") == "date"]
    found = [any(_matches(p, g, texts, names) for p in preds) for g in gold_d]
    tp = 0
    print(f"== {folder.name}")
    for p in preds:
        ok = any(_matches(p, g, texts, names) for g in gold.get("conflicts", []))
        tp += ok
        vals = [(names[r["article"]], r["text"], r["value"]) for r in p["readings"]]
        print(f"  {'TRUE' if ok else 'FALSE'} date conflict: {p['subject'][:80]!r} {vals}")
    for g, f in zip(gold_d, found, strict=True):
        if not f:
            print(f"  missed: {g['subject']} {json.dumps(g['values'])}")
    if timeline:
        for e in brief.get("timeline", []):
            arts_ = ",".join(names[a][:1] for a in e["articles"])
            print(f"    {e['date']:10} {e['precision']:5} [{arts_}] {e['text'][:90]!r}")
    return len(gold_d), sum(found), len(preds), tp


def main(argv: list[str]) -> dict[str, str]:
    """Score every story folder of the set; print and return the totals."""
    data = set_dir(argv)
    tot = [0, 0, 0, 0]
    for folder in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
        for k, v in enumerate(score_story(folder, "--timeline" in argv)):
            tot[k] += v
    res = {
        "set": data.name,
        "date_conflict_recall": f"{tot[1]}/{tot[0]}",
        "date_conflict_precision": f"{tot[3]}/{tot[2]}",
    }
    print(json.dumps(res))
    return res


if __name__ == "__main__":
    main(sys.argv[1:])
