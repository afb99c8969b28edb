"""Held-out claims benchmark (issue #11): consensus precision, recall and the unique check on
three real-style stories nobody tuned the claim rules on.

    python bench/claims_heldout_bench.py        # one line per story and the total
    python bench/claims_heldout_bench.py -v     # plus every headline, summary, consensus and
                                                # unique line with its verdict
    python bench/claims_heldout_bench.py --set bench/annotations/heldout_s5   # another set
    python bench/claims_heldout_bench.py --cache /tmp/ctx   # reuse story contexts (ctx_cache)

Data: ``bench/annotations/claims_heldout_s4/<story>/`` holds the articles of one story (``.md``
with front matter) and ``gold.json`` in the format of the stories of
``bench/annotations/claims_fixtures.json``, keyed by file name, written before the tool was
first run on them (see that folder's README).

Each story is read (``normalise.read_articles``), analysed and briefed in memory as the CLI
does (``pipeline.context_from_articles`` then ``pipeline.finished_brief``). Scoring is
``claims_bench.score`` unchanged (precision = faithful consensus items / items; recall over
gold claims stated by >= 3 articles; unique check = unique items citing a gold claim's support
string, lower is better). Extra counts: consensus items that are faithful to a claim the gold
marks ``disputed`` (one reading of a statement conflict), and lines citing a ``never`` string
(byline, caption, "Read more", update note). The verdicts printed with ``-v`` are mechanical
(overlap with gold strings by half the shorter span); ``judged.md`` beside the set is the
judgement by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import claims_bench  # noqa: E402
import ctx_cache  # noqa: E402

DATA = ROOT / "bench" / "annotations" / "claims_heldout_s4"

Span = tuple[int, int]


def load_story(folder: Path) -> tuple[list, dict[str, str], dict[str, Any]]:
    """(articles, {article id: file name}, gold) of one story folder.

    Raises FileNotFoundError when the folder has no ``gold.json``."""
    from consilience.model import Article
    from consilience.normalise import read_articles

    files = sorted(str(p) for p in folder.iterdir() if p.suffix in (".md", ".txt"))
    arts = [a for a in read_articles(files) if isinstance(a, Article)]
    names = {a.id: Path(a.source).name for a in arts}
    return arts, names, json.loads((folder / "gold.json").read_text(encoding="utf-8"))


def brief_of(articles: list, cache: Path | None = None) -> dict[str, Any]:
    """The finished brief (JSON contract) of ``articles`` taken as one story; its context
    from ``cache`` (``bench/ctx_cache.py``) when given and current, else computed."""
    from consilience.pipeline import finished_brief

    return finished_brief(ctx_cache.context(articles, cache))


def missing_strings(gold: dict[str, Any], texts: dict[str, str]) -> list[str]:
    """Gold claim and unique strings not found in the stored text of their article: a check
    that normalisation kept what the gold was written against. ``never`` strings are left
    out: a byline, caption or header the reader drops is the intended outcome (counted by
    :func:`dropped_never`)."""
    pairs = [(k, s) for c in gold["claims"] for k, ss in c["support"].items() for s in ss]
    pairs += [(u["article"], u["text"]) for u in gold.get("unique", [])]
    return [f"{k}: {s[:60]}" for k, s in pairs if claims_bench.locate(texts[k], s) is None]


def dropped_never(gold: dict[str, Any], texts: dict[str, str]) -> int:
    """How many of the gold's ``never`` strings (bylines, captions, headers) are absent
    from the stored text: dropped by the reader, so no section can show them."""
    never = gold.get("never", [])
    return sum(claims_bench.locate(texts[u["article"]], u["text"]) is None for u in never)


def _spans_of(items: list[dict[str, Any]], texts: dict[str, str]) -> dict[str, list[Span]]:
    """file name -> located spans of the ``{"article", "text"}`` entries ``items``."""
    out: dict[str, list[Span]] = {}
    for it in items:
        span = claims_bench.locate(texts[it["article"]], it["text"])
        if span is not None:
            out.setdefault(it["article"], []).append(span)
    return out


def _hits(spans: dict[str, list[Span]], key: str, cite: Span) -> bool:
    return any(claims_bench._overlaps(s, cite) for s in spans.get(key, []))


def _cites(item: dict[str, Any]) -> list[dict[str, Any]]:
    return item.get("citations") or ([item["citation"]] if item.get("citation") else [])


def _lines(section: Any) -> list[dict[str, Any]]:
    """A brief section as a list of items (the headline may be one dict or a list)."""
    if isinstance(section, dict):
        return [section]
    return list(section or [])


class Judge:
    """Mechanical verdicts of brief lines against one story's gold (module doc)."""

    def __init__(self, gold: dict[str, Any], texts: dict[str, str], names: dict[str, str]):
        self.gold, self.texts, self.names = gold, texts, names
        self.spans = claims_bench.support_spans(gold, texts)
        self.unique_spans = _spans_of(gold.get("unique", []), texts)
        self.never = _spans_of(gold.get("never", []), texts)
        self.disputed = {c["id"] for c in gold["claims"] if c.get("disputed")}

    def claims_of(self, cite: dict[str, Any]) -> set[str]:
        """Gold claim ids whose support strings the citation overlaps."""
        key = self.names[cite["article"]]
        return claims_bench.claims_of_citation(self.spans, key, (cite["start"], cite["end"]))

    def kinds(self, cite: dict[str, Any]) -> list[str]:
        """What one cited span is in the gold: claim ids, 'gold-unique', 'NEVER'."""
        key, span = self.names[cite["article"]], (cite["start"], cite["end"])
        out = sorted(self.claims_of(cite))
        out += ["gold-unique"] if _hits(self.unique_spans, key, span) else []
        out += ["NEVER"] if _hits(self.never, key, span) else []
        return out or ["no gold"]

    def consensus(self, item: dict[str, Any]) -> str:
        """'faithful hXcN', 'faithful hXcN DISPUTED' or 'NOT faithful'."""
        common: set[str] | None = None
        for c in _cites(item):
            common = self.claims_of(c) if common is None else common & self.claims_of(c)
        if not common:
            return "NOT faithful"
        flag = " DISPUTED" if common & self.disputed else ""
        return "faithful " + ",".join(sorted(common)) + flag

    def unique(self, item: dict[str, Any]) -> str:
        """'single-article', 'STATED ELSEWHERE (ids)' or 'NEVER (boilerplate)'."""
        kinds = self.kinds(item["citation"])
        if "NEVER" in kinds:
            return "NEVER (boilerplate)"
        claims = [k for k in kinds if k not in ("gold-unique", "no gold")]
        return f"STATED ELSEWHERE ({','.join(claims)})" if claims else "single-article"


