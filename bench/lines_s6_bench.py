"""Lines benchmark on a held-out set (issue #11, s6): unique facts, headline and summary
judged mechanically against a set's ``gold.json`` files (format of ``heldout_s5``).

    python bench/lines_s6_bench.py --set bench/annotations/heldout_s5 [-v] [--cache DIR]

Per story and in total (a line "hits" a gold string when its cited span and the string
overlap by at least half of the shorter, as in ``claims_bench``):

* unique **precision** = unique items citing no support string of a gold claim (a claim two
  or more articles state, near-copies included) / items; **recall** = gold ``unique``
  strings hit by some unique item / gold ``unique`` strings;
* headline + summary **central** = lines citing a support string of a gold claim that is not
  ``disputed`` / lines; **disputed** = lines whose cited span holds a reading of a gold
  conflict, update or statement conflict (any reading: a disputed figure is not agreed);
  **redundant** = summary line pairs citing a support string of one gold claim;
* **empty summary**: stories with no summary line.

``--cache DIR`` pickles each story's context (keyed by the articles' texts only: use it only
while the files that build contexts do not change).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import claims_heldout_bench  # noqa: E402

Span = tuple[int, int]


def _context(arts: list, cache: Path | None) -> Any:
    """The story context of ``arts`` (one story), from ``cache`` when there."""
    from consilience.model import Story
    from consilience.pipeline import context_from_articles

    story = Story("s", arts[0].title or "", [a.id for a in arts])
    if cache is None:
        return context_from_articles(arts, story)
    key = hashlib.sha256("".join(a.id + a.text for a in arts).encode()).hexdigest()[:20]
    path = cache / f"ctx-{key}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    ctx = context_from_articles(arts, story)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(ctx))
    return ctx


def _spans(texts: dict[str, str], strings: dict[str, list[str]]) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for key, found in strings.items():
        for s in found:
            span = claims_bench.locate(texts.get(key, ""), s)
            if span:
                out.setdefault(key, []).append(span)
    return out


def _readings(gold: dict[str, Any]) -> dict[str, list[str]]:
    """Every reading string of the gold's conflicts, updates and statement conflicts."""
    out: dict[str, list[str]] = {}
    for c in gold.get("conflicts", []) + gold.get("updates", []):
        for key, text in c.get("values", {}).items():
            out.setdefault(key, []).append(text)
    for c in gold.get("statement_conflicts", []):
        for key, text in c.get("readings", {}).items():
            out.setdefault(key, []).append(text)
    return out


def _inside(spans: list[Span], cite: Span) -> bool:
    return any(claims_bench._overlaps(cite, sp) for sp in spans)


def score_story(folder: Path, cache: Path | None, verbose: bool) -> dict[str, int]:
    """Counts of one story folder (module docstring); prints its lines with ``verbose``."""
    from consilience.pipeline import finished_brief

    arts, names, gold = claims_heldout_bench.load_story(folder)
    texts = {names[a.id]: a.text for a in arts}
    brief = finished_brief(_context(arts, cache))
    claims = claims_bench.support_spans(gold, texts)
    disputed = {c["id"] for c in gold.get("claims", []) if c.get("disputed")}
    uniq: dict[str, list[str]] = {}
    for u in gold.get("unique", []):
        uniq.setdefault(u["article"], []).append(u["text"])
    uniq = _spans(texts, uniq)
    readings = _spans(texts, _readings(gold))
    r = dict.fromkeys(
        "unique unique_ok gold_unique gold_hit lines central disputed redundant empty".split(), 0
    )
    r["gold_unique"] = sum(len(v) for v in uniq.values())
    hit: set[tuple[str, Span]] = set()
    for u in brief["unique"]:
        key, c = names[u["article"]], u["citation"]
        cite = (c["start"], c["end"])
        stated = claims_bench.claims_of_citation(claims, key, cite)
        r["unique"] += 1
        r["unique_ok"] += not stated
        for sp in uniq.get(key, []):
            if claims_bench._overlaps(sp, cite):
                hit.add((key, sp))
        if verbose:
            print(
                f"  [unique {key[:12]} r{u.get('rank')}] {u['text'][:150]!r}"
                + (f"  STATED {sorted(stated)}" if stated else "")
            )
    r["gold_hit"] = len(hit)
    if verbose:
        for key, sps in uniq.items():
            for sp in sps:
                if (key, sp) not in hit:
                    print(f"  [missed unique {key[:12]}] {texts[key][sp[0] : sp[1]][:150]!r}")
    seen: list[set[str]] = []
    lines = [("headline", x) for x in brief.get("headline", [])]
    lines += [("summary", x) for x in brief.get("summary", [])]
    r["empty"] = int(not brief.get("summary"))
    for kind, item in lines:
        ids: set[str] = set()
        bad = False
        for c in item["citations"]:
            key, cite = names[c["article"]], (c["start"], c["end"])
            ids |= claims_bench.claims_of_citation(claims, key, cite)
            bad = bad or _inside(readings.get(key, []), cite)
        central = bool(ids - disputed)
        r["lines"] += 1
        r["central"] += central
        r["disputed"] += bad
        if kind == "summary":
            r["redundant"] += sum(1 for s in seen if s & ids)
            seen.append(ids)
        if verbose:
            flag = ("" if central else " NOT-CENTRAL") + (" DISPUTED" if bad else "")
            print(f"  [{kind}] {item['text'][:150]!r}{flag}")
    return r


def _fmt(name: str, r: dict[str, int]) -> str:
    return (
        f"{name:16s} unique {r['unique_ok']}/{r['unique']} single-article, "
        f"recall {r['gold_hit']}/{r['gold_unique']}; head+summary central "
        f"{r['central']}/{r['lines']}, disputed {r['disputed']}, redundant pairs "
        f"{r['redundant']}, empty summaries {r['empty']}"
    )


def main(argv: list[str] | None = None) -> dict[str, dict[str, int]]:
    """Score every story folder of ``--set DIR``; returns {story: counts, "all": totals}."""
    argv = sys.argv[1:] if argv is None else argv
    data = claims_heldout_bench.set_dir(argv)
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    out: dict[str, dict[str, int]] = {}
    for d in sorted(data.iterdir()):
        if (d / "gold.json").is_file():
            out[d.name] = score_story(d, cache, "-v" in argv)
            print(_fmt(d.name[:16], out[d.name]), flush=True)
    total = {k: sum(r[k] for r in out.values()) for k in next(iter(out.values()), {})}
    print(_fmt("all", total))
    out["all"] = total
    return out


if __name__ == "__main__":
    main()
