"""Entities (session 19): a currency code with a number is a sum of money, no name.

The tagger reads "EUR 24" or "USD 310 million" as an organisation; the ISO 4217 codes
(Babel's CLDR list) tell a sum from a name. Texts written for these tests (ferries)."""

from __future__ import annotations

from test_entities import ctx_of

from consilience.entities import build_entities


def test_a_currency_code_and_a_number_is_no_entity(nlp):
    text = (
        "Baltic Ferry Lines priced its new bonds at EUR 24 each on Tuesday. "
        "The company raised USD 310 million from the sale, its chief executive "
        "Mona Lindqvist said."
    )
    names = [it["name"] for it in build_entities(ctx_of(nlp, [text]))["entities"]]
    assert not any(n.startswith(("EUR", "USD")) for n in names), names
    assert "Baltic Ferry Lines" in names
