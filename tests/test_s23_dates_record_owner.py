"""Durations (session 23): the record a story's time breaks is another figure than the time
("took two seconds off the record of 2:05:40", "broke the record of 3:28.1 set in 2019");
the new record is the story's own ("set a new record of 3:26.9"). Sentences written for these
tests (a marathon, a rowing race, a quarterly profit), not from the annotated sets.
"""

from __future__ import annotations

import pytest


def _cue(text: str, figure: str):
    from consilience.analyse import load_nlp
    from consilience.figure_owners import reference_cue

    doc = load_nlp()(text)
    k = text.index(figure)
    span = doc.char_span(k, k + len(figure), alignment_mode="expand")
    return reference_cue(span[-1])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kiplagat won in 2:04:12 and took more than a minute off the record of 2:05:40 "
            "set by Ethiopia's Bekele in 2019.",
            "2:05:40",
        ),
        ("The Dutch crew broke the record of 5:36.2 at the regatta on Sunday.", "5:36.2"),
        (
            "The crew finished in 5:34.9, well inside the course record of 5:36.2 set in 2017.",
            "5:36.2",
        ),
    ],
)
def test_the_record_broken_is_a_reference(text, figure):
    assert _cue(text, figure) is not None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Kiplagat set a new record of 2:04:12 in Berlin on Sunday.", "2:04:12"),
        ("Kiplagat won the race in 2:04:12, the fastest time of the year.", "2:04:12"),
        ("The record of 2:04:12 was set by Kiplagat on Sunday.", "2:04:12"),
    ],
)
def test_the_story_s_own_time_is_no_reference(text, figure):
    assert _cue(text, figure) is None
