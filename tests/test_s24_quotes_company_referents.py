"""Quotes (session 24): a definite business description ("the carmaker", "the chain",
"the seed supplier") that an article gives where its tagger left the firm's name untyped
or typed as a person refers back to the story's company named before it; a name that
tells no kind and comes only after a definite description is not its referent.

Texts written for these tests (a carmaker, a seed supplier, a brewery, a ferry line)."""

from __future__ import annotations

import pytest


def _story_quotes(make_ctx, *texts: str) -> list[tuple[str, str]]:
    from consilience.provenance import extract_attributions
    from consilience.quotes import build_quotes, extract_quotes

    ctx = make_ctx(*texts)
    for a in ctx.analyses:
        ext = ctx.extractions[a.article.id]
        ext.quotes = extract_quotes(a)
        ext.attributions = extract_attributions(a)
    return [(q["speaker"], q["text"]) for q in build_quotes(ctx)["quotes"]]


def _article_quotes(text: str) -> list[tuple[str, str]]:
    from consilience.analyse import analyse
    from consilience.model import Article
    from consilience.quotes import extract_quotes

    (a,) = analyse([Article(id="a", source="a.txt", text=text, outlet="Wire")])
    return [(q.speaker, q.text) for q in extract_quotes(a)]


@pytest.mark.parametrize(
    "entities, speaker, text, at, want",
    [
        # the story names the firm as an organisation; the article writes it before
        (
            [("Velda", "ORG", 4)],
            "the carmaker",
            "Shares in Velda fell after the carmaker",
            30,
            "Velda",
        ),
        (
            [("Orrin Seeds", "ORG", 3)],
            "the seed supplier",
            "Orrin Seeds cut jobs; the seed supplier",
            25,
            "Orrin Seeds",
        ),
        ([("Tallis", "ORG", 2)], "The chain", "Tallis shut stores. The chain", 20, "Tallis"),
        # the firm is named only after the description: no referent
        (
            [("Velda", "ORG", 4)],
            "the carmaker",
            "The carmaker said so, Velda confirmed",
            0,
            "the carmaker",
        ),
        # a public body's noun, a club's noun, a possessive: never a company
        (
            [("Kessel Water", "ORG", 3)],
            "the agency",
            "Kessel Water and the agency",
            20,
            "the agency",
        ),
        (
            [("Brenmoor United", "ORG", 3)],
            "the club",
            "Brenmoor United and the club",
            20,
            "the club",
        ),
        (
            [("Marlow Hotels", "ORG", 3)],
            "the hotel's owner",
            "Marlow Hotels. The hotel's owner",
            16,
            "the hotel's owner",
        ),
        # an outlet or a person is no company; two firms named as widely: left as written
        (
            [("Harwell Gazette", "ORG", 3)],
            "the publisher",
            "The Harwell Gazette and the publisher",
            25,
            "the publisher",
        ),
        (
            [("Ana Pires", "PERSON", 3)],
            "the retailer",
            "Ana Pires spoke. The retailer",
            17,
            "the retailer",
        ),
        (
            [("Velda", "ORG", 2), ("Norrik", "ORG", 2)],
            "the carmaker",
            "Velda and Norrik; the carmaker",
            18,
            "the carmaker",
        ),
    ],
)
def test_company_referent(entities, speaker, text, at, want):
    from consilience.company_referents import company_referent

    items = [
        {"name": n, "type": t, "aliases": [], "articles": [f"a{i}" for i in range(k)]}
        for n, t, k in entities
    ]
    assert company_referent(speaker, text, at, items) == want


@pytest.mark.parametrize("name", ["Lucie Marchal", "Petra Lindqvist", "Greta Voll"])
def test_a_person_named_after_the_company_noun_is_not_its_speaker(name):
    # the tagger types the first two names ORG here: a name that tells no kind, after
    # the definite "the company", is no referent of it
    quotes = _article_quotes(
        "Shares in Velda fell on Tuesday. The company said the strike had kept its "
        f"plants idle for a week. {name} said she had no plans to leave."
    )
    assert [s for s, t in quotes if t.startswith("the strike")] == ["The company"]
    assert [s for s, t in quotes if t == "she had no plans to leave"] == [name]


def test_a_kind_telling_name_before_the_noun_still_resolves():
    quotes = _article_quotes(
        "Orrin Foods cut 200 jobs on Tuesday. The company said the drought had halved its "
        "sales. Ana Pires said she would stay."
    )
    assert ("Orrin Foods", "the drought had halved its sales") in quotes


def test_a_business_description_names_the_story_company(make_ctx):
    quotes = _story_quotes(
        make_ctx,
        "Velda Motors cut its forecast on Tuesday. Velda said demand for its vans had slowed.",
        "Shares in Velda fell 9% on Tuesday after the carmaker warned that demand for its "
        "vans had slowed sharply.",
    )
    assert [s for s, t in quotes if "slowed sharply" in t] == ["Velda Motors"]
