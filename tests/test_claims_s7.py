"""Claim extraction, session 7: canonical claims across paraphrase -- offices (titles,
appositives, "as ROLE", "until now the X"), voice and adjunct phrases, participial clauses,
light verbs with deverbal nouns.

Every text here is written for these tests (none is taken from the seeds, the demo or a
held-out set)."""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims


def _claims(make, text):
    return extract_claims(make(text))


def _with(claims, **want):
    return [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]


def _show(claims):
    return [
        (c.kind, c.predicate, c.frame, c.actor_key, c.patient_key, c.office, c.text) for c in claims
    ]


def _one(claims, **want):
    found = _with(claims, **want)
    assert len(found) == 1, _show(claims)
    return found[0]


# --------------------------------------------------------------------------- 1. offices


@pytest.mark.parametrize(
    "text",
    [
        "Acting chief executive Tomas Rein, until now the finance director, met staff on Monday.",
        "Lindqvist Group has appointed Tomas Rein, its finance director, as acting CEO.",
        "Finance director Tomas Rein will step in as acting boss of Lindqvist Group.",
        "Tomas Rein was named acting chief executive of the group on Monday.",
    ],
)
def test_an_acting_head_in_four_wordings_is_one_role_claim(make, text):
    c = _one(_claims(make, text), frame="be", office="head|acting")
    assert (c.frame, c.actor_key, c.patient_key) == ("be", "tomas rein", "head")
    assert "Rein" in c.text and not c.superseded


@pytest.mark.parametrize(
    "text",
    [
        "Chief Financial Officer Mia Sandoval signed the accounts.",
        "Mia Sandoval, the CFO, signed the accounts.",
        "Finance chief Mia Sandoval signed the accounts.",
    ],
)
def test_the_finance_chief_in_three_spellings_has_one_office(make, text):
    c = _one(_claims(make, text), frame="be", actor_key="mia sandoval")
    assert (c.patient_key, c.office) == ("chief finance", "chief finance|")


def test_until_now_the_role_is_a_superseded_office(make):
    claims = _claims(make, "Ida Berg, until now the club's sporting director, will coach the side.")
    c = _one(claims, kind="role")
    assert (c.actor_key, c.superseded) == ("ida berg", True) and "director" in c.patient_key
    assert c.text == "Ida Berg, until now the club's sporting director"


def test_a_former_office_is_superseded(make):
    c = _one(_claims(make, "Former health minister Karl Odum joined the protest."), kind="title")
    assert (c.patient_key, c.office, c.superseded) == (
        "health minister",
        "health minister|former",
        True,
    )


def test_an_honorific_before_a_name_is_no_role_claim(make):
    claims = _claims(make, "President Ana Ruiz visited the flooded town of Merlo on Sunday.")
    assert not _with(claims, kind="title")


def test_leaving_an_office_notes_the_office_on_the_event(make):
    c = _one(_claims(make, "Pavel Dorn resigned as chairman of the Kessel Bank."), frame="resign")
    assert c.office == "chair|" and c.patient_key != "chair"


def test_taking_over_as_a_role_is_becoming_it(make):
    c = _one(
        _claims(make, "Goalkeeper Ilse Maren will take over as club captain next season."),
        predicate="become",
    )
    assert (c.frame, c.patient_key, c.modality) == ("be", "captain", "future")
    assert c.actor_key in ("ilse maren", "maren")


def test_running_an_organisation_on_an_interim_basis_is_its_interim_head(make):
    c = _one(
        _claims(make, "Deputy mayor Olga Fenn will run the council on an interim basis."),
        predicate="run",
    )
    assert (c.frame, c.actor_key, c.patient_key, c.office) == (
        "be",
        "olga fenn",
        "head",
        "head|interim",
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Press officer Lina Vos said the road was shut.", "press"),
        ("Lina Vos, a press officer for the council, said the road was shut.", "press"),
        ("Harbour board chairman Felix Amadi opened the quay.", "chair"),
        ("Felix Amadi, chairman of the harbour board, opened the quay.", "chair"),
    ],
)
def test_a_role_with_its_organisation_before_or_after_is_one_office(make, text, role):
    c = _one(_claims(make, text), frame="be", role="identity")
    assert c.patient_key == role


# --------------------------------------------------------------------------- 4. light verbs


@pytest.mark.parametrize(
    ("light", "verbal"),
    [
        (
            "Firefighters carried out an evacuation of the Tanner estate.",
            "Firefighters evacuated the Tanner estate.",
        ),
        ("Auditors conducted an inspection of the depot.", "Auditors inspected the depot."),
        ("The committee launched a review of the contract.", "The committee reviewed the contract."),
        ("The carrier issued a recall of its older buses.", "The carrier recalled its older buses."),
        ("The ministry made a payment to the growers.", "The ministry paid the growers."),
    ],
)
def test_a_light_verb_with_a_deverbal_noun_states_the_verb(make, light, verbal):
    a = _one(_claims(make, light), kind="main")
    b = _one(_claims(make, verbal), kind="main")
    assert (a.frame, a.actor_key, a.patient_key) == (b.frame, b.actor_key, b.patient_key)


@pytest.mark.parametrize(
    ("text", "not_predicate"),
    [
        ("The final vote took place on Monday evening.", "place"),
        ("Exporters took a hit from the new tariff.", "hit"),
    ],
)
def test_a_light_verb_idiom_keeps_its_noun_out_of_the_predicate(make, text, not_predicate):
    c = _one(_claims(make, text), kind="main")
    assert c.predicate != not_predicate and c.frame != "attack"
