"""Lines about communication only, and lead-ins to a quotation (session 19, headline; s18
kind 12): no fact of the story, so never a summary or unique line. Sentences written for
these tests (a ferry operator, a union, a hospital, marine biologists)."""

from __future__ import annotations

import pytest

from consilience.analyse import load_nlp
from consilience.silent_lines import quote_lead_in, silence_line


def _silent(text: str) -> bool:
    return silence_line(load_nlp()(text), 0, len(text))


def _lead_in(text: str) -> bool:
    doc = load_nlp()(text)
    first = next(iter(doc.sents))
    return quote_lead_in(doc, first.start_char, first.end_char)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company will make no further comment.",
        "Further details will be given in due course.",
        "Harbour officials declined to comment further.",
        "The union gave no further details.",
        "The hospital trust said it would give more information later.",
    ],
)
def test_a_formula_about_communication_is_silent(text):
    assert _silent(text)


@pytest.mark.parametrize(
    "text",
    [
        "Corvane declined to comment on the claim.",  # a topic: the refusal is a fact
        "Nordwind, which dismissed him on Thursday, declined to comment further.",
        "The council will publish the inspection report on Friday.",
        "The crew will make a second attempt.",
        "The club will make no further signings.",
        "The union said the strike would go ahead.",
    ],
)
def test_a_line_with_a_fact_of_the_story_is_not_silent(text):
    assert not _silent(text)


@pytest.mark.parametrize(
    "text",
    [
        'Some marine biologists are sceptical. "The sample is thin," said Dr Ivo Lund.',
        'Several engineers are cautious. "It is a tight schedule," one said.',
    ],
)
def test_a_sentence_that_only_introduces_a_quotation_is_a_lead_in(text):
    assert _lead_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Local fishermen are worried. They say the catch is down.",  # no quotation follows
        'Two divers were injured. "It was chaos," said a witness.',  # a fact, with a figure
        'The marine biologists reached the reef. "It was bleached," said Dr Lund.',
    ],
)
def test_a_fact_before_a_quotation_is_no_lead_in(text):
    assert not _lead_in(text)


def test_a_list_of_symptoms_is_no_formula_about_communication():
    # "cramp" reaches "information" in WordNet only through symptom > evidence
    assert not _silent("Signs of the infection include headaches and cramps.")
