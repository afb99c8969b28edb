"""Dates (session 23): a live blog's elliptical sign-off ("Back tomorrow for the second day of
the trial.") is said to the reader and dates no event; a narrative "Back in 2019, ..." does.
Sentences written for these tests (a trial, a chess match, a bypass), not from the annotated
sets.
"""

from __future__ import annotations

import pytest


def _timeline(bench, text: str, published: str = "2026-11-16"):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id="a", source="a.txt", text=text, published=published)]
    return build_timeline(bench.build_context(arts))["timeline"]


@pytest.mark.parametrize(
    "signoff",
    [
        "Back tomorrow for the second day of the trial.",
        "Back later with more from the chess hall on Tuesday.",
        "Back again tomorrow morning when the jury returns.",
    ],
)
def test_a_signoff_is_no_timeline_line(bench, signoff):
    text = (
        "The trial of the former mayor opened at Harlow Crown Court on Monday. "
        "The jury was sworn in at 10am.\n\n" + signoff
    )
    lines = _timeline(bench, text)
    assert not [e for e in lines if signoff[:20] in e["text"]], lines


def test_back_in_a_year_is_a_narrative_date(bench):
    text = (
        "The council opened the Eastgate bypass on Monday. Back in 2019, the council approved "
        "the bypass after a long public inquiry."
    )
    lines = _timeline(bench, text)
    assert any(e["date"] == "2019" for e in lines), lines
