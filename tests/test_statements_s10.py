"""Statement conflicts of kinds no earlier rule covered (issue #11/#12, session s10):

(a) a denial of a whole class ("No chalets were destroyed", "none of the riders was hurt")
    against a positive act on a member or a kind of that class, with the same act or a kind
    of it (WordNet hypernyms: "wrecked" is a way to destroy, a chalet is a kind of building);
(b) the act of a passive with its doer ("was started by a faulty heater") stated in one
    report and denied in another ("was not caused by a heater"), each inside a speech verb's
    content clause;
(c) one thing in a state and its WordNet antonym state ("were found alive" / "was dead").

Guards: a narrowed denial ("no serious injuries" / "minor injuries"), another class
("sheds" are no "chalets"), another doer ("not caused by arson"), a later update (the
denial first, the act reported on a later day), both reports saying the same thing.
Every text is written for this file, in domains no tuning set covers (a ski resort, a
cycling race, a sawmill, a library, a caving club, a brewery)."""

from __future__ import annotations

import pytest
from conftest import disputed, story_fact_conflicts


def fact_conflicts(*texts: str, published: list[str] | None = None) -> list[list[str]]:
    """:func:`conftest.story_fact_conflicts` of ``texts``, published on 2025-02-11 by default."""
    return story_fact_conflicts(texts, published, "2025-02-11")


# --------------------------------------------------------------------------- (a) class denials


@pytest.mark.parametrize(
    "none, some, words",
    [
        (  # a kind of the class, a kind of the act
            "No buildings at the resort have been destroyed, the manager of Valbrun said.",
            "Three chalets near the summit station were wrecked by the avalanche on Monday.",
            ("No buildings", "wrecked"),
        ),
        (  # "none of" + the class, a synonym act, the positive side first
            "Two cyclists were injured when the peloton crashed on the Col de Maure descent.",
            "None of the cyclists was hurt in the crash, the race organisers said on Sunday.",
            ("injured", "None of the cyclists"),
        ),
        (  # "none of them": the pronoun's class named earlier in the sentence
            "Eleven cavers were trapped by the flood, and none of them was injured, the club said.",
            "Rescuers shot a caver who had panicked in the flooded passage, a police report said.",
            ("none of them", "shot"),
        ),
        (  # "no" on the object of an active verb; the statement in the passive with its doer
            "The avalanche destroyed no buildings at the resort, the manager of Valbrun said.",
            "Two chalets near the summit were demolished by the avalanche, guides said.",
            ("destroyed no buildings", "demolished"),
        ),
    ],
)
def test_class_denial_against_a_member(none, some, words):
    got = fact_conflicts(none, some)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "none, some, published",
    [
        (  # a narrowed denial: serious ones denied, minor ones stated
            "No serious injuries were reported among the cyclists, the organisers said.",
            "Two cyclists suffered minor injuries in the crash on the descent.",
            None,
        ),
        (  # another class: a shed is no kind of chalet
            "No chalets at the resort have been destroyed, the manager of Valbrun said.",
            "Two ski sheds near the summit station were wrecked by the avalanche.",
            None,
        ),
        (  # a later update: the denial first, the damage reported a day later
            "No chalets at the resort have been destroyed so far, the manager said.",
            "Three chalets near the summit station were wrecked by the avalanche.",
            ["2025-02-11", "2025-02-12"],
        ),
        (  # the denial narrowed to another place than the one the statement names
            "No chalets on the north slope have been destroyed, the manager said.",
            "Three chalets on the south slope were wrecked by the avalanche.",
            None,
        ),
        (  # both reports deny
            "No chalets at the resort have been destroyed, the manager said.",
            "None of the chalets was destroyed by the avalanche, the mayor said.",
            None,
        ),
    ],
)
def test_class_denial_guards(none, some, published):
    got = fact_conflicts(none, some, published=published)
    assert not got, got


# --------------------------------------------------------------------------- (b) reported doers


