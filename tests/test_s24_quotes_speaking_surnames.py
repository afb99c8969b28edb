"""Quotes (session 24): a full name the tagger left untagged whose last word the article
makes the subject of "said" alone is a person called back by the surname ("Pia Wren won
… Wren said"), so the reported statement has that person as its speaker. A body's word
("United said") or a common noun ("Kings said") is no surname.

Texts written for these tests (a cycling stage, a court, football)."""

from __future__ import annotations

import pytest


def _doc(text: str):
    from consilience.analyse import load_nlp

    return load_nlp()(text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Dario Velk won the stage. Velk said the wind had helped.", {"velk"}),
        ("The court sat late. Ostrova said the ruling was fair.", {"ostrova"}),
        ("Kelso beat Tarn. United said the referee erred.", set()),
        ("The Kings won. Kings said nothing.", set()),
        ("The minister said the law would pass.", set()),
    ],
)
def test_speaking_surnames(text, want):
    from consilience.surname_chains import _speaking_surnames

    assert set(_speaking_surnames(_doc(text))) == want


def test_an_untagged_full_name_called_back_by_a_speaking_surname():
    from consilience.surname_chains import surname_chains

    doc = _doc("Dario Velk won the stage. Velk said the wind had helped.")
    for t in doc:  # as when the tagger misses the full name in a crowded lead
        t.ent_type_ = ""
    assert [c.text for c in surname_chains(doc, [])] == ["Dario Velk"]


def test_a_club_called_by_its_last_word_is_no_person():
    from consilience.surname_chains import surname_chains

    doc = _doc("Kelso United won the cup. United said the parade is on Sunday.")
    for t in doc:
        t.ent_type_ = ""
    assert surname_chains(doc, []) == []
