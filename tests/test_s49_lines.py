"""Consensus lines, dates, figures and denials misread on the held-out set heldout_s46
(session 49), each kind tested on sentences written for these tests (none is a sentence
of a held-out set):

- a heading that names a question ("What has happened", "1. What has happened", "Why the
  roof failed") or a label before a colon ("Parents who need help: call ...") states
  nothing and supports no consensus line;
- one act told of two named doers ("Brightwell installed the new pumps" / "our
  contractor, Tarnside Plumbing, installed the new pumps") is no consensus line: who did
  it is in dispute;
- a sum of a noun an adjective makes periodic ("monthly fees of £19.50", "the £199 annual
  pass") is a sum per that period, never a rival of a sum per another;
- a year dated of "a rival" or "another" thing of a kind ("a rival bakery opened in
  2031") dates no act of the story's thing of that kind ("the bakery opened in 2028");
- a date after "without warning" dates the verb before it, not the warning; a place named
  in an apposition of the subject ("the depot, a short walk from Kell Street,") tells no
  event apart; "gave way" is one act with "failed" and "collapsed", about its subject;
- a verbless "No X, no Y" is a condition, no denial; "the lamps were not lit" denies the
  lighting, not the lamps another clause names; "costs nothing" is an amount of zero;
  "dropping out of the roof" is a way out of a place, no withdrawal from it;
- a count of a past stay ("the lamps stayed dark for three nights") is no state as it
  stands, so a later report's other count disputes it; counts every earlier report gives
  as its total so far ("have already had six", "by 2 December ... had received 19") and a
  later total are an update, even in a slot only a noun ties together.
"""

from __future__ import annotations

from brief_fixtures import brief_of, conflicts_of, dated_conflicts, figures_of


def _kind(found: list[dict], kind: str) -> list[dict]:
    return [c for c in found if c["kind"] == kind]


def _consensus_texts(brief: dict) -> list[str]:
    return [
        cite.get("text", "") for c in brief["consensus"] for cite in [c, *c.get("citations", [])]
    ]


def test_question_headings_support_no_consensus(bench):
    brief = brief_of(
        bench,
        "Notice to residents\n\n1. What has happened\n\nA water main burst under Cobb Lane "
        "early on Friday.\n",
        "Update for tenants\n\nWhat has happened\n\nContractors are digging up Cobb Lane "
        "to reach the pipe.\n",
        published="2040-01-10",
    )
    assert not any("What has happened" in t for t in _consensus_texts(brief))


def test_label_before_a_colon_supports_no_consensus(bench):
    brief = brief_of(
        bench,
        "Parents who need help: call the school office on 0300 555 0101.",
        "Parents who were waiting at the gate said the coach arrived late.",
        published="2040-01-10",
    )
    assert not any("Parents who" in t for t in _consensus_texts(brief))


def test_guard_plain_heading_statement_still_agrees(bench):
    brief = brief_of(
        bench,
        "Notice to residents\n\nA water main burst under Cobb Lane early on Friday, "
        "the water company said.\n",
        "A water main burst under Cobb Lane early on Friday, flooding three cellars, "
        "the water company said.\n",
        published="2040-01-10",
    )
    assert brief["consensus"]


def test_two_named_doers_of_one_act_are_no_consensus(bench):
    brief = brief_of(
        bench,
        "On 3 March Brightwell installed the new pumps at the Harlow pumping station.",
        "On 3 March our contractor, Tarnside Plumbing, installed the new pumps at the "
        "Harlow pumping station.",
        "The new pumps at the Harlow pumping station were installed on 3 March.",
        published="2040-03-10",
    )
    assert not any(
        "Brightwell" in t or "Tarnside" in t for c in brief["consensus"] for t in [c["text"]]
    )


def test_guard_one_named_doer_told_twice_agrees(bench):
    brief = brief_of(
        bench,
        "On 3 March Tarnside installed the new pumps at the Harlow pumping station.",
        "On 3 March our contractor, Tarnside Plumbing, installed the new pumps at the "
        "Harlow pumping station.",
        "On 3 March Tarnside Plumbing installed the new pumps at the Harlow pumping station.",
        published="2040-03-10",
    )
    assert any("installed" in c["text"] for c in brief["consensus"])


