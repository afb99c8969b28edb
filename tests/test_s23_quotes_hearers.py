"""Quotes (session 23): the people named by a definite role speak on after it, and a verb
of telling has a hearer whatever noun names it.

* "The Green group's leader says …. "…," she says.": "she" is the leader, the nearest
  speaker, though the role names no person;
* "Mayor Ida Holm tells the chamber the bridge would …": a chamber, a hearing or an
  inquiry is told, as reporters are.

Every text is written for these tests (councils, unions, courts, inquiries)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _speakers(analysis, fragment: str) -> list[str]:
    return [q.speaker for q in extract_quotes(analysis) if fragment in q.text]


def test_she_is_the_group_leader_who_spoke_before(make):
    text = (
        "The Green group's leader says her nine councillors will vote against. \"We want "
        'cleaner air but not this tax, which hits the poorest hardest," she says.'
    )
    assert _speakers(make(text), "We want cleaner air") == ["The Green group's leader"]


def test_he_is_the_unions_negotiator(make):
    text = (
        "The union's negotiator says his members will strike on Monday. \"We have waited "
        'two years for a fair offer," he says.'
    )
    assert _speakers(make(text), "waited two years") == ["The union's negotiator"]


def test_a_named_person_after_the_role_is_still_nearer(make):
    """Precision: a named speaker between the role and the pronoun is the antecedent."""
    text = (
        "The union's negotiator says his members will strike. Karl Brenner, the company's "
        'chief executive, said the offer was fair. "We cannot pay more," he said.'
    )
    assert _speakers(make(text), "We cannot pay more") == ["Karl Brenner"]


def test_the_chamber_is_told(make):
    text = "Mayor Ida Holm tells the chamber the bridge would cut journeys by half."
    assert _speakers(make(text), "the bridge would cut journeys") == ["Ida Holm"]


def test_the_inquiry_is_told(make):
    text = "The engineer, Per Aas, told the inquiry the dam had been inspected every year."
    assert _speakers(make(text), "the dam had been inspected") == ["Per Aas"]


def test_a_figure_claimed_is_no_hearer(make):
    """Precision: "claimed £900 for a flat she rented out" reports no clause."""
    text = "The councillor claimed £900 for a flat she rented out to students."
    assert not any("rented out" in q.text for q in extract_quotes(make(text)))
