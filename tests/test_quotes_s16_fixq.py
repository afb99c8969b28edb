"""Quotes (session 16, fact-checker's round): "she" after an unnamed person.

"A member of the crew, who would not give her name, said ... "…," she said." — the
pronoun's nearest agreeing antecedent is the unnamed person, who is no speaker; the quote
must not go to a man named further back. Texts are written for these tests."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _quotes(analysis) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(analysis)]


def test_she_after_an_unnamed_resident_is_not_the_man_named_before(make):
    text = (
        "The ferry board voted to close the night crossing on Monday.\n\n"
        "Board member Tomas Verhoef said the decision had been rushed. He said the board "
        "had ignored a petition.\n\n"
        "One passenger from Eastwick, who asked not to be named, said she worried about "
        'getting home from work. "Nobody told us anything," she said.'
    )
    quotes = _quotes(make(text))
    assert not [s for s, t in quotes if "Nobody told us" in t and s == "Tomas Verhoef"]


def test_she_after_a_named_woman_still_resolves(make):
    text = (
        "Board member Tomas Verhoef said the decision had been rushed.\n\n"
        "Greta Lindqvist, who chairs the board, said she regretted the cut. "
        '"We had no money left," she said.'
    )
    quotes = _quotes(make(text))
    assert ("Greta Lindqvist", "We had no money left") in quotes


def test_a_live_blogs_lead_in_label_is_not_the_sources_words(make):
    text = (
        "Bad news: the lock keeper, Aldo Fenwick, died in hospital this "
        "evening, according to a harbour official."
    )
    quotes = _quotes(make(text))
    died = [t for _, t in quotes if "died in hospital" in t]
    assert died
    assert not [t for t in died if t.startswith("Bad news")]


def test_the_company_is_the_body_whose_name_says_company_not_a_place_named_first(make):
    text = (
        "Two divers were hurt at Marrow Point quarry on Friday.\n\n"
        "The company has said a review will start next week. Ada Quill, speaking for Marrow "
        "Quarries Ltd, said the site would stay shut."
    )
    quotes = _quotes(make(text))
    assert [s for s, t in quotes if "review will start" in t] == ["Marrow Quarries Ltd"]