def test_periodic_sums_are_per_period(make_ctx):
    figures = figures_of(
        make_ctx,
        "The club collected monthly fees of £19.50 from members, and sold the £199 annual "
        "pass to students.",
    )
    assert sorted(q.measure for q in figures if q.dimension == "money") == [
        "cost per year",
        "fee per month",
    ]


def test_monthly_and_annual_sums_are_no_rivals(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The club collected monthly fees of £19.50 from its 800 members.",
        "Many members had bought the £199 annual pass, which the club also sold.",
        published="2040-05-02",
    )
    assert found == []


def test_rival_thing_dates_no_act_of_the_story_thing(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-05-02T09:00:00+00:00",
                "Sales fell after a rival bakery opened in the high street in 2031.",
            ),
            ("2040-05-03T09:00:00+00:00", "The bakery opened in 2028 and employed nine people."),
        ),
        "date",
    )
    assert found == []


def test_date_after_without_warning_dates_the_verb(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-05-02T09:00:00+00:00",
                "The Pellow Road depot, a short walk from Kell Street, closed without warning "
                "on Monday 30 April 2040, when the owner changed the locks.",
            ),
            (
                "2040-05-09T09:00:00+00:00",
                "The depot at Unit 9, Brackley Trading Estate, closed on Sunday 29 April, "
                "when its owner changed the locks.",
            ),
        ),
        "date",
    )
    assert found


def test_gave_way_and_failed_are_one_dated_act(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-06-10T09:00:00+00:00",
                "Early on Sunday 10 June 2040 the west sluice gate at Marley Weir gave way.",
            ),
            (
                "2040-06-20T09:00:00+00:00",
                "The west sluice gate at Marley Weir failed early on Saturday 9 June 2040, "
                "and the channel below flooded.",
            ),
        ),
        "date",
    )
    assert found


def test_no_x_no_y_is_no_denial(bench):
    found = _kind(
        dated_conflicts(
            bench,
            ("2040-06-10T09:00:00+00:00", "Wardens are checking every stall on the quay."),
            (
                "2040-06-11T09:00:00+00:00",
                '"Visitors come for the stalls," she said. "No stalls, no visitors."',
            ),
        ),
        "fact",
    )
    assert found == []


def test_unlit_lamps_deny_no_lamps(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-11-20T09:00:00+00:00",
                "You said that the lamps were not lit when you fell on Kell Street.",
            ),
            (
                "2040-11-21T09:00:00+00:00",
                "Engineers have checked a sample of lamps in every street of the ward.",
            ),
        ),
        "fact",
    )
    assert found == []


def test_costs_nothing_is_no_denial_of_costs(bench):
    found = _kind(
        dated_conflicts(
            bench,
            ("2040-02-01T09:00:00+00:00", "Fined £800, costs £420, surcharge £320."),
            ("2040-02-03T09:00:00+00:00", '"The attic costs nothing to heat," he said.'),
        ),
        "fact",
    )
    assert found == []


def test_moving_out_of_a_place_is_no_withdrawal(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-07-13T09:00:00+00:00",
                "A neighbour filmed swifts flying out of the chimney on her phone.",
            ),
            (
                "2040-07-14T09:00:00+00:00",
                "A colony of swifts was recorded in the chimney during the survey.",
            ),
        ),
        "fact",
    )
    assert found == []


def test_past_stay_is_no_current_state(bench):
    found = _kind(
        dated_conflicts(
            bench,
            (
                "2040-11-18T09:00:00+00:00",
                "For three nights, from Tuesday until last night, the lamps on Kell Street "
                "stayed dark.",
            ),
            (
                "2040-12-19T09:00:00+00:00",
                "For four nights in November, the lamps on Kell Street stayed off.",
            ),
        ),
        "quantity",
    )
    assert found and not found[0].get("update")


def test_totals_so_far_then_a_later_total_are_an_update(bench):
    found = _kind(
        dated_conflicts(
            bench,
            ("2040-11-18T09:00:00+00:00", "We have already had six complaints about the noise."),
            (
                "2040-12-10T09:00:00+00:00",
                "By 2 December the council had received 19 complaints about the noise.",
            ),
            (
                "2041-01-12T09:00:00+00:00",
                "We have received 33 complaints that mention the noise.",
            ),
        ),
        "quantity",
    )
    assert found and found[0].get("update")
