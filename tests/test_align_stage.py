"""The stage of an act at the pair decision (consilience.align, session 19).

News gives a scheduled or just-announced act in the simple present ("Moreau takes over
the orchestra") as often as with "will"; the two state one claim. A past or perfect
clause ("took over", "has taken over") or a merely possible one ("could take over") stays
at another stage than a coming one. Every sentence here is our own (an orchestra's new
conductor, a ferry line's timetable), claims extracted from the parse.
"""

from __future__ import annotations

import pytest

from consilience import align
from consilience.model import Analysis, Article


def _claim(nlp, text: str, verb: str, aid: str = "t"):
    """The claim of ``text`` whose predicate is ``verb`` (claims as the registry extracts)."""
    from consilience.brief import extract

    art = Article(id=aid, source=f"{aid}.txt", text=text, published="2026-03-04")
    found = [c for c in extract(Analysis(art, nlp(text))).claims if c.predicate == verb]
    assert found, [(c.predicate, c.text) for c in extract(Analysis(art, nlp(text))).claims]
    return found[0]


COMING = "Violinist Ines Moreau will take over the Hallgarth orchestra next season."


@pytest.mark.parametrize(
    "other",
    [
        "Violinist Ines Moreau takes over the Hallgarth orchestra next season.",
        "Violinist Ines Moreau is expected to take over the Hallgarth orchestra next season.",
    ],
)
def test_a_present_or_scheduled_act_is_the_coming_act(nlp, other):
    a, b = _claim(nlp, COMING, "take_over", "a"), _claim(nlp, other, "take_over", "b")
    assert not align._done_and_pending(a, b)
    assert not align._done_and_pending(b, a)


@pytest.mark.parametrize(
    "other",
    [
        "Violinist Ines Moreau took over the Hallgarth orchestra last season.",
        "Violinist Ines Moreau has taken over the Hallgarth orchestra.",
    ],
)
def test_a_past_or_perfect_act_is_another_stage(nlp, other):
    a, b = _claim(nlp, COMING, "take_over", "a"), _claim(nlp, other, "take_over", "b")
    assert align._done_and_pending(a, b)


def test_a_possible_act_is_not_the_present_one(nlp):
    """'could take over' says it may happen; 'takes over' that it does."""
    now = "Violinist Ines Moreau takes over the Hallgarth orchestra next season."
    maybe = "Violinist Ines Moreau could take over the Hallgarth orchestra next season."
    a, b = _claim(nlp, now, "take_over", "a"), _claim(nlp, maybe, "take_over", "b")
    assert align._done_and_pending(a, b)


def test_a_permitted_act_stays_apart_from_a_present_one(nlp):
    """'The council let the ferry line run a night service' permits, it reports no act."""
    a = _claim(nlp, "The ferry line runs a night service from May.", "run", "a")
    b = _claim(nlp, "The council let the ferry line run a night service from May.", "run", "b")
    assert align.stage(b) == align.PERMITTED
    assert align._done_and_pending(a, b)


def test_present_and_coming_clauses_are_candidates(nlp):
    """The whole pair decision admits the two wordings of one coming act."""
    a = _claim(nlp, "The Kelso ferry line will add a night crossing to Harwick in May.", "add", "a")
    b = _claim(nlp, "The Kelso ferry line adds a night crossing to Harwick in May.", "add", "b")
    na, nb = (align.Node(c, k, c.article, keys=align._keys(c)) for k, c in enumerate((a, b)))
    assert align.candidate(na, nb, 0.9)


def test_a_present_state_is_not_a_coming_one(nlp):
    """'Ines Moreau is the orchestra's conductor' holds now; 'will be' does not yet."""
    a = _claim(nlp, "Ines Moreau is the Hallgarth orchestra's conductor.", "be", "a")
    b = _claim(nlp, "Ines Moreau will be the Hallgarth orchestra's conductor.", "be", "b")
    assert align._done_and_pending(a, b)
