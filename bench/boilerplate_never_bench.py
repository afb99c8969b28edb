"""Gold "never" strings of the held-out sets that the boilerplate marking covers.

    python bench/boilerplate_never_bench.py            # every heldout_s* set
    python bench/boilerplate_never_bench.py -v         # and each string it leaves unmarked

Each held-out story's gold.json lists under "never" the strings no brief line may use
(bylines, captions, live-page furniture, a release's labels and end marks). For each such
string found in an article's stored text (read and normalised as ingest does), the bench
asks whether :func:`consilience.boilerplate.is_boilerplate` covers it, and prints the count
(session 18: 535 of 643 at the start, 622 after).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from consilience.boilerplate import is_boilerplate  # noqa: E402
from consilience.normalise import read_articles  # noqa: E402


def main(argv: list[str]) -> None:
    """Print "never strings in stored text N; marked boilerplate M" (and misses with -v)."""
    total = marked = 0
    missed: list[str] = []
    for gold in sorted((ROOT / "bench" / "annotations").glob("heldout_s*/*/gold.json")):
        folder = gold.parent
        read = read_articles(sorted(str(p) for p in folder.glob("*.md")))
        arts = {Path(a.source).name: a for a in read if hasattr(a, "text")}
        for item in json.loads(gold.read_text(encoding="utf-8")).get("never", []):
            text = item.get("text") if isinstance(item, dict) else item
            name = item.get("article") if isinstance(item, dict) else None
            for aname, art in sorted(arts.items()):
                at = art.text.find(text) if text and (name in (None, aname)) else -1
                if at < 0:
                    continue
                total += 1
                if is_boilerplate(art.boilerplate, at, at + len(text), art.text):
                    marked += 1
                else:
                    missed.append(f"{folder.parent.name}/{folder.name}/{aname}: {text[:90]}")
                break
    print(f"never strings in stored text {total}; marked boilerplate {marked}")
    if "-v" in argv:
        print("\n".join(missed))


if __name__ == "__main__":
    main(sys.argv[1:])
