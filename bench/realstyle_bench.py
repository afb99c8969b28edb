"""Real-style held-out benchmark: conflicts and quotes of whole briefs on stories written as
newsrooms write them (wire copy with datelines, live blogs, local papers, broadcasters' web
text with captions, later updates, transcripts, opinion pieces).

    python bench/realstyle_bench.py [--details] [--set DIR]

``--set DIR`` scores another folder of story folders in the same format (for example
``bench/annotations/heldout_s5``); without it the set is ``realstyle_s4``.

Data: ``bench/annotations/realstyle_s4/<story>/`` holds the articles of one story (``.md``
with front matter or ``.txt`` with a byline) and ``gold.json``, written before the tool was
run on them:

* ``conflicts``: every true disagreement (kind ``quantity``, ``date`` or ``fact``), the exact
  text of each article's reading (``values``: file name -> snippet) and which articles are
  the ``outliers``;
* ``updates``: figures that changed over publication times (not disagreements);
* ``quotes``: every direct quote and reported statement with its speaker and direct flag.

Each story is read (``normalise.read_articles``), analysed and briefed in memory exactly as
the CLI does (``pipeline.context_from_articles`` then ``pipeline.finished_brief``).

Conflict scoring: a brief conflict matches a gold item when the citations of its readings
cover the gold snippets of at least two articles, one an outlier and one not. Precision =
brief conflicts matching a gold conflict (or a gold update, when flagged as an update) / all
brief conflicts; recall = gold conflicts matched / gold conflicts. Updates are counted apart.
Quote scoring is ``quotes_bench.score`` (word-token F1 >= 0.3 pairs the quotes; a speaker is
right by ``quotes_bench.speaker_ok``) on the brief's ``quotes`` section.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

DATA = ROOT / "bench" / "annotations" / "realstyle_s4"


def load_story(folder: Path) -> tuple[list, dict[str, str], dict]:
    """(articles, {article id: file name}, gold) of one story folder."""
    from consilience.model import Article
    from consilience.normalise import read_articles

    files = sorted(str(p) for p in folder.iterdir() if p.suffix in (".md", ".txt"))
    arts = [a for a in read_articles(files) if isinstance(a, Article)]
    names = {a.id: Path(a.source).name for a in arts}
    return arts, names, json.loads((folder / "gold.json").read_text())


def brief_of(articles: list) -> dict[str, Any]:
    """The finished brief of ``articles`` taken as one story."""
    from consilience.model import Story
    from consilience.pipeline import context_from_articles, finished_brief

    story = Story("s", articles[0].title or "", [a.id for a in articles])
    return finished_brief(context_from_articles(articles, story))


def _citations(obj: Any) -> list[dict]:
    """Every ``{"article", "start", "end"}`` dict inside ``obj``."""
    out: list[dict] = []
    if isinstance(obj, dict):
        if {"article", "start", "end"} <= obj.keys():
            out.append(obj)
        for v in obj.values():
            out.extend(_citations(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(_citations(v))
    return out


def covered(entry: dict, values: dict[str, str], texts: dict[str, str], names: dict) -> set:
    """File names whose gold snippet overlaps a citation of ``entry``'s readings."""
    hit = set()
    for cit in _citations(entry.get("readings", [])):
        name = names.get(cit["article"])
        snippet = values.get(name)
        if not snippet:
            continue
        text, i = texts[cit["article"]], -1
        while (i := text.find(snippet, i + 1)) >= 0:
            if i < cit["end"] and cit["start"] < i + len(snippet):
                hit.add(name)
    return hit


def _matches(entry: dict, item: dict, texts: dict, names: dict) -> bool:
    cov = covered(entry, item["values"], texts, names)
    out = set(item["outliers"])
    return bool(cov & out) and bool(cov - out)


def score_conflicts(brief: dict, gold: dict, texts: dict, names: dict) -> dict[str, Any]:
    """Per-story conflict counts: gold, found (by kind), predicted, true positives, misses."""
    preds = brief.get("conflicts", [])
    gold_c, gold_u = gold.get("conflicts", []), gold.get("updates", [])
    found = [
        any(not p.get("update") and _matches(p, g, texts, names) for p in preds) for g in gold_c
    ]
    upd = [any(p.get("update") and _matches(p, g, texts, names) for p in preds) for g in gold_u]
    tp, false, judged = 0, [], []
    for p in preds:
        ok = any(_matches(p, g, texts, names) for g in (gold_u if p.get("update") else gold_c))
        tp += ok
        judged.append((p, ok))
        if not ok:
            false.append(f"{p.get('kind')}: {p.get('subject')} update={bool(p.get('update'))}")
    return {
        "gold": len(gold_c),
        "found": sum(found),
        "by_kind": [(g["kind"], f) for g, f in zip(gold_c, found, strict=True)],
        "predicted": len(preds),
        "tp": tp,
        "updates": len(gold_u),
        "updates_found": sum(upd),
        "missed": [
            f"{g['kind']}: {g['subject']}" for g, f in zip(gold_c, found, strict=True) if not f
        ]
        + [f"update: {g['subject']}" for g, f in zip(gold_u, upd, strict=True) if not f],
        "false": false,
        "judged": judged,
    }


