"""The statements row of a held-out set (session s11): fact conflicts found / reported /
real, with each reported fact conflict and whether it matches a gold conflict.

    python bench/statements_row_s11.py --set bench/annotations/heldout_s9 [--quiet] [--src DIR]

Scoring is :func:`realstyle_bench.score_conflicts`'s (a brief conflict is real when its
citations cover the gold snippets of an outlier and of a non-outlier of one gold conflict),
restricted to kind ``fact``: found = gold fact conflicts matched by any brief conflict;
reported = the brief's fact conflicts; real = those that match a gold conflict.
``--quiet`` prints the totals only (for a set kept unseen). ``--src DIR`` imports
``consilience`` from DIR (another checkout, for a before/after comparison) instead of this
one's ``src``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> None:
    from realstyle_bench import _matches, brief_of, load_story, set_dir

    if "--src" in argv:  # realstyle_bench put this checkout's src first; put DIR before it
        sys.path.insert(0, argv[argv.index("--src") + 1])

    data, quiet = set_dir(argv), "--quiet" in argv
    found = gold_n = reported = real = 0
    for folder in sorted(p for p in data.iterdir() if (p / "gold.json").is_file()):
        arts, names, gold = load_story(folder)
        brief = brief_of(arts)
        texts = {a.id: a.text for a in arts}
        facts = [g for g in gold.get("conflicts", []) if g["kind"] == "fact"]
        preds = [p for p in brief.get("conflicts", []) if p.get("kind") == "fact"]
        every = gold.get("conflicts", [])
        gold_n += len(facts)
        found += sum(any(_matches(p, g, texts, names) for p in brief["conflicts"]) for g in facts)
        for p in preds:
            ok = any(_matches(p, g, texts, names) for g in every)
            reported, real = reported + 1, real + ok
            if not quiet:
                print(f"{folder.name[:16]} {'REAL ' if ok else 'FALSE'} {p['subject'][:70]}")
                for r in p["readings"]:
                    print(f"      {names.get(r['article'])} | {' '.join(r['text'].split())[:90]}")
    print(f"{data.name}: statements found {found}/{gold_n}, reported {reported}, real {real}")


if __name__ == "__main__":
    main(sys.argv[1:])
