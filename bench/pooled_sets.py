"""Every held-out set at once: one line per set and the pooled totals (issues #11, #12).

    python bench/pooled_sets.py                          # heldout_s5 ... the newest, one brief per story
    python bench/pooled_sets.py --cache /tmp/ctx         # reuse story contexts (bench/ctx_cache.py)
    python bench/pooled_sets.py --sets heldout_s20 heldout_s22 --cache /tmp/ctx
    python bench/pooled_sets.py --json /tmp/pooled.json  # ... and keep the per-set figures
    python bench/pooled_sets.py --conflicts /tmp/c.jsonl  # ... and every reported conflict, judged

Why: a rule tuned on one judged set moves that set and rarely the next unseen one (README,
"Held out s24"). A mechanism that is general gains gold items on many older sets at once, so a
change is judged by the per-set lines and the pooled line, not by the set it was written for.

Each story's brief is built once (the context as ``bench/claims_heldout_bench.py`` builds it)
and scored both ways: consensus, unique, statement conflicts and headline lines as
``claims_heldout_bench`` scores them; conflicts, updates and quote speakers as
``bench/realstyle_bench.py`` scores them. Quote speaker precision and recall are pooled per set
by ``quotes_bench.score`` over the set's stories.
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

import claims_bench  # noqa: E402
import claims_heldout_bench as chb  # noqa: E402
import realstyle_bench as rsb  # noqa: E402

ANNOTATIONS = ROOT / "bench" / "annotations"
#: counters of realstyle_bench.score_conflicts summed over stories
CONFLICT_KEYS = ("gold", "found", "predicted", "tp", "updates", "updates_found")


def default_sets() -> list[Path]:
    """Every ``bench/annotations/heldout_sN`` folder with N >= 5, oldest first."""
    found = [p for p in ANNOTATIONS.glob("heldout_s*") if p.name[9:].isdigit()]
    return sorted((p for p in found if int(p.name[9:]) >= 5), key=lambda p: int(p.name[9:]))


def score_story(folder: Path, cache: Path | None, k: int) -> dict[str, Any]:
    """Claims row, conflict row and tagged quotes of one story folder (``k`` tags its ids)."""
    arts, names, gold = chb.load_story(folder)
    brief = chb.brief_of(arts, cache)
    texts_by_name = {names[a.id]: a.text for a in arts}
    claims = claims_bench.score(brief, gold, texts_by_name, names)
    claims.update(chb.extra_counts(brief, chb.Judge(gold, texts_by_name, names)))
    texts = {a.id: a.text for a in arts}
    conflicts = rsb.score_conflicts(brief, gold, texts, names)
    return {
        "claims": claims,
        "conflicts": conflicts,
        "judged": [_judged_line(folder, p, ok, names) for p, ok in conflicts.pop("judged")],
        "quotes": [(f"{k}:{a}", sp, tx, d) for a, sp, tx, d in rsb.system_quotes(brief)],
        "ids": {f"{k}:{a}": f"{k}:{n}" for a, n in names.items()},
        "gold_quotes": [{**g, "article": f"{k}:{g['article']}"} for g in gold.get("quotes", [])],
    }


def _judged_line(folder: Path, item: dict, ok: bool, names: dict[str, str]) -> dict[str, Any]:
    """A reported conflict as one JSON line: story, whether the gold holds it (``ok``),
    kind, subject and each reading's article name and cited words."""
    cites = [
        (names.get(r.get("article"), r.get("article")), (r.get("citation") or {}).get("text"))
        for r in item.get("readings", [])
    ]
    return {
        "story": folder.name,
        "ok": ok,
        "kind": item.get("kind"),
        "subject": item.get("subject"),
        "cites": cites,
    }


def score_set(folder: Path, cache: Path | None) -> dict[str, Any]:
    """Pooled figures of every story of one set: claims totals, conflict counters by kind,
    quote speaker precision/recall (``quotes_bench.score``)."""
    from quotes_bench import score as quote_score

    stories = sorted(p for p in folder.iterdir() if (p / "gold.json").is_file())
    rows = [score_story(p, cache, k) for k, p in enumerate(stories)]
    conf = {key: sum(r["conflicts"][key] for r in rows) for key in CONFLICT_KEYS}
    kinds: dict[str, list[int]] = {}
    for r in rows:
        for kind, hit in r["conflicts"]["by_kind"]:
            kinds.setdefault(kind, [0, 0])
            kinds[kind][0] += 1
            kinds[kind][1] += hit
    q = quote_score(
        [x for r in rows for x in r["quotes"]],
        {a: n for r in rows for a, n in r["ids"].items()},
        [g for r in rows for g in r["gold_quotes"]],
    )
    return {
        "claims": claims_bench._total([r["claims"] for r in rows]),
        "conflicts": conf,
        "kinds": {kind: v[::-1] for kind, v in kinds.items()},  # kind -> [found, gold]
        "quotes": {k: q[k] for k in ("speaker_precision", "speaker_recall")},
        "quote_counts": {k: q.get(k) for k in ("gold", "system")},
        "judged": [f for r in rows for f in r["judged"]],
    }


