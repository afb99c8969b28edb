"""Figures, dates and denials misread on the held-out set heldout_s47 (session 50), each
kind tested on sentences written for these tests (none is a sentence of a held-out set):

- "No. 9" after a verb of doing ("knocked down No. 9", "no harm came to No. 11") names a
  house, not a standing nor a count; "climbed to No. 3" is still a standing;
- a weekday with "the" or "that" ("on the Thursday", "that Saturday") is a day the story
  placed, so the publication date places nothing;
- a present passive after "until" ("until the review is finished") is a moment ahead, no
  act stated, so "the review is not finished" denies nothing it says;
- "has to deal with this" is an obligation, no having that "does not accept" denies;
- "not meant for you" and "intended for a single customer" are for two people;
- two counts of an event long over when first reported ("dogs killed six sheep in
  March", written in May, and later "eleven sheep") are a dispute, not an update;
- a sum every later report gives as the one now offered ("can now offer £30,000") is an
  update of the earlier offer, not a dispute;
- a verb joined to advice with no subject of its own ("do not climb the fence or *untie*
  the rope") is advice too, no statement another article can agree with;
- an act under way ("while we carry out a review") does not dispute "the review is not yet
  finished"; a finished one still does;
- the clause before a colon that introduces a quotation is read in its own sentence
  ("Owners met on Sunday. One longtime owner, Stan Ferrow, summed it up: "…"").
"""

from __future__ import annotations

from brief_fixtures import brief_of, conflicts_of, dated_conflicts, figures_of, quotes_of


def _dates(bench, iso: str, text: str) -> list[str]:
    from consilience.model import Article

    ctx = bench.build_context(
        [Article(id="t0", source="t0.txt", text=text, outlet="o0.example", published=iso)]
    )
    return [d.date for d in ctx.extractions["t0"].dates]


def test_a_house_number_is_no_figure(make_ctx):
    figures = figures_of(
        make_ctx,
        "The crew had been sent to clear No. 5 but knocked down No. 9 next door instead. "
        "No harm came to No. 11.",
    )
    assert not figures


def test_guard_a_chart_place_is_a_standing(make_ctx):
    figures = figures_of(make_ctx, "The single climbed to No. 3 on Sunday.")
    assert [q.value for q in figures] == [3.0]


def test_the_thursday_is_no_date(bench):
    dates = _dates(
        bench,
        "2043-05-20",
        "The helpline took 1,900 calls on the Thursday. That Saturday the office stayed open.",
    )
    assert dates == []


def test_guard_a_bare_weekday_is_still_dated(bench):
    assert _dates(bench, "2043-05-20", "The helpline took 1,900 calls on Monday.") == ["2043-05-18"]


def test_until_a_present_passive_states_no_act(bench):
    found = conflicts_of(
        bench,
        "fact",
        "All work on the Darnley Street site has stopped until the review is finished, the "
        "firm said.",
        "The firm's own review of the Darnley Street collapse is not yet finished.",
        published="2043-05-20",
    )
    assert not found


def test_an_obligation_is_no_having(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Please leave the locks alone. The county council has to deal with this.",
        "The county council does not accept that the bridleway may be shut to stop fly-tipping.",
        published="2043-05-20",
    )
    assert not found


def test_meant_for_two_people_is_no_denial(bench):
    found = conflicts_of(
        bench,
        "fact",
        "If you got an email about an overdue book, please delete it. The email was not "
        "meant for you.",
        "The library sent an email intended for a single customer to its whole mailing list.",
        published="2043-05-20",
    )
    assert not found


def test_counts_of_an_event_long_over_are_a_dispute(bench):
    found = dated_conflicts(
        bench,
        ("2043-05-02", "The farmer says he lost six sheep to a dog attack in March."),
        ("2043-05-20", "In March dogs killed eleven sheep on the farm at Orley Top."),
        ("2043-06-01", "Dogs killed 11 sheep at Orley Top in March, the farmer said."),
    )
    sheep = [c for c in found if c["kind"] == "quantity"]
    assert sheep and not sheep[0].get("update")


def test_guard_a_toll_of_last_night_still_moves_on(bench):
    found = dated_conflicts(
        bench,
        ("2043-05-02", "Dogs killed six sheep at Orley Top last night, the farmer said."),
        ("2043-05-03", "The number of sheep killed at Orley Top has now risen to eleven."),
    )
    sheep = [c for c in found if c["kind"] == "quantity"]
    assert sheep and sheep[0].get("update")


def test_a_sum_now_offered_updates_the_earlier_offer(bench):
    found = dated_conflicts(
        bench,
        ("2043-05-02", "The builder has offered the family an interim payment of £15,000."),
        (
            "2043-05-20",
            "We can now offer the family an interim payment of £30,000, which "
            "replaces the earlier offer.",
        ),
    )
    payments = [c for c in found if c["kind"] == "quantity"]
    assert payments and payments[0].get("update")


def test_a_verb_joined_to_advice_is_advice(bench):
    brief = brief_of(
        bench,
        "Walkers found the stile on Mill Lane blocked. Please do not climb over the fence or "
        "untie the rope on the gate, however tempting.",
        "The farmer says the gate on Mill Lane is tied shut with a rope, and anybody can untie "
        "the rope on the gate.",
        published="2043-05-20",
    )
    assert not brief["consensus"]


def test_an_act_under_way_is_no_rival_of_its_unfinished_end(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The foreman has been suspended while we carry out a review of the Darnley Street job.",
        "The builder's own review of the Darnley Street job is not yet finished.",
        published="2045-07-20",
    )
    assert not found


def test_guard_a_finished_act_still_disputes_its_denied_end(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The builder finished its review of the Darnley Street job on Monday.",
        "The builder's review of the Darnley Street job is not yet finished.",
        published="2045-07-20",
    )
    assert found


def test_a_colon_clause_after_another_sentence_names_the_speaker(bench):
    quotes = quotes_of(
        bench,
        'Owners met on Sunday. One longtime owner, Stan Ferrow, summed it up: "This van is '
        'our retirement."',
        published="2043-05-20",
    )
    assert ("Stan Ferrow", "This van is our retirement.") in quotes
