"""Session 20 (fixh): a summary line naming the rest of a set it does not name, and a
line pointing the reader to a document."""

from __future__ import annotations

from consilience.meta_lines import availability_line
from consilience.unique import dangling_rest


def _span(nlp, text):
    doc = nlp(text)
    return doc, 0, len(text)


def test_rest_of_an_unnamed_set_dangles(nlp):
    for text in (
        "The other two had been recaptured overnight.",
        "The rest were evacuated by boat after the alarm.",
        "The remaining three were released on Monday.",
        "The others were taken to hospital in Leeds.",
    ):
        assert dangling_rest(*_span(nlp, text)), text


def test_rest_with_its_whole_is_a_line(nlp):
    for text in (
        "One wolf was hurt and the other two were caught.",
        "The rest of the crew were flown to Oslo.",
        "The other side of the river flooded on Sunday.",
        "Two wolves were recaptured overnight.",
        '"The other two are safe," the keeper said of the wolves.',
    ):
        assert not dangling_rest(*_span(nlp, text)), text


def test_document_pointer_is_furniture(nlp):
    for text in (
        "The full report is available on the Office's website.",
        "A transcript of the hearing is available online.",
    ):
        assert availability_line(*_span(nlp, text)), text


def test_available_thing_is_a_fact(nlp):
    for text in (
        "A vaccine is available at pharmacies across the region.",
        "The report found that the contract breached procurement rules.",
        "Beds are available at the town hall for those evacuated.",
    ):
        assert not availability_line(*_span(nlp, text)), text
