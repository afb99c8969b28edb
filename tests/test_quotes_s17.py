"""Quotes (session 17): organisations' reported statements and who they are.

* a body with modifiers of its own ("the island lifeboat service") is never the body
  described before with the same head noun ("rescue services");
* a possessor ("the port's new operator, X") or a relative clause ("X, which runs the
  site,") holding an outlet noun ("site") makes no outlet of the speaker;
* a body a place owns ("Norvania's interior ministry") speaks as itself;
* a name tagged ORG after a noun that is also a manufacturer ("tyre maker X") is a body;
* "the company" never refers to a name that only modifies a common noun ("the demolished
  Kelbrook power station") nor to the article's own outlet.

Every text is written for these tests (ferries, ports, tyres, power stations: no held-out
set's wording)."""

from __future__ import annotations

import pytest

from consilience.model import Analysis, Article
from consilience.quotes import extract_quotes


def _speakers(analysis, fragment: str) -> list[str]:
    return [q.speaker for q in extract_quotes(analysis) if fragment in q.text]


def test_a_body_with_its_own_modifiers_is_not_the_one_described_before(make):
    text = (
        "A ferry ran aground off Skerry Point on Sunday, injuring six passengers, rescue "
        "services said.\n\n"
        "The ferry, carrying 200 people, struck rocks at 5:10 a.m. and began to list, the "
        "island lifeboat service said. Tugs were sent from the mainland.\n\n"
        "Two of the injured were crew members, the coastal ambulance service said."
    )
    analysis = make(text)
    assert _speakers(analysis, "struck rocks") == ["the island lifeboat service"]
    assert _speakers(analysis, "crew members") == ["the coastal ambulance service"]


@pytest.mark.parametrize(
    "text",
    [
        "The site's new operator, Selwick Logistics, said it had suspended loading at "
        "all of its berths until the cranes are inspected.",
        "Selwick Logistics, which runs the site, says it has suspended loading at all of "
        "its berths until the cranes are inspected.",
    ],
)
def test_an_outlet_noun_in_a_possessor_or_a_relative_clause_makes_no_outlet(make, text):
    assert _speakers(make(text), "suspended loading") == ["Selwick Logistics"]


def test_a_body_a_place_owns_speaks_as_itself(make):
    text = (
        "Norvania's interior ministry said it would open an inquiry into the border "
        "shooting and recall two officers."
    )
    assert _speakers(make(text), "open an inquiry") == ["Norvania's interior ministry"]


def test_a_body_a_place_owns_is_the_organisation_named_with_both_words(make):
    text = (
        "The Bank of Ostrava kept its main rate at 3 percent on Tuesday.\n\n"
        "Ostrava's central bank said inflation would fall below its target by the spring."
    )
    assert _speakers(make(text), "inflation would fall") == ["Bank of Ostrava"]


def test_a_maker_named_before_an_organisation_is_no_title(make):
    text = (
        "Shares in Brandvik Rubber fell 4% on Monday. Tyre maker Brandvik Rubber said it "
        "would close two plants in the north.\n\n"
        "About 800 jobs will go, the company said."
    )
    assert _speakers(make(text), "800 jobs") == ["Brandvik Rubber"]


def test_the_company_is_not_a_name_that_only_modifies_a_thing(make):
    text = (
        "A new battery factory will be built on the site of the demolished Kelbrook power station "
        "in the spring.\n\n"
        "The factory will employ 1,200 people when it is fully running, the company said."
    )
    assert _speakers(make(text), "1,200 people") == ["the company"]


def test_the_company_is_not_the_articles_own_outlet(nlp):
    text = (
        "The abattoir in Fenby will close, with 300 jobs lost.\n\n"
        "The company insisted it had received no offer for the site, but TVK understands "
        "two buyers have made contact."
    )
    article = Article(id="a1", source="a1.txt", text=text, outlet="TVK News")
    speakers = _speakers(Analysis(article, nlp(text)), "received no offer")
    assert speakers == ["The company"]


def test_a_surname_the_tagger_took_for_an_adverb_speaks(make):
    text = (
        "Dara Connelly has coached the rowing eight for six years.\n\n"
        "Connelly said the crew would not race again before the spring."
    )
    assert _speakers(make(text), "not race again") == ["Dara Connelly"]


def test_a_capitalised_adverb_is_no_speaker(make):
    text = "Finally said to be safe, the climbers were flown to Bergen on Tuesday."
    assert not [q for q in extract_quotes(make(text)) if q.speaker == "Finally"]


def test_what_a_newsroom_hears_from_a_body_is_the_bodys(make):
    text = (
        "We're hearing from the coastguard that a third fishing boat has been found "
        "capsized off Harra Head.\n\n"
        "Residents heard from neighbours that the quay had flooded."
    )
    quotes = [(q.speaker, q.text) for q in extract_quotes(make(text))]
    assert [s for s, t in quotes if "third fishing boat" in t] == ["the coastguard"]
    assert not [s for s, t in quotes if "quay had flooded" in t]  # a group: no speaker


def test_a_live_blog_line_labelled_with_a_body_is_its_statement(make):
    """Not an entry's headline, a caption or a section label ("Background:")."""
    text = (
        "09:40\n"
        "Devon Fire Service: three crews are still at the warehouse, the blaze is contained.\n\n"
        "09:15\n"
        "Hale: warehouse fire under control\n\n"
        "Image: Smoke over the Exford industrial estate on Tuesday.\n\n"
        "Background: Warehouse fires spread fast because of the stock inside.\n"
    )
    quotes = [(q.speaker, q.text) for q in extract_quotes(make(text))]
    assert [s for s, t in quotes if "three crews" in t] == ["Devon Fire Service"]
    assert not [s for s, t in quotes if "under control" in t or "Smoke" in t or "spread" in t]


def test_a_plural_name_with_a_capital_the_is_one_speaker(make):
    text = "Headliners The Copper Lanterns have said they will play the rescheduled date in May."
    assert _speakers(make(text), "rescheduled date") == ["The Copper Lanterns"]
