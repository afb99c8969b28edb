"""Entities (session 23): a place inside a body's name stays a place, and a company's
one-word brand the tagger took for a place is the company.

* "Radio Kelby" (a broadcaster, tagged a person) does not take in the town "Kelby" as a
  surname: a body's name has no surname;
* "Ostline" (tagged a place, never written "in Ostline") beside "Ostline Ferries" is the
  company's short name; a town written "in Dunmore" beside "Dunmore Ferries" stays a
  town.

Texts written for these tests (radio, ferries, towns)."""

from __future__ import annotations

from test_entities import ctx_of

from consilience.entities import build_entities


def _entities(nlp, texts: list[str]) -> dict[str, tuple[str, list[str]]]:
    items = build_entities(ctx_of(nlp, texts))["entities"]
    return {it["name"]: (it["type"], it["aliases"]) for it in items}


def test_a_town_is_no_surname_of_a_broadcaster(nlp):
    texts = [
        "Kelby will close its last coal plant in May, the broadcaster Radio Kelby reported. "
        "Kelby has 40,000 people.",
        "The plant in Kelby employs 300 workers. Kelby council said jobs would be found.",
    ]
    got = _entities(nlp, texts)
    assert "Kelby" in got and got["Kelby"][0] in ("GPE", "LOC"), got
    assert "Kelby" not in got.get("Radio Kelby", ("", []))[1]


def test_a_company_brand_is_the_company(nlp):
    texts = [
        "Ostline Ferries will raise fares by 6% from March. Ostline said the money would pay "
        "for two new ships.",
        "Ostline expects to carry a million passengers. Ostline also cut its timetable.",
    ]
    got = _entities(nlp, texts)
    names = {n for n, (_, aliases) in got.items() for n in [n, *aliases]}
    assert "Ostline" in names
    assert "Ostline" not in got or got["Ostline"][0] == "ORG", got


def test_a_town_written_as_a_place_stays_a_town(nlp):
    """Precision: a town the story writes "in Dunmore" is not the ferry firm."""
    texts = [
        "Dunmore Ferries will add a night sailing from Dunmore in May. Residents in Dunmore "
        "welcomed the plan.",
        "The harbour in Dunmore will be dredged first.",
    ]
    got = _entities(nlp, texts)
    assert "Dunmore" in got and got["Dunmore"][0] in ("GPE", "LOC"), got


def test_a_live_blogs_signing_writers_are_no_entities(nlp):
    texts = [
        "10:15\nThe ferry Ostline Star has docked in Varde after the storm. Captain Ola Brevik "
        "said the crossing was rough.\n\nThis live page has now closed. Thanks for reading. "
        "- Ines Marr and Tobias Lind",
    ]
    got = _entities(nlp, texts)
    assert "Ines Marr" not in got and "Tobias Lind" not in got, got


def test_a_name_after_a_dash_in_the_story_stays(nlp):
    """Precision: a dash inside the news is no sign-off."""
    texts = [
        "The ferry has docked in Varde. Its captain - Ola Brevik - said the crossing was "
        "rough. Ola Brevik has sailed the route for 20 years.",
    ]
    got = _entities(nlp, texts)
    assert "Ola Brevik" in got, got
