"""Story grouping, session 16: a store's grouping does not depend on the order articles came
in. A later ingest settles its articles as a batch would (consilience.story_settle): the
evidence it brings may join two stories the store already had (the surviving story's id
answers for both, StoryIndex.resolve). A shared count is evidence only when it counts the
same thing (consilience.story_figures: "48 flats" = "48 apartments", not "48 firefighters").

The texts are written for these tests; dense vectors are set by hand (as in
tests/test_stories_s15.py): two fragments of one event, 0.9 alike across by dense cosine and
sharing no words, naming one town but saying other things of it, whose only tie is two
measured figures that the second report of each fragment gives.
"""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np

from consilience import stories as st
from consilience.story_figures import figure_keys, figure_of

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
    one_thing = figure_keys(_claims("count||48|47.5|48.5|flat/", "length|m|45|44|46|/"))
    other = figure_keys(_claims("count||48|47.5|48.5|firefighter/", "length|m|45|44|46|/"))
    a = [replace(ITEMS["wire"], figures=one_thing), replace(ITEMS["paper"], figures=one_thing)]
    b = [replace(ITEMS["blog"], figures=other), replace(ITEMS["radio"], figures=other)]
    assert len(st.cluster(a + b, params=FLOOR)) == 2
    b_same = [replace(x, figures=one_thing) for x in b]
    assert len(st.cluster(a + b_same, params=FLOOR)) == 1
