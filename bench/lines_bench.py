"""Lines benchmark (issue #11, s5): are the unique facts truly single and newsworthy, are the
headline and summary lines central facts, clean and non-redundant?

    python bench/lines_bench.py          # one line per set and section
    python bench/lines_bench.py -v       # plus every unique, headline and summary line judged

Sets and labels:

* ``demo`` and ``seeds``: ``bench/annotations/unique_lines_s5.json`` (whole sentences labelled
  by hand before the s5 code changes: ``unique``, ``unique_minor``, ``central``, ``headline``,
  ``never``; see its ``about``).
* ``s4`` (h1, h2, h3 of ``bench/annotations/claims_heldout_s4``): from each story's
  ``gold.json``: ``unique`` -> unique; ``never`` -> never; the support strings of the claims two
  or more articles state (not ``disputed``) -> central; of those stated by all articles but at
  most one -> headline.

Scores (a line "hits" a label when its cited span and the labelled text overlap by at least
half of the shorter, as in ``claims_bench``):

* unique **precision** = items hitting a ``unique`` or ``unique_minor`` label of their article /
  items; **recall** = ``unique`` labels hit by some item / ``unique`` labels; **top** = share of
  the first ``TOP`` items by rank that hit a ``unique`` label (newsworthy first); **never** =
  items hitting a ``never`` label.
* headline: **central** (hits a central or headline label), **main** (hits a headline label),
  **clean** (:func:`clean`).
* summary: lines central / lines, clean / lines, redundant pairs (:func:`redundant`), and
  whether the headline repeats summary line 1.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import corpora  # noqa: E402

Span = tuple[int, int]
TOP = 5
LABELS = ROOT / "bench" / "annotations" / "unique_lines_s5.json"
HELDOUT = ROOT / "bench" / "annotations" / "claims_heldout_s4"
_DATELINE_CUT = re.compile(r"^[\w .'’-]{1,30}\)\s*[–—-]")
_OPEN = "\"“‘'("
_END = (".", "!", "?", '."', ".”", '!"', "!”", '?"', "?”")


def clean(text: str, start: int, end: int) -> list[str]:
    """Why ``text[start:end]`` is not a clean whole-sentence line ([] when it is): cut
    inside a token, not starting like a sentence, not ending like one, unbalanced quotes,
    a cut dateline, under five words."""
    line = text[start:end]
    faults = []
    if start > 0 and text[start - 1].isalnum() or end < len(text) and text[end].isalnum():
        faults.append("mid-token")
    if not line or not (line[0].isupper() or line[0].isdigit() or line[0] in _OPEN):
        faults.append("starts mid-sentence")
    if not line.rstrip().endswith(_END):
        faults.append("no sentence end")
    if line.count("“") != line.count("”") or line.count('"') % 2:
        faults.append("unbalanced quotes")
    if _DATELINE_CUT.match(line):
        faults.append("cut dateline")
    if len(line.split()) < 5:
        faults.append("fragment")
    return faults


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 3}


def redundant(a: str, b: str) -> bool:
    """Two lines repeat each other: half or more of the longer's words (over three letters)
    are in the other."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) * 2 >= max(len(wa), len(wb))


class Labels:
    """Located label spans of one story: kind -> article key -> [(start, end)]."""

    def __init__(self, entries: list[dict[str, str]], texts: dict[str, str]):
        self.spans: dict[str, dict[str, list[Span]]] = {}
        self.missing = []
        for e in entries:
            span = claims_bench.locate(texts[e["article"]], e["text"])
            if span is None:
                self.missing.append(e["text"][:60])
                continue
            self.spans.setdefault(e["kind"], {}).setdefault(e["article"], []).append(span)

    def hits(self, kind: str, key: str, cite: Span) -> bool:
        return any(claims_bench._overlaps(s, cite) for s in self.spans.get(kind, {}).get(key, []))

    def all(self, kind: str) -> list[tuple[str, Span]]:
        return [(k, s) for k, ss in self.spans.get(kind, {}).items() for s in ss]


def _s4_entries(gold: dict[str, Any], n_articles: int) -> list[dict[str, str]]:
    out = [{"article": u["article"], "kind": "unique", "text": u["text"]} for u in gold["unique"]]
    out += [{"article": u["article"], "kind": "never", "text": u["text"]} for u in gold["never"]]
    for c in gold["claims"]:
        if c.get("disputed") or len(c["support"]) < 2:
            continue
        kinds = ["central"] + (["headline"] if len(c["support"]) >= n_articles - 1 else [])
        for key, strings in c["support"].items():
            out += [{"article": key, "kind": k, "text": s} for s in strings for k in kinds]
    return out


def stories() -> list[tuple[str, list, dict[str, str], list[dict[str, str]]]]:
    """``(name, articles, {article id: label key}, label entries)`` of every set present."""
    import claims_heldout_bench

    labels = json.loads(LABELS.read_text(encoding="utf-8"))["corpora"]
    out = []
    arts = corpora.demo_articles()
    out.append(("demo", arts, {a.id: corpora.gold_key(a) for a in arts}, labels["demo"]))
    seeds = corpora.seed_articles()
    if seeds:
        out.append(("seeds", seeds, {a.id: a.id for a in seeds}, labels["seeds"]))
    for folder in sorted(p for p in HELDOUT.iterdir() if (p / "gold.json").is_file()):
        arts, names, gold = claims_heldout_bench.load_story(folder)
        out.append((f"s4 {folder.name[:2]}", arts, names, _s4_entries(gold, len(arts))))
    return out


