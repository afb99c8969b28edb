"""Quotes (session 19, fixi): a possessed institution speaks for itself.

"the gallery's insurer told reporters" is said by the insurer, a party of its own that
the gallery deals with, not by the gallery; a unit that is part of its owner ("the
company's board") still speaks for the owner. Texts written for these tests."""

from __future__ import annotations

from consilience.org_kinds import institution_of_its_own
from consilience.quotes import extract_quotes


def _speakers(analysis, fragment: str) -> list[str]:
    return [q.speaker for q in extract_quotes(analysis) if fragment in q.text]


def test_an_owners_insurer_is_the_speaker_not_the_owner(make):
    text = (
        "The Varne Gallery of Modern Art reopened on Monday after the flood.\n\n"
        "Repairs to the basement will cost about £2 million, the gallery's insurer told "
        "the Westport Echo."
    )
    assert _speakers(make(text), "Repairs to the basement") == ["the gallery's insurer"]


def test_a_board_of_a_named_company_still_speaks_for_the_company(make):
    text = (
        "Orlen Paper Mills said its plant in Tarvik would close in March.\n\n"
        "The site would not reopen, the company's board said."
    )
    assert _speakers(make(text), "The site would not reopen") == ["Orlen Paper Mills"]


def test_institutions_of_their_own_against_parts_of_an_owner():
    assert institution_of_its_own("insurer")
    assert not institution_of_its_own("board")
    assert not institution_of_its_own("office")
    assert not institution_of_its_own("department")
