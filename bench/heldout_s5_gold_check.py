"""Check the held-out s5 gold against the raw article files, without running consilience.

    python bench/heldout_s5_gold_check.py [SET_DIR]

For every story folder of ``SET_DIR`` (default ``bench/annotations/heldout_s5``) every string
of ``gold.json`` (claim support, ``unique``, ``never``, statement-conflict readings, conflict
and update ``values``) must be an exact substring of the body (text after the front matter)
of the file it names, and every quote must name a file of the folder. Prints one line per
problem and a count; exit status 1 when there is any problem.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "bench" / "annotations" / "heldout_s5"


def body(path: Path) -> str:
    """The text of ``path`` after its ``---`` front matter (the whole text when none)."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            return text[end + 5 :]
    return text


def gold_strings(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """(file name, string) of every string of ``gold`` that must occur in that file."""
    pairs = [(k, s) for c in gold.get("claims", []) for k, ss in c["support"].items() for s in ss]
    pairs += [(u["article"], u["text"]) for u in gold.get("unique", []) + gold.get("never", [])]
    for item in gold.get("statement_conflicts", []):
        pairs += list(item["readings"].items())
    for item in gold.get("conflicts", []) + gold.get("updates", []):
        pairs += list(item["values"].items())
    return pairs


def check_story(folder: Path) -> list[str]:
    """Problems of one story folder's gold (empty when it is consistent)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: body(p) for p in folder.glob("*.md")}
    out = [f"{folder.name}: {k}: not a file" for k, _ in gold_strings(gold) if k not in texts]
    out += [
        f"{folder.name}: {k}: {s[:70]!r}"
        for k, s in gold_strings(gold)
        if k in texts and s not in texts[k]
    ]
    out += [
        f"{folder.name}: quote of unknown file {q['article']}"
        for q in gold.get("quotes", [])
        if q["article"] not in texts
    ]
    for item in gold.get("conflicts", []) + gold.get("updates", []):
        out += [f"{folder.name}: outlier {o} has no value" for o in item["outliers"]
                if o not in item["values"]]  # fmt: skip
    return out


def main(argv: list[str]) -> int:
    """Check every story of the set; 0 when all gold strings are found, else 1 (2 for an
    option or a folder that is not there, with a one-line message)."""
    if argv and argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2].strip())
        return 0 if argv[0] in ("-h", "--help") else 2
    root = Path(argv[0]) if argv else DEFAULT
    if not root.is_dir():
        print(f"{root}: no such folder of story folders", file=sys.stderr)
        return 2
    problems = [p for d in sorted(root.iterdir()) if (d / "gold.json").is_file()
                for p in check_story(d)]  # fmt: skip
    for p in problems:
        print(p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
