"""Entities (session 24): type votes across a story's mentions and the name's own words.

* a full name called back by its last word alone is a person's ("Oskar Brand" … "Brand",
  whatever the tagger typed the lone surname), not a body's or a place's ("Lake Orla" …
  "Orla", "Velmora United" … "Velmora");
* one name written alike is one entity whatever label its key depended on ("Ostby City"
  as a GPE and as an ORG);
* a place- or thing-typed name ending in a club's word is a club ("Velmora United");
  a role noun before a person's name beats a company word in the surname ("coach Ana
  Ferry");
* a vehicle sent along a path ends at a place ("ferries were diverted to Haldor");
* a title before an untagged name makes a person ("Mayor Oriel Dunne").

Texts written for these tests (a cycling stage, a court, a flood, football, ferries)."""

from __future__ import annotations

import pytest


def _types(make_ctx, *texts: str) -> dict[str, str]:
    from consilience.entities import story_entities

    return {it["name"]: it["type"] for it in story_entities(make_ctx(*texts))}


def test_a_name_called_back_by_its_surname_is_a_person(make_ctx):
    types = _types(
        make_ctx,
        "Oskar Brand won the stage in Vellore, and Pia Wren finished second. Wren "
        "attacked on the last climb. Brand said the wind had helped.",
        "Brand took the yellow jersey. Brand now leads by 40 seconds.",
        "Brand's lead is 40 seconds after Tuesday's stage.",
    )
    assert types["Oskar Brand"] == "PERSON"


def test_a_lawyer_called_back_by_surname_is_a_person(make_ctx):
    types = _types(
        make_ctx,
        "The verdict came after a week. Lawyer Dario Pike said he would appeal. Pike "
        "has 28 days. Pike told the court the evidence was thin.",
        "Pike confirmed the appeal on Friday.",
    )
    assert types["Dario Pike"] == "PERSON"


@pytest.mark.parametrize(
    "name, word, want",
    [
        ("Oskar Brand", "brand", True),
        ("Leo Marsh", "marsh", True),
        ("Lake Orla", "orla", False),  # a place's class noun first
        ("Port Halla", "halla", False),
        ("Velmora United", "united", False),  # a club's word: a body
        ("Harbour Courier", "courier", False),  # an outlet
        ("Ministry of Health", "health", False),
        ("Oskar Brand", "oskar", False),  # called by the first word: not a surname
        ("New Carrow", "carrow", False),  # an adjective first
    ],
)
def test_called_by_surname(name, word, want):
    from consilience.entities import _called_by_surname, _Cluster

    c = _Cluster(name.lower())
    c.surfaces[name] += 1
    assert _called_by_surname(c, word) is want


def test_a_name_written_alike_is_one_entity():
    from consilience.entities import _Cluster, _merge_same_surfaces

    clusters = {}
    for key, surface in [("ostby", "Ostby City"), ("ostby city", "Ostby City"), ("tarn", "Tarn")]:
        c = clusters.setdefault(key, _Cluster(key))
        c.surfaces[surface] += 1
    keys = list(clusters)
    parent = {k: k for k in keys}

    def find(k):
        while parent[k] != k:
            k = parent[k]
        return k

    _merge_same_surfaces(clusters, keys, parent, find)
    assert find("ostby") == find("ostby city")
    assert find("tarn") != find("ostby")


@pytest.mark.parametrize(
    "label, surface, want",
    [
        ("GPE", "Kelso United", True),
        ("LOC", "Tarn Rovers", True),
        ("PRODUCT", "Dunmore Athletic", True),
        ("GPE", "United States", False),  # the club word is not the last
        ("GPE", "Ostby City", False),  # a city's name as often as a club's
        ("FAC", "Kelso United", False),  # a ground may carry the club's name
    ],
)
def test_a_club_word_last_makes_an_organisation(label, surface, want):
    from types import SimpleNamespace

    from consilience.entities import _org_by_own_words

    assert _org_by_own_words(SimpleNamespace(label_=label), surface) is want


def test_united_states_is_no_club(make_ctx):
    types = _types(make_ctx, "The United States said it would send aid to Ostby.")
    assert types.get("United States") != "ORG"


def test_a_vehicle_sent_to_a_name_ends_at_a_place(make_ctx):
    types = _types(
        make_ctx,
        "Kell Ferries said all sailings were cancelled. Two ferries were diverted to Haldor.",
    )
    assert types.get("Haldor") == "GPE"


def test_a_name_given_to_a_person_is_no_place(make_ctx):
    types = _types(make_ctx, "The award was handed to Pia Wren by the mayor on Friday.")
    assert types.get("Pia Wren") == "PERSON"


def test_a_titled_untagged_name_is_a_person(make_ctx):
    from consilience.analyse import load_nlp
    from consilience.entities import titled_untagged_names

    doc = load_nlp()("Mayor Ines Carrow asked the government to declare a natural disaster.")
    assert [s.text for s in titled_untagged_names(doc)] == ["Ines Carrow"]
    assert titled_untagged_names(load_nlp()("The Mayor said the Town Hall was shut.")) == []
