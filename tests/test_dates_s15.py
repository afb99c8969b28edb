"""Timeline: one act on one thing in other verbs is one event dated twice (a date conflict,
one disputed line), and a plan and a done act that only share their day are two lines
(issue #12, held-out s14 timeline rows). Articles written for these tests (a footbridge,
a ferry strike)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from consilience import dates
from consilience.brief import build_brief
from consilience.model import Article


def _brief(bench, texts: dict[str, str], published: str):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(bench.build_context(arts))


BRIDGE = {
    "a": (
        "The Mill Lane footbridge over the Avon was closed on Tuesday after a crack was found. "
        "The footbridge was inspected by county surveyors in March, the county said."
    ),
    "b": (
        "A crack forced the closure of the Mill Lane footbridge in Stanton on Tuesday. "
        "Surveyors last looked at the footbridge in June, according to county records."
    ),
    "c": (
        "Stanton's Mill Lane footbridge was shut on Tuesday when walkers reported a crack. "
        "Repairs could take several weeks, engineers said."
    ),
}


def test_one_act_on_one_thing_in_other_verbs_is_one_disputed_line(bench):
    rows = _brief(bench, BRIDGE, "2026-09-16")["timeline"]
    surveyed = [r for r in rows if "March" in r["text"] or "June" in r["text"]]
    assert len(surveyed) == 1, [r["text"] for r in rows]
    assert surveyed[0].get("disputed"), surveyed[0]
    assert sorted(d["date"] for d in surveyed[0]["dates"]) == ["2026-03", "2026-06"]


def _mention(article: str, planned: bool):
    m = SimpleNamespace(date="2026-04-10", precision="day")
    return {
        "m": m,
        "article": article,
        "negative": True,
        "ordinals": frozenset(),
        "planned": planned,
    }


def test_a_plan_and_a_done_act_sharing_only_their_day_are_two_lines():
    # "No complaints had been received before this morning" (done) / "no sailings will run
    # today" (a plan): the same day and a weak likeness are no evidence of one event
    mentions = [_mention("a", planned=False), _mention("b", planned=True)]
    sim = np.array([[1.0, 0.35], [0.35, 1.0]], dtype=np.float32)
    assert dates._cluster(mentions, sim) == [[0], [1]]
    mentions[1]["planned"] = False
    assert dates._cluster(mentions, sim) == [[0, 1]]


VANS = {
    "a": (
        "Masked men robbed a Brinkley security van outside a bank in Tamworth on Friday. "
        "It was the second raid on a Brinkley van since April, when thieves took 200,000 "
        "pounds in Lichfield."
    ),
    "b": (
        "Robbers held up a Brinkley cash van in Tamworth on Friday morning. "
        "It is the second time this year a Brinkley van has been targeted: in June a crew "
        "was robbed in Lichfield."
    ),
}


def test_the_act_before_the_story_counted_by_one_rank_is_one_act(bench):
    rows = _brief(bench, VANS, "2026-10-03")["timeline"]
    earlier = [r for r in rows if "April" in r["text"] or "in June" in r["text"]]
    assert len(earlier) == 1, [r["text"] for r in rows]
    assert earlier[0].get("disputed"), earlier[0]
    assert {"2026-04", "2026-06"} <= {d["date"] for d in earlier[0]["dates"]}
