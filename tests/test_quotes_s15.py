"""Quotes (session 15): speakers whose names the tagger glued to a live-blog time or a
score, and a quotation's closing attribution that is really the next paragraph's own
reported speech.

Where a test needs the tagger's mistake, the glued entity is set by hand on the parsed
text (the small model makes it on some texts only). Every text is written for these
tests (bakeries, ferries, tennis: no held-out set's wording)."""

from __future__ import annotations

from consilience.model import Analysis, Article
from consilience.quotes import extract_quotes


def _tagged(nlp, text: str, *ents: tuple[str, str]) -> Analysis:
    """An analysis of ``text`` whose entities are ``ents`` (surface, label), each found
    after the one before."""
    doc = nlp(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = doc.text.index(surface, pos)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
        pos = start + len(surface)
    doc.ents = spans
    return Analysis(Article(id="a1", source="a1.txt", text=text), doc)


def _quotes(analysis: Analysis) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(analysis)]


def test_a_live_blog_time_is_no_part_of_the_speaker(nlp):
    text = (
        "Ferries stopped at dawn.\n\n"
        "16:05 Harbour Rail says the estuary line has also been closed until Friday."
    )
    quotes = _quotes(_tagged(nlp, text, ("16:05 Harbour Rail", "ORG")))
    assert [s for s, t in quotes if "estuary line" in t] == ["Harbour Rail"]


def test_a_surname_whose_full_name_carries_a_glued_score_is_that_person(nlp):
    text = (
        "Lena Okafor beat Marit Solheim 2-0 in the final on Saturday.\n\n"
        "Okafor's coach, Bram Ekdahl, watched from the stands.\n\n"
        '"She trained for this every morning," Bram Ekdahl said.\n\n'
        "Solheim insisted she would return next year. "
        '"I will lift this trophy again," she told reporters. "This is not goodbye."'
    )
    analysis = _tagged(
        nlp,
        text,
        ("Lena Okafor", "PERSON"),
        ("Marit Solheim 2-0", "PERSON"),
        ("Okafor", "PERSON"),
        ("Bram Ekdahl", "PERSON"),
        ("Bram Ekdahl", "PERSON"),
        ("Solheim", "GPE"),
    )
    quotes = _quotes(analysis)
    assert [s for s, t in quotes if "lift this trophy" in t] == ["Marit Solheim"], quotes


def test_next_paragraphs_reported_speech_is_no_closing_attribution(nlp):
    text = (
        "Dorota Lisek, who runs the bakery, was not there.\n\n"
        '"She was nine when she first baked for me," Pawel Lisek said. "We never had '
        "much money. Every oven, every tray, we paid for ourselves.\n\n"
        '"Now the bakery is hers."\n\n'
        "Dorota Lisek insisted she would reopen."
    )
    analysis = _tagged(
        nlp, text, ("Dorota Lisek", "PERSON"), ("Pawel Lisek", "PERSON"), ("Dorota Lisek", "PERSON")
    )
    quotes = _quotes(analysis)
    assert [s for s, t in quotes if "much money" in t] == ["Pawel Lisek"], quotes


def test_a_possessor_in_a_colon_label_is_not_the_speaker(nlp):
    text = (
        "The bakers' strike entered its third day.\n\n"
        "Breadline's regional organiser, Hanne Vold: "
        '"Our members learnt of the closures from the radio. That is no way to treat anyone."'
    )
    analysis = _tagged(nlp, text, ("Breadline", "PERSON"), ("Hanne Vold", "PERSON"))
    quotes = _quotes(analysis)
    assert [s for s, t in quotes if "learnt of the closures" in t] == ["Hanne Vold"], quotes


def test_a_lone_surname_tagged_a_place_before_a_colon_quote_speaks(nlp):
    text = (
        "21:40 The final set went to a tiebreak.\n\n"
        "21:58 Lindqvist, asked whether she would defend the title: "
        '"I think that was my last final. Somebody younger should have a go."'
    )
    analysis = _tagged(nlp, text, ("Lindqvist", "GPE"))
    quotes = _quotes(analysis)
    assert [s for s, t in quotes if "my last final" in t] == ["Lindqvist"], quotes


def test_a_plural_class_opening_its_sentence_is_no_speaker(make):
    text = (
        "A barn roof collapsed in the storm on Friday night.\n\n"
        'Bystanders said the wind had torn the sheets off the roof "in seconds".'
    )
    assert _quotes(make(text)) == []


def test_a_member_named_by_an_organisation_speaks_for_it(nlp):
    text = (
        "The ferry Morven Star ran aground at dawn. "
        "No one was hurt, a Tarnside Ferries spokesman said."
    )
    analysis = _tagged(nlp, text, ("Morven Star", "PRODUCT"), ("Tarnside Ferries", "ORG"))
    quotes = _quotes(analysis)
    assert [s for s, t in quotes if "No one was hurt" in t] == ["Tarnside Ferries"], quotes


def test_a_group_tied_to_an_organisation_speaks_as_it(nlp):
    text = (
        "The bakery chain Crumbwell collapsed on Monday.\n\n"
        "Liquidators from Ostrand Partners took charge of the business at noon. "
        "They say every bakery will open as usual on Tuesday.\n\n"
        "The liquidators told the Gazette they expected to find a buyer by spring."
    )
    analysis = _tagged(nlp, text, ("Crumbwell", "ORG"), ("Ostrand Partners", "ORG"))
    quotes = dict((t[:20], s) for s, t in _quotes(analysis))
    assert quotes.get("every bakery will op") == "Ostrand Partners", quotes
    assert quotes.get("they expected to fin") == "Ostrand Partners", quotes


def test_a_group_from_a_described_body_speaks_as_that_body(nlp):
    text = (
        "Harlow District Council closed the towpath on Monday.\n\n"
        "Surveyors from the district council said the bank was still sliding and that "
        "it was too soon to say when the path could reopen."
    )
    analysis = _tagged(nlp, text, ("Harlow District Council", "ORG"))
    quotes = _quotes(analysis)
    hits = [s for s, t in quotes if "still sliding" in t]
    assert len(hits) == 1 and hits[0].lower().endswith("district council"), quotes


def test_according_to_a_bodys_own_record_is_that_body(nlp):
    text = (
        "Tests at the Calder Institute of Geology confirmed the find on Tuesday. "
        "Surprisingly, the stone is mostly nickel, according to the institute's laboratory "
        "tests. The entry fee was ten crowns, according to the institute's regulations."
    )
    analysis = _tagged(nlp, text, ("Calder Institute of Geology", "ORG"))
    quotes = _quotes(analysis)
    assert [s for s, t in quotes if "mostly nickel" in t] == ["Calder Institute of Geology"], quotes
    assert not [t for s, t in quotes if "entry fee" in t], quotes  # rules, no one's words
