"""Quotes (session 16): reported speech given to the wrong speaker: the writer's own "we"
resolved to the body named before, a clause the writer sets before a colon read as what
the next sentence's speaker said.

Every text is written for these tests (harbours, ferries, bridges: no held-out set's
wording)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _quotes(analysis) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(analysis)]


def test_the_writers_we_is_no_speaker(make):
    text = (
        "The county reported cracks in two places, the harbour board said. Local surveyors "
        "we spoke to said that without core samples, any verdict on the seawall was guesswork."
    )
    quotes = _quotes(make(text))
    assert not [s for s, t in quotes if "guesswork" in t]


def test_a_clause_before_a_colon_is_the_writers_not_the_speakers(make):
    text = (
        "The cost of the bridge repairs is unclear as well: the mayor told councillors 4 "
        "million euros, while his finance office now says nearer 5 million."
    )
    quotes = _quotes(make(text))
    assert not [s for s, t in quotes if "unclear" in t]


def test_a_shared_surname_is_the_person_named_first(make):
    text = (
        "Ines Halvorsen rowed into Nuuk harbour on Friday after 41 days alone on the "
        "Atlantic.\n\n"
        'Her uncle, Bjorn Halvorsen, waited on the jetty. "I barely slept for a month," '
        "he said.\n\n"
        "Halvorsen, who said at the harbour that she would never row an ocean again, told "
        "the Courier later that she was already planning a Pacific crossing."
    )
    quotes = _quotes(make(text))
    assert [s for s, t in quotes if "never row" in t] == ["Ines Halvorsen"]
    assert [s for s, t in quotes if "barely slept" in t] == ["Bjorn Halvorsen"]


def _story_quotes(make_ctx, *texts: str) -> list[tuple[str, str]]:
    from consilience.provenance import extract_attributions
    from consilience.quotes import build_quotes

    ctx = make_ctx(*texts)
    for a in ctx.analyses:
        ext = ctx.extractions[a.article.id]
        ext.quotes = extract_quotes(a)
        ext.attributions = extract_attributions(a)
    return [(q["speaker"], q["text"]) for q in build_quotes(ctx)["quotes"]]


def test_a_name_another_article_cites_as_an_outlet_speaks_its_report(make_ctx):
    """Session 21: an outlet's report retold with its content is the outlet's statement
    (the held-out golds list such reports as quotes since session 19), never another
    speaker's."""
    quotes = _story_quotes(
        make_ctx,
        "Ferries to Skerra were cancelled on Friday. Harbour FM reported that the crews "
        "had walked out over pay.",
        "Harbour FM said the crews had walked out over pay. Pentland Ferries said no "
        "sailings would run before Monday.",
    )
    assert [s for s, t in quotes if "walked out" in t] == ["Harbour FM", "Harbour FM"]
    assert [s for s, t in quotes if "before Monday" in t] == ["Pentland Ferries"]


def test_who_only_read_a_record_is_not_its_source(make):
    text = (
        "The quarry face was last inspected in 2019, according to records seen by the "
        "Dunmore Clarion. The pier was built in 1890, according to records held by the "
        "harbour trust."
    )
    quotes = _quotes(make(text))
    assert not [s for s, t in quotes if "2019" in t]
    assert [s for s, t in quotes if "1890" in t] == ["the harbour trust"]


def test_a_quotation_after_a_closing_attribution_goes_on_with_its_speaker(make):
    text = (
        "Three of the stolen paintings were found undamaged in a barn, museum director "
        'Ilse Varga said. "We can breathe again. Two are still out there."\n\n'
        "The gallery will reopen on Friday."
    )
    quotes = [(q.speaker, q.text, q.direct) for q in extract_quotes(make(text))]
    assert [(s, d) for s, t, d in quotes if "breathe" in t] == [("Ilse Varga", True)]


def test_it_said_after_two_joined_clauses_is_the_body_named_before(make):
    text = (
        "The survey team counted nests on the cliffs for a week, the Calder Seabird Trust "
        "said.\n\n"
        "There was no trace of the missing ewes, and the flock may number only a few dozen "
        "animals, it said."
    )
    quotes = _quotes(make(text))
    assert [s for s, t in quotes if "missing ewes" in t] == ["Calder Seabird Trust"]


def test_two_fronted_clauses_of_one_closing_attribution_are_one_statement(make):
    text = (
        "Divers reached the wreck at noon, the salvage firm Orrin Marine said.\n\n"
        "There was no trace of fuel on the surface, and the hull may hold only a few tonnes "
        "of oil, it said."
    )
    quotes = _quotes(make(text))
    said = [t for s, t in quotes if "trace of fuel" in t]
    assert len(said) == 1 and said[0].endswith("a few tonnes of oil")


def test_a_name_a_release_defines_in_a_bracket_is_no_quotation(make):
    from consilience.quotes import find_quotations, is_defined_term

    text = (
        'The Board of Halden Mills plc ("Halden" or "the Company") confirms that it received '
        'an approach from Varro Textiles AG ("Varro") on Friday. The mayor (who told '
        'reporters "we are broke") left early.'
    )
    analysis = make(text)
    defined = {
        text[q.start : q.end]: is_defined_term(analysis.doc, q) for q in find_quotations(text)
    }
    assert defined == {
        "Halden": True,
        "the Company": True,
        "Varro": True,
        "we are broke": False,
    }


def test_a_team_owned_by_a_name_speaks_as_that_persons_team(make):
    text = (
        "Leaders\n- Tova Lind third, still on the course\n\n"
        "09:10\nLind's team say she is now 40 kilometres from the finish and expected in "
        "by midnight."
    )
    quotes = _quotes(make(text))
    assert [s for s, t in quotes if "40 kilometres" in t] == ["Tova Lind's team"]


def test_a_board_owned_by_a_company_speaks_as_the_company(make):
    text = (
        "Shares in Halden Textiles Group rose 12% on Monday after the company turned down a "
        "bid from a rival.\n\n"
        "Halden's board rejected the approach, saying it undervalued the business."
    )
    quotes = _quotes(make(text))
    assert [s for s, t in quotes if "undervalued" in t] == ["Halden Textiles Group"]


def test_what_a_body_told_in_an_email_is_reported(make):
    text = (
        "The Herald understands that the trust told members in an email that there would be "
        "no site closures under its own plan."
    )
    quotes = _quotes(make(text))
    assert [s for s, t in quotes if "no site closures" in t] == ["the trust"]
