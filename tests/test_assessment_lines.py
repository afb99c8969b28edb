"""A headline or summary line reports an event, not the writer's judgement or hedge; an
analysis' topic sentences and lead-ins are no unique facts; a line cut after its predicate
and before its complement says nothing (held-out s19 kinds 8 and 12). Sentences written for
these tests (a museum theft, a marathon, a dam, a vote)."""

from __future__ import annotations

import pytest

from consilience.assessment_lines import assessment_line, topic_line
from consilience.line_voice import lost_complement


@pytest.mark.parametrize(
    "text",
    [
        "The new stadium's roof is far more impressive than its critics expected.",
        "The marathon seems to have drawn the biggest field in its history.",
        "The theft could turn out to be the costliest in the museum's history.",
        "The results were as close as the polls had suggested.",
        "The dam's spillway might have failed under the weight of the debris.",
    ],
)
def test_judging_or_hedging_lines_are_assessments(nlp, text):
    assert assessment_line(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thieves stole three paintings from the Orlov Museum on Sunday night.",
        "The marathon was won by Ana Petrescu in two hours and 21 minutes.",
        "Police said the thieves could have had help from inside.",  # a report's content
        "The spillway of the Kestrel dam failed at 4 a.m.",
        "Three people are dead.",
        "The largest of the paintings was recovered in a van.",  # a superlative subject
        '"It could be the worst flood in decades," the mayor said.',  # a quotation
    ],
)
def test_lines_reporting_an_event_are_no_assessments(nlp, text):
    assert not assessment_line(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Whether the museum can reopen by the spring is the bigger question.",
        "How long the museum stays closed is anyone's guess.",
        "The insurance is a different story.",
        "The timing is another puzzle.",
    ],
)
def test_lead_ins_and_topic_sentences_are_topic_lines(nlp, text):
    assert topic_line(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "The stolen canvas was a portrait of Countess Vera.",  # a name
        "The cargo was timber.",  # a physical thing: what the cargo was
        "The cause was a crack in the spillway.",  # the predicate says more
        "The turnout was 64 percent.",  # a figure
        "Whether he knew is unclear, police said on Monday.",  # a report, not a copula
        "The guards were asleep.",  # an adjective: a state of the story's people
    ],
)
def test_facts_are_no_topic_lines(nlp, text):
    assert not topic_line(nlp(text), 0, len(text))


def test_a_span_cut_between_copula_and_complement_has_lost_it(nlp):
    text = "The vote on the new budget was, by most accounts, a defeat for the mayor."
    doc = nlp(text)
    assert lost_complement(doc, 0, text.index(", a defeat"))
    assert not lost_complement(doc, 0, len(text))
    whole = "The vote on the new budget was lost by the mayor on Friday."
    assert not lost_complement(nlp(whole), 0, whole.index(" on Friday"))


def test_a_live_pages_sign_off_is_about_the_coverage(nlp):
    from consilience.meta_lines import coverage_line

    text = "We will stop updating this live feed at midnight."
    assert coverage_line(nlp(text), 0, len(text))
    fact = "We are closing the Harbour Road depot for the winter."
    assert not coverage_line(nlp(fact), 0, len(fact))


def test_a_pseudo_cleft_tells_a_fact(nlp):
    text = "What the guards found in the vault was the stuff of nightmares."
    assert not topic_line(nlp(text), 0, len(text))
    asked = "What happens to the collection now is unclear."
    assert topic_line(nlp(asked), 0, len(asked))


def test_a_first_person_word_in_any_role_is_the_partys_voice(nlp):
    from consilience.line_voice import first_person_voice, first_person_word

    text = "The regional court upheld our appeal against the fine on Friday."
    doc = nlp(text)
    assert first_person_word(doc, 0, len(text))
    assert not first_person_voice(doc, 0, len(text))  # the subject is the court
    quoted = 'The court upheld the appeal, which the firm called "our last hope".'
    assert not first_person_word(nlp(quoted), 0, len(quoted))
    told = "A juror tells us the verdict was reached on the second day."
    assert not first_person_word(nlp(told), 0, len(told))  # the outlet addressed
