"""Story grouping, session 16: a store's grouping does not depend on the order articles came
in. A later ingest settles its articles as a batch would (consilience.story_settle): the
evidence it brings may join two stories the store already had (the surviving story's id
answers for both, StoryIndex.resolve). A shared figure is evidence only of one thing
(consilience.story_figures): "48 flats" = "48 apartments", not "48 firefighters"; a
"45-metre cordon" is not a "45-metre stretch of track", a "45-metre-wide" hole may be "the
void, measured at 45 metres".

The texts are written for these tests; dense vectors are set by hand (as in
tests/test_stories_s15.py): two fragments of one event, 0.9 alike across by dense cosine and
sharing no words, naming one town but saying other things of it, whose only tie is two
measured figures that the second report of each fragment gives.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from consilience import stories as st
from consilience.story_figures import figure_keys, figure_of
from consilience.story_filings import Filing

DAY = "2026-05-12"
FLOOR = replace(st.Params(), event_floor=0.35)  # the fragments are 0.36 alike


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(st.DIM, dtype=np.float32)
    for k, w in parts:
        v[k] += w
    return v / np.linalg.norm(v)


A_VEC, B_VEC = _unit((0, 1.0)), _unit((0, 0.9), (1, 0.436))
#: both fragments name the town, each saying something else of it (anchor cosine 0): a lone
#: report of one does not move to the other below ``threshold`` (the anchor veto)
NAMES = {A_VEC.tobytes(): {"ostby": _unit((7, 1.0))}, B_VEC.tobytes(): {"ostby": _unit((8, 1.0))}}
FIGS = ["length|m|45", "time of day|s|3.06e+04"]


def _item(aid, text, vec, figures=None):
    return st.StoryItem(aid, "", text, DAY, vec, [], [], NAMES[vec.tobytes()], figures=figures)


ITEMS = {
    "wire": _item(
        "wire", "Footbridge over Ostby canal collapsed, walkers hurt, towpath shut.", A_VEC
    ),
    "paper": _item(
        "paper",
        "Walkers hurt when footbridge collapsed over Ostby canal; towpath shut.",
        A_VEC,
        FIGS,
    ),
    "blog": _item(
        "blog", "Surveyors checking girders tonight; barges held, inquiry opened.", B_VEC
    ),
    "radio": _item(
        "radio", "Barges held, inquiry opened; surveyors checking girders tonight.", B_VEC
    ),
    "release": _item(
        "release", "Inquiry opened, barges held while surveyors check girders tonight.", B_VEC, FIGS
    ),
}


def _grown(ingests: list[str]) -> st.StoryIndex:
    """The index after one ingest per string of ``ingests`` (article ids, space-separated)."""
    first, *rest = [[ITEMS[a] for a in ids.split()] for ids in ingests]
    index = st.cluster_index(first, params=FLOOR)
    for batch in rest:
        index.add(batch)
    return index


def _groups(index: st.StoryIndex) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in index.to_stories()}


def test_batch_joins_the_fragments_by_their_figures():
    assert _groups(st.cluster_index(list(ITEMS.values()), params=FLOOR)) == {frozenset(ITEMS)}


def test_a_later_ingest_bringing_the_evidence_joins_two_stored_stories():
    index = _grown(["wire paper", "blog radio"])
    before = {s.id: frozenset(s.articles) for s in index.to_stories()}
    assert set(before.values()) == {frozenset({"wire", "paper"}), frozenset({"blog", "radio"})}
    index.add([ITEMS["release"]])
    assert _groups(index) == {frozenset(ITEMS)}
    [now] = index.to_stories()
    assert now.id in before  # one of the stored stories' ids survives ...
    assert {index.resolve(i) for i in before} == {now.id}  # ... and the other names it
    back = st.StoryIndex.from_state(index.to_state())
    assert {back.resolve(i) for i in before} == {now.id}
    assert index.resolve("story-unknown") is None


def test_every_arrival_order_gives_the_batch_stories():
    for order in (
        ["release radio", "wire", "blog", "paper"],
        ["blog radio", "paper wire", "release"],
    ):
        assert _groups(_grown(order)) == {frozenset(ITEMS)}, order


def _claims(*figures):
    return [SimpleNamespace(figures=list(figures))]


def test_a_count_matches_only_a_count_of_the_same_thing():
    flats = figure_keys(_claims("count||48|47.5|48.5|flat/"))
    apartments = figure_keys(_claims("count||48|47.5|48.5|apartment/"))
    firefighters = figure_keys(_claims("count||48|47.5|48.5|firefighter/"))
    unnamed = figure_keys(_claims("count||48|47.5|48.5|/"))
    assert {figure_of(k) for k in set(flats) & set(apartments)} == {"count||48"}
    assert not set(flats) & set(firefighters)
    assert unnamed == []


def test_fragments_sharing_counts_of_other_things_stay_apart():
    flats = figure_keys(_claims("count||48|47.5|48.5|flat/")) + _length_keys("span")
    firefighters = figure_keys(_claims("count||48|47.5|48.5|firefighter/")) + _length_keys("span")
    assert _pair(flats, firefighters) == 2
    assert _pair(flats, flats) == 1


def _measured(figure: str, what: str) -> SimpleNamespace:
    dimension, unit, value = figure.split("|")[:3]
    return SimpleNamespace(dimension=dimension, unit=unit, value=float(value), measure=what)


def _length_keys(what: str) -> list[str]:
    return figure_keys(_claims("length|m|45|44|46|/"), [_measured("length|m|45", what)])


def test_a_measured_figure_is_keyed_with_what_it_measures():
    assert _length_keys("cordon") == ["length|m|45|m:cordon"]
    assert figure_keys(_claims("length|m|45|44|46|/")) == []  # measuring nothing known
    clock = "time of day|s|30600|30500|30700|/"
    assert figure_keys(_claims(clock), [_measured(clock, "strike")]) == ["time of day|s|3.06e+04"]


def _pair(keys_a: list[str], keys_b: list[str]) -> int:
    a = [replace(ITEMS["wire"], figures=keys_a), replace(ITEMS["paper"], figures=keys_a)]
    b = [replace(ITEMS["blog"], figures=keys_b), replace(ITEMS["radio"], figures=keys_b)]
    return len(st.cluster(a + b, params=FLOOR))


def test_fragments_sharing_a_length_of_other_things_stay_apart():
    clock = figure_keys(_claims("time of day|s|30600|30500|30700|/"))
    assert _pair(clock + _length_keys("cordon"), clock + _length_keys("stretch")) == 2
    assert _pair(clock + _length_keys("cordon"), clock + _length_keys("cordon")) == 1
    assert _pair(clock + _length_keys("width"), clock + _length_keys("crater")) == 1  # an extent
    assert _pair(clock + _length_keys("soil"), clock + _length_keys("earth")) == 1  # a hypernym


#: an outlet's dateline on both filings: "DUNMERE, England, May 12 (HW) -"
DATELINE = ("dunmere", "england", "hw", "may")
MORNING = Filing("harbour wire", "dunmere", False, DATELINE)
EVENING = Filing("harbour wire", "dunmere", True, DATELINE)


def _city_desk(council_alike: bool, figures: list[str] | None = None) -> list[st.StoryItem]:
    """A wire's morning story (a gas leak) and its evening ``UPDATE 1`` (a derailment in
    the same city), each with a report of another outlet; the wire's filings 0.9 alike by
    dense cosine, naming the city, the dateline's country and the council."""
    said = {"dunmere": _unit((11, 1.0)), "england": _unit((12, 1.0))}
    council_am, council_pm = _unit((13, 1.0)), _unit((13 if council_alike else 14, 1.0))
    am = {**said, "dunmere city council": council_am}
    pm = {**said, "dunmere city council": council_pm}
    figs = figures or []
    return [
        st.StoryItem("hw-am", "", "Gas main ruptured under Castle Street; offices emptied.",
                     DAY, A_VEC, [], [], am, MORNING, figs),
        st.StoryItem("post", "", "Offices emptied when Castle Street gas main ruptured.",
                     DAY, A_VEC, [], [], {}, Filing("dunmere post"), []),
        st.StoryItem("hw-pm", "", "Diesel wagons derailed at Millbrook Road; line shut.",
                     DAY, B_VEC, [], [], pm, EVENING, figs),
        st.StoryItem("rail", "", "Line shut after diesel wagons derailed at Millbrook Road.",
                     DAY, B_VEC, [], [], {}, Filing("northline rail"), []),
    ]  # fmt: skip


