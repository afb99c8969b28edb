"""The phrases "has yet to" and "is yet to" deny their verb (issue #11, session 14).

"The tribunal has yet to rule on the appeal" states that the tribunal has not ruled: its
claim is the ruling, negated, not a claim of "have". A consensus line "the tribunal ruled"
must never cite it as support. Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The tribunal has yet to rule on whether the painting is a forgery.", "rule"),
        ("The regional council is yet to approve the new bus timetable.", "approve"),
        ("The auditors have yet to be told about the missing invoices.", "tell"),
    ],
)
def test_yet_to_negates_its_verb(make, text: str, predicate: str) -> None:
    claims = extract_claims(make(text))
    found = [c for c in claims if c.predicate == predicate]
    assert found, [(c.predicate, c.text) for c in claims]
    assert all(c.negated for c in found)
    assert not any(c.predicate == "have" for c in claims)


def test_yet_without_to_keeps_polarity(make) -> None:
    """The word "yet" as a conjunction or time adverb denies nothing."""
    claims = extract_claims(make("The ferry was late, yet the passengers reached the island."))
    reach = [c for c in claims if c.predicate == "reach"]
    assert reach and not any(c.negated for c in reach)
