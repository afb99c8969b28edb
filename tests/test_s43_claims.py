"""Consensus members that state something else, and readings that are no dispute, found on
heldout_s39 (session 43) and tested here on sentences written for these tests (none is a
sentence of a held-out set).

Alignment (issue #11):
- a date after "before" bounds the clause's act and does not date it: "Before March the
  pumps had a clean record" is no clause of March;
- a clause of possession ("the pumps had a clean record") is no paraphrase of an act said
  of the same participant and date ("both pumps stopped working");
- two denials with nothing in common ("his two cooks had received no hygiene training" /
  "no other stall or food was associated with the illness") are no restatement of one fact, however close their
  vectors; a noun that names the other's act ("will receive a full refund" / "will refund")
  or a participant of one named in the other still makes one;
- a that-clause of "recommend" is a proposal: its later conjunct ("and that inspectors
  visit every block") is no claim of its own;
- a class ("The Tamsin Trust is a registered charity") is no paraphrase of an act of its
  subject ("The Tamsin Trust has given the club £40,000"); an event subject ("The relaunch
  ... was a success") and a state ("are in a serious condition") are not classes;
- a figure's owner is one party whatever its case and article ("the Tamsin Trust" / "The
  Tamsin Trust").

Readings (issue #12):
- a bare weekday in an account dated day by day ("On Friday 15 February ... on Sunday
  evening") is the Sunday after that Friday, not the Sunday before publication;
- an act and its negation date no one act ("opened in 1931" / "has not opened for the 2035
  season");
- a time of day an article restates ("Landed KDH 11:38" in a record, "landed at 11:38" in
  its text) is no second event to pair with another event's time;
- two lengths of time a hundred times apart are two properties ("ten minutes' walk" / "for
  six years").
"""

from __future__ import annotations

import datetime as _dt

from brief_fixtures import conflicts_of

from consilience.model import Article


def _nodes(bench, *texts: str, published: str | None = None):
    from consilience.align import story_nodes

    ctx = bench.build_context(
        [
            Article(id=f"a{i}", source=f"a{i}.txt", text=t, outlet=f"o{i}.example", published=published)
            for i, t in enumerate(texts)
        ]
    )
    nodes, vecs = story_nodes(ctx)
    return nodes, (vecs @ vecs.T)


def _pair(nodes, sim, first: str, second: str):
    i = next(k for k, n in enumerate(nodes) if first in n.claim.text)
    j = next(k for k, n in enumerate(nodes) if second in n.claim.text)
    return nodes[i], nodes[j], float(sim[i, j])


def test_a_date_after_before_does_not_date_the_clause(bench):
    nodes, _ = _nodes(
        bench,
        "Before March 2034 the pumps had a clean maintenance record.",
        published="2034-05-02",
    )
    claim = next(n.claim for n in nodes if "clean maintenance record" in n.claim.text)
    assert claim.dates == []


def test_possession_is_no_paraphrase_of_an_act(bench):
    from consilience.align import candidate

    nodes, sim = _nodes(
        bench,
        "Before March 2034 the pumps at Orrin Weir had a clean maintenance record.",
        "In March 2034 both pumps at Orrin Weir stopped working.",
        published="2034-05-02",
    )
    a, b, cos = _pair(nodes, sim, "clean maintenance record", "stopped working")
    assert not candidate(a, b, cos)


def test_two_unrelated_denials_are_no_restatement(bench):
    from consilience.align import restated

    nodes, sim = _nodes(
        bench,
        "His two cooks had received no hygiene training.",
        "No other stall or food was associated with the illness.",
    )
    a, b, cos = _pair(nodes, sim, "hygiene training", "associated with the illness")
    assert not restated(a, b, cos)


def test_a_noun_naming_the_other_act_keeps_a_restatement():
    from consilience.align import _act_named
    from consilience.model import Claim

    def claim(text, predicate, nouns):
        return Claim(
            article="a", start=0, end=len(text), text=text, sentence=0, kind="main",
            predicate=predicate, frame=predicate, nouns=nouns,
        )  # fmt: skip

    got = claim("Every tenant will receive a full refund of the deposit.", "receive", ["tenant", "refund", "deposit"])
    refund = claim("The agency will refund the deposit to every tenant.", "refund", ["agency", "deposit", "tenant"])
    told = claim("The agency said the tenants were told on Monday.", "tell", ["agency", "tenant"])
    assert _act_named(got, refund)
    assert not _act_named(got, told)


