"""Provenance, session 22: a public body described by common words keeps its name ("the
regional water authority said" cites the regional water authority, not "regional water
officials"); a government or ministry of a named place still stands for that place's
officials. Texts written for these tests."""

from __future__ import annotations

from consilience.provenance import extract_attributions


def _sources(make, text: str) -> set[str]:
    return {a.source for a in extract_attributions(make(text))}


def test_a_body_described_by_common_words_keeps_its_words(make):
    text = "The ferry service will resume on Monday, the regional transport authority said."
    assert _sources(make, text) == {"regional transport authority"}
    text = "Two bridges were closed overnight, the highways authority said."
    assert _sources(make, text) == {"highways authority"}


def test_a_place_s_government_stays_its_officials(make):
    text = "The Norwegian government said the quota would not change this year."
    assert _sources(make, text) == {"Norwegian officials"}
    text = "Unnamed officials said the quota would not change this year."
    assert _sources(make, text) == {"officials"}
