"""Completing a claim group (consilience.align.states_agreed_figures, session 22): a clause
taken into a group for its near sentence must give the figure and the date the members
agree on, which are part of the claim they state; a clause that lacks them shares another
claim of a long clause, and joining it mixes two claims in one group.

Claims are built by hand (the extractor is tested elsewhere); sentences are our own.
"""

from __future__ import annotations

from consilience import align
from consilience.model import Claim


def claim(article: str, text: str, **kw) -> Claim:
    """A claim of ``article`` stating ``text`` (the whole text is the clause)."""
    return Claim(
        article=article, start=0, end=len(text), text=text, sentence=0, kind="main",
        frame="open", predicate="open", **kw,
    )  # fmt: skip


RIDERS = "count||19000|18000|20000|rider"
FERRIES = "count||12|12|12|ferry"


def members() -> list[Claim]:
    """Two articles: 'some 19,000 riders a day will use the line from 4 May'."""
    return [
        claim("a", "Some 19,000 riders a day will use the tram line from 4 May",
              figures=[RIDERS], dates=["2031-05-04|day"]),
        claim("b", "From 4 May about 19,000 passengers daily are expected on the line",
              figures=["count||19000|18500|19500|rider"], dates=["2031-05-04|day"]),
    ]  # fmt: skip


def test_a_clause_without_the_agreed_figure_does_not_complete():
    """'the new tram line will open in the spring' shares the line's opening, not the
    19,000 riders from 4 May the two members state."""
    other = claim("c", "The new tram line will open in the spring")
    assert not align.states_agreed_figures(other, members())


def test_a_clause_without_the_agreed_date_does_not_complete():
    other = claim("c", "It expects 19,000 riders a day", figures=[RIDERS])
    assert not align.states_agreed_figures(other, members())


def test_a_clause_with_figure_and_date_completes():
    """Precision: the figure counted under another noun ("19,000 people") is one value."""
    other = claim("c", "On 4 May the line opens to 19,000 people a day",
                  figures=["count||19000|18000|20000|people"], dates=["2031-05-04|day"])  # fmt: skip
    assert align.states_agreed_figures(other, members())


def test_members_agreeing_on_nothing_ask_nothing():
    """Precision: members with no figure or date in common leave the rule silent."""
    plain = [claim("a", "The council approved the tram line"),
             claim("b", "Councillors backed the tram plan", figures=[FERRIES])]  # fmt: skip
    assert align.states_agreed_figures(claim("c", "The tram line was approved"), plain)
    assert align.states_agreed_figures(claim("c", "The line was approved"), plain[:1])
