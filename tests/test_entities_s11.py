"""Entities (session 11): a name used as a place (the end of a path, "bound for X",
"flights to X", "from X to Y") is a GPE whatever the tagger said; a unit after a number
("450 MW") is no entity; a name of one word and a number ("Varne 4") is a facility, never a
person; an acronym with a common noun before it ("Broadcaster RVN") is an organisation
called by the acronym; a name that is the tail of one longer organisation's name
("Courier" / "Harbour Courier") is that organisation.

Every text is written for these tests (freight, power plants, local papers: no other
set's wording)."""

from __future__ import annotations

import pytest

from consilience.entities import story_entities
from consilience.model import Extraction, Story, StoryContext


@pytest.fixture(scope="module")
def entities_of(make):
    def build(*texts: str) -> list[dict]:
        an = [make(t, f"a{i}") for i, t in enumerate(texts)]
        ids = [a.article.id for a in an]
        ctx = StoryContext(Story("s", "t", ids), an, {i: Extraction(i) for i in ids}, {})
        return story_entities(ctx)

    return build


def typed(ents: list[dict], name: str) -> str | None:
    """The type of the entity named (or aliased) ``name``, None when there is none."""
    hits = [e["type"] for e in ents if name == e["name"] or name in e["aliases"]]
    return hits[0] if hits else None


@pytest.mark.parametrize(
    "text, place",
    [
        ("The Kestrel Haulage truck bound for Tollmar overturned near Brisby.", "Tollmar"),
        (
            "A cargo jet bound for Vessby crashed on Monday. Flights to Vessby were halted.",
            "Vessby",
        ),
        ("Buses between Kemper and Ardloe were cancelled on Tuesday.", "Kemper"),
    ],
)
def test_a_name_used_as_a_place_is_a_gpe(entities_of, text, place):
    assert typed(entities_of(text), place) == "GPE"


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The 450 MW unit will stay offline until June.", "MW"),
        ("Its two turbines give 30 MW each, the operator said.", "MW"),
    ],
)
def test_a_unit_after_a_number_is_no_entity(entities_of, text, unit):
    ents = entities_of(text)
    assert not [e for e in ents if unit == e["name"] or unit in e["aliases"]]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Work on Varne 4 will take two years.", "Varne 4"),
        ("Staff at Lindal 2 were sent home after the alarm.", "Lindal 2"),
    ],
)
def test_a_name_with_a_number_is_a_facility(entities_of, text, name):
    assert typed(entities_of(text), name) == "FAC"


def test_an_acronym_after_a_common_noun_is_the_organisation(entities_of):
    ents = entities_of(
        "Broadcaster RVN said the unit tripped at dawn.",
        "RVN added that the plant had not commented.",
    )
    rvn = [e for e in ents if "RVN" in e["name"]]
    assert [(e["name"], e["type"]) for e in rvn] == [("RVN", "ORG")]


@pytest.mark.parametrize(
    "texts, short, full",
    [
        (
            ("The Harbour Courier reported the closure.", "The Courier said the gates were shut."),
            "Courier",
            "Harbour Courier",
        ),
        (
            (
                "The Kelby Post said on Monday the mill would close.",
                "The Post reported that the owners had sold the site.",
            ),
            "Post",
            "Kelby Post",
        ),
    ],
)
def test_the_tail_of_an_organisation_name_is_that_organisation(entities_of, texts, short, full):
    ents = entities_of(*texts)
    owner = [e["name"] for e in ents if short == e["name"] or short in e["aliases"]]
    assert owner == [full]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Varnex, the plant's operator, shut the unit on Monday. Varnex said nothing leaked.",
            "Varnex",
        ),
        (
            "Grid operator Ostnet said demand had peaked. Ostnet added that supplies were safe.",
            "Ostnet",
        ),
    ],
)
def test_a_one_word_name_known_as_an_operator_is_an_organisation(entities_of, text, name):
    assert typed(entities_of(text), name) == "ORG"


def test_an_acronym_the_tagger_calls_an_organisation_keeps_that_type(entities_of):
    ents = entities_of(
        "Broadcaster KVT reported that two divers had seen the leak.",
        "The firm denied the account given to KVT.",
    )
    assert [(e["name"], e["type"]) for e in ents if "KVT" in e["name"]] == [("KVT", "ORG")]


def test_the_agent_of_a_business_act_is_an_organisation(entities_of):
    ents = entities_of(
        "The ferry is operated by Tollby Marine. Tollby Marine said no one was hurt."
    )
    assert typed(ents, "Tollby Marine") == "ORG"


def test_the_agent_of_a_person_act_stays_a_person(entities_of):
    ents = entities_of("The bridge was built by Anna Lind in 1990. Lind said it was safe.")
    assert typed(ents, "Anna Lind") == "PERSON"
