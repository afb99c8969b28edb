"""The annotated corpora the quality benchmarks and tests share (not a benchmark itself).

Corpora: the seeds (``../shared/seeds``, gold in ``../shared/gold``, anchor 2024-11-18), the
demo corpus (``src/consilience/demo``, gold in ``bench/annotations/demo*.json``) and the
annotated fixtures (``tests/fixtures/annotated``, gold in ``bench/annotations/fixtures.json``),
each when present; :func:`build_context` computes a story context in memory as ingest does.
:func:`timeline_recall` scores a timeline against a gold one.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

SEEDS_ANCHOR = "2024-11-18"


def shared_dir() -> Path | None:
    p = ROOT.parent / "shared"
    if p.is_dir():
        return p
    env = os.environ.get("CONSILIENCE_SHARED")
    if env and Path(env).is_dir():
        return Path(env)
    return None


# --------------------------------------------------------------------------- contexts


def build_context(articles):
    """A StoryContext for ``articles`` (pipeline.context_from_articles when it exists)."""
    try:
        from consilience.pipeline import context_from_articles  # type: ignore

        return context_from_articles(articles)
    except (ImportError, AttributeError):
        pass
    from consilience.analyse import analyse
    from consilience.dates import extract_dates
    from consilience.embed import embed_texts
    from consilience.model import Extraction, Story, StoryContext

    analyses = list(analyse(articles))
    extractions = {}
    for a in analyses:
        ext = Extraction(a.article.id, dates=extract_dates(a))
        for mod, fn, field in (
            ("quantities", "extract_quantities", "quantities"),
            ("quotes", "extract_quotes", "quotes"),
            ("provenance", "extract_attributions", "attributions"),
        ):
            try:
                module = __import__(f"consilience.{mod}", fromlist=[fn])
                setattr(ext, field, getattr(module, fn)(a))
            except Exception:  # noqa: BLE001 - a colleague's module may be missing/in flux
                pass
        extractions[a.article.id] = ext
    vectors = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
    ids = [a.article.id for a in analyses]
    return StoryContext(Story("s", "story", ids), analyses, extractions, vectors)


def seed_articles(published: str | None = SEEDS_ANCHOR):
    """The five seed articles with ids "000".."004" (the gold's keys)."""
    from consilience.model import Article

    shared = shared_dir()
    if shared is None:
        return None
    arts = []
    for p in sorted((shared / "seeds").glob("*.txt")):
        arts.append(
            Article(
                id=p.name[:3],
                source=p.name,
                text=p.read_text(encoding="utf-8"),
                published=published,
            )
        )
    return arts


def seeds_gold() -> dict[str, Any] | None:
    shared = shared_dir()
    if shared is None:
        return None
    return json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))


def read_corpus(paths, published=None):
    """Articles read through the project's reader, keyed by gold key (file name / FILE#KEY)."""
    from consilience.model import Article
    from consilience.normalise import read_articles

    out = []
    for item in read_articles([str(p) for p in paths], published=published):
        if isinstance(item, Article):
            out.append(item)
    return out


def ecbplus_articles(n: int, published: str | None = None) -> list:
    """The first ``n`` ECB+ articles (``../shared/datasets/ecbplus``) read as the CLI reads a
    JSONL export (title kept, ``published`` given to every one when set)."""
    import json
    import tempfile

    from consilience.normalise import read_articles

    src = shared_dir() / "datasets" / "ecbplus" / "articles.jsonl"
    rows = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines() if x.strip()]
    path = Path(tempfile.mkdtemp()) / "ecb.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in rows[:n]:
            rec = {"id": r["id"], "title": r.get("title") or "", "text": r["text"]}
            if published:
                rec["published"] = published
            f.write(json.dumps(rec) + "\n")
    return [a for a in read_articles([str(path)]) if hasattr(a, "text")]


def gold_key(article) -> str:
    return Path(article.source).name


def demo_articles():
    return read_corpus(sorted((ROOT / "src" / "consilience" / "demo").iterdir()))


def fixture_articles():
    return read_corpus(sorted((ROOT / "tests" / "fixtures" / "annotated").glob("*.txt")))


def load_gold(name: str) -> dict[str, Any] | None:
    p = ROOT / "bench" / "annotations" / f"{name}.json"
    if not p.is_file():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


def timeline_recall(gold_timeline, timeline, key_of) -> dict[str, Any]:
    """A gold date is found when an entry has the same date (the gold precision) and cites
    at least one of the gold articles."""
    found = 0
    missing = []
    for g in gold_timeline:
        ok = any(
            e["date"][: len(g["date"])] == g["date"]
            and {key_of.get(a, a) for a in e["articles"]} & set(g["articles"])
            for e in timeline
        )
        found += ok
        if not ok:
            missing.append(g["date"] + " " + g.get("what", ""))
    gold_dates = {g["date"] for g in gold_timeline}
    extra = [
        e["date"]
        for e in timeline
        if not any(e["date"].startswith(d) or d.startswith(e["date"]) for d in gold_dates)
    ]
    return {
        "gold": len(gold_timeline),
        "found": found,
        "reported": len(timeline),
        "missing": missing,
        "unmatched_dates": extra,
    }
