"""Entity types (session 12): a name that opens with the noun of a storm ("Storm
Hesper", "Cyclone Dara") is an event; a news outlet the tagger took for a person is an
organisation where it stands as a source ("the Kemble Courier reported", "Dunlow Herald
said"); a hospital, church or school named after a saint ("St Jude's", with its
institution's nouns after it) is an organisation, not a person.

Every text is written for these tests (weather, orchards, parishes: no held-out set's
wording)."""

from __future__ import annotations

import pytest

from consilience.entities import story_entities
from consilience.model import Analysis, Article, Story, StoryContext


def types_of(nlp, *texts: str) -> dict[str, str]:
    """name -> type of the entities section of a story of ``texts`` (analyses only)."""
    ans = [
        Analysis(Article(id=f"a{i}", source=f"a{i}.txt", text=t), nlp(t))
        for i, t in enumerate(texts)
    ]
    ctx = StoryContext(Story("s", "t", [a.article.id for a in ans]), ans, {}, {})
    return {it["name"]: it["type"] for it in story_entities(ctx)}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Storm Hesper brought winds of 120 km/h to the coast on Sunday.", "Storm Hesper"),
        ("Cyclone Dara made landfall near Tamsey late on Friday.", "Cyclone Dara"),
        ("Orchards lost their blossom when Storm Idrin swept inland.", "Storm Idrin"),
    ],
)
def test_a_named_storm_is_an_event(nlp, text, name):
    assert types_of(nlp, text)[name] == "EVENT"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The fire spread to the roof of the mill, Kemble Courier said.", "Kemble Courier"),
        ("The dam was inspected last year, Dunlow Herald reported.", "Dunlow Herald"),
        ("According to Kelby Mirror, the ferry left two hours late.", "Kelby Mirror"),
    ],
)
def test_an_outlet_as_a_source_is_an_organisation(nlp, text, name):
    types = types_of(nlp, text)
    assert types[name] == "ORG", types


@pytest.mark.parametrize(
    "text, name",
    [
        ("Patients were moved from the old wing to St Jude's overnight.", "St Jude"),
        ("Mass was said at St Kilda for the fishermen lost at sea.", "St Kilda"),
    ],
)
def test_a_place_named_after_a_saint_is_no_person(nlp, text, name):
    types = types_of(nlp, text)
    assert types[name] != "PERSON", types


def test_a_saints_institution_keeps_its_nouns(nlp):
    text = (
        "Staff at St Oswin's said the ward was full.\n\n"
        "St Oswin's Children's Hospital confirmed that two nurses were hurt."
    )
    types = types_of(nlp, text)
    assert any(n.startswith("St Oswin's Children") for n in types), types
    assert "PERSON" not in {t for n, t in types.items() if "Oswin" in n}, types
