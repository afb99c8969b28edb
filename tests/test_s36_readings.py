"""False conflicts of one kind each (session 36), on sentences written for these tests.

Figures:
- a time given to the second is a time of day when its context places it in the day ("between
  14:10:05 and 14:12:40 BST", "at 16:02:30"), never an elapsed time; "at 16.45 hours" is a time
  of day, never a length of sixteen hours; the two ends of "between X and Y" are two
  properties ("fall start", "fall end"), and "14:12:40" is "14:12" told to the second;
- a time before a noun names that noun ("the 08:15 sailing from Larne"): it is no time of the
  clause's event;
- a phrasal verb keeps its particle ("kicked off", "called off"): two moments of one match,
  and a beginning is never joined to another act as the lead time of two reports;
- "a quarter of an hour" is the length of its clause's act, not of a "quarter";
- "with 12 minutes of added time left" is what is still ahead, not a time taken.

Statements:
- "has decided to withdraw the notes" agrees with "said it would withdraw the notes";
- "..., forcing the port to suspend loading" is a past change: with "loading resumed" it is
  two steps of one story (a state said to hold now still disputes);
- the alternatives of "either ... or" and of two clauses joined by "or" are not asserted;
- "did not come to a stop until it ..." states the stop, later (of what is still to come,
  "will not order a review until ...", it denies the act now);
- "came off the rails" is derailing: "did not derail" disputes it;
- an infinitive joined to another ("to order a replay ... or to let the score stand") is
  not stated;
- a past progressive ("was running at 40mph") is over before its opposite change ("came to
  rest");
- a sentence that asserts one word and denies another beside it ("it has gates, but no
  barriers") tells them apart for the whole story;
- "the habit of voting, or of not voting" names an act: no denial of a vote;
- one "no" denies every noun it joins ("no lifts or ramps": no ramps either; "no
  barriers or flashing lights", whose participle the parser takes for a verb).
"""

from __future__ import annotations

import pytest
from brief_fixtures import conflicts_of, figures_of


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2029-03-09")


def _figures(make_ctx, text: str):
    return figures_of(make_ctx, text)


# --------------------------------------------------------------------------- clock figures


def test_a_time_to_the_second_between_two_ends_is_a_time_of_day(make_ctx):
    qs = _figures(
        make_ctx, "Between 14:10:05 and 14:12:40 BST the shares of Orrin Mills dropped 6%."
    )
    clocks = [q for q in qs if q.dimension == "time of day"]
    assert [q.value for q in clocks] == [14 * 3600 + 10 * 60 + 5, 14 * 3600 + 12 * 60 + 40]
    assert not [q for q in qs if q.dimension == "duration"]
    assert [q.measure.split()[-1] for q in clocks] == ["start", "end"]
    assert clocks[1].low <= 14 * 3600 + 12 * 60  # "14:12" told to the second


def test_a_time_to_the_second_after_at_is_a_time_of_day(make_ctx):
    qs = _figures(make_ctx, "The alarm at the Dunlow depot sounded at 16:02:30 on Friday.")
    assert [(q.dimension, q.value) for q in qs if q.text.startswith("16")] == [
        ("time of day", 16 * 3600 + 2 * 60 + 30)
    ]


def test_a_race_time_is_still_an_elapsed_time(make_ctx):
    qs = _figures(make_ctx, "Sela Marrin won the Portcallan marathon in 2:07:31 on Sunday.")
    assert [(q.dimension, q.value) for q in qs if q.text == "2:07:31"] == [
        ("duration", 2 * 3600 + 7 * 60 + 31)
    ]


def test_hours_after_a_clock_figure_give_a_time_of_day(make_ctx):
    qs = _figures(make_ctx, "The ferry docked at Larne at 16.45 hours after a rough crossing.")
    assert [(q.dimension, q.value) for q in qs] == [("time of day", 16 * 3600 + 45 * 60)]


def test_a_time_before_a_noun_names_the_noun(make_ctx):
    qs = _figures(make_ctx, "The 08:15 sailing from Larne struck the pier wall on Tuesday.")
    assert [(q.dimension, q.measure) for q in qs] == [("time of day", "sailing")]


def test_a_phrasal_verb_keeps_its_particle(make_ctx):
    qs = _figures(make_ctx, "The final kicked off at 19:30 and the referee called it off at 20:40.")
    assert sorted(q.measure for q in qs if q.dimension == "time of day") == ["call off", "kick off"]


def test_a_kick_off_and_a_call_off_do_not_dispute(bench):
    assert not _conflicts(
        bench,
        "quantity",
        "The lights at Harl Park failed in the 60th minute. Referee Jon Pell took the players"
        " off, and after a 30-minute wait he called the game off at 9.40pm.",
        "1.1 The match at Harl Park kicked off at 19:30. In the 60th minute the floodlights"
        " failed. The referee abandoned the match.",
    )


