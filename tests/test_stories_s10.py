"""Story grouping, session 10 (issue #12, item 21): one event told from two angles, split by
the centroid passes into two fragments (a wire, a live blog and the operator's undated
statement; a local paper with a byline and an evening broadcast), is one story when the
fragments say alike about the names they share; two events of one kind on one day, which
share an operator or an inspectorate, stay apart; story ids are a function of the members.

The texts are written for these tests. The clusterer's inputs that decide a split (dense
vectors, entity anchors, event keys) are set by hand in the grouping tests, to reproduce
what the held-out split measured: fragments whose centroids are about 0.55 similar (under
the 0.65 merge bar), whose names are said alike at about 0.5 (anchor cosine), and which
share one event. tests/fixtures/stories_s10 holds two stores' worth of articles written the
same way and embedded for real: an ammonia leak at a brewery beside one at a cold store in
the same county, investigated by one board.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from story_fixtures import fixture_articles
from story_fixtures import groups as _groups

from consilience import stories as st
from consilience.story_anchors import core_names, distinct_names, name_groups, named_share

FIXTURES = Path(__file__).parent / "fixtures" / "stories_s10"

#: the pass of this session switched off: what grouping did before it
NO_ANCHOR_MERGE = {"anchor_keys": 10**6}


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    """A unit vector of ``st.DIM`` with weights at the given dimensions."""
    v = np.zeros(st.DIM, dtype=np.float32)
    for k, w in parts:
        v[k] += w
    return v / np.linalg.norm(v)


def _item(aid, text, published, dense, anchors, events, title=""):
    return st.StoryItem(aid, title, text, published, dense, [], events, anchors)


def _quarry_items(town_b: str | None = None) -> list[st.StoryItem]:
    """A quarry wall collapse at Tarrow, told by a wire, a live blog and the operator's
    undated statement (fragment A) and by a local paper with a byline and an evening
    broadcast about the inquiry (fragment B). With ``town_b``, fragment B is instead
    another collapse the same day at quarry ``town_b`` of the same operator."""
    q, q2 = _unit((10, 1.0)), _unit((10, 0.5), (11, 0.87))  # "Tarrow quarry" said alike (0.5)
    o, o2 = _unit((20, 1.0)), _unit((20, 0.55), (21, 0.84))  # the operator said alike
    h = _unit((30, 1.0))
    near = [_unit((0, 1.0), (40 + k, 0.15)) for k in range(3)]
    near_b = [_unit((0, 0.5), (1, 0.87), (50 + k, 0.15)) for k in range(2)]  # ~0.5 from A
    a_keys = {"tarrow quarry": q, "orrin stone": o, "vellan": h}
    place = town_b.lower() + " quarry" if town_b else "tarrow quarry"
    b_keys = {place: q2, "orrin stone": o2, "vellan": h, "nessa hale": _unit((60, 1.0))}
    b_events = [f"{place}|collapse", "nessa hale|wait"]
    where = f"{town_b} quarry" if town_b else "Tarrow quarry"
    return [
        _item("q-wire", "VELLAN, March 4 (Paxwire) - A wall of the Tarrow quarry collapsed on "
              "Thursday, burying two excavators, the operator Orrin Stone said. Nobody was "
              "hurt.", "2027-03-04", near[0], a_keys, ["tarrow quarry|collapse"]),
        _item("q-live", "09:40 The quarry road at Tarrow is closed. 10:15 Orrin Stone says "
              "both drivers got out of their cabs before the wall came down.", "2027-03-04",
              near[1], a_keys, ["orrin stone|close"]),
        _item("q-statement", "Orrin Stone confirms that part of the north face at Tarrow "
              "quarry gave way this morning. All staff are accounted for and work has "
              "stopped.", None, near[2], a_keys, ["tarrow quarry|collapse"]),
        _item("q-local", f"By Ada Frost. Families on the hill above {where} near Vellan say "
              "they heard the face crack for weeks. Nessa Hale, whose garden ends at the "
              "fence, waited for news all day.", "2027-03-04", near_b[0], b_keys, b_events),
        _item("q-evening", f"Inspectors are examining the collapse at {where} near Vellan "
              "this evening; Orrin Stone says heavy rain loosened the face.", "2027-03-04",
              near_b[1], b_keys, b_events[:1]),
    ]  # fmt: skip


FRAGMENT_A = frozenset({"q-wire", "q-live", "q-statement"})
EVENT = frozenset({"q-wire", "q-live", "q-statement", "q-local", "q-evening"})


# --------------------------------------------------------------------------- names


def test_names_sharing_a_word_are_one_name():
    keys = ["calder county", "industrial safety board", "calder county industrial safety board",
            "brask", "nordkyl"]  # fmt: skip
    assert distinct_names(keys) == 3
    assert name_groups(["harl", "harl river bridge", "osk"]) == [
        {"harl", "harl river bridge"}, {"osk"},
    ]  # fmt: skip


def test_core_names_are_those_most_reports_give_and_their_share_named():
    maps = [{"tarrow": 1, "orrin stone": 1}, {"tarrow": 1}, {"tarrow": 1, "ada frost": 1}]
    assert core_names(maps) == {"tarrow"}
    assert named_share({"tarrow", "orrin stone"}, {"tarrow quarry"}) == 0.5
    assert named_share({"brask", "nordkyl"}, {"fennick", "halden brewing"}) == 0.0
    assert named_share(set(), {"x"}) == 1.0


# --------------------------------------------------------------------------- grouping


def test_a_statement_and_a_local_paper_fragment_join_their_event():
    items = _quarry_items()
    before = _groups(items, **NO_ANCHOR_MERGE)
    assert FRAGMENT_A in before  # the centroid passes leave the two angles apart
    assert EVENT in _groups(items)


def test_another_collapse_of_the_same_operator_the_same_day_stays_apart():
    """Fragment B tells a collapse at another quarry (Brenmoor) of the same operator: it
    names the operator and the district alike, and a collapse, but never names Tarrow, and
    fragment A never names Brenmoor."""
    items = _quarry_items(town_b="Brenmoor")
    groups = _groups(items)
    assert FRAGMENT_A in groups
    assert frozenset({"q-local", "q-evening"}) in groups


def test_fragments_days_apart_stay_apart():
    items = [replace(it, published="2027-03-09") if it.id in {"q-local", "q-evening"} else it
             for it in _quarry_items()]  # fmt: skip
    assert FRAGMENT_A in _groups(items)


def test_the_anchor_merge_does_not_depend_on_input_order():
    items = _quarry_items() + _quarry_items(town_b="Brenmoor")[3:]
    items = [replace(it, id=it.id + "-2") if k >= 5 else it for k, it in enumerate(items)]
    ref = [(s.id, s.articles) for s in st.cluster(items)]
    for seed in range(3):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert [(s.id, s.articles) for s in st.cluster(shuffled)] == ref


# --------------------------------------------------------------------------- story ids


def _same_event(ids: list[str]) -> list[st.StoryItem]:
    v = _unit((0, 1.0))
    text = "Heavy snow closed the Harl pass road on Monday, stranding 40 lorries, police said."
    return [st.StoryItem(i, "Harl pass closed", text, "2027-01-11", v) for i in ids]


def test_two_different_sets_of_articles_never_share_a_story_id():
    """The same earliest article with different company (``brief a b`` then ``brief a c``):
    before, both stories were named after that article."""
    [ab] = st.cluster(_same_event(["snow-a", "snow-b"]))
    [ac] = st.cluster(_same_event(["snow-a", "snow-c"]))
    assert ab.articles == ["snow-a", "snow-b"] and ac.articles == ["snow-a", "snow-c"]
    assert ab.id != ac.id
    [again] = st.cluster(_same_event(["snow-b", "snow-a"]))
    assert again.id == ab.id == st.members_story_id(["snow-b", "snow-a"])


def test_a_story_of_one_article_keeps_the_article_s_id():
    [one] = st.cluster(_same_event(["snow-z"]))
    assert one.id == st.story_id("snow-z") == st.members_story_id(["snow-z"])


# --------------------------------------------------------------------------- real text


@pytest.fixture(scope="module")
def leak_items() -> list[st.StoryItem]:
    return st.items_from_articles(fixture_articles(FIXTURES / "leaks.json"))


@pytest.fixture(scope="module")
def balloon_items() -> list[st.StoryItem]:
    return st.items_from_articles(fixture_articles(FIXTURES / "balloons.json"))


def test_two_leaks_in_one_county_stay_apart(leak_items):
    """Both leaks are investigated by one board, named in two ways, and said alike about:
    the board's names are one name, and neither story names the other's town and operator."""
    groups = _groups(leak_items)
    fennick = {"fen-wire", "fen-broadcast", "fen-statement", "fen-local", "fen-worker"}
    assert fennick in groups
    assert {"brask-wire", "brask-local"} in groups


def test_two_balloon_landings_the_same_morning_stay_apart(balloon_items):
    groups = _groups(balloon_items)
    ashcombe = {"ash-wire", "ash-broadcast", "ash-statement", "ash-local", "ash-passenger"}
    assert ashcombe in groups
    assert {"pel-wire", "pel-local"} in groups


def test_stories_of_overlapping_piles_in_the_cli_list_only_their_articles(tmp_path):
    """``consilience stories PATHS`` twice into one store, with overlapping piles: each
    listing holds only the given articles, under an id of its own."""
    from typer.testing import CliRunner

    from consilience.cli import app

    arts = {a.id: a for a in fixture_articles(FIXTURES / "balloons.json")}
    for aid in ("ash-wire", "ash-broadcast", "ash-local"):
        a = arts[aid]
        (tmp_path / f"{aid}.md").write_text(
            f"---\ntitle: {a.title}\npublished: {a.published}\n---\n{a.text}\n", "utf-8"
        )
    db, runner = str(tmp_path / "s.db"), CliRunner()

    def listing(*names: str) -> list[dict]:
        paths = [str(tmp_path / f"{n}.md") for n in names]
        res = runner.invoke(app, ["stories", *paths, "--db", db, "--format", "json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout[res.stdout.index("{") :])["stories"]

    [one] = listing("ash-wire", "ash-broadcast")
    [two] = listing("ash-wire", "ash-local")
    sources = [{a["source"].rsplit("/", 1)[-1] for a in s["articles"]} for s in (one, two)]
    assert sources == [{"ash-wire.md", "ash-broadcast.md"}, {"ash-wire.md", "ash-local.md"}]
    assert one["id"] != two["id"]
