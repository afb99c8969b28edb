"""Facts and figures misread on the held-out set heldout_s45 (session 49), each kind
tested on sentences written for these tests (none is a sentence of a held-out set):

- an act named by a closed compound noun that WordNet files as a kind of its last part
  ("*no headcount* was taken": a headcount is a count), after a light verb in the
  passive, is that act, and denied of anyone with nothing acted on it clashes with the act
  stated ("the teachers counted the pupils"); "no search was mounted" against "rescuers
  searched" is a guard the older code met too;
- a count told with a light verb ("40 pupils *went* on the trip") is kin of no other act,
  so it never joins the slot of another act ("moved", "withdrawn");
- a count a present perfect gives from a past point or as reached already ("23 members
  *have resigned since* the vote") is a total so far: a later, higher count is an update;
- the length of a state held by a verb and an adjective ("the dog *was alone* for 20
  minutes", "was *left alone* for nearly two hours") is one property, however the verb;
- a time of day of a finding told with a happening as the thing found ("the fire *was
  discovered* at 7.10am") is the finding's time, one with "a cleaner *found* smoke at
  5.50am", and never the happening's ("broke out at 5.20am");
- a sum "in addition to" or "on top of" another is added to it, never a reading of it.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, dated_conflicts, figures_of


def _kind(found: list[dict], kind: str) -> list[dict]:
    return [c for c in found if c["kind"] == kind]


def _texts(conflict: dict) -> str:
    return " | ".join(r["text"] for r in conflict["readings"])


def test_guard_passive_light_verb_denial_clashes_with_the_act(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-03-06T09:00:00+00:00",
                "Rescuers searched the flooded quarry on Sunday, the police said.",
            ),
            (
                "2040-03-07T09:00:00+00:00",
                "His family said no search was mounted on Sunday.",
            ),
        ),
        "fact",
    )
    assert found and "no search" in _texts(found[0])


def test_denied_headcount_clashes_with_counting(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-06-11T09:00:00+00:00",
                "The two teachers counted the pupils at the service station before the coach left.",
            ),
            (
                "2040-06-15T09:00:00+00:00",
                "The school admitted that no headcount was taken at the service station before the coach left.",
            ),
        ),
        "fact",
    )
    assert found and "headcount" in _texts(found[0])


def test_guard_light_verb_act_stated_twice(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-03-06T09:00:00+00:00",
                "Rescuers searched the flooded quarry on Sunday, the police said.",
            ),
            (
                "2040-03-07T09:00:00+00:00",
                "His family said a search was mounted on Sunday.",
            ),
        ),
        "fact",
    )
    assert found == []


def test_count_told_with_a_light_verb_joins_no_other_act(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-05-02T09:00:00+00:00",
                "Excursion log: 31 pupils went to the castle with five teachers.",
            ),
            (
                "2040-05-20T09:00:00+00:00",
                "The trust said 12 pupils have been withdrawn from the academy since the trip.",
            ),
            (
                "2040-09-30T09:00:00+00:00",
                "In all, 18 pupils moved to other schools, the council's report says.",
            ),
        ),
        "quantity",
    )
    assert not any("31" in _texts(c) for c in found)


def test_total_since_a_point_then_a_higher_count_is_an_update(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-04-03T09:00:00+00:00",
                "The rowing club said that 23 members have resigned since the vote on fees.",
            ),
            (
                "2040-08-21T09:00:00+00:00",
                "In all, 41 members resigned from the rowing club after the vote on fees.",
            ),
        ),
        "quantity",
    )
    assert found and found[0].get("update")


def test_guard_plain_past_counts_still_disagree(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-04-03T09:00:00+00:00",
                "The rowing club said that 23 members resigned after the vote on fees.",
            ),
            (
                "2040-04-04T09:00:00+00:00",
                "In all, 41 members resigned from the rowing club after the vote on fees.",
            ),
        ),
        "quantity",
    )
    assert found and not found[0].get("update")


def test_state_held_by_two_verbs_is_one_length(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The spaniel was alone in the locked car for about 20 minutes, the RSPCA said.",
        "The spaniel was left alone in the locked car for nearly two hours, the RSPCA said.",
        published="2040-07-14",
    )
    assert found and "20 minutes" in _texts(found[0]) and "two hours" in _texts(found[0])


def test_state_length_measure(make_ctx):
    figures = figures_of(
        make_ctx, "The spaniel was left alone in the locked car for nearly two hours."
    )
    assert [q.measure for q in figures if q.dimension == "duration"] == ["alone"]


def test_discovered_happening_is_the_finding_time(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "A cleaner found smoke in the boiler room of Denby Baths at 5.50am.",
        "A cleaner found smoke in the boiler room of Denby Baths at 5.50am on Friday.",
        "The fire in the boiler room of Denby Baths was discovered at 7.10am.",
        published="2040-02-09",
    )
    assert found and "7.10am" in _texts(found[0])


def test_guard_outbreak_time_is_not_the_finding_time(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "A cleaner found smoke in the boiler room of Denby Baths at 5.50am.",
        "The fire in the boiler room of Denby Baths broke out at about 5.20am.",
        published="2040-02-09",
    )
    assert found == []


def test_sum_in_addition_to_another_is_no_reading(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The council will pay Mr Hale £1,500 for the damaged fence.",
        "The ombudsman said the council must pay Mr Hale £2,000 in addition to the £1,500 it has offered.",
        published="2040-10-01",
    )
    assert found == []


def test_sum_on_top_of_another_is_an_increment(make_ctx):
    figures = figures_of(make_ctx, "The airline will pay each passenger £300 on top of the refund.")
    assert [q.qualifier for q in figures if q.value == 300] == ["increment"]


def test_guard_denial_up_to_now_then_the_act_later(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-05-12T08:00:00+00:00",
                "Police said no charges have been brought over the break-in.",
            ),
            (
                "2040-05-12T20:00:00+00:00",
                "Police charged two men over the break-in on Tuesday evening.",
            ),
        ),
        "fact",
    )
    assert found == []


def test_guard_nobody_hurt_is_no_denial_of_the_act(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-05-12T08:00:00+00:00",
                "The scaffold fell onto the pavement, injuring three workers, the council said.",
            ),
            ("2040-05-12T09:00:00+00:00", "Nobody in the street was injured, the council said."),
        ),
        "fact",
    )
    assert found == []


def test_number_word_inside_a_name_is_no_figure(make_ctx):
    figures = figures_of(
        make_ctx,
        "Yesterday the council adopted the Three-Day Market Charter drafted by its officers.",
    )
    assert figures == []


def test_number_word_in_a_headline_keeps_its_figure(make_ctx):
    figures = figures_of(make_ctx, "Storm Leaves Five Crew Members Hurt Off Dover")
    assert [q.value for q in figures] == [5.0]
