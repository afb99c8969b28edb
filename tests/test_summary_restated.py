"""A headline or summary line is cited only by clauses that state it (issue #11, held-out
s13 kinds 2 and 5): a clause giving another date of the act ("built around 1850")
does not state "built around 1820", and a summary line left with one article's
citation is that source's line, not a summary line. Texts written for these tests (a
stone bridge)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from consilience.headline_support import stating_citations
from consilience.summary import _restated

TEXTS = {
    "d": "The bridge was probably built around 1820, an engineer said.",
    "b": "Divers mapped the stone bridge, built around 1850 on the old road.",
    "c": "The bridge was built around 1820 by the regiment stationed at Corvium.",
    "e": "The bridge was built in Georgian times, the museum said, and 40 piles survive.",
    "g": "The bridge opened on 3 June 1820, the museum said.",
}


class _Texts:
    """The two things stating_citations reads of a story: parses and texts."""

    def __init__(self, nlp):
        docs = {k: nlp(t) for k, t in TEXTS.items()}
        self.ctx = SimpleNamespace(analysis=lambda aid: SimpleNamespace(doc=docs[aid]))

    def text(self, aid: str) -> str:
        return TEXTS[aid]


def _cite(aid: str) -> dict:
    return {"article": aid, "start": 0, "end": len(TEXTS[aid])}


@pytest.mark.parametrize(
    "other, states",
    [
        ("b", False),  # another year of the act
        ("c", True),  # the same year
        ("e", True),  # no date in digits: may state it in words
    ],
)
def test_a_citation_giving_another_date_does_not_state_the_line(nlp, other, states):
    line = ("d", 0, TEXTS["d"].index(","))
    got = stating_citations(line, [_cite("d"), _cite(other)], _Texts(nlp))
    assert (_cite(other) in got) is states, got


def test_a_line_left_with_one_article_counts_one(nlp):
    nodes = [SimpleNamespace(claim=SimpleNamespace(article="d"))]
    entry = ([0], 0, ["b", "d"], 2, [_cite("b"), _cite("d")])
    line = (0, TEXTS["d"].index(","), TEXTS["d"][: TEXTS["d"].index(",")], 0)
    group, rep, arts, sources, cited = _restated(entry, line, nodes, _Texts(nlp))
    assert arts == ["d"] and sources == 1 and cited == [_cite("d")]


def test_a_coarser_date_of_the_act_still_states_the_line(nlp):
    line = ("g", 0, TEXTS["g"].index(","))
    got = stating_citations(line, [_cite("g"), _cite("c")], _Texts(nlp))
    assert _cite("c") in got, got
