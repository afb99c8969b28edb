"""Entity names (session 17): a one-word person's name the tagger cut from its given name.

Texts written for these tests."""

from __future__ import annotations

from spacy.tokens import Span

from consilience.entity_types import name_core


def _cut_name(nlp, text: str, surname: str):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == surname)
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]  # the tagger kept only the surname
    return doc, doc.ents[0]


def test_a_given_name_left_out_of_a_person_is_taken_back(nlp):
    doc, ent = _cut_name(
        nlp, "Stallholder Meena Bassi, who runs a juice stand, said she lost her fruit.", "Bassi"
    )
    assert doc[ent.start - 1].dep_ == "compound"  # "Meena" compounded on "Bassi"
    assert name_core(ent).text == "Meena Bassi"


def test_a_title_or_common_noun_is_no_given_name(nlp):
    for text, surname in [
        ("Inspector Bassi said the stall was closed.", "Bassi"),
        ("Coach Bassi said the team was tired.", "Bassi"),
    ]:
        _, ent = _cut_name(nlp, text, surname)
        assert name_core(ent).text == "Bassi"
