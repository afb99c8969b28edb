"""Date conflicts, session 8 (issues #11/#12, dates): one dated act told with other words --
a support verb lending its date to an event noun ("will take place", "is due", "set ...
for", "on display since"), two verbs WordNet puts in one sense ("quit" / "resigned",
"kidnapped" / "abducted"), a superlative "since" a year -- while other acts, other
superlatives and other named arguments stay apart. Every text here is written for these
tests, in domains (auctions, festivals, orchestras, weather, shipping) of no bench set."""

from __future__ import annotations

import pytest
from conftest import reading_values as _values
from conftest import timeline_of as _timeline

# ------------------------------------------------- a support verb lends its date to a noun


def test_event_noun_behind_take_place_and_the_verb_of_it_conflict():
    tl = _timeline(
        {
            "a": "The auction of the Varnholt violin will take place on June 14 in Geneva.",
            "b": "The Varnholt violin will be auctioned in Geneva on June 21, dealers said.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-06-14", "b": "2026-06-21"}


def test_a_date_set_for_and_a_date_due_conflict_and_resolve_ahead():
    tl = _timeline(
        {
            "a": "The festival board set the premiere of the opera for 12 September.",
            "b": "The premiere of the opera is due on 19 September, the board said.",
        },
        published="2026-05-07",
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-09-12", "b": "2026-09-19"}


def test_past_scheduling_verb_puts_a_month_day_on_the_nearest_side():
    tl = _timeline(
        {"a": "Organisers scheduled the rematch for February 2 after the storm."},
        published="2026-11-20",
    )
    assert [e["date"] for e in tl["timeline"]] == ["2027-02-02"]


def test_state_on_display_since_in_apposition_and_as_a_clause_conflict():
    tl = _timeline(
        {
            "a": "The Halden tapestry has been on display since March 2019 in the east hall.",
            "b": "The Halden tapestry, on display since 2017, will be cleaned in August.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2019-03", "b": "2017"}


# --------------------------------------------------- verbs of one sense, arguments aligned


def test_quit_and_resigned_conflict_charged_and_arrested_do_not():
    tl = _timeline(
        {
            "a": "Conductor Ilse Varga resigned on Tuesday after the tour was cancelled.",
            "b": "Ilse Varga quit the Northfjord Philharmonic on Monday, musicians said.",
            "c": "Police arrested the orchestra's treasurer on Monday.",
            "d": "The orchestra's treasurer was charged with fraud on Wednesday.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-05-05", "b": "2026-05-04"}


def test_kidnapped_and_abducted_with_the_name_in_full_and_in_part_conflict():
    tl = _timeline(
        {
            "a": "Gunmen kidnapped the engineer Amal Toure near Gao on March 3, officials said.",
            "b": "Amal was abducted near Gao on 9 March while driving to the dam site.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-03-03", "b": "2026-03-09"}


def test_one_act_with_other_names_in_one_role_is_two_acts():
    tl = _timeline(
        {
            "a": "The trawler Solvik was impounded at Tromsdal on May 2.",
            "b": "Coastguards confiscated the trawler Solvik at Tromsdal on May 4.",
            "c": "Coastguards confiscated the trawler Havbris at Tromsdal on April 28.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-05-02", "b": "2026-05-04"}


# ---------------------------------------------------------- a superlative since a year


def test_superlative_since_is_one_property_whatever_the_adjective():
    tl = _timeline(
        {
            "a": "The flood is the worst in the Arlen valley since 1953, the mayor said.",
            "b": "It was the most severe flooding the Arlen valley has seen since 1961.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1953", "b": "1961"}


def test_superlative_since_with_an_elided_noun_and_a_hypernym_conflict():
    tl = _timeline(
        {
            "a": "It is the deadliest ferry accident in the strait since 1994.",
            "b": "The sinking was the worst in the strait since 1987, the coastguard said.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1994", "b": "1987"}


@pytest.mark.parametrize(
    "other",
    [
        "It was also the coldest winter in the region since 2010.",
        "The harbour recorded its wettest June since 2010.",
    ],
)
def test_superlatives_of_other_properties_stay_apart(other):
    tl = _timeline(
        {
            "a": "The storm was the windiest on the coast since 1999, forecasters said.",
            "b": "The storm was the windiest on the coast since 2002.",
            "c": other,
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1999", "b": "2002"}


# ------------------------------------------------------------ a plan and what happened


def test_a_planned_act_and_a_done_one_are_two_facts():
    tl = _timeline(
        {
            "a": "The Korsvik ferry will resume sailings on Monday, the operator said.",
            "b": "The Korsvik ferry resumed sailings on Wednesday after the storm.",
            "c": "The Korsvik ferry resumed sailings on Tuesday after the storm, crew said.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"b": "2026-05-06", "c": "2026-05-05"}


def test_a_present_tense_schedule_after_the_report_is_a_plan_like_will():
    tl = _timeline(
        {
            "a": "The tribunal will hold its hearing into the collapse on Monday.",
            "b": "The tribunal's hearing into the collapse takes place on May 12 in Arnhem.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-05-11", "b": "2026-05-12"}


def test_one_act_on_other_things_is_two_acts_on_one_thing_one():
    tl = _timeline(
        {
            "a": "Brevik Foods opened a bakery in Lund in 2011, the firm said.",
            "b": "Brevik Foods opened its first warehouse in Lund in 2014.",
            "c": "Brevik Foods started exporting to Norway from Lund in 2012, records show.",
            "d": "Brevik Foods inaugurated the bakery in Lund in 2009, the mayor recalled.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2011", "d": "2009"}
