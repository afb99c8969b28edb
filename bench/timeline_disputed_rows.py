"""Every timeline row marked disputed in the briefs of held-out sets, with its dates and the
sentences it cites, for checking by hand that each is a real date or statement conflict
(issue #12, s11 kind 5). Not a score: a listing.

    python bench/timeline_disputed_rows.py bench/annotations/heldout_s9 [more sets ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_heldout_bench  # noqa: E402


def disputed_rows(folder: Path) -> list[str]:
    """Lines describing the disputed timeline rows of the brief of one story folder."""
    articles, names, _gold = claims_heldout_bench.load_story(folder)
    brief = claims_heldout_bench.brief_of(articles)
    texts = {a.id: a.text for a in articles}
    out = []
    for row in brief.get("timeline", []):
        if not row.get("disputed"):
            continue
        why = row.get("disputed_statements") or "date"
        dates = row.get("dates") or [row.get("date")]
        out.append(f"  {row.get('date')} {dates} ({why}): {row.get('text', '')[:140]!r}")
        for m in row.get("mentions") or []:
            c = m.get("citation") or {}
            if "article" in c:
                said = texts[c["article"]][c["start"] : c["end"]]
                out.append(f"      {names[c['article']]} {m.get('date')}: {said[:120]!r}")
    return out


def main(argv: list[str]) -> None:
    for data in argv:
        for folder in sorted(p for p in Path(data).iterdir() if (p / "gold.json").exists()):
            print(f"== {folder.name}")
            print("\n".join(disputed_rows(folder)))


if __name__ == "__main__":
    main(sys.argv[1:])
