"""Quotes (session 23): a bare surname resolves to the person the article introduced
first with it, even when the tagger missed that person's full name in a crowded lead
(after a dateline, before an "of" phrase) and tagged only a relative's full name later.
A shared surname does not make two people one.

Every text is written for these tests (skiing, athletics, courts, medicine)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _speakers(analysis, fragment: str) -> list[str]:
    return [q.speaker for q in extract_quotes(analysis) if fragment in q.text]


def test_untagged_lead_name_keeps_the_surname_from_a_husband(make):
    text = (
        "TALLMOOR, Feb 9 (AGW) - Odile Marchetti of Veronde set a course record in the "
        "10,000 metres on Friday.\n\n"
        "Marchetti, whose husband, Bruno Marchetti, manages the team, said the wind had "
        "helped.\n\n"
        '"I was not even tired at the end," she told reporters.'
    )
    a = make(text)
    assert _speakers(a, "the wind had helped") == ["Odile Marchetti"]
    assert _speakers(a, "not even tired") == ["Odile Marchetti"]


def test_untagged_lead_name_keeps_the_surname_from_a_mother(make):
    text = (
        "ARLBERG, Jan 12 (WSN) - Greta Lindqvist of Norvalia was crowned world champion "
        "in the giant slalom on Thursday.\n\n"
        "Lindqvist, whose mother, Ulla Lindqvist, won bronze in 1994, said the title was "
        "for her family."
    )
    assert _speakers(make(text), "the title was for her family") == ["Greta Lindqvist"]


def test_tagged_relatives_stay_apart(make):
    """Precision: with both full names tagged, the relative named second is not the
    speaker of the bare surname, and the relative's own words stay his."""
    text = (
        "Tomas Greer, 34, opened the bakery in 2019 with help from his mother, Ruth "
        "Greer. Greer said the shop would close in May because rents had doubled."
    )
    assert _speakers(make(text), "the shop would close") == ["Tomas Greer"]


def test_a_one_word_name_is_not_a_full_name(make):
    """Precision: a lone capitalised word before a surname-shaped one that the tagger put
    in an entity (a place) is not joined to it as a person's first name."""
    text = (
        "The court in Harwick heard the case on Tuesday. Judge Nina Harwick said the "
        "defendant had shown no remorse."
    )
    assert _speakers(make(text), "no remorse") == ["Nina Harwick"]
