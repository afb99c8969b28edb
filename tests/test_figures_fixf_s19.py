"""Session 19 figure kinds, on sentences written for these tests: a train leaving its rails
told with other verbs and other nouns for its vehicles, the whole of a part written onto
the thing it belongs to, a loose clock time pinned down right after it, and a way in
forced through a door."""

from __future__ import annotations

import pytest
from test_figures_s16 import _entries, _story
from test_figures_s17 import _figs, _one


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Nine of the goods train's 30 cars left the tracks near the bridge.", "Nine"),
        ("Seven wagons came off the rails outside the station.", "Seven"),
        ("Five carriages jumped the rails on the curve.", "Five"),
        ("Eight wagons derailed as the train crossed the viaduct.", "Eight"),
    ],
)  # fmt: skip
def test_a_train_leaving_its_rails_is_one_count_however_told(make, text, needle):
    from consilience.reconcile import slot_key

    assert slot_key(_one(make, text, needle)) == ("count", "rail car", "derailed", None)


def test_leaving_home_is_still_a_displacement(make):
    from consilience.reconcile import slot_key

    q = _one(make, "About 900 residents left their homes overnight.", "900")
    assert slot_key(q)[2] == "displaced"


def test_the_count_written_onto_the_whole_is_the_whole(make):
    from consilience.reconcile import slot_key

    q = _one(make, "Six wagons of the 25-wagon train overturned.", "25")
    assert slot_key(q) == ("count", "rail car", "whole", None)
    assert all(q.measure != "whole" for q in _figs(make, "Two of the four-star hotels shut."))


def test_cars_and_wagons_leaving_the_rails_disagree_and_their_totals_agree():
    ctx = _story(
        ("Rail Wire", "2026-05-03T06:00:00", "Nine of the freight train's 30 cars left the tracks at 3:10 a.m. near Orvik, police said."),
        ("Orvik Post", "2026-05-03T09:00:00", "Eleven wagons of the 30-wagon train came off the rails. The train derailed at about 3:40 a.m."),
    )  # fmt: skip
    got = [(kind, sorted(texts)) for kind, _, texts in _entries(ctx)]
    assert ("conflicts", ["Eleven wagons", "Nine"]) in got, got
    assert ("conflicts", ["3:10 a.m.", "about 3:40 a.m."]) in got, got
    assert ("corroborated", ["30 cars", "30-wagon"]) in got, got


def test_a_loose_clock_time_pinned_down_gives_the_exact_reading(make):
    texts = [
        q.text
        for q in _figs(
            make, "The blaze began shortly before 10 p.m., at 9:50 p.m., the operator said."
        )
    ]
    assert texts == ["9:50 p.m."]


def test_two_clock_times_of_two_moments_are_both_kept(make):
    texts = [
        q.text
        for q in _figs(make, "The blaze began shortly before 10 p.m. and was out at 11:40 p.m.")
    ]
    assert texts == ["shortly before 10 p.m.", "11:40 p.m."]


@pytest.mark.parametrize(
    "text, needle",
    [
        ("The burglars forced open a rear door shortly after 1:30 a.m.", "1:30"),
        ("Two men forced a side window at about 4 a.m., police said.", "4 a.m."),
        ("The theft took place at 3:20 a.m., when a man forced the back door.", "3:20"),
    ],
)  # fmt: skip
def test_forcing_a_door_is_getting_in(make, text, needle):
    assert _one(make, text, needle).measure == "enter"


def test_forcing_a_vote_is_no_getting_in(make):
    q = _one(make, "The opposition forced a vote at 6 p.m. on Tuesday.", "6 p.m.")
    assert q.measure != "enter"
