"""Which general kind each gold fact conflict of the held-out sets is, found or missed.

    python bench/statements_veto_data.py --cache DIR --out /tmp/facts.json   # what is found
    python bench/statements_missed_kinds.py /tmp/facts.json [KIND]            # counts per set

A diagnostic over all sets before a recall mechanism is chosen (session 25): every gold
conflict of kind ``fact`` that no emitted conflict matches is parsed (its sides' strings) and
counted as ``neg-vs-pos`` (one side negated -- a ``neg`` dependent, "no", "never", "without",
"exempt" ... -- and another not), ``only-vs-all`` (a restriction against a universal), or
``other``; ``+shared`` when two sides share a noun lemma. With KIND, the missed conflicts of
that kind are printed. Session 25, heldout_s5..s24: 104 of 245 found; missed neg-vs-pos+shared
57, other+shared 52, other 18, neg-vs-pos 14.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

NEG = frozenset("not no never none nothing without exempt excluded neither nor".split())
ONLY = frozenset("only solely exclusively just".split())
ALL = frozenset("every all any each everyone everybody".split())


def found_keys(data: dict) -> set[tuple[str, str, int]]:
    """(set, story, gold index) of every gold conflict an emitted conflict matches."""
    out = set()
    for s, stories in data.items():
        for st in stories:
            out |= {(s, st["story"], g) for r in st["rows"] for g in r["golds"]}
            out |= {(s, st["story"], g) for g in st["other_hits"]}
    return out


def kind_of(nlp, values: list[str]) -> str:
    """The diagnostic kind (module doc) of one gold conflict's side strings."""
    docs = [nlp(v) for v in values]
    negs = [any(t.lower_ in NEG or t.dep_ == "neg" for t in d) for d in docs]
    nouns = [
        {t.lemma_.lower() for t in d if t.pos_ in ("NOUN", "PROPN") and not t.is_stop} for d in docs
    ]
    shared = any(nouns[a] & nouns[b] for a in range(len(docs)) for b in range(a + 1, len(docs)))
    if any(negs) and not all(negs):
        kind = "neg-vs-pos"
    elif any(t.lower_ in ONLY for d in docs for t in d) and any(
        t.lower_ in ALL for d in docs for t in d
    ):
        return "only-vs-all"
    else:
        kind = "other"
    return kind + ("+shared" if shared else "")


def main(argv: list[str]) -> None:
    """Print the kinds of the missed gold fact conflicts, per set and in all."""
    from consilience.analyse import load_nlp

    nlp, data = load_nlp(), json.loads(Path(argv[0]).read_text())
    found, show = found_keys(data), argv[1] if len(argv) > 1 else None
    total, per = collections.Counter(), collections.defaultdict(collections.Counter)
    for s in data:
        for f in sorted((ROOT / "bench" / "annotations" / s).glob("*/gold.json")):
            gold = json.loads(f.read_text())
            for i, c in enumerate(gold.get("conflicts", [])):
                if c["kind"] != "fact":
                    continue
                k = (
                    "found"
                    if (s, f.parent.name, i) in found
                    else kind_of(nlp, list(c["values"].values()))
                )
                total[k] += 1
                per[s][k] += 1
                if show and k.startswith(show):
                    print(s, f.parent.name, "|", " || ".join(c["values"].values())[:300])
    for s in data:
        print(s, dict(sorted(per[s].items())))
    print("all", dict(sorted(total.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
