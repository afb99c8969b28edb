"""Statement conflicts of session s12 (issues #11/#12, kind ``fact``):

(1) one cause stated and denied across frames -- a causal verb active or passive ("a
    power cut caused / led to the stoppage", "was not caused by"), a noun of result or
    cause after a copula ("was the result of", "the cause of X was Y"), an adjective of
    ascription ("was due to"), a preposition of cause ("happened because of"), an
    undirected link denied ("was unrelated to", "had nothing to do with") and "it was no
    Y". Guards: two different causes, two different effects, a stated link against a
    denied cause;
(4) a denial whose argument is not the statement's argument: "household data" is not
    "households" (a head that modifies the other's head is one thing only when WordNet puts
    both in one branch), "no cargo flights" is narrower than "300 flights" (a modifier of
    a whole-class denial that the statement does not give).

Every text is written for this file, in domains no tuning set covers (a chairlift, a
brewery, an observatory, a tunnel, a ferry engine, a grandstand, a coast road, a depot, a
blackout, an airport strike, a water utility, a storm in a village, a hospital breach)."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts

from consilience.cause_readings import causal_verb, link_sign
from consilience.noun_branches import one_branch


def fact_conflicts(*texts: str) -> list[list[str]]:
    """:func:`conftest.story_fact_conflicts` of ``texts``, published on one day."""
    return story_fact_conflicts(texts, None, "2025-03-04")


# --------------------------------------------------------------------------- (1) causes


@pytest.mark.parametrize(
    "one, other, words",
    [
        (  # a copula's noun of result against a passive causal verb, denied
            "The brewery fire was the result of an electrical fault, fire officers said.",
            "Fire officers said the brewery fire was not caused by an electrical fault.",
            ("the result of an electrical fault", "not caused by"),
        ),
        (  # a denied undirected link against a causal verb in other words
            "The closure of the observatory was unrelated to the earthquake, its director said.",
            "The earthquake triggered the closure of the observatory on Tuesday.",
            ("unrelated to the earthquake", "triggered the closure"),
        ),
        (  # passive verb stated, the noun of result denied; a tagger's adjective head
            "The flooding of the tunnel was caused by a burst main, the council said.",
            "The flooding of the tunnel was not the result of a burst main, engineers said.",
            ("caused by a burst main", "not the result of"),
        ),
        (  # "led to", parsed as a modifier of the cause, against a denial
            "The ferry's engine failure was not caused by contaminated fuel, the operator said.",
            "Contaminated fuel led to the ferry's engine failure, a mechanic said.",
            ("not caused by contaminated fuel", "led to"),
        ),
        (  # an adjective of ascription against "had nothing to do with"
            "The collapse of the grandstand was due to corroded bolts, inspectors found.",
            "The collapse of the grandstand had nothing to do with corroded bolts, the club said.",
            ("due to corroded bolts", "nothing to do with"),
        ),
        (  # a preposition of cause on a verb of taking place
            "The landslide on the coast road happened because of heavy rain, geologists said.",
            "The landslide on the coast road was not caused by heavy rain.",
            ("because of heavy rain", "not caused by heavy rain"),
        ),
        (  # the cause as a copula's subject noun
            "The cause of the depot outage was a heatwave, the company said.",
            "The heatwave did not cause the depot outage, engineers insisted.",
            ("a heatwave", "did not cause"),
        ),
        (  # "it was no Y": the effect left to the clauses' closeness
            "The blackout was caused by a lightning strike, the grid operator said.",
            "It was no lightning strike, an engineer said of the blackout.",
            ("caused by a lightning strike", "no lightning strike"),
        ),
        (  # a pronoun's noun of result denied
            "The flooding of the cellar was caused by a burst pipe, the landlord said.",
            "It was not the result of a burst pipe, a plumber said of the flooding.",
            ("caused by a burst pipe", "not the result of a burst pipe"),
        ),
    ],
)
def test_one_cause_stated_and_denied_across_frames(one, other, words):
    got = fact_conflicts(one, other)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "one, other",
    [
        (  # two causes, one stated and another denied: both can hold
            "The stoppage of the chairlift was caused by a power cut, the resort said.",
            "The stoppage of the chairlift was not caused by sabotage, police said.",
        ),
        (  # one cause of two different closures
            "The closure of the observatory was unrelated to the earthquake, its director said.",
            "The earthquake triggered the closure of the harbour on Tuesday.",
        ),
        (  # a link stated does not say the cause did it
            "The fire at the mill was linked to a faulty heater, officials said.",
            "The faulty heater did not cause the fire at the mill, the owner said.",
        ),
        (  # both sides agree
            "A burst main caused the flooding of the tunnel, the council said.",
            "The flooding of the tunnel was the result of a burst main.",
        ),
    ],
)
def test_no_cause_conflict(one, other):
    assert fact_conflicts(one, other) == []


def test_causal_words_come_from_wordnet():
    assert causal_verb("trigger") and causal_verb("provoke") and causal_verb("cause")
    assert not causal_verb("report") and not causal_verb("close")
    assert link_sign("unrelated") == -1 and link_sign("related") == 1
    assert link_sign("open") == 0


# --------------------------------------------------------------------------- (4) arguments


@pytest.mark.parametrize(
    "one, other",
    [
        (  # the denial's head is what the statement's head modifies: another thing
            "The cyber attack on the water utility affected 40,000 households, the utility said.",
            "No household data was affected by the cyber attack on the water utility.",
        ),
        (  # a whole-class denial narrowed by a modifier the statement does not give
            "The strike disrupted 300 flights at Brenport airport.",
            "No cargo flights were disrupted by the strike at Brenport airport.",
        ),
        (  # the same with another verb and a noun modifier
            "The storm damaged 40 homes in Tarrow.",
            "No council homes in Tarrow were damaged by the storm.",
        ),
        (  # another argument altogether
            "The breach exposed the records of 12,000 patients, the trust said.",
            "No patient was harmed by the breach, the trust said.",
        ),
    ],
)
def test_denial_of_another_argument_is_no_conflict(one, other):
    assert fact_conflicts(one, other) == []


def test_denial_of_the_same_class_still_conflicts():
    got = fact_conflicts(
        "The strike disrupted 300 flights at Brenport airport.",
        "No flights were disrupted by the strike at Brenport airport.",
    )
    assert disputed(got, "disrupted 300 flights", "No flights"), got


def test_one_branch_of_nouns():
    assert one_branch("alarm", "system") and one_branch("helicopter", "ambulance")
    assert not one_branch("household", "datum") and not one_branch("storm", "collision")


def test_a_state_of_a_group_still_covers_its_members():
    got = fact_conflicts(
        "The expedition team is unharmed, the guide said on Monday.",
        "One team member was injured by falling ice, the rescue service said.",
    )
    assert disputed(got, "unharmed", "was injured"), got


# --------------------------------------------------------------------------- (2) predicates


@pytest.mark.parametrize(
    "one, other, words",
    [
        (  # a structure that held against a verb of breaking "through" it
            "The sea wall at Penmoor held through the night, the harbour master said.",
            "Waves broke through the sea wall at Penmoor during the night.",
            ("held", "broke through"),
        ),
        (  # another verb of breaking, another structure, another word order
            "Floodwater burst through the dyke at Holm overnight.",
            "The dyke at Holm held overnight, the water board said.",
            ("burst through", "held overnight"),
        ),
        (  # a plan for an event against a denial that any is scheduled
            "Negotiations between the pilots and the airline will resume on Thursday.",
            "No further negotiations between the pilots and the airline have been scheduled.",
            ("will resume", "have been scheduled"),
        ),
        (  # the plan's time denied: "no date has been set for" the event
            "The hearing will begin on Monday, the court said.",
            "No date has been set for the hearing, a court official said.",
            ("will begin", "No date has been set"),
        ),
        (  # an act dated after the day of writing is a plan, whatever its verb
            "The ferry operator and the crew union have agreed to resume talks on Monday.",
            "No new talks between the ferry operator and the crew union have been scheduled.",
            ("agreed to resume talks", "No new talks"),
        ),
        (  # a plan against a stated act of ruling the event out
            "Rolvik Shipping said it would appeal to the Supreme Court.",
            "Rolvik Shipping has ruled out a further appeal, its lawyer said.",
            ("would appeal", "ruled out a further appeal"),
        ),
        (  # calling the event off, the plan's event its subject
            "The open-air concert in Lindby park will go ahead on Friday, the council said.",
            "The council has cancelled the open-air concert in Lindby park.",
            ("will go ahead", "cancelled"),
        ),
        (  # "X held" misparsed as a participle of a noun phrase with no verb
            "The harbour's breakwater held against waves of four metres, the port said.",
            "Heavy waves smashed through the breakwater at Dunmore harbour overnight.",
            ("breakwater held", "smashed through"),
        ),
        (  # the same, the subject a second subject of the reporting verb
            "The gate of the stadium held, police said.",
            "Fans smashed through the gate of the stadium.",
            ("stadium held", "smashed through"),
        ),
    ],
)
def test_incompatible_predicates_of_one_argument(one, other, words):
    got = fact_conflicts(one, other)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "texts, published",
    [
        (  # another structure broken through
            (
                "The dyke at Holm held overnight, the water board said.",
                "Floodwater burst through the fence at Holm overnight.",
            ),
            None,
        ),
        (  # the denial is of another day
            (
                "Talks between the league and the players will resume on Thursday.",
                "No talks between the league and the players have been scheduled for Friday.",
            ),
            None,
        ),
        (  # the denial was written before the plan was made: an update
            (
                "Talks between the league and the players will resume on Thursday.",
                "No new talks between the league and the players have been scheduled.",
            ),
            ["2025-03-04", "2025-03-02"],
        ),
        (  # the act was done on a day before the writing: no plan
            (
                "The ferry operator and the crew union resumed talks on Monday.",
                "No new talks between the ferry operator and the crew union have been scheduled.",
            ),
            None,
        ),
        (  # another party rules the act out
            (
                "Rolvik Shipping said it would appeal to the Supreme Court.",
                "The regulator has ruled out a further appeal, its lawyer said.",
            ),
            None,
        ),
        (  # a calling off, then a return to the state: two steps of one story
            (
                "Airlines cancelled 300 flights at Brenport airport because of the snow.",
                "Flights at Brenport airport will resume on Tuesday, the operator said.",
            ),
            None,
        ),
        (  # another event
            (
                "The match will go ahead on Saturday, the club said.",
                "No replay has been scheduled, the league said.",
            ),
            None,
        ),
    ],
)
def test_no_conflict_of_predicates(texts, published):
    assert story_fact_conflicts(texts, published, "2025-03-04") == []


# --------------------------------------------------------------------------- (3) one slot


def test_two_causes_of_one_kind_with_different_owners():
    got = fact_conflicts(
        "The escape of the wolves was caused by a keeper's error, the zoo said.",
        "The escape of the wolves was caused by a gate fault, an inspector said.",
    )
    assert disputed(got, "keeper's error", "gate fault"), got


@pytest.mark.parametrize(
    "one, other",
    [
        (  # an appliance and its fault: both may hold
            "The fire at the bakery was caused by a faulty oven, the owner said.",
            "The fire at the bakery was caused by an electrical fault, firefighters said.",
        ),
        (  # causes of different branches may both hold (rain brought the landslide)
            "The derailment was caused by heavy rain, investigators said.",
            "The derailment was caused by a landslide, the operator said.",
        ),
        (  # a cause denied and another one stated
            "The escape of the wolves was not caused by a keeper's error, the zoo said.",
            "The escape of the wolves was caused by a gate fault, an inspector said.",
        ),
    ],
)
def test_causes_that_may_both_hold(one, other):
    assert fact_conflicts(one, other) == []


def test_a_stranded_subject_keeps_its_negation():
    """ "No diesel spilled ..., staff said", the verb misparsed as a participle of "diesel":
    the "no" of the subject still denies it, so two denials agree."""
    got = fact_conflicts(
        "The trawler was towed to Kelby. The coastguard said no diesel had spilled.",
        "The trawler ran aground near Kelby. No diesel spilled from the trawler, harbour staff "
        "said.",
    )
    assert got == []


# ------------------------------------------------ after the s11 end check (its judged kinds)


def test_no_one_denied_an_act_with_no_object():
    got = fact_conflicts(
        "No one has died because of the flooding in Arnvik, the mayor said.",
        "Two farmers died in the flooding in Arnvik on Sunday.",
    )
    assert disputed(got, "No one has died", "Two farmers died"), got


def test_no_one_denied_is_not_an_animal():
    assert (
        fact_conflicts(
            "No one has died in the flooding in Arnvik, the mayor said.",
            "Forty sheep died in the flooding in Arnvik on Sunday.",
        )
        == []
    )