def test_a_quarter_of_an_hour_is_the_length_of_the_act(make_ctx):
    qs = _figures(
        make_ctx, "Firefighters closed the Brannock tunnel for three quarters of an hour."
    )
    assert [(q.value, q.measure) for q in qs] == [(2700.0, "close")]


def test_time_left_after_an_of_phrase_is_still_ahead(make_ctx):
    qs = _figures(
        make_ctx, "The fans left with 12 minutes of added time left and the score at 1-1."
    )
    q = next(q for q in qs if q.dimension == "duration")
    assert q.measure != "time taken"


# --------------------------------------------------------------------------- statements


def test_a_decision_to_act_agrees_with_an_act_expected(bench):
    assert not _conflicts(
        bench,
        "fact",
        "The Marrow Bank has decided to withdraw the old polymer notes from circulation.",
        "The Marrow Bank said it would withdraw the old polymer notes from circulation.",
    )


def test_an_act_done_still_disputes_an_act_expected(bench):
    found = _conflicts(
        bench,
        "fact",
        "The Marrow Bank withdrew the old polymer notes from circulation.",
        "The Marrow Bank said it would withdraw the old polymer notes from circulation.",
    )
    assert found


def test_a_forced_suspension_and_a_resumption_are_two_steps(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Loading resumed at noon on Wednesday, the Velm port said.",
        "A conveyor fire spread quickly on Tuesday, forcing the Velm port to suspend loading at the grain terminal.",
    )


def test_a_state_said_to_hold_still_disputes_a_resumption(bench):
    found = _conflicts(
        bench,
        "fact",
        "Loading at the Velm grain terminal resumed at noon on Wednesday.",
        "Loading at the Velm grain terminal remains suspended, the port said on Wednesday.",
    )
    assert found


@pytest.mark.parametrize(
    "alternatives",
    [
        "Either the sprinklers in the Harrick warehouse were not switched on, or someone disabled them.",
        "The sprinklers in the Harrick warehouse were not switched on or the pump had failed.",
    ],
)
def test_alternatives_are_not_asserted(bench, alternatives):
    assert not _conflicts(
        bench, "fact", alternatives, "The sprinklers in the Harrick warehouse were switched on."
    )


def test_a_plain_denial_still_disputes(bench):
    found = _conflicts(
        bench,
        "fact",
        "The sprinklers in the Harrick warehouse were not switched on.",
        "The sprinklers in the Harrick warehouse were switched on.",
    )
    assert found


def test_not_until_states_the_act_later(bench):
    assert not _conflicts(
        bench,
        "fact",
        "The runaway tram on Esk Road was running at 40mph and did not come to a stop until it reached the depot gates.",
        "The runaway tram on Esk Road came to a stop at the depot gates.",
    )


def test_one_no_denies_every_noun_it_joins(bench):
    found = _conflicts(
        bench,
        "fact",
        "There are no lifts or ramps at Pellow station.",
        "There are ramps at Pellow station.",
    )
    assert found


def test_words_told_apart_in_one_sentence_do_not_dispute(bench):
    assert not _conflicts(
        bench,
        "fact",
        "There are no turnstiles or ticket barriers at Quenby halt.",
        "Quenby halt is an unstaffed stop: it has a gate, but no barriers or ticket machines.",
        "Quenby halt is unstaffed, with a gate that passengers open themselves, but no barriers.",
    )


def test_an_infinitive_joined_to_another_is_not_stated(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Under its rules the panel may decide to order a full replay, a partial replay or, in rare cases, to let the score stand.",
        "The score at the time of the abandonment at Brayton shall not stand, the panel ruled.",
    )


def test_coming_off_the_rails_is_derailing(bench):
    found = _conflicts(
        bench,
        "fact",
        "The tram did not derail, the operator of the Kelby line said.",
        "The tram came off the rails near Kelby depot, the operator of the Kelby line said.",
    )
    assert found


def test_not_until_of_what_is_to_come_still_denies_it_now(bench):
    found = _conflicts(
        bench,
        "fact",
        "The Ostrow council leader will not order a review of the contract until the auditors report.",
        "The Ostrow council leader said she was ordering a review of the contract tonight.",
    )
    assert found


def test_a_gerund_of_a_habit_is_no_denial(bench):
    assert not _conflicts(
        bench,
        "fact",
        "Members of the Tarrow rowing club voted on Sunday to admit juniors, by 40 votes to 9.",
        'Ana Brell, the club secretary, said: "Young rowers keep the habit of voting, or of not voting, for years."',
    )


def test_a_decision_not_to_act_still_disputes_a_plan(bench):
    assert _conflicts(
        bench,
        "fact",
        "Kelby Rovers have decided not to contest the ban on their goalkeeper, the club said on Monday.",
        "Kelby Rovers will appeal against the ban on their goalkeeper, the club said on Monday.",
    )
