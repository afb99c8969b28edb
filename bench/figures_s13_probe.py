"""Probe (not a benchmark): the figure conflicts and updates of small stories written for
session 13's kinds (one property under different verbs, number words at a sentence start,
a vote's sides, bounds and running counts as updates, durations and years), as the brief
builds them.

    python bench/figures_s13_probe.py [-v] [NAME ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

#: name -> ((published, text), ...)
STORIES = {
    "stranded verbs": (
        ("2026-06-02T09:00", "Twenty-six dolphins beached themselves on Marlow Sands on Monday."),
        ("2026-06-02T10:00", "Some 26 dolphins became stranded on Marlow Sands on Monday."),
        (
            "2026-06-02T11:00",
            "Rescuers worked through the day after a stranding of 62 dolphins on Marlow Sands.",
        ),
    ),
    "word at start": (
        ("2026-06-02T09:00", "Sixty-two dolphins were found on Marlow Sands on Monday morning."),
        (
            "2026-06-02T10:00",
            "Rescuers said 26 dolphins were found on Marlow Sands on Monday morning.",
        ),
    ),
    "ill vs cases": (
        (
            "2026-06-02T08:00",
            "HOLLIN, June 2 (Wire) - Eleven children at a primary school in Hollin have fallen ill with food poisoning.",
        ),
        (
            "2026-06-02T13:00",
            "The number of food poisoning cases linked to a primary school in Hollin has risen to 18, health officials said.",
        ),
    ),
    "vote sides": (
        (
            "2026-06-02T09:00",
            "The council approved the budget after 41 councillors voted in favour and 17 against.",
        ),
        ("2026-06-02T10:00", "The budget passed by 44 votes to 17."),
    ),
    "bound update": (
        ("2026-06-02T08:00", "About 800 birds have died at the reservoir, wardens said."),
        ("2026-06-02T12:00", "Wardens said 1,400 birds had died at the reservoir."),
        (
            "2026-06-02T18:00",
            "More than 2,000 birds have died at the reservoir, wardens said in the evening.",
        ),
    ),
    "raising dead": (
        ("2026-06-02T08:00", "Six dolphins died on the beach, rescuers said."),
        (
            "2026-06-02T18:00",
            "Four more dolphins died overnight, raising the number of dead to 10.",
        ),
    ),
    "clock read out": (
        ("2026-06-02T09:00", "The returning officer announced the count at 2:35 a.m."),
        (
            "2026-06-02T10:00",
            "The count was declared when the returning officer read it out at 2:53 a.m.",
        ),
    ),
    "durations": (
        (
            "2026-06-02T09:00",
            "The barge hit the lock gate, and the leak was spotted about four hours later.",
        ),
        (
            "2026-06-02T10:00",
            "The leak was spotted two and a half hours after the barge hit the lock gate.",
        ),
    ),
    "years": (
        ("2026-06-02T09:00", "The portrait, painted in 1884, sold for 3 million euros."),
        ("2026-06-02T10:00", "The 1887 portrait sold for 3 million euros."),
    ),
    "years 2": (
        (
            "2026-06-02T09:00",
            "The last time the river burst its banks was in 2011, residents said.",
        ),
        ("2026-06-02T10:00", "The river last burst its banks in 2014."),
    ),
    "subset keep": (
        ("2026-06-02T09:00", "Thirty dolphins stranded on Marlow Sands; nine of them died."),
        ("2026-06-02T10:00", "Of the 30 dolphins that stranded, 21 were refloated."),
    ),
}


def main() -> None:
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Article, Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities
    from consilience.reconcile import build_quantities, slot_key

    names = [a for a in sys.argv[1:] if not a.startswith("-")] or list(STORIES)
    for name in names:
        arts = [
            Article(id=f"a{i}", source=f"a{i}.txt", text=t, outlet=f"O{i}", published=p)
            for i, (p, t) in enumerate(STORIES[name])
        ]
        an = list(analyse(arts))
        ex = {a.article.id: Extraction(a.article.id, quantities=extract_quantities(a)) for a in an}
        vecs = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in an}
        ctx = StoryContext(Story("s", name, [a.article.id for a in an]), an, ex, vecs)
        out = build_quantities(ctx)
        print(f"== {name}")
        if "-v" in sys.argv:
            for a in an:
                for q in ex[a.article.id].quantities:
                    print(
                        f"   q {a.article.id} {q.text!r} {q.dimension} noun={q.noun!r}"
                        f" measure={q.measure!r} ent={q.entity!r} key={slot_key(q)}"
                    )
        for kind in ("conflicts", "corroborated"):
            for c in out[kind]:
                vals = [(r["article"], r.get("text")) for r in c["readings"]]
                print(f"   {kind[:5]} {c['subject']!r} upd={c.get('update', False)} {vals}")


if __name__ == "__main__":
    main()
