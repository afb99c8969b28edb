"""Labelled fact conflicts of every held-out set: the data for a veto on fact conflicts.

    python bench/statements_veto_data.py --cache DIR --out FILE.json [--sets heldout_s20 ...]

Each story's brief is built as ``bench/pooled_sets.py`` builds it; every emitted fact conflict
(not an update) is labelled true when it matches a gold conflict (``realstyle_bench._matches``)
and keeps its citations, so features can be read later from the cached context. Each row
records which gold conflicts it matches, and each story which gold conflicts other conflicts
find, so a veto's recall cost is counted. (Session 25: 102 of 116 emitted fact conflicts
were true, pooled over heldout_s5 ... s24; a logistic veto over sentence cosine, shared
content and name lemmas, shared subject, speech, embedding, length and modality, fitted
leave one set out, vetoed no false conflict and one true one, so none is shipped.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_heldout_bench as chb  # noqa: E402
import ctx_cache  # noqa: E402
import pooled_sets  # noqa: E402
import realstyle_bench as rsb  # noqa: E402


def story_rows(folder: Path, cache: Path | None) -> dict:
    """Fact conflicts of one story with label and features, and gold -> matching indices."""
    from consilience.pipeline import finished_brief

    arts, names, gold = chb.load_story(folder)
    ctx = ctx_cache.context(arts, cache)
    brief = finished_brief(ctx)
    texts = {a.id: a.text for a in arts}
    preds = [
        c for c in brief.get("conflicts", []) if c.get("kind") == "fact" and not c.get("update")
    ]
    rows = []
    golds = gold.get("conflicts", [])
    for c in preds:
        hits = [i for i, g in enumerate(golds) if rsb._matches(c, g, texts, names)]
        rows.append(
            {
                "subject": c.get("subject"),
                "explanation": c.get("explanation"),
                "texts": [r.get("text", "")[:300] for r in c.get("readings", [])],
                "label": bool(hits),
                "golds": hits,
                "readings": [r.get("citation") for r in c.get("readings", [])],
            }
        )
    others = [c for c in brief.get("conflicts", []) if c.get("kind") != "fact" or c.get("update")]
    other_hits = sorted(
        {i for c in others for i, g in enumerate(golds) if rsb._matches(c, g, texts, names)}
    )
    return {
        "story": folder.name,
        "folder": str(folder),
        "rows": rows,
        "gold_kinds": [g["kind"] for g in golds],
        "other_hits": other_hits,
    }


def main() -> None:
    """Write the labelled rows of every set (or ``--sets``) to ``--out``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="+")
    ap.add_argument("--cache")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    sets = (
        [pooled_sets._set_path(n) for n in args.sets] if args.sets else pooled_sets.default_sets()
    )
    cache = Path(args.cache) if args.cache else None
    out = {}
    for s in sets:
        stories = sorted(p for p in s.iterdir() if (p / "gold.json").is_file())
        out[s.name] = [story_rows(p, cache) for p in stories]
        n = sum(len(r["rows"]) for r in out[s.name])
        t = sum(x["label"] for r in out[s.name] for x in r["rows"])
        print(f"{s.name}: {t}/{n} true", flush=True)
    Path(args.out).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
