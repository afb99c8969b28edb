"""Quotes (session 19): the speaker the sentence itself names, joint and party speakers.

* "the company" refers back to a body the article reports on, never to a bank named only
  as a person's employer ("Ola Brevik of Sandvik Bank"), before or after it;
* "the hospital says" never refers back to "other hospitals" inside the clause it reports
  (a singular noun refers to no plural one);
* "…, both unions said" is said by the two bodies named together before it;
* "The Liberals said they would …" is a named party's statement, as "Farmers said" is
  not;
* "Dunmere have confirmed …" (a one-word name with a plural verb) is a club speaking;
* "Ola Brevik of Sandvik Bank told us: '…'" is a person even when the tagger left the
  name untagged;
* a reported clause cut to a bare copula ("says it was not") reports nothing.

Every text is written for these tests (hospitals, unions, farm bills, rugby, shipyards: no
held-out set's wording)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _speakers(analysis, fragment: str) -> list[str]:
    return [q.speaker for q in extract_quotes(analysis) if fragment in q.text]


def test_the_company_is_not_a_bank_named_as_an_analysts_employer(make):
    text = (
        "Korvel Shipyards' shares rose 12 percent on Thursday after the results.\n\n"
        "The shipbuilder had won orders for nine ferries, worth 2 billion crowns, "
        "according to the company.\n\n"
        '"The order book is full until 2030," Ola Brevik of Sandvik Bank told the radio.\n\n'
        "The Herald understands that two yards will close, though the company has said "
        "no jobs will go."
    )
    a = make(text)
    assert _speakers(a, "won orders for nine ferries") == ["Korvel Shipyards"]
    assert _speakers(a, "no jobs will go") == ["Korvel Shipyards"]


def test_a_plural_noun_inside_the_reported_clause_is_not_the_speaker(make):
    text = "Two hundred patients have been moved to other hospitals, the hospital says."
    assert _speakers(make(text), "Two hundred patients") == ["the hospital"]


def test_both_unions_said_is_the_two_unions_named_before(make):
    text = (
        "The Dock Workers Union and the Crane Operators Guild ended their strike on "
        "Monday after nine days.\n\n"
        "Pay will rise by 6 percent next year, both unions said."
    )
    assert _speakers(make(text), "Pay will rise") == [
        "Dock Workers Union and Crane Operators Guild"
    ]


def test_a_named_party_speaks_unlike_a_group_of_people(make):
    text = (
        "The farm bill passed its first reading on Wednesday.\n\n"
        "The Liberals said they would vote against it at the second reading. "
        "Farmers said the bill came too late."
    )
    a = make(text)
    assert _speakers(a, "vote against it") == ["Liberals"]
    assert _speakers(a, "came too late") == []


def test_a_club_name_with_a_plural_verb_speaks(make):
    text = (
        "Dunmere have confirmed that winger Sione Taufa will miss the rest of the season "
        "with a knee injury."
    )
    assert _speakers(make(text), "will miss the rest") == ["Dunmere"]


def test_an_untagged_name_of_a_banks_analyst_speaks(make):
    text = (
        "14:10 Analyst: 'too cheap'\n\n"
        "Ola Brevik of Sandvik Bank told us: 'They sold it too cheaply. Everyone knew it.'"
    )
    assert _speakers(make(text), "sold it too cheaply") == ["Ola Brevik"]


def test_a_clause_cut_to_a_bare_copula_reports_nothing(make):
    text = "Key points\n\n- Fennick Ferries says it was not\n- Two yards will close"
    assert _speakers(make(text), "it was not") == []


def test_a_firm_compounded_before_its_chief_is_still_the_company(make):
    text = (
        "Halvik Foods chief executive Ella Brandt has stepped down, the company said on "
        "Monday, a month after its bid for rival Norrland Dairies collapsed."
    )
    assert _speakers(make(text), "has stepped down") == ["Halvik Foods"]
