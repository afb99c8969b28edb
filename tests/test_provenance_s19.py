"""Provenance (session 19): a cited source is a body whose report is relied on.

* a person quoted with the body they work for ("Ola Brevik of Sandvik Bank told the
  radio") is no cited source, whatever the tagger made of the name (a guard: the
  tagger's WORK_OF_ART reading of such a name that listed it could not be reproduced
  on a text of our own);
* "the company said" never refers to a noun inside a quotation ('"… a listed
  company," the chief executive said'): the quotation's words cite no one.

Texts written for these tests (shipyards, games studios)."""

from __future__ import annotations

from consilience.provenance import extract_attributions


def _sources(analysis) -> list[str]:
    return [a.source for a in extract_attributions(analysis)]


def test_a_person_quoted_with_her_employer_is_no_cited_source(make):
    text = (
        "Korvel Shipyards won orders for nine ferries on Thursday.\n\n"
        '"The order book is full until 2030," Ola Brevik of Sandvik Bank told the radio.'
    )
    assert not any("Brevik" in s for s in _sources(make(text)))


def test_the_company_refers_to_no_noun_inside_a_quotation(make):
    text = (
        "Shares in Velmora Games closed up 9 percent on their first day.\n\n"
        '"From today we are a listed company," chief executive Mona Lindqvist said.\n\n'
        "The company, founded in 1998, said it would hire 300 designers."
    )
    assert not any("listed" in s for s in _sources(make(text)))
