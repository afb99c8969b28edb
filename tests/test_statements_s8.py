"""Statement conflicts from WordNet relations and the parse (issue #11/#12, session s8):
opposite predicates no hand table holds (one survives, the other is killed; one is free,
the other detained), what an act causes ("was killed": one died), membership
("was among those hurt" / "was not among the injured"), an act named by a noun ("taken
into custody"), a pronoun object resolved past its own clause's subject, and a plan
against "has not decided whether to". Guards: different people, different objects, a
plan against a state now, a hedge. Every text is written for this file, in domains no
tuning set covers (a zoo, a shipping line, a chess tournament)."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts

from consilience.act_relations import relation


def fact_conflicts(*texts: str, published: list[str] | None = None) -> list[list[str]]:
    """:func:`conftest.story_fact_conflicts` of ``texts``, published on 2025-09-14 by default."""
    return story_fact_conflicts(texts, published, "2025-09-14")


# --------------------------------------------------------------------------- the lexicon


@pytest.mark.parametrize(
    "a, pa, b, pb, want",
    [
        ("survive", "v", "die", "v", -1),  # through "succumb", a kind of dying
        ("free", "a", "detain", "v", -1),  # the adjective through its verb
        ("custody", "n", "free", "v", -1),  # the noun through "detention" -> "detain"
        ("alive", "a", "dead", "a", -1),
        ("permit", "v", "forbid", "v", -1),
        ("injure", "v", "hurt", "v", 1),
        ("survive", "v", "sail", "v", 0),
        ("free", "a", "sail", "v", 0),
    ],
)
def test_relation_of_two_predicates(a, pa, b, pb, want):
    assert relation(a, pa, b, pb) == want
    assert relation(b, pb, a, pa) == want


# --------------------------------------------------------------------------- opposite acts


@pytest.mark.parametrize(
    "lived, killed",
    [
        (  # membership in a relative clause: "among those who died"
            "The zoo said its head keeper, Maren Holt, survived the attack by the tiger.",
            "Maren Holt was among those who died when the tiger escaped on Saturday, a visitor "
            "told the paper.",
        ),
        (  # object first: who was killed is the passive's subject
            "Keeper Maren Holt was among those killed when the tiger escaped, police said.",
            "Maren Holt survived with cuts to her arms, the zoo's director said.",
        ),
        (  # active voice, the keeper as object
            "The tiger killed keeper Maren Holt inside the enclosure, a witness said.",
            "Keeper Maren Holt survived, the zoo said on Saturday.",
        ),
    ],
)
def test_survived_against_killed_in_any_voice(lived, killed):
    got = fact_conflicts(lived, killed)
    assert disputed(got, "survived", "Holt") and any(
        any(w in r for r in c for w in ("killed", "died")) for c in got
    ), got


@pytest.mark.parametrize(
    "free, held",
    [
        (  # a copular adjective against an act named by a noun
            "Ivo Brand, the captain of the Nordic Star, remains free, the shipping line said.",
            "Ivo Brand was taken into custody at the port of Kessel, customs officers said.",
        ),
        (  # a pronoun object, resolved past the subject of its own clause
            "Magistrate Olga Fenn heard the case against Ivan Dorsey on Monday. Fenn allowed "
            "him to remain free until the trial.",
            "Police detained Ivan Dorsey at the port of Kessel on Monday, customs officers said.",
        ),
    ],
)
def test_free_against_detained(free, held):
    got = fact_conflicts(free, held)
    assert disputed(got, "free") and any(
        any(w in r for r in c for w in ("custody", "detained")) for c in got
    ), got


@pytest.mark.parametrize(
    "yes, no, words",
    [
        (  # antonyms no table held, one object
            "The federation permitted electronic boards in the final, its president said.",
            "The federation forbade electronic boards in the final, an arbiter said.",
            ("permitted", "forbade"),
        ),
        (  # object first, passive against active
            "Electronic boards were forbidden in the final by the federation.",
            "The federation allowed electronic boards in the final, its president said.",
            ("forbidden", "allowed"),
        ),
        (  # a line's crew, voices swapped
            "The Nordic Star's crew was included in the rescue drill, the shipping line said.",
            "The shipping line excluded the Nordic Star's crew from the rescue drill.",
            ("included", "excluded"),
        ),
    ],
)
def test_antonyms_from_wordnet(yes, no, words):
    got = fact_conflicts(yes, no)
    assert disputed(got, *words), got


# --------------------------------------------------------------------------- negation forms


@pytest.mark.parametrize(
    "among, other",
    [
        (  # membership in a participle class, denied vs stated
            "The grandmaster Lena Osk was not among those injured when the stage collapsed.",
            "Lena Osk was injured when the stage collapsed at the chess festival, organisers said.",
        ),
        (  # membership stated vs the act denied
            "Lena Osk was among those injured when the stage collapsed at the chess festival.",
            "The grandmaster Lena Osk was not injured when the stage collapsed, organisers said.",
        ),
    ],
)
def test_membership_against_the_act(among, other):
    got = fact_conflicts(among, other)
    assert disputed(got, "among", "injured"), got
    assert any(len(c) == 2 for c in got), got


@pytest.mark.parametrize(
    "will, undecided",
    [
        (
            "Grandmaster Pavel Rusk said he would appeal the forfeit.",
            "Pavel Rusk has not decided whether to appeal the forfeit, the federation said.",
        ),
        (  # "her coach said she would": she is the player named before, not the coach
            "The arbiter fined Nadia Ferro on Friday. Her coach, Marco Lenz, said she would "
            "appeal the fine.",
            "Nadia Ferro has not decided whether to appeal the fine, the federation said.",
        ),
        (
            "Pavel Rusk will appeal the forfeit, the federation said on Sunday.",
            "Pavel Rusk has not yet decided whether he will appeal the forfeit, his coach said.",
        ),
    ],
)
def test_plan_against_not_decided_whether(will, undecided):
    got = fact_conflicts(will, undecided)
    assert disputed(got, "appeal", "decided"), got


# --------------------------------------------------------------------------- guards


@pytest.mark.parametrize(
    "one, two",
    [
        (  # two different people
            "Keeper Maren Holt survived the attack by the tiger, the zoo said.",
            "Keeper Tomas Lagan was killed by the tiger, the zoo said.",
        ),
        (  # one is free, another is detained
            "Ivo Brand, the captain of the Nordic Star, remains free, the shipping line said.",
            "The ship's cook, Aron Weil, was taken into custody, customs officers said.",
        ),
        (  # a hedge is no statement
            "Keeper Maren Holt may not survive her injuries, doctors said.",
            "Keeper Maren Holt survived the attack by the tiger, the zoo said.",
        ),
        (  # a plan and a decision still open about different acts
            "Pavel Rusk said he would attend the closing ceremony.",
            "Pavel Rusk has not decided whether to appeal the forfeit, the federation said.",
        ),
        (  # opposite verdicts of two charges
            "The harbour master, Ole Brun, was acquitted of smuggling.",
            "The court convicted harbour master Ole Brun of bribery.",
        ),
        (  # a participle modifying a noun states no act ("the ship detained at Kessel")
            "The cargo ship detained at Kessel, the Nordic Star, sailed on Monday.",
            "The Nordic Star remains free to sail, its owners said.",
        ),
        (  # a denial by another party than the doer
            "Keepers from the city zoo released the wolves on Sunday, residents said.",
            '"We did not release the wolves," said Ida Sten, a spokeswoman for the farmers\' union.',
        ),
        (  # antonyms with no object of their own: two steps of one voyage
            "The ferry Nordic Star arrived in Kessel on Monday, the port said.",
            "The ferry Nordic Star departed from Kessel on Monday evening, the port said.",
        ),
        (  # two steps of one session
            "The tournament started at 10am, organisers said.",
            "The tournament stopped at noon after a power cut, organisers said.",
        ),
        (  # two moves of one game
            "Grandmaster Ivo Lenz attacked on the queen's side.",
            "Grandmaster Ivo Lenz defended on the queen's side.",
        ),
        (  # a verb with a complement is its complement's act: accepting a resignation
            "Zoo director Hanna Moe accepted the resignation of her deputy on Friday.",
            "Zoo director Hanna Moe has refused to resign over the escape.",
        ),
        (  # the object of an active verb is not the other's subject
            "The Kessel sea lock failed on Monday morning, the port said.",
            "Dorn Marine, which operates the Kessel sea lock, said repairs would take a week.",
        ),
        (  # opposite acts on two objects
            "The federation permitted electronic boards in the final.",
            "The federation forbade phones in the playing hall.",
        ),
    ],
)
def test_no_conflict(one, two):
    assert fact_conflicts(one, two) == []
