"""Headline and summary lines of session 22 (headline engineer), on claims written for
these tests: an article setting two parties' figures side by side makes either a disputed
reading for the summary, and the majority's reading of a quantity or date conflict the
brief shows may stand in the headline (never in the summary)."""

from __future__ import annotations

import numpy as np

from consilience.align import Node
from consilience.headline_support import for_headline, majority_spans
from consilience.line_figures import FigureReadings
from consilience.model import Claim


def _claim(
    article: str,
    sentence: int,
    figures: list[str],
    actor: list[str],
    attribution: str | None = None,
    start: int = 0,
) -> Claim:
    return Claim(
        article=article,
        start=start,
        end=start + 20,
        text="x",
        sentence=sentence,
        kind="main",
        predicate="cost",
        frame="cost",
        actor_keys=actor,
        nouns=["bill", "repair"],
        figures=figures,
        attribution=attribution,
    )


def _node(claim: Claim) -> Node:
    return Node(claim, 0, claim.article, sentence_vector=np.asarray([1.0, 0.0]))


_SIXTY = "money|EUR|6e+07|5.8e+07|6.2e+07|/bill"
_NINETY = "money|EUR|9e+07|8.7e+07|9.3e+07|/bill"


# --- a second party's reading in the same article -----------------------------------------


def test_two_parties_readings_in_one_article_make_the_figure_disputed():
    # A: "The transport agency puts the bridge repair bill at 60 million euros."
    # B: "The agency says the repairs will cost 60 million euros. Independent engineers put
    #     it closer to 90 million."
    nodes = [
        _node(_claim("a", 2, [_SIXTY], ["transport agency"])),
        _node(_claim("b", 5, [_SIXTY], ["repair"], attribution="The agency")),
        _node(_claim("b", 6, [_NINETY], ["engineer"], start=40)),
    ]
    assert FigureReadings(nodes).rivalled(0)


def test_one_partys_two_figures_are_not_two_readings():
    # B: "The operator will run 60 million euros of repairs ... the operator's budget is 90
    #     million": one party's two figures, not a second reading
    nodes = [
        _node(_claim("a", 2, [_SIXTY], ["operator"])),
        _node(_claim("b", 5, [_SIXTY], ["operator"])),
        _node(_claim("b", 6, [_NINETY], ["operator"], start=40)),
    ]
    assert not FigureReadings(nodes).rivalled(0)


def test_two_figures_of_one_sentence_are_not_two_readings():
    # B: "The council approved the plan by 41 votes to 12": both figures in one sentence
    votes_41 = "count||41|41|41|vote/"
    votes_12 = "count||12|12|12|vote/"
    nodes = [
        _node(_claim("a", 1, [votes_41], ["council"])),
        _node(_claim("b", 3, [votes_41], ["council"])),
        _node(_claim("b", 3, [votes_12], ["opposition"], start=30)),
    ]
    assert not FigureReadings(nodes).rivalled(0)


# --- the majority's reading may stand in the headline ------------------------------------


def _reading(article: str, start: int) -> dict:
    return {"article": article, "citation": {"article": article, "start": start, "end": start + 8}}


_PLANES = {
    "kind": "quantity",
    "subject": "aircraft grounded",
    "readings": [_reading("w", 10), _reading("x", 30), _reading("y", 50)],
    "majority": ["w", "x"],
    "outliers": ["y"],
}


def test_majority_readings_of_a_quantity_conflict_are_cleared():
    assert majority_spans([_PLANES]) == [("w", 10, 18), ("x", 30, 38)]


def test_no_majority_a_fact_conflict_or_an_update_clears_nothing():
    tie = {**_PLANES, "majority": [], "outliers": []}
    fact = {**_PLANES, "kind": "fact"}
    update = {**_PLANES, "update": True}
    assert majority_spans([tie, fact, update]) == []


def test_an_article_on_both_sides_is_not_cleared():
    both = {**_PLANES, "majority": ["w", "y"], "outliers": ["y"]}
    assert ("y", 50, 58) not in majority_spans([both])


def test_for_headline_splits_contested_spans():
    spans = [("w", 10, 18), ("y", 50, 58), ("z", 0, 5)]
    kept, cleared = for_headline(spans, majority_spans([_PLANES]))
    assert kept == [("y", 50, 58), ("z", 0, 5)]
    assert cleared == [("w", 10, 18)]


# --- a title giving the majority's figure takes no side ----------------------------------


def _count(article: str, text: str) -> dict:
    return {"article": article, "text": text, "citation": {"article": article, "start": 0}}


_FERRIES = {
    "kind": "quantity",
    "subject": "ferries",
    "readings": [
        _count("w", "12 ferries"),
        _count("x", "12 ferries"),
        _count("z", "12 ferries"),
        _count("y", "15 ferries"),
    ],
    "majority": ["w", "x", "z"],
    "outliers": ["y"],
}


def test_a_title_with_the_majority_figure_takes_no_side():
    from consilience.story_title import takes_side

    assert not takes_side("Island operator withdraws 12 ferries for winter", [_FERRIES])


def test_a_title_with_the_outlier_figure_takes_a_side():
    from consilience.story_title import takes_side

    assert takes_side("Island operator withdraws 15 ferries for winter", [_FERRIES])


def test_without_a_majority_either_figure_takes_a_side():
    from consilience.story_title import takes_side

    tie = {**_FERRIES, "majority": [], "outliers": []}
    assert takes_side("Island operator withdraws 12 ferries for winter", [tie])
