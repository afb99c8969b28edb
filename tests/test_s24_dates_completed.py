"""A verb of completing dates the act its noun tells (session 24): "a renovation completed
in 2012" dates the renovating as "was renovated in 2010" does, so the two years are a
date conflict; a verb of starting does not ("work on the renovation began in 2008" is
no date of the renovating done), nor does completing a thing that is no act ("the stand
was completed in 2012"). Sentences written for these tests (a stadium, a museum, a
bridge, a lab), not from the annotated sets; published on Thursday 7 May 2026.
"""

from __future__ import annotations

import pytest
from conftest import timeline_of


def _conflicting(texts: dict[str, str]) -> list[set[str]]:
    """The reading texts of every date conflict of the story."""
    return [{r["text"] for r in c["readings"]} for c in timeline_of(texts)["conflicts"]]


@pytest.mark.parametrize(
    ("a", "b", "years"),
    [
        ("The old stadium, which opened in 1926, was renovated in 2010.",
         "The old stadium reopened in 2014 after a renovation completed in 2012.",
         {"2010", "2012"}),
        ("The museum's east wing was restored in 2016, the council said.",
         "Crews finished the restoration of the museum's east wing in 2018.",
         {"2016", "2018"}),
        ("The road bridge was demolished in 2019.",
         "The demolition of the road bridge was completed in 2021, engineers said.",
         {"2019", "2021"}),
    ],
)  # fmt: skip
def test_completed_act_dates_the_act(a, b, years):
    found = _conflicting({"a": a, "b": b})
    assert any(years <= texts for texts in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the start of the work is no date of the work done
        ("The old stadium was renovated in 2010.",
         "Work on the renovation of the old stadium began in 2008."),
        # a thing completed, not an act: building it and renovating it are two acts
        ("The old stadium was renovated in 2010.",
         "The old stadium's main stand was completed in 1931."),
    ],
)  # fmt: skip
def test_not_the_completed_act(a, b):
    assert _conflicting({"a": a, "b": b}) == []


def test_nominal_reads_suffixed_nouns_only():
    from consilience.date_act_lexicon import _nominal

    assert _nominal("refurbishment") and _nominal("demolition")
    assert not _nominal("bridge") and not _nominal("stadium")
