"""Session 18 figure kinds, on sentences written for these tests: "new" beside an act that
makes or acquires its object (no increment), ..."""

from __future__ import annotations

import pytest
from test_figures_s16 import _entries, _story


def _figs(make, text: str):
    from consilience.quantities import extract_quantities

    return extract_quantities(make(text))


def _one(make, text: str, needle: str):
    found = [q for q in _figs(make, text) if needle in q.text]
    assert len(found) == 1, [(q.text, q.value) for q in _figs(make, text)]
    return found[0]


# ------------------------------------------------------------ "new" of an act's object


@pytest.mark.parametrize(
    "text, needle",
    [
        ("The ferry line is purchasing 14 new hybrid vessels from a Polish yard.", "14"),
        ("The council will build 350 new council homes on the old depot site.", "350"),
        ("About 2,300 new posts will be created at the plant, the minister said.", "2,300"),
    ],
)
def test_new_things_an_act_makes_or_acquires_are_its_figure(make, text, needle):
    from consilience.quantities import qualifier_kind

    q = _one(make, text, needle)
    assert qualifier_kind(q) != "increment"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("Health officials reported 41 new infections in the district overnight.", "41"),
        ("Rescuers pulled three more survivors from the rubble on Friday.", "three"),
    ],
)
def test_new_and_more_of_a_tally_stay_increments(make, text, needle):
    from consilience.quantities import qualifier_kind

    assert qualifier_kind(_one(make, text, needle)) == "increment"


def test_a_count_of_new_things_bought_disputes_another_reports_count():
    ctx = _story(
        ("Wire", "2026-03-02", "Halvik Rail has ordered 40 electric trains from Tessin."),
        ("Paper", "2026-03-02", "Halvik Rail agreed to order 40 electric trains on Monday."),
        ("TV", "2026-03-02", "Halvik Rail is buying 32 new electric trains from Tessin."),
    )
    conflicts = [texts for kind, upd, texts in _entries(ctx) if kind == "conflicts" and not upd]
    assert any("32 new electric trains" in t for texts in conflicts for t in texts), _entries(ctx)


# ------------------------------------------------------------ a change is no tally


@pytest.mark.parametrize(
    "text",
    [
        "The assembly voted on Tuesday to cut the town speed limit from 50 to 30.",
        "Senators passed the bill raising the minimum wage from 12 to 14 dollars an hour.",
    ],
)
def test_the_two_ends_of_a_change_are_no_sides_of_a_vote(make, text):
    from consilience.figure_tallies import vote_side

    doc = make(text).doc
    nums = [t for t in doc if t.like_num]
    assert len(nums) == 2
    assert [vote_side(doc, t.i, t.i + 1, len(doc)) for t in nums] == [None, None]


def test_a_tally_in_a_vote_keeps_its_sides(make):
    from consilience.figure_tallies import AGAINST, FOR, vote_side

    doc = make("The council passed the motion by 31 votes to 12 on Monday night.").doc
    nums = [t for t in doc if t.like_num]
    assert [vote_side(doc, t.i, t.i + 1, len(doc)) for t in nums] == [FOR, AGAINST]


def test_people_who_did_an_act_and_a_count_of_the_act_are_one_figure():
    ctx = _story(
        ("Wire", "2026-05-12", "The synod approved the reform. Fourteen bishops abstained."),
        ("Paper", "2026-05-12", "The synod approved the reform on Monday. Fourteen bishops abstained."),
        ("Radio", "2026-05-12", "The synod approved the reform, with 19 abstentions."),
    )  # fmt: skip
    conflicts = [texts for kind, _upd, texts in _entries(ctx) if kind == "conflicts"]
    assert any({"Fourteen bishops", "19 abstentions"} <= texts for texts in conflicts), _entries(ctx)


# ------------------------------------------------------------ how long, and who was there


def test_a_duration_a_past_act_led_to_is_how_long_it_took(make):
    q = _one(make, "Halloran fought back to take the title in three hours and 7 minutes.", "three")
    assert q.dimension == "duration" and abs(q.value - (3 * 3600 + 7 * 60)) < 1e-6