def test_a_recommended_conjunct_is_no_claim(bench):
    nodes, _ = _nodes(
        bench,
        "We recommend that councils require landlords to fit smoke alarms, and that "
        "inspectors visit every tower block once a year.",
    )
    assert not any(n.claim.text.startswith("inspectors visit") for n in nodes)
    assert any("inspectors visit" in n.claim.text for n in nodes)


def test_a_class_is_no_paraphrase_of_an_act(bench):
    from consilience.align import candidate

    nodes, sim = _nodes(
        bench,
        "The Tamsin Trust is a registered charity.",
        "The Tamsin Trust has given the rowing club £40,000.",
    )
    a, b, cos = _pair(nodes, sim, "registered charity", "has given")
    assert not candidate(a, b, cos)


def test_an_event_subject_or_a_state_is_no_class():
    from consilience.align import _classifying
    from consilience.model import Claim

    def be(text, actor, actor_key, patient):
        return Claim(
            article="a", start=0, end=len(text), text=text, sentence=0, kind="main",
            predicate="be", frame="be", actor=actor, actor_key=actor_key, patient=patient,
        )  # fmt: skip

    charity = be("The Tamsin Trust is a registered charity", "The Tamsin Trust", "tamsin trust", "a registered charity")
    relaunch = be("The reopening of the ferry on Monday was a success", "The reopening of the ferry", "reopening", "a success")
    state = be("Two of the crew are in a serious condition", "Two of the crew", "crew", "a serious condition")
    assert _classifying(charity)
    assert not _classifying(state)
    assert not _classifying(relaunch)


def test_an_owner_in_other_case_is_one_owner():
    from consilience.align import _figure

    lower = _figure("money|GBP|40000|39000|41000|/the Tamsin Trust")
    upper = _figure("money|GBP|40000|39000|41000|/The Tamsin Trust")
    assert lower == upper


def test_a_weekday_in_a_dated_account_follows_its_date(make_ctx):
    from consilience.dates import extract_dates

    ctx = make_ctx(
        "On Friday 15 February, 30 walkers set off for the hut on the Carran ridge. "
        "Snow closed the pass that night. "
        "The group reached the hut on Sunday evening, a day late.",
        published=["2036-03-27"],
    )
    found = {m.text: m.date for m in extract_dates(ctx.analyses[0])}
    assert found["Sunday"] == "2036-02-17"


def test_narrative_day_rule():
    from consilience.date_narrative import narrative_day

    told = [("Friday 15 February", "2036-02-15", "day")]
    pub = _dt.date(2036, 3, 27)
    assert narrative_day("Sunday", told, "2036-03-23", pub) == "2036-02-17"
    # the date before names no weekday: the publication reading stands
    assert narrative_day("Sunday", [("15 February", "2036-02-15", "day")], "2036-03-23", pub) is None
    # a weekday in the publication week is read against the publication day
    assert narrative_day("Sunday", told, "2036-02-17", _dt.date(2036, 2, 18)) is None


def test_an_act_and_its_negation_date_no_one_act(bench):
    found = conflicts_of(
        bench,
        "date",
        "Pellow Baths, an open-air pool, opened in 1931 and is run by a trust.",
        "Pellow Baths has not opened for the 2035 season because its tank cracked.",
        published="2035-07-01",
    )
    assert not found


def test_a_restated_time_is_no_second_event(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Shortly after 10am, smoke came into the cabin from an oven in the rear galley. The "
        "crew diverted to Kelby, where the aircraft landed safely at 11:38. All passengers "
        "left the aircraft normally.",
        "Flight NV 204 | Route: Eastby to Larche\nScheduled departure 08:05 | Actual departure "
        "08:11\nLanded KDH 11:38\nFinal arrival: Larche by coach\n\nWhat happened\n\nSmoke "
        "was reported in the cabin. The aircraft landed safely at 11:38 and was met by fire crews.",
        published="2036-02-16",
    )
    assert not [c for c in found if "time" in c["subject"]]


def test_lengths_a_hundred_times_apart_are_no_dispute(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The flat is ten minutes' walk from the station, and the woman who lives there walks it daily.",
        "The woman walked me to school every morning for six years.",
        published="2036-02-16",
    )
    assert not [c for c in found if any(r["text"] in ("six years", "ten minutes'") for r in c["readings"])]


