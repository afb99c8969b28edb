"""Headline and summary lines of session 21 (fixh, the fact-checker's report items 1, 2
and 14), on sentences written for these tests: a line giving an earlier reading of a
figure is no summary line, a headline candidate holding a side clause's figure no other
article gives gives way, and a newsroom's promise to be back with a traffic peak is
coverage, not a fact."""

from __future__ import annotations

import numpy as np
import pytest

from consilience.align import Node
from consilience.line_figures import aside_figure, earlier_reading, lone_figure
from consilience.meta_lines import coverage_line
from consilience.model import Claim


def _whole(nlp, sentence: str, test) -> bool:
    return test(nlp(sentence), 0, len(sentence))


# --- item 2: an explicitly earlier figure is overtaken, not the story's reading ----------


@pytest.mark.parametrize(
    "sentence, earlier",
    [
        ("The ministry had earlier put the number of flooded homes at 230.", True),
        ("The coastguard had put the number of missing sailors at 14.", True),
        ("The operator previously said 60 trains would be cancelled.", True),
        ("Officials now say 310 homes were flooded.", False),
        ("The airline had cancelled 40 flights by noon.", False),
        ("The ministry earlier warned residents to stay indoors.", False),  # no figure
    ],
)
def test_an_earlier_reading_of_a_figure_is_recognised(nlp, sentence, earlier):
    assert _whole(nlp, sentence, earlier_reading) is earlier


# --- item 14: the outlet's own schedule is coverage ---------------------------------------


@pytest.mark.parametrize(
    "sentence, coverage",
    [
        ("Our traffic crew will be back with the evening rush from 4pm.", True),
        ("Our roads reporter will return for the morning peak at 7am.", True),
        ("Our crew counted 300 lorries in the evening rush.", False),
    ],
)
def test_a_newsroom_back_with_a_rush_hour_is_coverage(nlp, sentence, coverage):
    assert _whole(nlp, sentence, coverage_line) is coverage


# --- item 1: one article's figure inside a headline's side clause ------------------------


def _claim(article: str, kind: str, start: int, figures: list[str], sentence: int = 0) -> Claim:
    return Claim(
        article=article,
        start=start,
        end=start + 10,
        text="x",
        sentence=sentence,
        kind=kind,
        predicate="carry",
        frame="carry",
        figures=figures,
    )


def _node(claim: Claim) -> Node:
    return Node(claim, 0, claim.article, sentence_vector=np.asarray([1.0, 0.0]))


# "The tunnel, which some 31,000 cars use each day, was closed" (A) beside "about 27,000
# cars a day" (B): within the aligner's tolerance, yet not the figure A's line states
_A_MAIN = _claim("a", "main", 0, [])
_A_ASIDE = _claim("a", "relative", 0, ["count||31000|29500|32500|car/"])
_B_ASIDE = _claim("b", "reduced", 0, ["count||27000|25500|28500|car/"])
_B_SAME = _claim("b", "reduced", 0, ["count||31000|29500|32500|car/"])


def test_a_side_clause_figure_no_other_article_gives_is_an_aside():
    nodes = [_node(c) for c in (_A_MAIN, _A_ASIDE, _B_ASIDE)]
    assert aside_figure(0, 0, 80, nodes)


def test_a_side_clause_figure_another_article_gives_is_no_aside():
    nodes = [_node(c) for c in (_A_MAIN, _A_ASIDE, _B_SAME)]
    assert not aside_figure(0, 0, 80, nodes)


def test_a_main_clause_figure_is_no_aside():
    main = _claim("a", "main", 0, ["count||31000|29500|32500|car/"])
    nodes = [_node(c) for c in (main, _B_ASIDE)]
    assert not aside_figure(0, 0, 80, nodes)


def test_a_group_line_giving_a_figure_the_other_member_lacks_is_lone():
    b_main = _claim("b", "main", 0, [], sentence=1)
    nodes = [_node(c) for c in (_A_MAIN, _A_ASIDE, b_main)]
    assert lone_figure(0, 0, 80, [0, 2], nodes)
    assert not lone_figure(0, 0, 80, [0], nodes)  # one article: its own figure