def test_a_duration_ahead_stays_no_figure(make):
    assert not [q for q in _figs(make, "The ferry is expected to dock in three hours.")
                if q.dimension == "duration"]  # fmt: skip


def test_a_crowd_in_front_of_people_disputes_a_crowd_of_another_report():
    ctx = _story(
        ("Wire", "2026-06-01", "Varga won the final in front of a crowd of 31,000 at the Oval."),
        ("Paper", "2026-06-01", "Varga won the final before a crowd of 31,000 at the Oval."),
        ("TV", "2026-06-01", "Varga won the final in front of 26,000 people on Sunday."),
        ("Local", "2026-06-01", "About 800 fans watched the final on a screen in the park."),
    )
    entries = _entries(ctx)
    conflicts = [texts for kind, _upd, texts in entries if kind == "conflicts"]
    assert any("26,000 people" in t for texts in conflicts for t in texts), entries
    assert not any("About 800 fans" in t for _k, _u, texts in entries for t in texts)


@pytest.mark.parametrize(
    "text, needle, viewed",
    [
        ("Some 2,000 fans watched the derby on a giant screen outside the ground.", "2,000", True),
        ("Nearly 4 million people watched the debate on television.", "4 million", True),
        ("About 9,000 spectators watched the regatta from the harbour wall.", "9,000", False),
        ("Around 700 fans watched the match on Sunday.", "700", False),
    ],
)
def test_people_who_watched_through_a_medium_are_an_audience(make, text, needle, viewed):
    from consilience.figure_audiences import VIEWERSHIP

    assert (_one(make, text, needle).measure == VIEWERSHIP) is viewed


# ------------------------------------------------------------ a figure during and at the end


@pytest.mark.parametrize(
    "text, needle, moment",
    [
        ("Tessa Mining shares fell 3.2% in early trading in Perth.", "3.2%", "interim"),
        ("The krone was down 0.8% against the euro at midday.", "0.8%", "interim"),
        ("Tessa Mining shares closed down 5.6% in Perth.", "5.6%", "final"),
        ("The index ended the session 1.1% higher.", "1.1%", "final"),
        ("Tessa Mining shares fell 5.6% after the warning.", "5.6%", None),
    ],
)
def test_a_figure_is_read_during_its_period_or_at_its_end(make, text, needle, moment):
    from consilience.figure_moments import period_moment

    an = make(text)
    start = text.index(needle)
    assert period_moment(an.doc.char_span(start, start + len(needle), "expand")) == moment


def test_an_early_figure_and_a_later_close_are_an_update_not_a_conflict():
    ctx = _story(
        ("Wire", "2026-04-07T08:30:00Z", "Tessa Mining shares fell 3.2% in early trading."),
        ("Paper", "2026-04-07T17:00:00Z", "Tessa Mining shares closed down 5.6% on Tuesday."),
    )
    entries = _entries(ctx)
    assert [upd for kind, upd, texts in entries if "3.2%" in texts] == [True], entries


def test_two_closes_that_differ_stay_a_conflict():
    ctx = _story(
        ("Wire", "2026-04-07T17:30:00Z", "Tessa Mining shares closed down 3.2% on Tuesday."),
        ("Paper", "2026-04-07T18:00:00Z", "Tessa Mining shares closed down 5.6% on Tuesday."),
    )
    entries = _entries(ctx)
    assert [upd for kind, upd, texts in entries if "3.2%" in texts] == [False], entries


# ------------------------------------------------------------ the unit of a rate


@pytest.mark.parametrize(
    "text",
    [
        "One lap of the new circuit takes about 94 seconds.",
        "The comet needs 76 years to complete one circuit of the Sun.",
    ],
)
def test_one_thing_a_measured_figure_is_given_per_is_no_count(make, text):
    assert not [q for q in _figs(make, text) if q.dimension == "count"]


def test_a_count_of_one_with_no_measured_figure_stays(make):
    found = [q for q in _figs(make, "One climber died on the north face, police said.")
             if q.dimension == "count"]  # fmt: skip
    assert [q.value for q in found] == [1.0]
