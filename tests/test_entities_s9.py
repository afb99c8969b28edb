"""Entities (issue #12, session 9): the place of a wire dateline is a place; a name whose
words say it is a club, company, union or public body is an organisation whatever the tagger's PERSON label; a two-word name in
apposition to a noun that is only a person is a person; a number the tagger glued to a name
that counts the next noun is no part of it; a dictionary noun capitalised only because it
opens a sentence or a line, or a label before a colon ("Press enquiries:"), is no entity.

The articles are written for these tests (chess tournaments, orchestras, vineyards,
beekeeping: a domain none of the held-out sets covers)."""

from __future__ import annotations

import pytest

from consilience.entities import build_entities
from consilience.model import Analysis, Article, Story, StoryContext


def entities_of(nlp, *texts: str) -> dict[str, dict]:
    """name -> entity item of a story made of ``texts`` (one article each)."""
    analyses = [
        Analysis(Article(id=f"a{i}", source=f"a{i}.txt", text=t), nlp(t))
        for i, t in enumerate(texts)
    ]
    ctx = StoryContext(Story("s", "t", [a.article.id for a in analyses]), analyses, {}, {})
    return {it["name"]: it for it in build_entities(ctx)["entities"]}


def names_of(items: dict[str, dict]) -> set[str]:
    return {n for it in items.values() for n in [it["name"], *it["aliases"]]}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The league fixture between Dunvale Rovers and Kettering Athletic was called off "
            "after the pitch flooded.",
            "Dunvale Rovers",
        ),
        (
            "The final between Holm Athletic and the visitors was postponed.",
            "Holm Athletic",
        ),
        (
            "Ticket sales for the derby between Brenna FC and Kettle Rovers opened on Monday.",
            "Kettle Rovers",
        ),
    ],
)
def test_a_name_whose_words_say_club_is_an_organisation(nlp, text, name):
    items = entities_of(nlp, text)
    assert name in items, sorted(items)
    assert items[name]["type"] == "ORG"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The orchestra cancelled its tour. Its conductor, Ada Lark, said the players "
            "would be paid in full.",
            "Ada Lark",
        ),
    ],
)
def test_a_name_in_apposition_to_a_person_noun_is_a_person(nlp, text, name):
    items = entities_of(nlp, text)
    assert name in items, sorted(items)
    assert items[name]["type"] == "PERSON"


def test_a_number_counting_the_next_noun_is_no_part_of_the_name(nlp):
    items = entities_of(nlp, "The first count on Sunday had put Lindqvist 87 votes ahead.")
    assert not any(any(ch.isdigit() for ch in n) for n in names_of(items)), sorted(items)


@pytest.mark.parametrize(
    "text, word",
    [
        (
            "The Brenna Philharmonic played to a full hall on Friday. Attendance was 96 "
            "percent, the orchestra said.",
            "Attendance",
        ),
        (
            "The Ostrava Apiarists' Union said hive losses had doubled.\n\nMedia "
            "office: +44 20 0000 0000",
            "Media",
        ),
    ],
)
def test_a_capitalised_common_noun_or_a_label_is_no_entity(nlp, text, word):
    assert word not in names_of(entities_of(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "HOLLINVALE, Feb 2 (Northwire) - Beekeepers around Hollinvale lost half their "
            "hives in the frost, the growers' association said on Monday. Hollinvale's mayor "
            "promised help.",
            "Hollinvale",
        ),
        (
            "KESTREL BAY - The orchestra's concert in Kestrel Bay was cancelled after the roof "
            "of the hall leaked. Kestrel Bay has no other venue.",
            "Kestrel Bay",
        ),
    ],
)
def test_the_place_of_a_wire_dateline_is_a_place(nlp, text, name):
    items = entities_of(nlp, text)
    assert name in items, sorted(items)
    assert items[name]["type"] == "GPE"


def test_a_dateline_adds_no_entity_of_its_own(nlp):
    items = entities_of(
        nlp, "TARNOW, May 9 (Allied Wire) - The final round was postponed after a power cut."
    )
    assert "Tarnow" not in names_of(items)
