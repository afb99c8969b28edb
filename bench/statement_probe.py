"""Print the claims consilience extracts from short texts, and the fact conflicts of the
texts briefed as one story: a probe for statement conflicts (issue #11/#12).

    python bench/statement_probe.py "article 1" "article 2" [-- "article 1" ...] ...
"""

from __future__ import annotations

import sys

from consilience.claims import article_names
from consilience.event_states import readings
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles, finished_brief

FIELDS = "kind frame predicate actor actor_keys patient patient_key negated modality tense dates"


def main(texts: list[str]) -> None:
    """Print each article's claims (fields of :data:`FIELDS`) and the brief's fact
    conflicts."""
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2025-03-12")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    for a in arts:
        for c in ctx.extractions[a.id].claims:
            vals = {f: getattr(c, f) for f in FIELDS.split()}
            print(a.id, repr(c.text), vals)
            for r in readings(ctx.analysis(a.id), c, article_names(ctx.analysis(a.id).doc)):
                print("   ", r)
    b = finished_brief(ctx)
    for c in b["conflicts"]:
        if c["kind"] == "fact":
            print("CONFLICT", c["subject"], [r["text"] for r in c["readings"]])


def stories(args: list[str]) -> list[list[str]]:
    """``args`` split into stories at each ``--``."""
    out: list[list[str]] = [[]]
    for a in args:
        if a == "--":
            out.append([])
        else:
            out[-1].append(a)
    return [s for s in out if s]


if __name__ == "__main__":
    for story in stories(sys.argv[1:]):
        print("=" * 20)
        main(story)