def system_quotes(brief: dict) -> list[tuple[str, str, str, bool]]:
    """(article id, speaker, text, direct) of every quote of the brief."""
    return [
        (q["article"], q.get("speaker") or "", q.get("text") or "", bool(q.get("direct")))
        for q in brief.get("quotes", [])
    ]


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def set_dir(argv: list[str]) -> Path:
    """The set folder named by ``--set DIR`` in ``argv`` (a path relative to the current
    directory, else to the repository), or :data:`DATA` without the option.

    Raises SystemExit when ``--set`` has no value."""
    if "--set" not in argv:
        return DATA
    i = argv.index("--set")
    if i + 1 >= len(argv):
        raise SystemExit("--set needs a folder of story folders")
    path = Path(argv[i + 1])
    return path if path.is_dir() or path.is_absolute() else ROOT / path


def run(details: bool = False, data: Path = DATA) -> dict[str, Any]:
    """Score every story folder of ``data``; print one row per story and the totals;
    return the figures."""
    from quotes_bench import score

    t0 = time.perf_counter()
    rows, all_q, all_ids, all_gold = {}, [], {}, []
    stories = sorted(p for p in data.iterdir() if p.is_dir() and (p / "gold.json").is_file())
    for k, folder in enumerate(stories):
        arts, names, gold = load_story(folder)
        brief = brief_of(arts)
        texts = {a.id: a.text for a in arts}
        c = score_conflicts(brief, gold, texts, names)
        q = score(system_quotes(brief), names, gold["quotes"])
        rows[folder.name] = (c, q)
        all_q += [(f"{k}:{a}", sp, tx, d) for a, sp, tx, d in system_quotes(brief)]
        all_ids.update({f"{k}:{a}": f"{k}:{n}" for a, n in names.items()})
        all_gold += [{**g, "article": f"{k}:{g['article']}"} for g in gold["quotes"]]
        if details:
            _print_details(folder.name, c, q, brief)
    return _totals(rows, score(all_q, all_ids, all_gold), time.perf_counter() - t0)


def _print_details(name: str, c: dict, q: dict, brief: dict) -> None:
    print(f"== {name}")
    for m in c["missed"]:
        print(f"  missed conflict: {m}")
    for f in c["false"]:
        print(f"  false conflict: {f}")
    for m in q["missed"]:
        print(f"  missed quote: {m}")
    for m in q.get("wrong_speaker", ()):
        print(f"  wrong speaker: {m}")
    for m in q.get("unmatched", ()):
        print(f"  quote not in gold: {m}")
    for qq in brief.get("quotes", []):
        print(
            f"  sys quote: {qq.get('speaker')!r} direct={qq.get('direct')} {qq.get('text')[:70]!r}"
        )


def _totals(rows: dict, q_all: dict, seconds: float) -> dict[str, Any]:
    print(f"{'story':22} {'c.gold':>6} {'found':>6} {'pred':>5} {'tp':>4} {'upd':>4} "
          f"{'q.gold':>6} {'q.sys':>6} {'spk.ok':>7}")  # fmt: skip
    tot = {k: 0 for k in ("gold", "found", "predicted", "tp", "updates", "updates_found")}
    kinds: dict[str, list[int]] = {}
    for name, (c, q) in rows.items():
        for k in tot:
            tot[k] += c[k]
        for kind, f in c["by_kind"]:
            kinds.setdefault(kind, [0, 0])
            kinds[kind][0] += 1
            kinds[kind][1] += f
        print(f"{name:22} {c['gold']:>6} {c['found']:>6} {c['predicted']:>5} {c['tp']:>4} "
              f"{c['updates_found']}/{c['updates']:<2} {q['gold']:>6} {q['system']:>6} "
              f"{q['speaker_recall']:>7}")  # fmt: skip
    res = {
        "conflict_precision": _ratio(tot["tp"], tot["predicted"]),
        "conflict_recall": _ratio(tot["found"], tot["gold"]),
        "conflict_recall_by_kind": {k: f"{v[1]}/{v[0]}" for k, v in kinds.items()},
        "updates_found": f"{tot['updates_found']}/{tot['updates']}",
        "quote_speaker_precision": q_all["speaker_precision"],
        "quote_speaker_recall": q_all["speaker_recall"],
        "quote_span_f1": q_all["span_f1"],
        "direct_flag_accuracy": q_all["direct_flag_accuracy"],
        "seconds": round(seconds, 1),
    }
    print(json.dumps(res, indent=1))
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser(
        description="Conflicts, updates and quotes of every story of "
        "a set scored against its gold.json."
    )
    ap.add_argument("--set", metavar="DIR", help="folder of story folders (default: realstyle s4)")
    ap.add_argument(
        "--details", action="store_true", help="list missed and false conflicts, quotes"
    )
    ap.parse_args()
    run(details="--details" in sys.argv, data=set_dir(sys.argv[1:]))
