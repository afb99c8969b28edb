"""A name the tagger took for a person, whose last word is a structure's or a place's noun
and which stands in apposition to such a noun, is that structure or place."""

from __future__ import annotations

import pytest

from consilience import entity_types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Brack Viaduct, a brick railway bridge opened in 1868, was closed on Tuesday.",
            "Brack",
            "FAC",
        ),
        ("Grace Bridge, a nurse at the clinic, said the ward was full.", "Grace Bridge", "PERSON"),
    ],
)
def test_apposition_types_a_structure_the_tagger_took_for_a_person(nlp, text, name, kind):
    doc = nlp(text)
    ent = next(e for e in doc.ents if name in e.text)
    assert ent.label_ == "PERSON"  # the tagger's reading this test corrects (or keeps)
    assert entity_types.mention_type(ent) == kind
