"""Headline and summary lines (session 18, headline): a cut line ends at its point, and a
figure other articles give differently for the same property is no line unless it is the
story's clear majority. Sentences and figures written for these tests (a marathon, a
harbour, a ballot), not taken from any annotated set."""

from __future__ import annotations

import numpy as np
import pytest

from consilience.align import Node
from consilience.analyse import load_nlp
from consilience.line_denials import settles, undone_act
from consilience.line_figures import FigureReadings
from consilience.line_voice import cut_short
from consilience.model import Claim


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        # a to-infinitive after the cut: what the act came to
        (
            "Ines Duarte surged past the leaders in the last mile to win the city marathon on Sunday.",
            "Ines Duarte surged past the leaders in the last mile",
        ),
        # a noun phrase cut in half, whatever the tagger made of its last noun
        (
            "The ferry operator will move up to third in the national punctuality rankings next year.",
            "The ferry operator will move up to third in the national punctuality",
        ),
        # an aside opened after the verb and closed after the cut
        (
            "The mayor's decision on Friday seemed, to many in the harbour, like a surrender to the port.",
            "The mayor's decision on Friday seemed, to many",
        ),
    ],
)
def test_a_line_cut_before_its_point_is_cut_short(sentence, line):
    doc = load_nlp()(sentence)
    assert sentence.startswith(line)
    assert cut_short(doc, 0, len(line))


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        (
            "The harbour reopened on Monday after a week of storms.",
            "The harbour reopened on Monday",
        ),
        (
            "Ines Duarte won the city marathon on Sunday for the second time.",
            "Ines Duarte won the city marathon on Sunday",
        ),
        ("The council approved the budget.", "The council approved the budget."),
    ],
)
def test_a_line_ending_at_a_phrase_boundary_is_not_cut_short(sentence, line):
    doc = load_nlp()(sentence)
    assert not cut_short(doc, 0, len(line))


def _node(article: str, figures: list[str], vector, root: str | None = None) -> Node:
    claim = Claim(
        article=article,
        start=0,
        end=1,
        text="x",
        sentence=0,
        kind="main",
        predicate="count",
        frame="count",
        figures=figures,
    )
    return Node(claim, 0, root or article, sentence_vector=np.asarray(vector, dtype=float))


_BALLOT = [1.0, 0.0]
_OTHER = [0.0, 1.0]


def test_an_outlier_figure_of_one_property_is_a_minority_reading():
    # "about 48,000 pensioners" x2 (two roots) vs "around 61,000 older people" (one root):
    # one property (people), two readings
    nodes = [
        _node("a", ["count||48000|43200|52800|pensioner/"], _BALLOT),
        _node("b", ["count||48000|43200|52800|person/"], _BALLOT),
        _node("c", ["count||61000|54900|67100|person/"], _BALLOT),
    ]
    readings = FigureReadings(nodes)
    assert readings.minority(2)
    assert not readings.minority(0) and not readings.minority(1)


def test_a_tie_leaves_both_readings_minority_and_a_copy_counts_once():
    # the wire and its portal copy (one root) say 7th, a local paper says 9th
    nodes = [
        _node("wire", ["count||7|6.5|7.5|seat/"], _BALLOT),
        _node("copy", ["count||7|6.5|7.5|seat/"], _BALLOT, root="wire"),
        _node("local", ["count||9|8.5|9.5|seat/"], _BALLOT),
    ]
    readings = FigureReadings(nodes)
    assert readings.minority(0) and readings.minority(2)


def test_figures_of_another_property_or_a_tally_are_not_rival_readings():
    nodes = [
        # a tally "by 64 votes to 41" beside "won 64-41": each root gives both figures
        _node("a", ["count||64|63.5|64.5|vote/", "count||41|40.5|41.5|vote/"], _BALLOT),
        _node("b", ["count||64|63.5|64.5|vote/", "count||41|40.5|41.5|vote/"], _BALLOT),
        # another property in a far sentence: "300 people queued at the harbour"
        _node("c", ["count||300|299.5|300.5|person/"], _OTHER),
        _node("d", ["count||2000|1999.5|2000.5|person/"], _BALLOT),
    ]
    readings = FigureReadings(nodes)
    assert not readings.minority(0) and not readings.minority(1)
    assert not readings.minority(2) and not readings.minority(3)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The harbour treaty still has to be ratified by the senate.", "ratify"),
        ("Its sale still needs to be approved by regulators.", "approve"),
        ("The result is still to be certified by the electoral board.", "certify"),
    ],
)
def test_still_on_a_pending_obligation_leaves_the_act_undone(sentence, verb):
    doc = load_nlp()(sentence)
    found = undone_act(doc, 0, len(sentence))
    assert found is not None and found[0] == verb


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor still wants to run for a third term.",
        "The ferry is still running to the island.",
    ],
)
def test_still_without_an_obligation_leaves_nothing_undone(sentence):
    doc = load_nlp()(sentence)
    assert undone_act(doc, 0, len(sentence)) is None


def _act(actor: str | None, patient: str | None, predicate: str = "ratify") -> Claim:
    return Claim(
        article="a",
        start=0,
        end=1,
        text="x",
        sentence=0,
        kind="main",
        predicate=predicate,
        frame=predicate,
        actor_key=actor,
        actor_keys=[actor] if actor else [],
        patient_key=patient,
    )


def test_a_passive_left_undone_is_settled_by_the_act_done_to_its_subject():
    # "The senate has ratified the treaty" / "The treaty still has to be ratified"
    done = _act("senate", "treaty")
    left = _act("treaty", None, "have")
    assert settles(done, left, ("ratify", frozenset()))
    # another treaty's ratification settles nothing
    assert not settles(_act("senate", "budget"), left, ("ratify", frozenset()))


def test_a_majority_reading_is_rivalled_though_not_a_minority():
    # "48,000 pensioners" in two roots, "61,000" in one: the headline may give 48,000,
    # a summary line gives neither
    nodes = [
        _node("a", ["count||48000|43200|52800|pensioner/"], _BALLOT),
        _node("b", ["count||48000|43200|52800|person/"], _BALLOT),
        _node("c", ["count||61000|54900|67100|person/"], _BALLOT),
        _node("d", ["count||300|299.5|300.5|person/"], _OTHER),
    ]
    readings = FigureReadings(nodes)
    assert readings.rivalled(0) and not readings.minority(0)
    assert readings.rivalled(2)
    assert not readings.rivalled(3)
