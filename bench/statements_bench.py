"""Statement conflicts (kind ``fact``) benchmark: precision and recall per kind of
disagreement on small real-style stories written for this set.

    python bench/statements_bench.py             # one line per kind and the total
    python bench/statements_bench.py -v          # plus every case's fact conflicts, verdicts
    python bench/statements_bench.py --dump ID   # the claims of one case (frame, actor, ...)
    python bench/statements_bench.py --data bench/annotations/statements_s6.json   # another set

Data: ``bench/annotations/statements_s5.json``: ``cases``, each with a ``kind`` (direction,
refusal, outcome, role, state, agent, modality), its ``articles`` (key, text, published) and
its ``conflicts`` (each a ``readings`` map, article key -> the exact text of that article's
reading). A case without conflicts is a near miss: statements that look opposed but are
about different subjects, objects or times, and must give no ``fact`` conflict.

Scoring: each case is briefed in memory as the CLI does (``pipeline.context_from_articles``
then ``pipeline.finished_brief``). A ``fact`` conflict of the brief matches a gold conflict
when its readings' citations overlap (by half the shorter span) the gold readings of at least
two articles. Recall = gold conflicts matched / gold conflicts; precision = brief ``fact``
conflicts matching a gold conflict / brief ``fact`` conflicts, both per kind of case.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DATA = ROOT / "bench" / "annotations" / "statements_s5.json"

Span = tuple[int, int]


def load_cases(path: Path = DATA) -> list[dict[str, Any]]:
    """The cases of the annotation file (see the module doc for their shape)."""
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def articles_of(case: dict[str, Any]) -> list:
    """``consilience.model.Article`` objects of one case; ids are ``<case id>-<key>``."""
    from consilience.model import Article

    return [
        Article(
            id=f"{case['id']}-{a['key']}",
            source=f"{case['id']}-{a['key']}.txt",
            text=a["text"],
            title=None,
            outlet=a.get("outlet"),
            published=a.get("published"),
        )
        for a in case["articles"]
    ]


def brief_of(case: dict[str, Any]) -> dict[str, Any]:
    """The finished brief (JSON contract) of one case's articles as one story."""
    from consilience.model import Story
    from consilience.pipeline import context_from_articles, finished_brief

    arts = articles_of(case)
    story = Story(case["id"], "", [a.id for a in arts])
    return finished_brief(context_from_articles(arts, story))


def _overlaps(a: Span, b: Span) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter * 2 >= min(a[1] - a[0], b[1] - b[0])


def _gold_spans(case: dict[str, Any]) -> list[dict[str, Span]]:
    """Per gold conflict: article id -> span of its reading in that article's text."""
    texts = {f"{case['id']}-{a['key']}": a["text"] for a in case["articles"]}
    out = []
    for g in case["conflicts"]:
        spans = {}
        for key, snippet in g["readings"].items():
            aid = f"{case['id']}-{key}"
            k = texts[aid].find(snippet)
            if k < 0:
                raise ValueError(f"{case['id']}: reading not in article {key}: {snippet!r}")
            spans[aid] = (k, k + len(snippet))
        out.append(spans)
    return out


def matches(conflict: dict[str, Any], gold: dict[str, Span]) -> bool:
    """A brief conflict cites the gold readings of at least two articles."""
    hit = set()
    for r in conflict["readings"]:
        c = r["citation"]
        span = gold.get(c["article"])
        if span is not None and _overlaps(span, (c["start"], c["end"])):
            hit.add(c["article"])
    return len(hit) >= 2


def score_case(case: dict[str, Any], brief: dict[str, Any]) -> dict[str, Any]:
    """``{"gold", "found", "reported", "right", "lines"}`` of one case: gold conflicts, how
    many the brief found, its fact conflicts and how many of them match a gold one."""
    golds = _gold_spans(case)
    facts = [c for c in brief["conflicts"] if c.get("kind") == "fact"]
    found = sum(1 for g in golds if any(matches(c, g) for c in facts))
    lines = []
    right = 0
    for c in facts:
        ok = any(matches(c, g) for g in golds)
        right += ok
        texts = " | ".join(r["text"] for r in c["readings"])
        lines.append(f"    {'RIGHT' if ok else 'WRONG'} {c['subject']}: {texts}")
    return {
        "gold": len(golds),
        "found": found,
        "reported": len(facts),
        "right": right,
        "lines": lines,
    }


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/{b} = -"


def evaluate(verbose: bool = False, path: Path = DATA) -> dict[str, dict[str, int]]:
    """Score every case of ``path``; print one line per kind and the total; return the
    counts."""
    totals: dict[str, dict[str, int]] = {}
    for case in load_cases(path):
        res = score_case(case, brief_of(case))
        for kind in (case["kind"], "all"):
            t = totals.setdefault(kind, dict.fromkeys(("gold", "found", "reported", "right"), 0))
            for k in t:
                t[k] += res[k]
        if verbose:
            tag = "conflict" if case["conflicts"] else "near miss"
            print(f"  {case['id']} ({tag}): found {res['found']}/{res['gold']}", flush=True)
            for line in res["lines"]:
                print(line)
    for kind in sorted(totals, key=lambda k: (k == "all", list(totals).index(k))):
        t = totals[kind]
        print(
            f"{kind:10s} recall {_ratio(t['found'], t['gold'])}"
            f"  precision {_ratio(t['right'], t['reported'])}"
        )
    return totals


def dump(case_id: str, path: Path = DATA) -> None:
    """Print the claims of one case's articles, as the statement conflicts read them."""
    from consilience.pipeline import context_from_articles

    case = next(c for c in load_cases(path) if c["id"] == case_id)
    ctx = context_from_articles(articles_of(case))
    for aid, ext in ctx.extractions.items():
        for c in ext.claims:
            print(
                f"{aid} [{c.kind}] {c.frame}/{c.predicate} actor={c.actor_keys} "
                f"patient={c.patient_key} neg={c.negated} mod={c.modality} tense={c.tense} "
                f"dates={c.dates} :: {c.text}"
            )


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    path = DATA
    if "--data" in argv:
        at = argv.index("--data")
        path = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    if "--dump" in argv:
        for cid in argv[argv.index("--dump") + 1 :]:
            dump(cid, path)
        return
    evaluate(verbose="-v" in argv, path=path)


if __name__ == "__main__":
    main()
