"""Story grouping, session 22: the next morning's reports of an event's consequences (an
appeal, an apology, an inquiry) join the event's story when their leads look back at its day
(consilience.story_back_refs) and say alike about its names; one person's events align when
a sentence-opening title was tagged into the name (entity_types.untitled_name).

The texts are written for these tests (a ferry grounding and the operator's suspension of a
captain the day after). Dense vectors are set by hand, as in tests/test_stories_s15.py: two
fragments of two reports each, 0.9 alike across by dense cosine, sharing no words, so every
centroid bar leaves them apart and only the anchor merge can join them.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from consilience import stories as st
from consilience.entity_types import untitled_name
from consilience.story_back_refs import referred_days
from consilience.story_events import shared_events

DAY = "2026-05-09"  # a Saturday
NEXT = "2026-05-10"


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(st.DIM, dtype=np.float32)
    for k, w in parts:
        v[k] += w
    return v / np.linalg.norm(v)


A_VEC = _unit((0, 1.0))
B_VEC = _unit((0, 0.9), (1, 0.436))

#: both fragments say alike about the operator and the captain (their anchors)
NAMES = {"kell ferries": _unit((9, 1.0)), "mara lind": _unit((10, 1.0))}

A_TEXT = [
    "The Kell Ferries vessel Orla ran aground off Duna Point with 212 passengers aboard.",
    "Passengers waited hours on deck after Orla grounded near Duna Point rocks.",
]


def _b_text(look_back: str) -> list[str]:
    return [
        f"Kell Ferries suspended captain Mara Lind after {look_back} grounding, pending inquiry.",
        f"Operator confirms suspension of Lind {look_back}; maritime inspectors begin inquiry.",
    ]


def _items(look_back: str = "yesterday's", *, b_day: str = NEXT, b_names=None):
    b_names = NAMES if b_names is None else b_names
    a = [st.StoryItem(f"a{k}", "", t, DAY, A_VEC, [], [], NAMES) for k, t in enumerate(A_TEXT)]
    b = [
        st.StoryItem(f"b{k}", "", t, b_day, B_VEC, [], [], b_names)
        for k, t in enumerate(_b_text(look_back))
    ]
    return a + b


def _groups(items) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in st.cluster(items)}


def _day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def test_referred_days_reads_looking_back_words():
    pub = _day("2026-05-10")  # a Sunday
    assert referred_days("The club said late last night it would appeal.", pub) == {pub - 1}
    assert referred_days("after yesterday's vote", pub) == {pub - 1}
    assert referred_days("the crash last Wednesday", pub) == {_day("2026-05-06")}
    assert referred_days("the fire on 7 May", pub) == {_day("2026-05-07")}
    assert referred_days("the fire on May 8, police said", pub) == {_day("2026-05-08")}


def test_referred_days_ignores_what_may_lie_ahead_or_today():
    pub = _day("2026-05-10")
    assert referred_days("The final is on Saturday.", pub) == frozenset()
    assert referred_days("Talks resume on 12 May.", pub) == frozenset()
    assert referred_days("ROMSDAL, 10 May 2026 - Talks resumed this morning.", pub) == frozenset()
    assert referred_days("the strike of 2 April", pub) == frozenset()  # beyond a week
    assert referred_days("yesterday", None) == frozenset()


def test_next_day_consequences_join_the_event():
    assert _groups(_items()) == {frozenset({"a0", "a1", "b0", "b1"})}
    assert len(_groups(_items("last Saturday's"))) == 1


def test_no_look_back_stays_apart():
    found = _groups(_items("the"))
    assert frozenset({"a0", "a1"}) in found and frozenset({"b0", "b1"}) in found


def test_look_back_to_another_day_stays_apart():
    assert len(_groups(_items("last Tuesday's"))) == 2  # 5 May: not the event's day
    assert len(_groups(_items("yesterday's", b_day="2026-05-12"))) == 2  # 11 May


def test_one_name_said_alike_stays_apart():
    one = {"kell ferries": NAMES["kell ferries"], "mara lind": _unit((11, 1.0))}
    assert len(_groups(_items(b_names=one))) == 2


def test_untitled_name_cuts_a_title_tagged_into_a_name():
    assert untitled_name("winger tom leary") == "tom leary"
    assert untitled_name("striker anna berg") == "anna berg"
    assert untitled_name("club coach ivo sand") == "club coach ivo sand"  # "club" no person
    assert untitled_name("hunter vale") == "hunter vale"  # a given name and a surname
    assert untitled_name("north yorkshire police") == "north yorkshire police"
    assert untitled_name("harbour kings") == "harbour kings"


def test_events_of_one_person_align_across_a_tagged_title():
    assert shared_events(["goalkeeper lena fors|save"], ["lena fors|save"]) == 1
    assert shared_events(["goalkeeper lena fors|save"], ["lena ford|save"]) == 0
