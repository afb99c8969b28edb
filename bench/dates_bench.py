"""Date benchmark: resolution of real-news date phrasing, per kind, and same-event conflicts.

Gold: ``bench/annotations/dates_kinds.json`` (sentences written for this benchmark).

* ``items``: one sentence each, with its publication date and the date expressions a careful
  reader resolves (span text, ISO date, precision and, for a span of years, ``until``).
  A predicted date matches a gold one when their character spans overlap and date,
  precision and ``until`` are equal; matching is one-to-one. Per kind: recall = matched /
  gold dates, precision = matched / predicted dates (a prediction on a sentence whose gold
  is empty, such as "a 2,000-year-old coin", counts against precision).
* ``conflicts``: small stories of two articles; ``expected`` date conflicts (1 when both
  date the same event differently, 0 for two different events that share a subject).
  Per kind: the stories whose number of conflicts is the expected one.

Run: ``python bench/dates_bench.py`` (``--no-conflicts`` skips the part that embeds).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import corpora  # noqa: E402  (bench/corpora.py: the annotated corpora the benchmarks share)

GOLD = ROOT / "bench" / "annotations" / "dates_kinds.json"


def load_gold(path: Path = GOLD) -> dict[str, Any]:
    """The gold file as a dict: {"items": [...], "conflicts": [...]}."""
    return json.loads(path.read_text(encoding="utf-8"))


def predict(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Dates extracted from one gold item's sentence: [{start, end, date, precision, until}]."""
    from consilience.analyse import analyse
    from consilience.dates import extract_dates
    from consilience.model import Article

    art = Article(id="x", source="x.txt", text=item["text"], published=item["published"])
    (analysis,) = analyse([art])
    return [
        {
            "start": m.start,
            "end": m.end,
            "date": m.date,
            "precision": m.precision,
            "until": getattr(m, "until", None),
        }
        for m in extract_dates(analysis)
    ]


def score_item(item: dict[str, Any], pred: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(matched, gold, predicted) for one item; raises ValueError if a gold span is absent."""
    used: set[int] = set()
    matched = 0
    for g in item["gold"]:
        start = item["text"].find(g["span"])
        if start < 0:
            raise ValueError(f"gold span {g['span']!r} not in {item['text']!r}")
        end = start + len(g["span"])
        for k, p in enumerate(pred):
            same = (p["date"], p["precision"], p["until"]) == (
                g["date"],
                g["precision"],
                g.get("until"),
            )
            if k not in used and p["start"] < end and start < p["end"] and same:
                used.add(k)
                matched += 1
                break
    return matched, len(item["gold"]), len(pred)


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0 = -"


def resolution(gold: dict[str, Any], verbose: bool = True) -> dict[str, dict[str, int]]:
    """Per kind {matched, gold, predicted} over the gold items; prints one line per kind."""
    per_kind: dict[str, dict[str, int]] = {}
    for item in gold["items"]:
        pred = predict(item)
        m, g, p = score_item(item, pred)
        row = per_kind.setdefault(item["kind"], {"matched": 0, "gold": 0, "predicted": 0})
        row["matched"] += m
        row["gold"] += g
        row["predicted"] += p
        if verbose and (m < g or m < p):
            got = [(item["text"][x["start"] : x["end"]], x["date"]) for x in pred]
            print(f"   miss [{item['kind']}] {item['text']!r}: got {got}")
    total = {k: sum(r[k] for r in per_kind.values()) for k in ("matched", "gold", "predicted")}
    for kind, r in [*sorted(per_kind.items()), ("ALL", total)]:
        print(
            f"{kind:22s} recall {_ratio(r['matched'], r['gold']):16s}"
            f" precision {_ratio(r['matched'], r['predicted'])}"
        )
    return {**per_kind, "ALL": total}


def conflicts(gold: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Per kind {right, stories}: stories whose number of date conflicts is the expected one."""
    from consilience.dates import build_timeline
    from consilience.model import Article

    per_kind: dict[str, dict[str, int]] = {}
    for case in gold["conflicts"]:
        arts = [
            Article(id=k, source=f"{k}.txt", text=v, published=case["published"])
            for k, v in case["articles"].items()
        ]
        found = len(build_timeline(corpora.build_context(arts))["conflicts"])
        row = per_kind.setdefault(case["kind"], {"right": 0, "stories": 0})
        row["stories"] += 1
        row["right"] += int(found == case["expected"])
    for kind, r in sorted(per_kind.items()):
        print(f"conflicts {kind:16s} right {_ratio(r['right'], r['stories'])}")
    return per_kind


def timelines() -> dict[str, dict[str, Any]]:
    """Timeline recall on the annotated corpora (seeds, demo, fixtures), each when present:
    a gold date is found when an entry has it (at the gold precision) citing a gold article."""
    from consilience.dates import build_timeline

    sets = [
        ("seeds", corpora.seed_articles, corpora.seeds_gold, lambda a: a.id),
        ("demo", corpora.demo_articles, lambda: corpora.load_gold("demo"), corpora.gold_key),
        (
            "fixtures",
            corpora.fixture_articles,
            lambda: corpora.load_gold("fixtures"),
            corpora.gold_key,
        ),
    ]
    out = {}
    for name, articles, gold_of, key in sets:
        gold, arts = gold_of(), articles()
        if not gold or not arts or not gold.get("timeline"):
            continue
        timeline = build_timeline(corpora.build_context(arts))["timeline"]
        res = corpora.timeline_recall(gold["timeline"], timeline, {a.id: key(a) for a in arts})
        out[name] = res
        print(f"timeline {name:9s} recall {res['found']}/{res['gold']}  entries {res['reported']}")
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run the benchmark; returns {"resolution": per kind, "conflicts": per kind}."""
    argv = sys.argv[1:] if argv is None else argv
    gold = load_gold()
    out: dict[str, Any] = {"resolution": resolution(gold)}
    if "--no-conflicts" not in argv:
        out["conflicts"] = conflicts(gold)
    out["timeline"] = timelines()
    return out


if __name__ == "__main__":
    main()
