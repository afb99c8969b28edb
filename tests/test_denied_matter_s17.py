"""Denied matter, session s17 fixes (:mod:`consilience.denied_matter`): three readings
that made a word look asserted or denied when the clause says neither --

- a "without" hung on a noun picks a set ("the count of flats *without heating*"), as a
  relative clause does: it denies nothing, and what it governs is not asserted either;
- a noun modifying a noun that names people ("*ferry* crews") says what they do, not
  that the thing runs;
- a thing called off ("300 flights will be *cancelled*", "the *cancellation* of 40
  sailings") is not asserted to happen, so a denial of it elsewhere agrees.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

import pytest
from conftest import story_fact_conflicts

from consilience.analyse import load_nlp
from consilience.denied_matter import polar_words
from consilience.model import Analysis, Article, Claim


def _signed(text: str) -> dict[str, int]:
    """lemma -> sign of the words of ``text`` read as one clause."""
    doc = load_nlp()(text)
    art = Article(id="a", source="a.txt", text=text)
    claim = Claim("a", 0, len(text), text, 0, "main", "x", "x")
    return {w.lemma: w.sign for w in polar_words(Analysis(art, doc), claim)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The count of flats without heating in Dunmore climbed to 900 by noon.", "heat"),
        ("Ferry crews at Tarsk Line will stop work for a day on Monday.", "ferry"),
        ("Around 300 flights will be cancelled over the weekend.", "flight"),
        ("The storm forced the cancellation of 40 sailings, the operator said.", "sailing"),
    ],
)
def test_word_neither_asserted_nor_denied(text, word):
    assert word not in _signed(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The barge drifted for two hours without power.", "power"),  # on a verb: denied
        ("The cottages have been without electricity since Sunday.", "electricity"),
        ("No buses ran on the coast road, the operator said.", "run"),
    ],
)
def test_a_denial_on_an_act_or_state_still_denies(text, word):
    assert _signed(text).get(word) == -1


def test_a_count_of_homes_without_a_supply_is_no_denial_of_a_supply_point():
    got = story_fact_conflicts(
        (
            "A pipe under Quay Street in Dunmore burst on Tuesday. Bottled water is "
            "available at the sports hall and at two supermarkets.",
            "The number of homes without water in Dunmore rose to 9,000 on Tuesday afternoon "
            "as the failure of the pipe under Quay Street spread to other zones.",
        ),
        None,
        "2025-02-11",
    )
    assert got == []


def test_cancelled_services_and_a_crew_walkout_are_no_denial_of_ferries():
    got = story_fact_conflicts(
        (
            "Ferry crews at Tarsk Line will stop work for 24 hours on Monday over pay, "
            "their union said.",
            "The stoppage will mean the cancellation of about 60 sailings, Tarsk Line said, "
            "with no ferries at all to the outer isles.",
            "Around 75 ferries will be cancelled during the stoppage, according to a harbour "
            "official.",
        ),
        None,
        "2025-02-11",
    )
    assert got == []
