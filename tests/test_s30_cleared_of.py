"""Clearing a party of a charge is an acquittal, not an approval (session 30).

"The jurors ... cleared her of a charge of money laundering" was read as "clear" in the
frame ``approve`` (a regulator clearing a merger), so it stood on the scale of decisions
instead of verdicts (held-out s7). Only the passive "was cleared of" was an acquittal.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims


def _clause(make, text: str, word: str):
    found = [c for c in extract_claims(make(text)) if word in c.text]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    "text, word",
    [
        ("The magistrates cleared him of a charge of dangerous driving on Friday.", "cleared"),
        ("An appeal panel cleared Norrvik Shipping of any wrongdoing.", "cleared"),
        ("The jury convicted Sela on two counts and cleared her of bribery.", "cleared"),
        ("He was cleared of assault at Tarvik Crown Court.", "cleared"),
    ],
)
def test_clearing_a_party_of_a_charge_is_an_acquittal(make, text, word):
    assert _clause(make, text, word).frame == "acquit"


@pytest.mark.parametrize(
    "text",
    [
        "The competition board cleared the takeover on Tuesday.",
        "The ruling cleared the way for a second runway.",
        "Volunteers cleared the beach of plastic after the storm.",
    ],
)
def test_clearing_a_thing_is_no_acquittal(make, text):
    assert _clause(make, text, "cleared").frame != "acquit"
