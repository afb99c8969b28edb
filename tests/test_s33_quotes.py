"""Speakers named through a role the article gave them (session 33).

"Brightwing, the operator, ..." and later "..., the operator said": the operator is
Brightwing. "Harcourt Lyle were appointed administrators" and later "the administrators
said": Harcourt Lyle. Insolvency administrators, receivers and liquidators speak as one
party, like organisers and prosecutors. "..., as the coastguard announced" reports the
clause it closes ("as expected", "as the minister had said it would" do not).

Every text is written for these tests."""

from __future__ import annotations

import pytest


def _quotes(make, text: str):
    from consilience.quotes import extract_quotes

    return [(q.speaker, q.text) for q in extract_quotes(make(text))]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Falkwing, the operator, grounded its six tilt-rotors on Friday. The crews had "
            "logged no warnings, the operator said.",
            "Falkwing",
        ),
        (
            "Morland Price were appointed administrators of the chain on Monday. Three buyers "
            "have already asked to see the books, the administrators said on Tuesday.",
            "Morland Price",
        ),
        (
            "Ines Varo and Tom Bell of Morland Price were appointed joint administrators of "
            "the chain on Monday. Three buyers have already asked to see the books, the "
            "administrators said on Tuesday.",
            "Morland Price",
        ),
        (
            "The accountants Veldt & Rusk, the receivers, took control on Monday. The stores "
            "will trade as normal this week, the receivers said.",
            "Veldt & Rusk",
        ),
    ],
)
def test_a_role_names_the_body_given_it(make, text, speaker):
    got = _quotes(make, text)
    assert any(s == speaker and not t.startswith(speaker) for s, t in got), got


def test_administrators_speak_as_one_party(make):
    got = _quotes(make, "All 40 shops will close by March, the administrators said on Tuesday.")
    assert [s for s, _ in got] == ["the administrators"]


def test_a_role_never_tied_to_a_name_stays_a_description(make):
    got = _quotes(make, "The plant will reopen in May, the operator said on Friday.")
    assert [s for s, _ in got] == ["the operator"]


def test_a_new_role_holder_is_not_the_old_one(make):
    text = (
        "Falkwing, the operator, lost its licence in June. Flights will resume in July, "
        "the new operator said."
    )
    assert all(s != "Falkwing" for s, _ in _quotes(make, text))


@pytest.mark.parametrize(
    "text, speaker, said",
    [
        (
            "Two climbers died and a third is still missing, as the mountain rescue service "
            "announced on Sunday night.",
            "the mountain rescue service",
            "Two climbers died and a third is still missing",
        ),
        (
            "The barge sank within minutes, as the skipper told the inquiry.",
            "the skipper",
            "The barge sank within minutes",
        ),
    ],
)
def test_an_as_clause_reports_its_host(make, text, speaker, said):
    assert (speaker, said) in _quotes(make, text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices at the pump rose again, as expected.",
        "The motion passed, as the minister had said it would.",
        "The bridge was shut for the night, as residents said.",
    ],
)
def test_an_as_clause_of_manner_or_of_a_class_is_no_quote(make, text):
    assert not _quotes(make, text)


def test_another_article_names_the_appointed_body(bench):
    from consilience.brief import build_brief
    from consilience.model import Article

    texts = (
        "The accountancy firm Morland Price were appointed administrators of Loaf & Co on Monday.",
        "Three buyers have already asked to see the books, the administrators said on Tuesday.",
    )
    arts = [
        Article(
            id=f"m{i}", source=f"m{i}.txt", text=t, outlet=f"o{i}.example", published="2027-05-04"
        )
        for i, t in enumerate(texts)
    ]
    quotes = build_brief(bench.build_context(arts))["quotes"]
    assert [q["speaker"] for q in quotes if q["article"] == "m1"] == ["Morland Price"], quotes
