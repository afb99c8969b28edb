"""Probe (not a benchmark): the figure conflicts and corroborated figures of small stories
written for issue #12's kinds, as the brief builds them.

    python bench/figures_s12_probe.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

STORIES = {
    "clock start vs end": (
        "The tram lines went down at 6:40 a.m. on Tuesday, the operator said.",
        "Trams were running again at 2 p.m. on Tuesday, the operator said.",
    ),
    "clock down vs back": (
        "The phone lines went down at 7:05 a.m., the company said.",
        "Service came back at 3 p.m., the company said.",
    ),
    "clock cut vs restored": (
        "Power was cut to the district at 7:05 a.m.",
        "Power to the district was restored at 3 p.m.",
    ),
    "wind sustained vs gust": (
        "Sustained winds reached 150 km/h as the storm came ashore.",
        "Gusts of up to 190 km/h were recorded as the storm came ashore.",
    ),
    "stage landfall vs inland": (
        "The storm carried winds of 180 km/h at landfall.",
        "After weakening inland, the storm carried winds of 90 km/h.",
    ),
    "temperature high vs low": (
        "Temperatures hit a high of 41 degrees Celsius in the city on Tuesday.",
        "Overnight lows of 28 degrees Celsius kept people awake, and a high of 43 degrees Celsius was recorded.",
    ),
    "storm vs winds": (
        "The storm reached 150 km/h as it came ashore.",
        "The storm came ashore with winds of 170 km/h.",
    ),
    "synonym heads": (
        "The regulator received 38,000 complaints about the outage.",
        "The regulator said it had logged 52,000 problem reports about the outage.",
    ),
    "synonym heads 2": (
        "About 4 million customers were affected by the outage.",
        "The outage hit 2.5 million account holders, the bank said.",
    ),
    "approx time agrees": (
        "The ferry ran aground shortly before 3 p.m. on Friday.",
        "The ferry ran aground at 2:40 p.m. on Friday, the coastguard said.",
    ),
    "approx time conflicts": (
        "The ferry ran aground just after 8 a.m. on Friday.",
        "The ferry ran aground at 6:15 a.m. on Friday, the coastguard said.",
    ),
    "running count vs subset": (
        "Three inmates escaped from the jail on Sunday. Two were recaptured on Monday.",
        "Three inmates escaped from the jail on Sunday, police said.",
    ),
    "running count vs subset 2": (
        "Three inmates escaped from the jail on Sunday night, police said.",
        "Two inmates were recaptured on Monday, police said.",
    ),
    "running count vs subset 3": (
        "Four climbers went missing on the ridge on Saturday.",
        "Three climbers have been found alive, rescuers said on Sunday.",
    ),
    "labels": (
        "Police deployed 40 officers while 1,200 people were evacuated from the valley.",
        "About 900 people were evacuated from the valley, officials said.",
    ),
}


def main() -> None:
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Article, Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities
    from consilience.reconcile import build_quantities

    for name, texts in STORIES.items():
        arts = [
            Article(
                id=f"a{i}",
                source=f"a{i}.txt",
                text=t,
                outlet=f"O{i}",
                published=f"2026-03-0{2 + i}",
            )
            for i, t in enumerate(texts)
        ]
        an = list(analyse(arts))
        ex = {a.article.id: Extraction(a.article.id, quantities=extract_quantities(a)) for a in an}
        vecs = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in an}
        ctx = StoryContext(Story("s", name, [a.article.id for a in an]), an, ex, vecs)
        out = build_quantities(ctx)
        print(f"== {name}")
        if "-v" in sys.argv:
            from consilience.reconcile import slot_key

            for a in an:
                for q in ex[a.article.id].quantities:
                    print(f"   q {a.article.id} {q.text!r} measure={q.measure!r} key={slot_key(q)}")
        for kind in ("conflicts", "corroborated"):
            for c in out[kind]:
                vals = [(r["article"], r.get("text")) for r in c["readings"]]
                print(f"   {kind[:5]} {c['subject']!r} upd={c.get('update', False)} {vals}")


if __name__ == "__main__":
    main()
