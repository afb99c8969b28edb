"""A member giving another kind of figure than the group's is no citation of the item
(issue #11, session 19, kind 11 of heldout_s18/judged.md).

"The ferry crossed the strait in 41 minutes" and "the ferry made the crossing in about 40
minutes" say how long; "the ferry crossed the strait at 19 knots" says how fast. Once the
disputed figures are cut, the three share only "The ferry crossed the strait": an item
citing a sentence about another fact. :func:`consilience.consensus.one_measure` keeps the
members that give the group's most given kind of figure (and those giving none).

Every claim is written for this file; the tests fail on the code before the change.
"""

from __future__ import annotations

from consilience import consensus

#: the members' kinds of figure: "crossed the strait in 41 minutes", "at 19 knots", "in
#: about 40 minutes", and "on Monday" (no figure)
KINDS = [
    frozenset({"duration"}),
    frozenset({"speed"}),
    frozenset({"duration"}),
    frozenset(),
]


def test_a_member_giving_another_measure_is_left_out() -> None:
    assert consensus.one_measure([0, 1, 2, 3], KINDS) == [0, 2, 3]


def test_a_tie_or_one_kind_keeps_every_member() -> None:
    assert consensus.one_measure([0, 1], KINDS[:2]) == [0, 1]
    assert consensus.one_measure([0, 2], [KINDS[0], KINDS[2]]) == [0, 2]
    assert consensus.one_measure([0, 1, 3], [KINDS[0], KINDS[1], KINDS[3]]) == [0, 1, 3]


def test_a_figure_left_out_of_the_citation_is_no_measure(make_ctx) -> None:
    """A member whose only figure sits in an aside the item cuts ("The lizards, worth about
    30,000 euros, were taken") gives no kind of figure."""
    from consilience.claim_spans import Texts
    from consilience.model import Claim

    text = "The ferry, worth about 40 million euros in all, crossed the strait on Monday."
    ctx = make_ctx(text)
    end = len(text) - 1
    c = Claim(
        "a0", 0, end, text[:end], 0, "main", "cross", "cross", figures=["money|EUR|4e7|4e7|4e7|/"]
    )
    whole = consensus._measures(c, Texts(ctx), [])
    assert whole == frozenset({"money"})
    at = text.index("40 million euros")
    cut = consensus._measures(c, Texts(ctx), [("a0", at, at + len("40 million euros"))])
    assert cut == frozenset(), cut
