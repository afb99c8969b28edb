"""Claim extraction, session 6: event nouns as predicates, content clauses under attribution,
conjuncts, entity attributes ranked below events, contentless temporal clauses, pronoun
subjects.

Every text here is written for these tests (none is taken from the seeds, the demo or a
held-out set)."""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims
from consilience.event_nouns import gerund_verb


def _claims(make, text):
    return extract_claims(make(text))


def _with(claims, **want):
    return [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]


def _one(claims, **want):
    found = _with(claims, **want)
    assert len(found) == 1, [(c.kind, c.frame, c.actor_key, c.patient_key, c.text) for c in claims]
    return found[0]


# --------------------------------------------------------------------------- 1. event nouns


def test_announcing_the_signing_of_a_player_is_signing_the_player(make):
    nominal = _claims(
        make, "Port Allard Rovers confirmed the signing of goalkeeper Ilse Maren from Drava United."
    )
    verbal = _claims(
        make, "Port Allard Rovers have signed goalkeeper Ilse Maren from Drava United."
    )
    a = _one(nominal, frame="sign")
    b = _one(verbal, frame="sign")
    assert (
        (a.actor_key, a.patient_key)
        == (b.actor_key, b.patient_key)
        == (
            "port allard rovers",
            "ilse maren",
        )
    )


@pytest.mark.parametrize(
    ("text", "frame", "patient"),
    [
        (
            "Ground crews reported problems hours after the loss of the survey drone.",
            "lose",
            "drone",
        ),
        ("Shops shut early following the introduction of a curfew.", "introduce", "curfew"),
        (
            "Hundreds marched through Veltby after the closure of the smelter.",
            "shut_down",
            "smelter",
        ),
        ("The flooding of the tunnel has halted all trains to the coast.", "flood", "tunnel"),
    ],
)
def test_an_event_noun_with_an_of_object_states_its_event(make, text, frame, patient):
    c = _one(_claims(make, text), kind="event")
    assert (c.frame, c.patient_key, c.modality, c.negated) == (frame, patient, "asserted", False)
    assert c.text.lower().startswith("the ") and patient in c.text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The airline grounded its fleet of jets.", "The airline suspended its fleet of jets."),
        ("The army stood down its reserve units.", "The army halted its reserve units."),
    ],
)
def test_suspending_grounding_and_standing_down_are_one_frame(make, a, b):
    assert _one(_claims(make, a), kind="main").frame == _one(_claims(make, b), kind="main").frame


def test_a_possessive_is_the_agent_of_an_event_noun(make):
    text = "Drava United's sale of Ilse Maren to a rival club has angered supporters."
    c = _one(_claims(make, text), kind="event")
    assert (c.frame, c.actor_key, c.patient_key) == ("sell", "drava united", "ilse maren")
    assert c.text == "Drava United's sale of Ilse Maren to a rival club"


def test_an_event_that_happens_to_its_of_object_has_it_as_actor(make):
    text = "The collapse of the footbridge has cut the village off."
    c = _one(_claims(make, text), kind="event")
    assert (c.frame, c.actor_key, c.patient_key) == ("collapse", "footbridge", None)


def test_a_demanded_or_opposed_act_is_not_stated_as_done(make):
    claims = _claims(make, "Unions demanded the closure of the smelter before winter.")
    assert not _with(claims, frame="shut_down")
    claims = _claims(make, "The council would debate the closure of the smelter.")
    assert not _with(claims, frame="shut_down")


def test_a_passive_wrapper_states_its_subject_event(make):
    c = _one(_claims(make, "The suspension of the ferry service was confirmed on Monday."))
    assert (c.kind, c.predicate, c.patient_key) == ("main", "suspend", "service")


def test_pleased_to_announce_an_appointment_states_the_appointment(make):
    text = "The orchestra is pleased to announce the appointment of Karin Oduya as conductor."
    c = _one(_claims(make, text), kind="main")
    assert (c.frame, c.actor_key, c.patient_key) == ("appoint", "orchestra", "karin oduya")


@pytest.mark.parametrize(
    ("word", "verb"),
    [("sinking", "sink"), ("stopping", "stop"), ("closing", "close"), ("evening", None)],
)
def test_gerund_nouns_are_read_through_the_lemma_tables(word, verb):
    assert gerund_verb(word) == verb
