"""Entity types of held-out stories against a hand-made gold.

    PYTHONPATH=src python bench/entities_bench.py [--gold bench/annotations/entity_types_gold.json] [-v]

(run it with another checkout's ``src`` on PYTHONPATH to measure that code: the figures
before a change).

For each story folder named in the gold the entities section is built from the articles
alone (spaCy parse, no other section), then compared with the gold:

* type accuracy: of the gold names the section holds (matched by name or alias, folded
  case), how many carry the gold type;
* spurious: names the gold lists under ``not_entities`` (credit lines, bylines, sign-offs,
  page furniture) that still appear as an entity name or alias.

spaCy docs are cached per article text under /tmp/consilience-entities-bench (they depend
only on the text and the model), so a rerun costs the entities section only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CACHE = Path("/tmp/consilience-entities-bench")
GOLD = ROOT / "bench" / "annotations" / "entity_types_gold.json"


def _docs(arts):
    """spaCy Docs of ``arts`` (cached per text and model version)."""
    from consilience.analyse import analyse, doc_from_bytes, doc_to_bytes, pipeline_version

    out = {}
    todo = []
    for a in arts:
        key = hashlib.sha256((pipeline_version() + a.text).encode()).hexdigest()[:24]
        path = CACHE / f"{key}.doc"
        if path.is_file():
            out[a.id] = doc_from_bytes(path.read_bytes())
        else:
            todo.append((a, path))
    for (a, path), an in zip(todo, analyse([a for a, _ in todo]), strict=True):
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_bytes(doc_to_bytes(an.doc))
        out[a.id] = an.doc
    return out


def story_contexts(set_dir: Path):
    """``(story folder name, StoryContext)`` per story folder of a held-out set; the
    context carries the analyses only."""
    from consilience.model import Analysis, Story, StoryContext
    from consilience.normalise import read_articles

    for folder in sorted(p for p in set_dir.iterdir() if p.is_dir()):
        files = sorted(str(p) for p in folder.glob("*.md"))
        arts = [a for a in read_articles(files) if hasattr(a, "text")]
        docs = _docs(arts)
        analyses = [Analysis(a, docs[a.id]) for a in arts]
        story = Story(folder.name, folder.name, [a.id for a in arts])
        yield folder.name, StoryContext(story, analyses, {}, {})


def _lookup(items: list[dict]) -> dict[str, str]:
    out: dict[str, str] = {}
    for it in items:
        for s in [it["name"], *it["aliases"]]:
            out.setdefault(s.lower(), it["type"])
    return out


def score(gold: dict, root: Path = ROOT) -> dict:
    """``{"typed": n, "correct": n, "missing": n, "spurious": n, "errors": [...]}`` over
    the gold's stories."""
    from consilience.entities import story_entities

    res = {"typed": 0, "correct": 0, "missing": 0, "spurious": 0, "errors": []}
    for set_name, stories in gold["sets"].items():
        contexts = dict(story_contexts(root / set_name))
        for story, want in stories.items():
            got = _lookup(story_entities(contexts[story]))
            for name, typ in want["types"].items():
                if name.lower() not in got:
                    res["missing"] += 1
                    res["errors"].append(f"{story}: missing {name!r}")
                    continue
                res["typed"] += 1
                if got[name.lower()] in ([typ] if isinstance(typ, str) else typ):
                    res["correct"] += 1
                else:
                    res["errors"].append(f"{story}: {name} {got[name.lower()]} (gold {typ})")
            for name in want.get("not_entities", []):
                if name.lower() in got:
                    res["spurious"] += 1
                    res["errors"].append(f"{story}: spurious {name!r}")
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    res = score(json.loads(args.gold.read_text()))
    acc = res["correct"] / res["typed"] if res["typed"] else 0.0
    print(
        f"type accuracy {res['correct']}/{res['typed']} = {acc:.3f}; "
        f"gold names not found {res['missing']}; spurious entities {res['spurious']}"
    )
    if args.verbose:
        for e in res["errors"]:
            print("  " + e)


if __name__ == "__main__":
    main()
