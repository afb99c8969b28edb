"""Durations of one thing told in far sentences (session 19, headline; s18 kind 4: "had been
in charge for 14 months" beside "His 18 months in charge yielded ..."): two durations whose
clauses share a noun that is no measure of time are one property, so neither reading is a
summary line. Figures written for these tests (a lighthouse keeper's service, a drought)."""

from __future__ import annotations

import numpy as np

from consilience.align import Node
from consilience.line_figures import FigureReadings
from consilience.model import Claim

_MONTH = 2.6298e6  # seconds


def _duration(months: float) -> str:
    s = months * _MONTH
    return f"duration|s|{s:g}|{s * 0.965:g}|{s * 1.035:g}|/"


def _node(article: str, figures: list[str], nouns: list[str], vector) -> Node:
    claim = Claim(
        article=article,
        start=0,
        end=1,
        text="x",
        sentence=0,
        kind="main",
        predicate="be",
        frame="be",
        figures=figures,
        nouns=nouns,
    )
    return Node(claim, 0, article, sentence_vector=np.asarray(vector, dtype=float))


def test_two_durations_of_one_service_in_far_sentences_rival_each_other():
    # "The keeper had served at the lighthouse for 30 months." /
    # "His 40 months at the lighthouse ended with a storm." (sentences far apart)
    nodes = [
        _node("a", [_duration(30)], ["keeper", "lighthouse", "month"], [1.0, 0.0]),
        _node("b", [_duration(40)], ["lighthouse", "month", "storm"], [0.2, 0.98]),
    ]
    readings = FigureReadings(nodes)
    assert readings.rivalled(0) and readings.rivalled(1)


def test_durations_sharing_only_a_unit_are_two_properties():
    # "The drought lasted 9 months." / "Reservoir repairs will take 3 months."
    nodes = [
        _node("a", [_duration(9)], ["drought", "month"], [1.0, 0.0]),
        _node("b", [_duration(3)], ["reservoir", "repair", "month"], [0.2, 0.98]),
    ]
    readings = FigureReadings(nodes)
    assert not readings.rivalled(0) and not readings.rivalled(1)