@pytest.mark.parametrize(
    "one, two, words, published",
    [
        (  # the doer of a passive coordinated with an intransitive verb
            "The blaze broke out at dawn and was started by a faulty heater, the owner said.",
            "Investigators said the blaze at the sawmill was not caused by a heater.",
            ("started by a faulty heater", "not caused by a heater"),
            None,
        ),
        (  # "according to"; "triggered" against "caused"
            "The flooding began on Sunday and was triggered by a burst pipe, according to staff.",
            "The flooding of the library was not caused by a pipe, the council said on Monday.",
            ("triggered by a burst pipe", "not caused by a pipe"),
            None,
        ),
        (  # the denial a day after the statement: a dispute, not an update
            "The outage hit the brewery at noon and was sparked by a power cut, the brewery said.",
            "According to the grid operator, the outage was not caused by a power cut.",
            ("sparked by a power cut", "not caused by a power cut"),
            ["2025-02-11", "2025-02-12"],
        ),
    ],
)
def test_reported_doer_stated_and_denied(one, two, words, published):
    got = fact_conflicts(one, two, published=published)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "one, two",
    [
        (  # two different doers: one stated, another denied
            "The blaze at the sawmill was started by a faulty heater, the owner said.",
            "Investigators said the blaze at the sawmill was not caused by arson.",
        ),
        (  # both deny
            "The blaze at the sawmill was not started by a heater, the owner said.",
            "Investigators said the blaze at the sawmill was not caused by a heater.",
        ),
        (  # two different things caused by one doer
            "The blaze at the sawmill was started by a faulty heater, the owner said.",
            "Investigators said the flooding of the cellar was not caused by a heater.",
        ),
    ],
)
def test_reported_doer_guards(one, two):
    got = fact_conflicts(one, two)
    assert not got, got


# --------------------------------------------------------------------------- (c) opposite states


@pytest.mark.parametrize(
    "one, two, words",
    [
        (  # a bare count standing for the noun counted before; a secondary predicate
            "Nine potholers were trapped in the cave. All nine were brought out alive.",
            "Divers reached the potholers, but one of them was already dead, police said.",
            ("alive", "dead"),
        ),
        (  # the secondary predicate on the object of an active verb
            "Rescuers found the twelve climbers alive on Tuesday, the guides' office said.",
            "One of the twelve climbers was dead when the helicopter landed, a doctor said.",
            ("alive", "dead"),
        ),
        (  # "shot dead" against "unharmed" after the verb
            "All four hostages on the yacht were released unharmed, the navy said.",
            "One of the hostages on the yacht was shot dead by the kidnappers, his family said.",
            ("unharmed", "shot dead"),
        ),
    ],
)
def test_opposite_states_of_one_set(one, two, words):
    got = fact_conflicts(one, two)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "one, two",
    [
        (  # another set: the rescuers, not the potholers
            "Nine potholers were trapped in the cave. All nine were brought out alive.",
            "One of the rescuers was found dead near the cave entrance, police said.",
        ),
        (  # states that can both hold: alive and injured
            "Nine potholers were trapped in the cave. All nine were brought out alive.",
            "Divers reached the potholers, but one of them was badly injured, police said.",
        ),
        (  # both reports say the same
            "All four hostages on the yacht were released unharmed, the navy said.",
            "The four hostages were freed unharmed on Sunday, their families said.",
        ),
    ],
)
def test_opposite_states_guards(one, two):
    got = fact_conflicts(one, two)
    assert not got, got


@pytest.mark.parametrize(
    "one, two, disputed_words",
    [
        (  # one charge: a dispute
            "The jury found the skipper guilty of smuggling, the court said.",
            "The skipper was acquitted of smuggling, his lawyer said.",
            ("guilty", "acquitted"),
        ),
        (  # two charges: both can hold
            "The jury found the skipper guilty of smuggling, the court said.",
            "The skipper was acquitted of bribery, his lawyer said.",
            (),
        ),
        (  # a verdict on some counts only
            "The jury found the skipper guilty on three of the five counts, the court said.",
            "The skipper was acquitted of bribery, his lawyer said.",
            (),
        ),
    ],
)
def test_verdict_as_a_secondary_state(one, two, disputed_words):
    got = fact_conflicts(one, two)
    assert disputed(got, *disputed_words) if disputed_words else not got, got


# --------------------------------------------------------------------------- (a) "with" states


@pytest.mark.parametrize(
    "none, some, words",
    [
        (  # "with injuries" against "nobody ... injured" of one class
            "None of the rowers was injured when the boat capsized, the club said.",
            "Three rowers were taken to hospital with injuries after the boat capsized.",
            ("None of the rowers", "with injuries"),
        ),
        (  # a kind of injury, on the object of an active verb
            "No spectators were hurt when the grandstand roof gave way, organisers said.",
            "Paramedics treated two spectators with fractures at the showground.",
            ("No spectators", "with fractures"),
        ),
    ],
)
def test_with_state_against_a_class_denial(none, some, words):
    got = fact_conflicts(none, some)
    assert disputed(got, *words), got


@pytest.mark.parametrize(
    "none, some",
    [
        (  # "with" a thing, no state
            "None of the rowers was injured when the boat capsized, the club said.",
            "Three rowers were taken to hospital with their coach after the boat capsized.",
        ),
        (  # another class
            "No spectators were hurt when the grandstand roof gave way, organisers said.",
            "Paramedics treated two stewards with fractures at the showground.",
        ),
    ],
)
def test_with_state_guards(none, some):
    got = fact_conflicts(none, some)
    assert not got, got
