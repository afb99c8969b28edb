"""Statement conflicts on held-out forms (issue #11/#12, session s9): polarity carried by a
noun ("No refund request was received" / "requested a refund"), an un- adjective against
a passive participle ("are unhurt" / "was hurt"), one property of one thing given two
values (a named or contrasting modifier of one head: "in Austrian airspace" / "in Swiss
airspace"; "a Bermuda-registered jet" / "a Cayman-registered jet"), a decision still open
against a decision taken or a deed ("has not decided whether to sell" / "has agreed to
sell"). Guards: a denial narrowed by an argument the statement lacks ("not licensed for
night flights" / "licensed"), a state now against a change dated years before ("will stay
shut until further notice" / "opened in 1994"), other heads, compatible modifiers and other
times. Every text is written for this file, in domains no tuning set covers (mountain
guiding, private aviation, an auction house, a regatta)."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts


def fact_conflicts(*texts: str, published: list[str] | None = None) -> list[list[str]]:
    """:func:`conftest.story_fact_conflicts` of ``texts``, published on 2025-06-03 by default."""
    return story_fact_conflicts(texts, published, "2025-06-03")


# --------------------------------------------------------------------------- a noun's polarity


@pytest.mark.parametrize(
    "asked, none, words",
    [
        (
            "The losing crew requested a rerun of the final race, the regatta's website said.",
            "No request for a rerun has been received, the regatta's organisers said.",
            ("requested", "No request"),
        ),
        (  # the noun first, the verb in the passive
            "No refund request was received from the buyer, the auction house said.",
            "A refund was requested by the buyer of the vase on Monday, his lawyer said.",
            ("No refund request", "requested"),
        ),
        (
            "Residents of Tarnby complained about the quarry, the district council said.",
            "No complaint about the quarry has been lodged, a council officer told the paper.",
            ("complained", "No complaint"),
        ),
        (  # "any" under a negated verb
            "The district council has not received any complaint about the quarry.",
            "Residents of Tarnby complained about the quarry last month, their lawyer said.",
            ("any complaint", "complained"),
        ),
    ],
)
def test_no_noun_against_its_verb(asked, none, words):
    got = fact_conflicts(asked, none)
    assert disputed(got, *words), got


# --------------------------------------------------------------------------- un- adjectives


@pytest.mark.parametrize(
    "whole, hurt, words",
    [
        (
            "All four climbers are unscathed, the mountain guides' association said.",
            "One of the climbers was injured by falling ice, a rescuer said.",
            ("unscathed", "injured by"),
        ),
        (  # the participle first, the adjective after a linking "remains"
            "The auctioned vase was damaged in transit to Geneva, the buyer's lawyer said.",
            "The auctioned vase remains undamaged, the auction house said in a statement.",
            ("damaged in", "undamaged"),
        ),
        (  # active voice: the theme is the object
            "A falling rock injured the guide Anouk Perrin on the descent, police said.",
            "The guide Anouk Perrin was uninjured, her agency said on Tuesday.",
            ("injured", "uninjured"),
        ),
    ],
)
def test_un_adjective_against_the_participle(whole, hurt, words):
    got = fact_conflicts(whole, hurt)
    assert disputed(got, *words), got


# --------------------------------------------------------------------------- one property, two values


@pytest.mark.parametrize(
    "one, two, words",
    [
        (  # nationality modifiers of one head after "in"
            "The glider was in Austrian airspace when it lost radio contact, the club said.",
            "At the time the glider had been in Swiss airspace, according to its pilot.",
            ("Austrian", "Swiss"),
        ),
        (  # a national modifier against "international" (WordNet antonyms via "national")
            "The jet was over Danish territory when the engine failed, the operator said.",
            "The jet had been over international territory at the time, the charter firm said.",
            ("Danish", "international"),
        ),
        (  # WordNet antonyms as modifiers of one head
            "The climbers were on the northern ridge when the slab broke away, guides said.",
            "When the slab broke away the climbers were on the southern ridge, police said.",
            ("northern", "southern"),
        ),
        (  # a named value of a hyphenated participle
            "The Bermuda-registered jet landed at Sion after the engine warning, officials said.",
            "Sion airport said the Cayman Islands-registered jet made an emergency landing.",
            ("Bermuda", "Cayman"),
        ),
        (  # the same property after its noun, in a relative clause
            "The Bermuda-registered jet of the Alpen Air company landed at Sion on Monday.",
            "The jet, which was registered in the Cayman Islands, made an emergency landing.",
            ("Bermuda", "Cayman"),
        ),
        (  # one past moment reported on two days, "vessel" a kind of "ship"
            "The research ship was in Chilean waters when the storm hit, the institute said.",
            "The vessel had been in international waters at the time, its captain said.",
            ("Chilean", "international"),
        ),
    ],
)
def test_one_property_two_values(one, two, words):
    got = fact_conflicts(one, two, published=["2025-06-03", "2025-06-04"])
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "one, two",
    [
        (  # compatible modifiers: no contrast
            "The glider was in Austrian airspace when it lost radio contact, the club said.",
            "At the time the glider had been in restricted airspace, according to its pilot.",
        ),
        (  # two things, one property each
            "The glider was in Austrian airspace when it lost radio contact, the club said.",
            "The club's tow plane was in Swiss airspace at the time, its pilot said.",
        ),
        (  # two times
            "The glider was in Austrian airspace on Monday morning, the club said.",
            "The glider was in Swiss airspace on Tuesday afternoon, the club said.",
        ),
        (  # a different preposition, a different role
            "The glider took off from Austrian airspace, the club said.",
            "The glider landed in Swiss airspace, its pilot said.",
        ),
        (  # two named things of one kind, each with its own registration
            "The Bermuda-registered jet Aster One landed at Sion, officials said.",
            "The Cayman Islands-registered jet Sirius Two was diverted to Geneva, officials said.",
        ),
    ],
)
def test_values_guards(one, two):
    got = fact_conflicts(one, two)
    assert not any(disputed(got, w) for w in ("Swiss", "Cayman", "restricted")), got


# --------------------------------------------------------------------------- speech verbs as acts


@pytest.mark.parametrize(
    "done, refused",
    [
        (  # a relative clause: "who" is the noun it modifies
            "Ilse Varga, who conceded on Sunday, is expected to stay on as group leader.",
            "Ilse Varga has refused to concede the election, her campaign said.",
        ),
        (
            "The losing skipper, Jens Aalto, admitted the collision at the protest hearing.",
            "Jens Aalto has refused to admit the collision, the regatta's jury said.",
        ),
    ],
)
def test_attribution_verb_with_no_clause_is_an_act(done, refused):
    got = fact_conflicts(done, refused, published=["2025-06-03", "2025-06-04"])
    assert any(len(c) == 2 and any("refused" in r for r in c) for c in got), got


# --------------------------------------------------------------------------- decision vs deed


@pytest.mark.parametrize(
    "open_, taken",
    [
        (  # a decision taken, on a kind of the act left open
            "The Halvorsen family has not yet decided whether to sell the portrait.",
            "The Halvorsen family has agreed to auction the portrait, the auction house said.",
        ),
        (  # a deed (a synonym) against the decision still open, the deed first
            "The rowing federation purchased the two boats last week, its chair said.",
            "The rowing federation has not decided whether to buy the two boats.",
        ),
        (
            "Members of the choir voted to dissolve the choir, its conductor said.",
            "The choir's members have not yet decided whether to disband the choir.",
        ),
    ],
)
def test_open_decision_against_taken_one(open_, taken):
    got = fact_conflicts(open_, taken)
    assert disputed(got, "decided"), got
    assert any(len(c) == 2 for c in got), got


def test_open_decision_then_deed_is_an_update():
    got = fact_conflicts(
        "The rowing federation has not decided whether to buy the two boats.",
        "The rowing federation purchased the two boats on Tuesday, its chair said.",
        published=["2025-06-02", "2025-06-05"],
    )
    assert not got, got


# --------------------------------------------------------------------------- guards


@pytest.mark.parametrize(
    "one, two",
    [
        (  # a denial narrowed by an argument the statement lacks
            "The aviation authority licensed the new airstrip at Sion on Friday.",
            "The airstrip at Sion has not been licensed for night flights, the authority said.",
        ),
        (  # acts that share only a clock time are not aligned by it
            "The ski race began at 9 a.m., with crowds lining the lower slopes.",
            "The ski race is due to end at 11 a.m. on Sunday.",
        ),
        (  # a passive relative clause describes its noun: trapped, then freed
            "A climber who was trapped in the crevasse was flown to Sion, the guides said.",
            "A climber wedged in the crevasse was freed after two hours, rescuers said.",
        ),
        (  # a state now against a change dated decades before
            "The cable car will stay shut until further notice, the operator said.",
            "The cable car opened in 1994 and carries 600 skiers an hour.",
        ),
    ],
)
def test_precision_guards(one, two):
    got = fact_conflicts(one, two)
    assert not got, got


# --------------------------------------------------------------------------- a dated deed


def test_deed_dated_to_the_day_of_an_earlier_denial():
    """The deed is dated to the day the denial was written: a dispute, though the report
    of the deed comes a day later."""
    got = fact_conflicts(
        "Ilse Varga, who conceded on Tuesday, is expected to stay on as group leader.",
        "Ilse Varga has refused to concede the election, her campaign said.",
        published=["2025-06-04", "2025-06-03"],  # 3 June 2025 is a Tuesday
    )
    assert disputed(got, "conceded", "refused"), got


def test_deed_dated_after_the_denial_is_an_update():
    got = fact_conflicts(
        "Ilse Varga, who conceded on Wednesday, is expected to stay on as group leader.",
        "Ilse Varga has refused to concede the election, her campaign said.",
        published=["2025-06-05", "2025-06-03"],
    )
    assert not got, got
