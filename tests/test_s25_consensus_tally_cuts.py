"""A disputed tally is left out of a consensus member's citation, so the act it scores is
still stated (issue #11, session 25): "councillors voted | 33 to 16 | for a tax" states the
vote the other articles state with 31-18. (Left alone: a score the parse reads as counting
a name, "beat Lindqvist 3-1", goes through the count cut first and keeps "-1".)

:func:`consilience.tally_cuts.tally_gap` finds the tally around a disputed reading;
:func:`consilience.consensus.agreed_cut` uses it when no adjunct phrase holds the reading
(an object in the parse). Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from consilience.tally_cuts import tally_gap


def _agreed_text(make_ctx, sentence: str, reading: str, verb: str) -> str | None:
    from consilience.claim_spans import Texts
    from consilience.consensus import agreed_gaps, agreed_span
    from consilience.count_cuts import joined, pieces
    from consilience.model import Claim

    ctx = make_ctx(sentence)
    end = sentence.rindex(".")
    c = Claim("a0", 0, end, sentence[:end], 0, "main", verb, verb)
    at = sentence.index(reading)
    spans = [("a0", at, at + len(reading))]
    texts = Texts(ctx)
    span = agreed_span(c, texts, spans)
    return None if span is None else joined(sentence, pieces(span, agreed_gaps(c, texts, spans)))


@pytest.mark.parametrize(
    ("sentence", "reading", "verb", "want"),
    [
        (  # a hyphenated tally parsed inside the object, before an infinitive complement
            "The union members voted 312-140 to accept the offer.",
            "312",
            "vote",
            "The union members voted to accept the offer",
        ),
        (  # "X to Y" with an infinitive after it
            "The jury voted 10 to 2 to convict the driver.",
            "10",
            "vote",
            "The jury voted to convict the driver",
        ),
    ],
)
def test_the_act_is_stated_without_the_disputed_tally(make_ctx, sentence, reading, verb, want):
    assert _agreed_text(make_ctx, sentence, reading, verb) == want


def test_a_tally_in_an_adjunct_is_cut_as_before(make_ctx) -> None:
    """Unchanged: "by 161 votes to 148" at the end is an adjunct phrase."""
    got = _agreed_text(
        make_ctx, "The senate passed the budget by 161 votes to 148.", "161 votes", "pass"
    )
    assert got == "The senate passed the budget"


def test_years_a_tally_opening_the_clause_and_the_predicate_are_no_gap() -> None:
    """Precision: a span of years, a tally with no act before it, and a tally that holds
    the predicate's characters are never cut."""
    text = "The ban ran 2019-2022 in the region."
    at = text.index("2019")
    assert tally_gap(text, (0, len(text)), (at, at + 4), (8, 11)) is None
    text = "31-18 was the final count."
    assert tally_gap(text, (0, len(text)), (0, 2), (6, 9)) is None
    text = "They won 4-2 on penalties."
    at = text.index("4")
    assert tally_gap(text, (0, len(text)), (at, at + 1), (at, at + 3)) is None
    assert tally_gap(text, (0, len(text)), (at, at + 1), (5, 8)) == (at, at + 3)


def test_no_tally_no_gap() -> None:
    """Precision: a lone figure is no tally (the count and adjunct cuts handle it)."""
    text = "Rescuers found 14 people alive."
    at = text.index("14")
    assert tally_gap(text, (0, len(text)), (at, at + 2), (9, 14)) is None
