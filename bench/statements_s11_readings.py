"""Diagnostic (session s11): every reading the statement stage makes of each claim of a few
invented texts, one line per reading, to see why two statements do or do not clash.

    python bench/statements_s11_readings.py "text one" "text two" ...
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(texts: list[str]) -> None:
    from consilience.act_readings import act_readings
    from consilience.claims import article_names
    from consilience.event_states import readings
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles
    from consilience.secondary_states import secondary_states, with_states
    from consilience.value_readings import value_readings

    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"P{i}", published="2025-03-04")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    for an in ctx.analyses:
        names = article_names(an.doc)
        for c in ctx.extractions[an.article.id].claims:
            print(
                f"[{c.article}] {c.kind} {c.text!r} pred={c.predicate} neg={c.negated} act={c.actor_key} pat={c.patient_key}"
            )
            for fn in (readings, act_readings, value_readings, secondary_states, with_states):
                for r in fn(an, c, names):
                    print(
                        f"    {fn.__name__}: {r.kind} {r.predicate}/{r.pos} sign={r.sign}"
                        f" head={r.head!r} theme={set(r.theme)} mods={set(r.mods)}"
                        f" doer={r.doer_head!r} univ={r.universal} plan={r.plan}"
                    )


if __name__ == "__main__":
    main(sys.argv[1:])
