"""Story grouping by shared events (issue #12 item 21): same-day reports of one event that
topic similarity splits are joined when they share the event's key arguments; other events of
the same day and town stay apart; a lone report sharing the event joins its story.

The articles are written for these tests (tests/fixtures/stories_s8/): a zoo escape reported
the same day from two angles (the search, the recapture) and as a human-interest piece; a
boathouse fire and a library closure vote in the same town and on the same day, both naming
the town and its council.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from story_fixtures import fixture_articles
from story_fixtures import groups as _groups
from story_fixtures import story_of as _story_of

from consilience import stories as st
from consilience.story_events import concepts, event_keys, shared_events, shared_keys

FIXTURES = Path(__file__).parent / "fixtures" / "stories_s8"

#: the event passes switched off: what grouping did before them
NO_EVENTS = {"event_min_shared": 10**6, "orphan_event_floor": 9.0, "anchor_keys": 10**6}


@pytest.fixture(scope="module")
def town_items() -> list[st.StoryItem]:
    return st.items_from_articles(fixture_articles(FIXTURES / "zoo_and_town.json"))


# --------------------------------------------------------------------------- event keys


def test_event_keys_pair_named_arguments_with_the_event(make):
    analysis = make(
        "Inspectors closed the Harrow Lane bakery on Friday after mice were found. "
        "The owner, Piet Vos, said he would appeal.",
        "k1",
    )
    from consilience.claims import extract_claims

    keys = event_keys(extract_claims(analysis), stop=st.STOP)
    assert "harrow lane|close" in keys or "harrow lane bakery|close" in keys
    # who someone is (an apposition) is no event
    assert not any(k.endswith("|owner") for k in keys)


def test_a_negated_claim_gives_no_event_key(make):
    from consilience.claims import extract_claims

    analysis = make("The Velden Orchestra did not cancel its spring tour.", "k2")
    assert not [k for k in event_keys(extract_claims(analysis)) if k.endswith("|cancel")]


def test_concepts_align_a_deverbal_noun_with_its_verb_and_synonyms():
    assert shared_keys({"corin dale|evacuation"}, {"corin dale|evacuate"})
    assert shared_keys({"port talas|quake"}, {"port talas|earthquake"})
    assert shared_keys({"ines marr|resign"}, {"ines marr|quit"})
    assert shared_keys({"harbour gate|close"}, {"harbour gate|shut"})
    # the same word with another entity, or another act on the same entity: no event
    assert not shared_keys({"corin dale|evacuate"}, {"port talas|evacuate"})
    assert not shared_keys({"ines marr|arrest"}, {"ines marr|release"})
    assert ("w", "zzyzzx") in concepts("zzyzzx")


def test_shared_events_counts_each_side_once():
    a = {"lena ostrov|acquit", "lena ostrov|clear", "aurel bank|sue"}
    b = {"lena ostrov|acquit", "aurel bank|sue", "aurel bank|court"}
    assert shared_events(a, b) == 2
    assert shared_events(a, {"lena ostrov|court"}) == 0


def test_items_carry_event_keys_through_the_store_packing(town_items):
    item = next(it for it in town_items if it.id == "library-wire")
    assert item.events and all("|" in k for k in item.events)
    packed = st.packed_entities(item)
    again = st.StoryItem(item.id, item.title, item.text, item.published, None, packed)
    assert again.entities == item.entities
    assert again.events == item.events


# --------------------------------------------------------------------------- grouping


def test_same_day_reports_of_one_event_from_two_angles_are_one_story(town_items):
    zoo = {"zoo-wire", "zoo-broadcaster", "zoo-release", "zoo-local"}
    before = _groups(town_items, **NO_EVENTS)
    assert _story_of(before, "zoo-wire") != _story_of(before, "zoo-release")  # topic alone
    after = _groups(town_items)
    assert zoo <= _story_of(after, "zoo-wire")


def test_different_events_of_one_day_and_town_stay_apart(town_items):
    groups = _groups(town_items)
    fire, library = _story_of(groups, "fire-wire"), _story_of(groups, "library-wire")
    assert fire == {"fire-wire", "fire-local"}
    assert library == {"library-wire", "library-local"}
    assert not (fire | library) & _story_of(groups, "zoo-wire")
    by_id = {it.id: it for it in town_items}
    fire_keys = set(by_id["fire-wire"].events) | set(by_id["fire-local"].events)
    library_keys = set(by_id["library-wire"].events) | set(by_id["library-local"].events)
    assert shared_events(fire_keys, library_keys) == 0  # town and council, no shared event


def test_an_event_is_not_joined_across_days(town_items):
    moved = [
        replace(it, published="2027-05-19") if it.id in {"zoo-release", "zoo-local"} else it
        for it in town_items
    ]
    groups = _groups(moved)
    assert _story_of(groups, "zoo-wire") != _story_of(groups, "zoo-release")


@pytest.fixture(scope="module")
def lone_items(town_items) -> list[st.StoryItem]:
    return town_items + st.items_from_articles(fixture_articles(FIXTURES / "lone_reports.json"))


def test_a_lone_report_that_shares_the_event_joins_its_story(lone_items):
    before = _groups(lone_items, **NO_EVENTS)
    assert _story_of(before, "lone-travel") == {"lone-travel"}  # topic alone: too far
    after = _groups(lone_items)
    assert {"lone-travel", "zoo-wire", "zoo-release"} <= _story_of(after, "lone-travel")


def test_a_lone_report_sharing_only_a_place_stays_alone(lone_items):
    after = _groups(lone_items)
    assert _story_of(after, "lone-choir") == {"lone-choir"}
    assert _story_of(after, "fire-wire") == {"fire-wire", "fire-local"}


def test_undated_reports_count_as_one_day_unless_thin_excerpts(town_items):
    undated = [replace(it, published=None) for it in town_items]
    groups = _groups(undated)
    assert groups != _groups(undated, **NO_EVENTS)
    assert {"zoo-wire", "zoo-broadcaster", "zoo-release", "zoo-local"} <= _story_of(
        groups, "zoo-wire"
    )
    assert _story_of(groups, "fire-wire") == {"fire-wire", "fire-local"}
    assert _groups(undated, event_undated=False) == _groups(undated, **NO_EVENTS)


def test_thin_undated_excerpts_are_left_to_the_undated_join(town_items):
    thin = [replace(it, published=None, title="") for it in town_items]
    assert _groups(thin) == _groups(thin, **NO_EVENTS)
