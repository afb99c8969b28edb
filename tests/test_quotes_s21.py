"""Quotes (session 21): a possessive pronoun's owner is the subject the sentence before
continues, even when the tagger missed or mistyped that subject's name.

* "Belgium's Aurelie Fontaine … Fontaine crashed … She tore a shoulder muscle, her team
  said": the team is Fontaine's (her full name tagged a work, a facility, or the surname
  an organisation or a verb), not that of the last person the tagger named.

Every text is written for these tests (rowing: no held-out set's wording)."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def _quotes(analysis) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(analysis)]


@pytest.mark.parametrize("name", ["Aurelie Fontaine", "Remy Tremblay", "Anouk Berghout"])
def test_her_team_is_the_team_of_the_surname_subject_before(make, name):
    surname = name.split()[1]
    text = (
        "Dutch rower Femke Visser won the single sculls on Saturday after a clash of oars "
        f"slowed Belgium's {name} near the line.\n\n"
        "Germany's Lena Vogt finished third.\n\n"
        f"{surname} crashed into the buoys and was taken to hospital in Ghent. She tore a "
        "shoulder muscle, her team said."
    )
    speakers = [s for s, t in _quotes(make(text)) if "shoulder" in t]
    assert speakers == [f"{name}'s team"]



def _made(nlp, text: str, outlet: str):
    from consilience.model import Analysis, Article

    return Analysis(Article(id="a1", source="a1.txt", text=text, outlet=outlet), nlp(text))


def test_another_outlets_retold_report_is_its_statement(nlp):
    text = (
        "The ferry left port two hours late. The Kelmar Gazette reported that the vessel "
        "had been carrying forty more cars than its licence allowed."
    )
    quotes = _quotes(_made(nlp, text, "Harbour Daily"))
    assert quotes == [
        ("Kelmar Gazette", "the vessel had been carrying forty more cars than its licence allowed")
    ]


def test_an_outlets_own_reporting_is_no_quote(nlp):
    text = "The Kelmar Gazette understands that the ferry company will lose its licence."
    assert _quotes(_made(nlp, text, "The Kelmar Gazette")) == []


def test_a_bodys_published_record_speaks_for_the_body(nlp):
    text = "The museum's own annual report says the west wing was closed for most of the year."
    speakers = [s for s, t in _quotes(_made(nlp, text, "Harbour Daily")) if "west wing" in t]
    assert speakers and all(s.lower().endswith("museum") for s in speakers)


def test_an_estimate_with_a_figure_is_its_givers_statement(nlp):
    text = (
        "Norvik Port Authority puts the damage to the quay at about 4.5 million crowns, "
        "twice the insurer's first figure."
    )
    quotes = _quotes(_made(nlp, text, "Harbour Daily"))
    assert [s for s, t in quotes if "4.5 million" in t] == ["Norvik Port Authority"]


def test_a_placement_without_a_figure_is_no_estimate(nlp):
    text = "The crew put the damaged trawler at the end of the north quay overnight."
    assert _quotes(_made(nlp, text, "Harbour Daily")) == []


def test_a_passive_report_is_its_agents_statement(nlp):
    text = (
        "Polling stations closed at ten. A turnout of 64 per cent was announced by the "
        "Electoral Commission shortly after midnight."
    )
    quotes = _quotes(_made(nlp, text, "Harbour Daily"))
    assert [(s, t) for s, t in quotes if "turnout" in t] == [
        ("Electoral Commission", "A turnout of 64 per cent")
    ]


def test_a_retold_outlet_keeps_its_whole_name(nlp):
    text = (
        "The Northern Press Agency, citing port officials, said the tanker had been "
        "refused entry twice."
    )
    speakers = [s for s, t in _quotes(_made(nlp, text, "Harbour Daily")) if "tanker" in t]
    assert speakers == ["Northern Press Agency"]