def test_an_outlets_update_on_another_event_of_its_city_stays_apart():
    found = {frozenset(s.articles) for s in st.cluster(_city_desk(council_alike=False))}
    assert found == {frozenset({"hw-am", "post"}), frozenset({"hw-pm", "rail"})}


def test_an_outlets_update_saying_alike_of_a_name_or_sharing_a_figure_joins():
    assert len(st.cluster(_city_desk(council_alike=True))) == 1
    residents = figure_keys(_claims("count||400|390|410|resident/"))
    assert len(st.cluster(_city_desk(council_alike=False, figures=residents))) == 1


FIXTURE = Path(__file__).parent / "fixtures" / "stories_s16" / "two_events_one_city.json"


def test_two_events_of_one_city_from_one_wire_stay_two_stories():
    from consilience.model import Article

    data = json.loads(FIXTURE.read_text("utf-8"))["articles"]
    arts = [
        Article(id=a["id"], source=a["id"] + ".md", text=a["text"], title=a["title"],
                published=a["published"], outlet=a["outlet"])
        for a in data
    ]  # fmt: skip
    found = {frozenset(s.articles) for s in st.cluster(st.items_from_articles(arts))}
    events: dict[str, set[str]] = {}
    for a in data:
        events.setdefault(a["event"], set()).add(a["id"])
    assert found == {frozenset(v) for v in events.values()}
