"""Quotes (session 23): another outlet's report retold with its content is that outlet's
statement in every shape a newsroom writes it, not only "X reported that …": a closing
", X reported", "according to X, …", and a figure "first reported by X" or "reported at
<figure> by X". A trailing "according to X" after a contrast ("…, yet B, according to
X"; "A; B, according to X") gives X only the part it closes.

Every text is written for these tests (food safety, stadiums, dams, orchestras, fines)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def _quotes(text: str, make) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(make(text))]


def test_closing_outlet_report_with_a_number_in_its_name(make):
    text = "The storm flattened some 200 barns and 9 people were injured, Channel 4 News reported."
    assert ("Channel 4 News", "The storm flattened some 200 barns and 9 people were injured") in (
        _quotes(text, make)
    )


def test_according_to_an_outlet_is_the_outlet(make):
    text = (
        "According to the Lindholm Courier, the violin has a crack in its neck. "
        "The police had called it undamaged."
    )
    got = _quotes(text, make)
    assert any(sp == "Lindholm Courier" and "crack in its neck" in q for sp, q in got)


def test_a_figure_reported_at_by_an_outlet(make):
    text = (
        "The penalty, reported at some 80 million euros by the Varde Courier, is the largest "
        "in the regulator's history."
    )
    assert ("Varde Courier", "some 80 million euros") in _quotes(text, make)


def test_trailing_according_to_after_a_semicolon(make):
    text = (
        "The club says the new stand holds 12,000 fans; the true capacity is closer to "
        "9,000, according to the Fire Safety Board."
    )
    got = _quotes(text, make)
    assert ("Fire Safety Board", "the true capacity is closer to 9,000") in got
    assert ("The club", "the new stand holds 12,000 fans") in got


def test_trailing_according_to_after_yet(make):
    text = (
        "Harlow Mining says its tailings dam is safe and insists inspections are up to "
        "date, but three cracks were found in the wall last month, according to the Dam "
        "Inspectorate."
    )
    got = dict((q, sp) for sp, q in _quotes(text, make))
    assert got.get("three cracks were found in the wall last month") == "Dam Inspectorate"


def test_a_percentage_keeps_its_sign(make):
    text = (
        "The firm says prices rose 4.1%; the real rise is 6.3%, according to the Consumer Council."
    )
    got = _quotes(text, make)
    assert ("Consumer Council", "the real rise is 6.3%") in got


def test_leading_according_to_keeps_the_whole_sentence(make):
    """Precision: a source named first vouches for the whole sentence, contrast and all."""
    text = "According to the coastguard, the ferry ran aground at 4 a.m., but nobody was hurt."
    assert ("the coastguard", "the ferry ran aground at 4 a.m., but nobody was hurt") in (
        _quotes(text, make)
    )


def test_a_participle_without_a_figure_states_nothing(make):
    """Precision: "The new vaccine, announced by the ministry" is no statement."""
    text = (
        "The new vaccine, announced by the health ministry on Monday, will be offered to "
        "all nurses."
    )
    assert _quotes(text, make) == []


def test_an_outlets_report_without_content_is_no_quote(make):
    """Precision: "the Courier reported on the fire" retells nothing."""
    text = "The Varde Courier reported on the fire on Monday. Nine homes burned."
    assert _quotes(text, make) == []


def test_a_leading_part_closed_by_an_outlet_before_a_contrast(make):
    """The outlet's part ends before ", though": the other outlet's count is not its."""
    text = (
        "The motion passed by 41 votes to 30, according to the Harbour Press Agency, though "
        "the Varde Courier counted 40 to 31."
    )
    got = _quotes(text, make)
    assert ("Harbour Press Agency", "The motion passed by 41 votes to 30") in got


def test_an_outlet_repeating_a_figure_in_a_relative_clause_is_no_quote(make):
    """Precision: "a figure the university gave and the agency repeated" retells no
    statement of the agency's (the relative clause is not a closing attribution)."""
    text = (
        "The bones found at Skarn have been dated to 4,000 years, a figure the University "
        "of Skarn gave on Monday and the Nordic Press Agency repeated."
    )
    assert not any(sp == "Nordic Press Agency" for sp, _ in _quotes(text, make))
