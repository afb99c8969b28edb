"""An item's text is the act its supporters share, not one outlet's wrapper around it
(issue #11, session 23, kind 2 of heldout_s22/judged.md: "The federation congratulates
the swimmer" shown as the text of an item four articles support by stating the record).

:func:`consilience.consensus.shared_act_first` puts first the text candidates whose
predicate another article's member states as its act ("won the title" beside "won the
title"), before a wrapper: a candidate whose act no other article states, done by a party
no other member names ("the mayor *praised* the team for winning the title"). When no
candidate's act is shared, the order stays; a participant's own act keeps its place.

Every sentence is written for this file.
"""

from __future__ import annotations

from consilience.consensus import shared_act_first
from tests.test_citation_check_s16 import _claim

PRAISE = _claim(
    "c", "The mayor praised the rowing club for winning the league title", "praise", "mayor", "club"
)
WON = _claim("a", "The rowing club won the league title on Saturday", "win", "club", "title")
WON_TOO = _claim("e", "The rowing club won the league title after a late surge", "win", "club")
CLINCHED = _claim("b", "The rowing club clinched the title", "clinch", "club", "title")


def test_the_shared_act_comes_before_a_wrapper() -> None:
    shown = [(True, PRAISE, (0, 1)), (True, WON, (0, 1))]
    out = shared_act_first(shown, [PRAISE, WON, WON_TOO, CLINCHED])
    assert [x[1].predicate for x in out] == ["win", "praise"]


def test_the_order_stays_when_no_act_is_shared() -> None:
    """Precision: with no predicate stated by another article, nothing moves."""
    shown = [(True, PRAISE, (0, 1)), (True, CLINCHED, (0, 1))]
    out = shared_act_first(shown, [PRAISE, CLINCHED])
    assert out == shown


def test_a_text_by_a_participant_keeps_its_place() -> None:
    """Precision: "The club lifted the trophy" names the club, a participant of the other
    members: no wrapper, though its act is not theirs."""
    lifted = _claim("c", "The rowing club lifted the trophy on Saturday", "lift", "club", "trophy")
    shown = [(True, lifted, (0, 1)), (True, WON, (0, 1))]
    assert shared_act_first(shown, [lifted, WON, WON_TOO]) == shown


def test_a_wrapper_two_articles_share_keeps_its_place() -> None:
    """Two outlets praising the club share that act: the order stays."""
    praise_too = _claim("d", "The mayor praised the rowing club for its title", "praise", "mayor")
    shown = [(True, PRAISE, (0, 1)), (True, WON, (0, 1))]
    out = shared_act_first(shown, [PRAISE, praise_too, WON])
    assert [x[1].predicate for x in out] == ["praise", "win"]
