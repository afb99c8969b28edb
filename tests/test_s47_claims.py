"""Claims and figures missed on older held-out sets (session 47), each kind tested on
sentences written for these tests (none is a sentence of a held-out set):

- a concessive clause ("*although* the mill is not a protected building, ...") is granted
  as true by its writer in any tense, whatever the main clause hedges ("we believe ..."),
  so what it denies is a claim that can meet another article's statement;
- a clause with an if- or unless-clause of its own ("if the tide is too high, the ferry
  does not cross") says what happens in a case put: it denies nothing that happened;
- the body a verb of telling or asking speaks to ("asked *the council*", "does not tell
  *the board*") is its hearer, never the thing told, so two such clauses are no report
  stated and denied;
- a list item in the simple present with a noun subject and a verb of doing ("- The
  lifeguard clears the water") is a step of a procedure, done each time: no one event,
  so it agrees with no report of what happened.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of


def test_concessive_clause_under_an_opinion_is_a_claim(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The old corn mill at Brackley Ford is a protected building.",
        "Although the corn mill is not a protected building, we believe it deserves care.",
        published="2037-04-02",
    )
    assert found and any("not a protected building" in r["text"] for r in found[0]["readings"])


def test_guard_while_clause_in_present_tense_stays_background(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The old corn mill at Brackley Ford is a protected building.",
        "While the corn mill is not open to visitors, we believe it deserves care.",
        published="2037-04-02",
    )
    assert found == []


def test_clause_under_an_if_clause_denies_nothing(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The chain ferry crossed the river at dawn with six cars on board.",
        "If the tide is too high, the chain ferry does not cross the river.",
        published="2037-05-14",
    )
    assert found == []


def test_unless_clause_too(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The sluice gates were opened on Tuesday morning.",
        "Unless the river rises above the marker, the sluice gates are not opened.",
        published="2037-05-14",
    )
    assert found == []


def test_guard_a_plain_denial_still_meets_the_statement(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The chain ferry crossed the river at dawn with six cars on board.",
        "The chain ferry did not cross the river at dawn; it stayed moored.",
        published="2037-05-14",
    )
    assert found


def test_body_spoken_to_is_no_thing_told(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The parish clerk said she had asked the district board for an answer by Friday.",
        "A survey is only a first step. It does not tell the district board what to do next.",
        published="2037-05-14",
    )
    assert found == []


def test_guard_a_thing_reported_and_denied_is_still_a_conflict(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The lock keeper reported a crack in the upper gate on Monday.",
        "The lock keeper did not report any crack in the upper gate.",
        published="2037-05-14",
    )
    assert found


def test_step_of_a_listed_procedure_is_no_event(bench):
    from brief_fixtures import brief_of

    brief = brief_of(
        bench,
        "If a pupil is hurt at Kelby pool\n\n- The lifeguard clears the water at once when "
        "a swimmer goes under.\n- The duty teacher phones the parents.\n",
        "Parents said the duty teacher phoned them within minutes. A lifeguard cleared the "
        "water after the pupil sank, the school said.",
        published="2037-05-14",
    )
    assert brief["consensus"] == []


def test_guard_a_listed_event_in_the_past_still_agrees(bench):
    from brief_fixtures import brief_of

    brief = brief_of(
        bench,
        "What happened on Friday at Kelby pool\n\n- The lifeguard cleared the water at once "
        "when the boy went under.\n- The duty teacher phoned the parents.\n",
        "Parents said the duty teacher phoned them within minutes. A lifeguard cleared the "
        "water after the pupil sank, the school said.",
        published="2037-05-14",
    )
    assert brief["consensus"]


def test_guard_a_news_bullet_in_headline_style_still_agrees(bench):
    from brief_fixtures import brief_of

    brief = brief_of(
        bench,
        "Storm latest\n\n- Extra ferry crossings run every evening from Harl Quay.\n",
        "The ferry company has added extra crossings from Harl Quay every evening this week, "
        "its spokesman said.",
        published="2037-05-14",
    )
    assert brief["consensus"]
