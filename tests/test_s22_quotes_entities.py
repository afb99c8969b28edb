"""Entity types, session 22: a name ending in the plural of a person or animal noun that the
text takes with "the" is a group (a team, a band: ORG), not a person; a surname of that shape
("Parsons") with no "the" stays a person. Texts written for these tests (a cup final, a
concert, a court)."""

from __future__ import annotations

from spacy.tokens import Span

from consilience.entity_types import choose, describe


def _typed(nlp, text: str, name: str, label: str) -> str:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    span = Span(doc, start, start + len(name.split()), label=label)
    doc.ents = [span]
    return choose(label, describe(doc.ents[0]), [t.text for t in doc.ents[0]])


def test_a_team_named_for_people_is_an_organisation(nlp):
    text = "Eastmoor Pilgrims won the cup 2-1. The Pilgrims scored twice after the break."
    assert _typed(nlp, text, "Eastmoor Pilgrims", "PERSON") == "ORG"
    text = "Valley Wolves lost at home. The Wolves have not won since August."
    assert _typed(nlp, text, "Valley Wolves", "PERSON") == "ORG"


def test_a_surname_shaped_like_a_plural_stays_a_person(nlp):
    text = "Jim Parsons told the court he had not seen the car. Parsons is 54."
    assert _typed(nlp, text, "Jim Parsons", "PERSON") == "PERSON"
    text = "Anna Masters won the race. Masters said the wind had helped."
    assert _typed(nlp, text, "Anna Masters", "PERSON") == "PERSON"