def _frac(a: int, b: int) -> str:
    return f"{a}/{b}"


def line(name: str, s: dict[str, Any]) -> str:
    """One printed row: consensus faithful, recall >= 3, unique stated elsewhere, statement
    conflicts, headline lines, conflicts tp/predicted and found/gold (by kind), updates, quotes."""
    c, f = s["claims"], s["conflicts"]
    kinds = " ".join(f"{k[:4]} {_frac(*v)}" for k, v in sorted(s["kinds"].items()))
    q = s["quotes"]
    return (
        f"{name:12s} cons {_frac(c['faithful'], c['items']):>6} rec {_frac(c['recall_found'], c['recall_gold']):>7}"
        f" uniq-else {_frac(c['unique_in_gold'], c['unique']):>6} stmt {c['statement_conflicts']:>6}"
        f" lines {_frac(c['lines_faithful'], c['lines']):>6}"
        f" | conf P {_frac(f['tp'], f['predicted']):>6} R {_frac(f['found'], f['gold']):>6} ({kinds})"
        f" upd {_frac(f['updates_found'], f['updates'])}"
        f" | quotes P {q['speaker_precision']} R {q['speaker_recall']}"
    )  # fmt: skip


def pooled(per_set: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Sums of the per-set counters (quote figures: the mean of the per-set ratios)."""
    sets = list(per_set.values())
    claims = {
        k: sum(s["claims"][k] for s in sets)
        for k in ("faithful", "items", "recall_found", "recall_gold", "unique", "unique_in_gold",
                  "lines", "lines_faithful")
    }  # fmt: skip
    stmt = [s["claims"]["statement_conflicts"].split("/") for s in sets]
    claims["statement_conflicts"] = f"{sum(int(a) for a, _ in stmt)}/{sum(int(b) for _, b in stmt)}"
    conf = {k: sum(s["conflicts"][k] for s in sets) for k in CONFLICT_KEYS}
    kinds: dict[str, list[int]] = {}
    for s in sets:
        for kind, (hit, n) in s["kinds"].items():
            kinds.setdefault(kind, [0, 0])
            kinds[kind][0] += hit
            kinds[kind][1] += n
    mean = {
        k: round(sum(s["quotes"][k] for s in sets) / len(sets), 3) if sets else 0.0
        for k in ("speaker_precision", "speaker_recall")
    }
    return {"claims": claims, "conflicts": conf, "kinds": kinds, "quotes": mean}


def _options() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description="Every held-out set scored at once, and pooled.")
    ap.add_argument("--sets", nargs="+", metavar="NAME", help="set folders (names or paths)")
    ap.add_argument("--cache", metavar="DIR", help="reuse story contexts stored in DIR")
    ap.add_argument("--json", metavar="FILE", help="write the per-set and pooled figures here")
    ap.add_argument(
        "--conflicts",
        metavar="FILE",
        help="write every reported conflict, judged against the gold (ok), with its readings' "
        "cited words here, one JSON line each",
    )
    return ap


def _set_path(name: str) -> Path:
    p = Path(name)
    return p if p.is_dir() else ANNOTATIONS / name


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Score the sets, print one line each and the pooled line; return the figures."""
    args = _options().parse_args(sys.argv[1:] if argv is None else argv)
    sets = [_set_path(n) for n in args.sets] if args.sets else default_sets()
    missing = [str(p) for p in sets if not p.is_dir()]
    if missing:
        raise SystemExit(f"no such set: {', '.join(missing)}")
    cache = Path(args.cache) if args.cache else None
    t0, per_set = time.perf_counter(), {}
    for p in sets:
        per_set[p.name] = score_set(p, cache)
        print(line(p.name.replace("heldout_", ""), per_set[p.name]), flush=True)
    total = pooled(per_set)
    print(line("POOLED", total))
    print(f"({len(sets)} sets, {time.perf_counter() - t0:.0f} s)")
    judged = {n: s.pop("judged") for n, s in per_set.items()}
    if args.conflicts:
        lines = [json.dumps({"set": n, **f}) for n, fs in judged.items() for f in fs]
        Path(args.conflicts).write_text("".join(x + "\n" for x in lines))
    if args.json:
        Path(args.json).write_text(json.dumps({"sets": per_set, "pooled": total}, indent=1))
    return {"sets": per_set, "pooled": total}


if __name__ == "__main__":
    main()
