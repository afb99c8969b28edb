"""Lines about the outlet's own coverage are no content (held-out s15 kind 12): who has
spoken to the outlet, what it will bring the reader, where its reporter will appear. A
report's content told to the outlet, a release's own plans and a quotation stay content.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from consilience.analyse import load_nlp
from consilience.line_voice import states_clause
from consilience.meta_lines import communication_verb, coverage_line


def _coverage(sentence: str) -> bool:
    doc = load_nlp()(sentence)
    return coverage_line(doc, 0, len(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master has talked to us on the quayside.",
        "We will send you every update through the evening.",
        "Our correspondent Amy Lenz will be on the ten o'clock broadcast.",
        "The fire chief spoke to me a few minutes ago.",
    ],
)
def test_the_outlets_own_coverage_is_a_coverage_line(sentence):
    assert _coverage(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour master told us the pier would stay shut.",
        "We will publish new rules for landlords in March.",
        "Our crews pulled six people from the water.",
        'The fire chief told me: "We lost the east wing."',
        "The mayor spoke to reporters at the pier.",
        "Our priority is the safety of residents.",
    ],
)
def test_content_told_to_or_by_the_writer_is_no_coverage_line(sentence):
    assert not _coverage(sentence)


def test_verbs_of_communication_come_from_wordnet():
    assert communication_verb("talk") and communication_verb("write")
    assert not communication_verb("rescue") and not communication_verb("bring")


def test_a_note_with_no_clause_states_no_clause():
    note = "Under two miles to the line."
    assert not states_clause(load_nlp()(note), 0, len(note))