def test_a_breakdown_and_working_again_are_two_claims(bench):
    from consilience.align import compatible

    nodes, _ = _nodes(
        bench,
        "The pumps at Orrin Weir had broken down at least once a month for two years.",
        "On Tuesday, the pumps at Orrin Weir started working again.",
    )
    broke = next(n.claim for n in nodes if "broken down" in n.claim.text)
    again = next(n.claim for n in nodes if "working again" in n.claim.text)
    assert not compatible(broke, again)


def test_guard_a_negated_act_since_a_year_keeps_the_year(make_ctx):
    from consilience.year_readings import article_years

    ctx = make_ctx("The ferry has not sailed since 2008, the harbour board said.", published=["2035-07-01"])
    years = article_years("a0", ctx.analyses[0].doc, 2035)
    assert [r.year for r in years] == [2008]


def test_a_figure_in_a_condition_is_no_reading(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "The chief executive would receive the full award only if every target were met and "
        "the share price rose by 50% over three years.",
        "The shares closed 1.8 per cent lower at 642p after the vote.",
        published="2033-05-20",
    )
    assert not [c for c in found if any(r["text"].startswith("50") for r in c["readings"])]


def test_a_figure_in_a_condition_is_a_reference(make_ctx):
    ctx = make_ctx(
        "If more than 500 members ask for refunds, the club will hold a vote. "
        "By Monday 340 members had asked for refunds.",
        published=["2033-05-20"],
    )
    quals = {q.value: q.qualifier for ex in ctx.extractions.values() for q in ex.quantities}
    assert quals[500.0] == "reference" and quals[340.0] != "reference", quals


def test_an_age_after_another_name_is_that_persons(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "Cabin crew member Jade Follett, 29, said she learned she had lost her job from a text.",
        'At the airport yesterday, forty flights were cancelled. "We have a son who starts '
        'school on Monday, and nobody tells us anything," Paola Renzi, 41, from Harrowby, on '
        "holiday with her family, told us.",
        published="2031-03-04",
    )
    assert not [c for c in found if {"29", "41"} <= {r["text"] for r in c["readings"]}]


def test_what_is_denied_to_the_speaker_is_no_dispute(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Its 2,300 staff were told by text message not to come to work on Tuesday.",
        '"We have a son who starts school on Monday, and nobody tells us anything," a '
        "stranded passenger, Paola Renzi, told us.",
        published="2031-03-04",
    )
    assert not found


def test_a_time_until_is_no_statement_of_the_act(bench):
    found = conflicts_of(
        bench,
        "fact",
        "You must send us a short report each quarter until the pool reopens.",
        "The pool has not opened since a crack was found in its wall in April.",
        published="2035-07-20",
    )
    assert not found


def test_the_occasion_of_an_act_is_no_matter_it_asserts(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The club's insurers have declined to meet the cost of the new roof.",
        "At their meeting on 4 July our trustees agreed to offer the club a grant towards the roof.",
        published="2035-07-20",
    )
    assert not found


def test_a_part_named_after_of_them_and_the_writers_own_are_other_counts(bench):
    found = conflicts_of(
        bench,
        "quantity",
        "There were 186 passengers on that flight, and by teatime there was no room to be had.",
        "We have 118 passengers from this flight on our books and are taking their claims.",
        "The flight was carrying 192 passengers, 64 of them Snowline customers.",
        published="2036-02-17",
    )
    texts = [{r["text"] for r in c["readings"]} for c in found]
    assert {"186 passengers", "192 passengers"} in texts
    assert not [t for t in texts if "64" in t or "118 passengers" in t]


def test_a_ratio_is_no_count(make_ctx):
    ctx = make_ctx(
        "The centre keeps one instructor to eight pupils on the water. A party of 14 pupils went out.",
        published=["2037-06-20"],
    )
    quals = {q.value: q.qualifier for ex in ctx.extractions.values() for q in ex.quantities}
    assert quals[8.0] == "reference" and quals[14.0] != "reference", quals


def test_an_act_to_recur_is_no_dispute_of_the_last_one(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Every runner carried a GPS tracker, and by 15:00 we had accounted for all but one.",
        "For next year's race: every runner will again carry a GPS tracker, now with an alarm.",
        published="2037-10-20",
    )
    assert not found


def test_a_request_not_to_is_no_denial(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The inspector has asked members not to move the bait stations at Cobb Lane.",
        "Inspectors spent six days on the site. They set bait stations among the hives.",
        published="2037-08-21",
    )
    assert not found


def test_guard_not_until_still_denies_the_act_now(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The council leader will not order a review of the contract until the auditors report.",
        "The council leader said she was ordering a review of the contract tonight.",
        published="2037-08-21",
    )
    assert found
