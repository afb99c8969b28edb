"""A "but" conjunct that denies another act limits nothing (issue #11, session 21: the demo's
"On March 3 the authority put out a high-water advisory ..., but it did not order a
drawdown" had been read as reversed, and the demo lost a faithful consensus item to it).

Every sentence is written for this file; the first test fails on the code before the
change.
"""

from __future__ import annotations

import pytest

from consilience.cut_reversals import reversed_after_cut


def _piece(sentence: str, cited: str) -> list[tuple[int, int]]:
    s = sentence.index(cited)
    return [(s, s + len(cited))]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "The coastguard issued a storm warning on Friday, but it did not close the harbour.",
            "The coastguard issued a storm warning on Friday",
        ),
        (
            "Police arrested a 40-year-old man in Dorne, but they did not charge him.",
            "Police arrested a 40-year-old man in Dorne",
        ),
    ],
)
def test_a_denied_other_act_leaves_the_cited_act(nlp, sentence: str, cited: str) -> None:
    assert not reversed_after_cut(nlp(sentence), _piece(sentence, cited))


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "The roof of the depot was damaged, but it is still standing.",
            "The roof of the depot was damaged",
        ),
        (
            "The board approved the merger, but it did not approve it unanimously.",
            "The board approved the merger",
        ),
    ],
)
def test_a_limit_of_the_cited_act_still_reverses(nlp, sentence: str, cited: str) -> None:
    assert reversed_after_cut(nlp(sentence), _piece(sentence, cited))
