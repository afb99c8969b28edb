"""Denials and embedded questions (issue #11, session 11).

* What a party denies ("denied that X", "rejected claims that X", "dismissed reports that
  X") is a claim of X with negative polarity attributed to the denier, never X asserted.
* A clause that is an embedded question ("why the pump failed", "what caused the crash") is
  asked, not stated: no claim.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.claims import denies, extract_claims


def _claims(make, text: str):
    return extract_claims(make(text))


def _about(claims, predicate: str):
    found = [c for c in claims if c.predicate == predicate]
    assert found, [(c.kind, c.predicate, c.text) for c in claims]
    return found


@pytest.mark.parametrize(
    ("text", "predicate", "denier"),
    [
        ("The shipping line denied that the cargo had been loaded illegally.", "load", "line"),
        (
            "Officials at the observatory rejected claims that the telescope mirror had cracked.",
            "crack",
            "Officials",
        ),
        (
            "The winery dismissed reports that its oak barrels had leaked, a spokeswoman said.",
            "leak",
            "winery",
        ),
        ("The orchestra disputed that its conductor had walked out.", "walk", "orchestra"),
        (
            "Harbour police on Tuesday refuted suggestions that the diver had been paid.",
            "pay",
            "police",
        ),
    ],
)
def test_a_denied_complement_is_a_negative_claim_of_the_denier(make, text, predicate, denier):
    for c in _about(_claims(make, text), predicate):
        assert c.negated, c.text
        assert c.attribution and denier in c.attribution, c.attribution
        assert not c.superseded  # a denial's tense is reported speech, not a past state


def test_a_stated_complement_stays_positive(make):
    text = "The harbour master confirmed that the diver had been paid."
    (c,) = _about(_claims(make, text), "pay")
    assert not c.negated
    text = "The museum said the painting had been restored twice."
    (c,) = _about(_claims(make, text), "restore")
    assert not c.negated


def test_denying_verbs_come_from_wordnet_not_a_list():
    # verbs of denial through their WordNet senses; reporting verbs are not denials
    assert all(denies(v) for v in ("deny", "refute", "rebut", "disavow", "dismiss"))
    assert not any(denies(v) for v in ("say", "confirm", "argue", "report", "warn", "add"))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Engineers are still trying to establish why the pump failed.", "why the pump"),
        ("Investigators did not say what caused the crash of the cable car.", "what caused"),
        ("A report found how the smugglers had entered the port unseen.", "how the smugglers"),
        ("The coroner said it was unclear whether the climber had fallen.", "whether the"),
    ],
)
def test_an_embedded_question_is_no_claim(make, text, fragment):
    claims = _claims(make, text)
    assert not any(c.text.lower().startswith(fragment.lower()) for c in claims), [
        c.text for c in claims
    ]


def test_a_time_clause_opening_a_reported_clause_is_no_question(make):
    text = "Firefighters said when they arrived the boathouse was already ablaze."
    claims = _claims(make, text)
    assert any("boathouse was already ablaze" in c.text for c in claims), [c.text for c in claims]
