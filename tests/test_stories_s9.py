"""Stories that split (issue #12, story grouping): one event covered in sharply different
styles (wire copy, an operator's press release, a live blog, a Q&A explainer, one family's
story, a rescue update) stays one story, while other events of the same day and town, which
name the same place and organisations, stay apart.

The articles are written for these tests (tests/fixtures/stories_s9/): a chairlift stoppage
at an invented ski resort (lift_and_town.json, with a parking-fee vote and a shop fire in the
same town) and a ferry grounding in an invented estuary (ferry_and_harbour.json, with a
harbour-fee vote and a lifeboat naming in the same town). The human-interest pieces name the
event only by its place and a nominalisation ("the breakdown on Karsk Ridge", "the crossing
came to an abrupt end off Pellan Point"): no claim of theirs shares an event key with the
wire, and their centroids are far from it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from story_fixtures import fixture_articles
from story_fixtures import groups as _groups
from story_fixtures import story_of as _story_of

from consilience import stories as st
from consilience.story_anchors import (
    anchor_similarity,
    anchor_vectors,
    decode,
    encode,
    entity_key,
)

FIXTURES = Path(__file__).parent / "fixtures" / "stories_s9"

#: the anchor evidence switched off: what grouping did before it
NO_ANCHORS = {"anchor_bar": 9.0, "anchor_veto": 0.0}


@pytest.fixture(scope="module")
def lift_items() -> list[st.StoryItem]:
    return st.items_from_articles(fixture_articles(FIXTURES / "lift_and_town.json"))


@pytest.fixture(scope="module")
def ferry_items() -> list[st.StoryItem]:
    return st.items_from_articles(fixture_articles(FIXTURES / "ferry_and_harbour.json"))


# --------------------------------------------------------------------------- anchors


def test_entity_key_drops_articles_and_possessives():
    assert entity_key("The  Marisol's") == "marisol"
    assert entity_key("Gannet Island Lines\u2019") == "gannet island lines"
    assert entity_key("an Orvik Co") == "orvik co"


def test_anchor_vectors_average_the_sentences_naming_each_entity():
    vecs = np.eye(4, dtype=np.float32)
    ents = [
        [("Tarn Valley", "GPE"), ("Monday", "DATE")],
        [("Ilsa Brand", "PERSON")],
        [("the Tarn Valley", "GPE"), ("40", "CARDINAL")],
        [("Ilsa Brand", "PERSON")],
    ]
    got = anchor_vectors(ents, vecs, keep=[0, 1, 2])  # sentence 3 is boilerplate
    assert set(got) == {"tarn valley", "ilsa brand"}  # no dates, no numbers
    assert np.allclose(got["tarn valley"], np.array([1, 0, 1, 0]) / np.sqrt(2))
    assert np.allclose(got["ilsa brand"], [0, 1, 0, 0])


def test_anchor_similarity_needs_a_shared_name():
    a = {"holm bridge": np.array([1.0, 0.0]), "ria soto": np.array([0.0, 1.0])}
    b = {"holm bridge": np.array([0.6, 0.8]), "kessel": np.array([0.0, 1.0])}
    assert anchor_similarity(a, b) == pytest.approx((0.6, "holm bridge"))
    assert anchor_similarity(a, {"kessel": np.array([1.0, 0.0])}) == (0.0, None)


def test_anchors_survive_text_encoding_and_the_store_packing(lift_items):
    item = next(it for it in lift_items if it.id == "lift-family")
    assert "karsk ridge" in item.anchors
    v = item.anchors["karsk ridge"]
    assert float(decode(encode(v)) @ v) > 0.999
    again = st.StoryItem(item.id, item.title, item.text, item.published, None,
                         st.packed_entities(item))  # fmt: skip
    assert again.entities == item.entities and again.events == item.events
    assert set(again.anchors) == set(item.anchors)
    assert float(again.anchors["karsk ridge"] @ v) > 0.999


def test_the_event_s_place_is_said_alike_only_in_reports_of_that_event(lift_items):
    by_id = {it.id: it.anchors for it in lift_items}
    same = max(anchor_similarity(by_id["lift-family"], by_id[o])[0]
               for o in ("lift-wire", "lift-explainer"))  # fmt: skip
    other = max(anchor_similarity(by_id["lift-family"], by_id[o])[0]
                for o in ("parking-wire", "parking-local", "fire-wire", "fire-local"))  # fmt: skip
    assert same >= st.Params().anchor_bar > other


# --------------------------------------------------------------------------- grouping


def test_a_human_interest_piece_joins_the_wire_story_of_its_event(lift_items):
    before = _groups(lift_items, **NO_ANCHORS)
    assert _story_of(before, "lift-family") == {"lift-family"}
    after = _groups(lift_items)
    lift = {"lift-wire", "lift-release", "lift-live", "lift-explainer", "lift-family",
            "lift-update"}  # fmt: skip
    assert _story_of(after, "lift-wire") == lift


def test_same_day_events_of_one_town_stay_apart_from_it(lift_items):
    groups = _groups(lift_items)
    assert _story_of(groups, "parking-wire") == {"parking-wire", "parking-local"}
    assert _story_of(groups, "fire-wire") == {"fire-wire", "fire-local"}


def test_another_event_in_other_words_joins_by_its_headland(ferry_items):
    before = _groups(ferry_items, **NO_ANCHORS)
    assert _story_of(before, "ferry-wedding") == {"ferry-wedding"}
    after = _groups(ferry_items)
    assert {"ferry-wire", "ferry-release", "ferry-qa", "ferry-wedding", "ferry-update"} <= (
        _story_of(after, "ferry-wire")
    )
    assert _story_of(after, "dues-wire") == {"dues-wire", "dues-local"}


def test_a_lone_report_is_not_joined_across_days(lift_items):
    moved = [replace(it, published="2027-02-16") if it.id == "lift-family" else it
             for it in lift_items]  # fmt: skip
    assert _story_of(_groups(moved), "lift-family") == {"lift-family"}


def test_a_lone_report_naming_the_place_for_another_event_stays_alone(lift_items):
    parking = [it for it in lift_items if it.id != "parking-local"]  # the vote, told once
    before = _groups(parking, **NO_ANCHORS)  # the lone-report bar let it join the fire
    assert _story_of(before, "parking-wire") == {"parking-wire", "fire-wire", "fire-local"}
    groups = _groups(parking)
    assert _story_of(groups, "parking-wire") == {"parking-wire"}
    assert _story_of(groups, "fire-wire") == {"fire-wire", "fire-local"}
    fire = [it for it in lift_items if it.id != "fire-wire"]
    assert _story_of(_groups(fire), "fire-local") == {"fire-local"}


def test_anchors_persist_with_the_index(lift_items):
    idx = st.StoryIndex(st.Params())
    idx.add(sorted(lift_items, key=st._sort_key))
    again = st.StoryIndex.from_state(idx.to_state())
    a, b = idx.items["lift-family"].anchors, again.items["lift-family"].anchors
    assert set(a) == set(b) and float(a["karsk ridge"] @ b["karsk ridge"]) > 0.999
    again.refine()
    assert "lift-family" in again.stories[again.items["lift-wire"].story].members


@pytest.mark.xfail(strict=True, reason="left alone: the centroid pass joins a same-day event "
                   "of the same town and vocabulary (a lifeboat naming) to the grounding")  # fmt: skip
def test_a_lifeboat_naming_in_the_same_town_stays_apart(ferry_items):
    assert _story_of(_groups(ferry_items), "lifeboat-local") == {"lifeboat-local"}


def test_the_anchor_pass_does_not_depend_on_input_order(lift_items):
    ref = [(s.id, s.articles) for s in st.cluster(lift_items)]
    assert any("lift-family" in arts and len(arts) == 6 for _, arts in ref)
    for k in range(3):
        order = lift_items[k:] + lift_items[:k]
        assert [(s.id, s.articles) for s in st.cluster(order[::-1])] == ref
