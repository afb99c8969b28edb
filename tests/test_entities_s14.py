"""Entities (session 14): a one-word name the tagger took for a person in one mention and
for a place in another is the place (the model's own place reading across the story)."""

from __future__ import annotations

from consilience.entities import _Cluster, _Mention


def _cluster(*mentions: tuple[str, str]) -> _Cluster:
    c = _Cluster("k")
    for i, (surface, label) in enumerate(mentions):
        c.add(_Mention(f"a{i}", surface, label, 10 * i, 10 * i + len(surface)))
    return c


def test_lone_word_known_as_a_place_elsewhere_is_a_place():
    assert _cluster(("Vlissingen", "PERSON"), ("Vlissingen", "GPE")).label == "GPE"


def test_a_full_name_keeps_its_person_reading():
    c = _cluster(("Ana Vidal", "PERSON"), ("Vidal", "GPE"))
    assert c.label == "PERSON"


def test_a_description_still_decides():
    c = _cluster(("Vlissingen", "PERSON"), ("Vlissingen", "GPE"))
    c.described["PERSON"] += 2
    assert c.label == "PERSON"