def _cited(item: dict[str, Any], names: dict[str, str]) -> str:
    return "; ".join(
        f"{names[c['article']]}[{c['start']}:{c['end']}] {c.get('text', '')!r}"
        for c in _cites(item)
    )


def print_listing(brief: dict[str, Any], judge: Judge) -> None:
    """Every headline, summary, consensus and unique line with its verdict and citations."""
    for section in ("headline", "summary"):
        for item in _lines(brief.get(section)):
            kinds = sorted({k for c in _cites(item) for k in judge.kinds(c)})
            print(f"  [{section}] {item['text']!r}\n      gold: {', '.join(kinds)}")
    for item in brief["consensus"]:
        print(
            f"  [consensus] {item['text']!r}\n      {judge.consensus(item)}; articles "
            f"{len(item['articles'])}, independent {item.get('independent_sources')}"
        )
        print(f"      cites: {_cited(item, judge.names)}")
    for item in brief["unique"]:
        who = judge.names[item["article"]]
        print(f"  [unique {who}] {item['text']!r}\n      {judge.unique(item)}")


def extra_counts(brief: dict[str, Any], judge: Judge) -> dict[str, int]:
    """Consensus items faithful to a disputed claim; lines citing a ``never`` string."""
    lines = [*_lines(brief.get("headline")), *brief["summary"], *brief["consensus"]]
    lines += brief["unique"]
    never = sum(any("NEVER" in judge.kinds(c) for c in _cites(it)) for it in lines)
    disputed = sum("DISPUTED" in judge.consensus(it) for it in brief["consensus"])
    return {"consensus_disputed": disputed, "lines_citing_never": never}


def run_story(folder: Path, verbose: bool, cache: Path | None = None) -> dict[str, Any]:
    """Score one story folder; prints its line (and the listing with ``verbose``)."""
    arts, names, gold = load_story(folder)
    texts = {names[a.id]: a.text for a in arts}
    for miss in missing_strings(gold, texts):
        print(f"  gold string not in stored text: {miss}")
    dropped = dropped_never(gold, texts)
    if dropped:
        print(f"  {dropped} boilerplate string(s) of the gold dropped by the reader (as intended)")
    brief = brief_of(arts, cache)
    res = claims_bench.score(brief, gold, texts, names)
    judge = Judge(gold, texts, names)
    res.update(extra_counts(brief, judge))
    print(claims_bench._line(folder.name[:14], res), flush=True)
    print(
        f"{'':14s} consensus faithful to a disputed claim {res['consensus_disputed']}"
        f"  lines citing a byline/caption/boilerplate {res['lines_citing_never']}"
    )
    if verbose:
        print_listing(brief, judge)
    return res


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


def _options() -> argparse.ArgumentParser:
    """The command line: ``--set DIR``, ``--cache DIR``, ``-v``."""
    ap = argparse.ArgumentParser(
        description="Consensus, unique, headline and summary lines of "
        "every story of a held-out set scored against its gold.json."
    )
    ap.add_argument("--set", metavar="DIR", help="folder of story folders (default: heldout s4)")
    ap.add_argument("--cache", metavar="DIR", help="reuse story contexts stored in DIR")
    ap.add_argument("-v", action="store_true", help="list every line with its verdict")
    return ap


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Score every story of the set (``--set DIR``, default :data:`DATA`); returns
    {story: result, "all": totals}."""
    argv = sys.argv[1:] if argv is None else argv
    _options().parse_args(argv)  # --help, and a one-line error for an unknown option
    data = set_dir(argv)
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    if not data.is_dir():
        print(f"no held-out set at {data}")
        return {}
    results = {
        d.name: run_story(d, "-v" in argv, cache)
        for d in sorted(data.iterdir())
        if (d / "gold.json").is_file()
    }
    total = claims_bench._total(list(results.values()))
    print(claims_bench._line("all", total))
    results["all"] = total
    return results


if __name__ == "__main__":
    main()