def _shown(item: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """The span the line shows: where its text stands in a cited article (a summary line's
    citations are the clauses of every article; its text is one article's sentence)."""
    cites = item.get("citations") or [item.get("citation")]
    for c in cites:
        text = texts[c["article"]]
        k = text.find(item["text"], max(0, c["start"] - len(item["text"])))
        if k < 0:
            k = text.find(item["text"])
        if k >= 0:
            return {"article": c["article"], "start": k, "end": k + len(item["text"])}
    return cites[0]


def score(brief: dict[str, Any], labels: Labels, keys: dict[str, str], texts, log) -> dict:
    """The counts of one story's brief (module doc); ``log`` receives verdict lines."""
    r: dict[str, Any] = {}
    unique = sorted(brief["unique"], key=lambda u: u.get("rank", 0))
    hit_unique: set[tuple[str, Span]] = set()
    r["u_n"], r["u_ok"], r["u_top"], r["u_never"] = len(unique), 0, 0, 0
    for n, u in enumerate(unique):
        c = u["citation"]
        key, span = keys[c["article"]], (c["start"], c["end"])
        news = labels.hits("unique", key, span)
        ok = news or labels.hits("unique_minor", key, span)
        never = labels.hits("never", key, span)
        r["u_ok"] += ok
        r["u_top"] += news and n < TOP
        r["u_never"] += never
        hit_unique |= {(k, s) for k, s in labels.all("unique") if k == key and _ov(s, span)}
        verdict = "newsworthy" if news else "minor" if ok else "NEVER" if never else "WRONG"
        log(f"  unique #{u.get('rank')} [{key[:24]}] {verdict}: {u['text'][:110]!r}")
    r["u_gold"] = len(labels.all("unique"))
    r["u_found"] = len(hit_unique)
    r["u_topn"] = min(TOP, len(unique))
    heads = brief["headline"] if isinstance(brief["headline"], list) else [brief["headline"]]
    lines = [("headline", h) for h in heads if h] + [("summary", s) for s in brief["summary"]]
    r.update(h_n=0, h_central=0, h_main=0, h_clean=0, s_n=0, s_central=0, s_clean=0)
    for kind, item in lines:
        c = _shown(item, texts)
        key, span = keys[c["article"]], (c["start"], c["end"])
        central = labels.hits("central", key, span) or labels.hits("headline", key, span)
        faults = clean(texts[c["article"]], *span)
        if labels.hits("never", key, span):
            faults.append("never-label")
        p = "h" if kind == "headline" else "s"
        r[f"{p}_n"] += 1
        r[f"{p}_central"] += central
        r[f"{p}_clean"] += not faults
        if kind == "headline":
            r["h_main"] += labels.hits("headline", key, span)
        verdict = ("central" if central else "NOT CENTRAL") + (f" {faults}" if faults else "")
        log(f"  {kind} {verdict}: {item['text'][:110]!r}")
    texts_s = [s["text"] for s in brief["summary"]]
    r["s_redundant"] = sum(redundant(a, b) for i, a in enumerate(texts_s) for b in texts_s[i + 1 :])
    r["h_repeats"] = int(bool(heads and heads[0] and texts_s and heads[0]["text"] == texts_s[0]))
    return r


def _ov(a: Span, b: Span) -> bool:
    return claims_bench._overlaps(a, b)


def _fmt(name: str, r: dict[str, Any]) -> str:
    def ratio(a: int, b: int) -> str:
        return f"{a}/{b}" + (f"={a / b:.2f}" if b else "")

    return (
        f"{name:9} unique n={r['u_n']} precision {ratio(r['u_ok'], r['u_n'])} "
        f"recall {ratio(r['u_found'], r['u_gold'])} top{TOP} {ratio(r['u_top'], r['u_topn'])} "
        f"never {r['u_never']} | headline central {ratio(r['h_central'], r['h_n'])} "
        f"main {r['h_main']} clean {r['h_clean']} | summary central "
        f"{ratio(r['s_central'], r['s_n'])} clean {ratio(r['s_clean'], r['s_n'])} "
        f"redundant {r['s_redundant']} headline=line1 {r['h_repeats']}"
    )


def main(argv: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Score every set; print one line each (and every judged line with ``-v``)."""
    import claims_heldout_bench

    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    results: dict[str, dict[str, Any]] = {}
    for name, arts, keys, entries in stories():
        texts = {a.id: a.text for a in arts}
        labels = Labels(entries, {keys[a.id]: a.text for a in arts})
        brief = claims_heldout_bench.brief_of(arts)
        log: list[str] = []
        r = score(brief, labels, keys, texts, log.append)
        results[name] = r
        print(_fmt(name, r))
        if labels.missing:
            print(f"  labels not in stored text: {labels.missing}")
        if verbose:
            print("\n".join(log))
    total = {k: sum(r[k] for r in results.values()) for k in next(iter(results.values()))}
    print(_fmt("all", total))
    s4 = [r for n, r in results.items() if n.startswith("s4")]
    if s4:
        print(_fmt("s4 (all)", {k: sum(r[k] for r in s4) for k in s4[0]}))
    return results


if __name__ == "__main__":
    main()
