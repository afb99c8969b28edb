"""Entity types (session 20): a title before a given name makes a person.

"Crown Princess Ingrid", "Archduchess Maren": a word whose first WordNet sense is a person
before a name that is no common noun; the tagger may call the whole an organisation.
Texts written for these tests (a christening, a regatta)."""

from __future__ import annotations

from spacy.tokens import Span

from consilience.entity_types import choose, describe


def _typed(nlp, text: str, name: str, label: str) -> str:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    span = Span(doc, start, start + len(name.split()), label=label)
    doc.ents = [span]
    return choose(label, describe(doc.ents[0]), [t.text for t in doc.ents[0]])


def test_a_title_before_a_given_name_is_a_person(nlp):
    text = "Archduchess Maren opened the regatta on the lake on Sunday."
    assert _typed(nlp, text, "Archduchess Maren", "ORG") == "PERSON"


def test_a_title_before_a_common_noun_names_no_person(nlp):
    text = "The boats moored at Admiral Wharf overnight."
    assert _typed(nlp, text, "Admiral Wharf", "FAC") == "FAC"


def test_a_name_opening_with_team_is_an_organisation(nlp):
    text = "Jonas Eck of Team Kestrel won the sprint at the regatta."
    assert _typed(nlp, text, "Team Kestrel", "PERSON") == "ORG"
