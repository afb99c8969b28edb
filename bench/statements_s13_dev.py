"""Fact conflicts of held-out sets, fast (session s13, a development aid, not a benchmark).

    python bench/statements_s13_dev.py [--cache DIR] [-v] SET ...

For each story folder of each SET, the story context is built once and pickled in DIR
(default /tmp/statements_s13_ctx) under a key of the articles and every source file the
context is built from -- all of ``src/consilience`` except the statement modules, which
only read a built context at brief time -- so a change to those modules reruns only
:func:`consilience.statements.statement_conflicts`. Prints per story the gold fact
conflicts found and the false fact conflicts (``realstyle_bench.score_conflicts``), and
the totals. The real figures are ``realstyle_bench.py``'s (whole brief, no cache).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

#: statement modules that only read a built context (their change keeps the cache)
BRIEF_TIME = frozenset(
    "statements.py class_denials.py secondary_states.py opposition.py act_relations.py "
    "act_readings.py statement_stances.py event_states.py report_readings.py "
    "fact_groups.py conflict_sides.py cause_readings.py plan_denials.py noun_branches.py "
    "clash_index.py pair_memo.py value_readings.py denied_matter.py access_states.py "
    "opposite_words.py doer_parties.py told_apart.py level_changes.py group_names.py standing_states.py "
    "view_speakers.py".split()
)


def _key(arts) -> str:
    h = hashlib.sha256()
    for p in sorted((ROOT / "src" / "consilience").glob("*.py")):
        if p.name not in BRIEF_TIME:
            h.update(p.name.encode() + p.read_bytes())
    for a in arts:
        h.update(f"{a.id}|{a.published}|{a.outlet}|{a.title}|{a.text}".encode())
    return h.hexdigest()[:24]


def _context(arts, cache: Path):
    from realstyle_bench import brief_of  # noqa: F401  (same story construction)

    from consilience.model import Story
    from consilience.pipeline import context_from_articles

    path = cache / f"ctx-{_key(arts)}.pkl"
    if path.is_file():
        return pickle.loads(path.read_bytes())
    ctx = context_from_articles(arts, Story("s", arts[0].title or "", [a.id for a in arts]))
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(ctx))
    return ctx


def story_facts(ctx) -> list[dict]:
    """The fact conflicts of a built context (as ``consensus.build_claims`` makes them)."""
    import numpy as np

    from consilience.align import story_nodes
    from consilience.claim_spans import Texts
    from consilience.statements import statement_conflicts

    nodes, vecs = story_nodes(ctx)
    if not nodes:
        return []
    sim = (vecs @ vecs.T).astype(np.float64)
    return statement_conflicts(ctx, nodes, sim, Texts(ctx))


def main(argv: list[str]) -> None:
    """Score the fact conflicts of every story of the sets in ``argv``."""
    from realstyle_bench import load_story, score_conflicts

    cache = Path("/tmp/statements_s13_ctx")
    if "--cache" in argv:
        at = argv.index("--cache")
        cache, argv = Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    verbose = "-v" in argv
    tot = [0, 0, 0, 0]  # gold, found, predicted, false
    for s in [a for a in argv if a != "-v"]:
        for folder in sorted(p for p in (ROOT / s).iterdir() if (p / "gold.json").is_file()):
            arts, names, gold = load_story(folder)
            gold = {**gold, "conflicts": [g for g in gold["conflicts"] if g["kind"] == "fact"]}
            facts = story_facts(_context(arts, cache))
            texts = {a.id: a.text for a in arts}
            c = score_conflicts({"conflicts": facts}, gold, texts, names)
            tot = [tot[0] + c["gold"], tot[1] + c["found"], tot[2] + c["predicted"],
                   tot[3] + len(c["false"])]  # fmt: skip
            print(f"{s.split('/')[-1]}/{folder.name}: found {c['found']}/{c['gold']} "
                  f"false {len(c['false'])}")  # fmt: skip
            for f in c["false"] + [f"MISSED {m}" for m in c["missed"]]:
                print("   ", f)
            if verbose:
                for f in facts:
                    print("    ~", f["subject"], [r["text"][:70] for r in f["readings"]])
    print(f"TOTAL found {tot[1]}/{tot[0]} predicted {tot[2]} false {tot[3]}")


if __name__ == "__main__":
    main(sys.argv[1:])
