"""Issue #11 (new-user tester, s8): timeline lines, unique items, summary citations and
reported-quote spans. Every article here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def _reported(make, text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(make(text)) if not q.direct]


# --- item 4: a reported clause opened by a comma and "that" --------------------------------


@pytest.mark.parametrize(
    "text, speaker, start",
    [
        (
            "Inspector Maya Oduya told reporters on Sunday evening, that the bridge would stay "
            "closed until the spring.",
            "Maya Oduya",
            "the bridge",
        ),
        (
            "The council was warned in March by its auditor, Fenwick Partners, that the pension "
            "fund had a deficit of 40 million pounds.",
            "its auditor",
            "the pension",
        ),
        (
            "Harbour master Olu Adeyemi said on Tuesday, that water was leaking into the lower "
            "hold of the grain carrier.",
            "Olu Adeyemi",
            "water was",
        ),
    ],
)
def test_reported_clause_starts_after_comma_and_that(make, text, speaker, start):
    quotes = _reported(make, text)
    assert quotes, text
    for _, q in quotes:
        assert q[0] not in ",;:" and not q.lower().startswith("that ")
    assert any(q.startswith(start) for _, q in quotes)
