"""Headline and summary lines never rest on an unnamed source alone (issue #11, session
12): "according to three people briefed on the bid" is one side's leak, not the story's
fact; another article's plain statement of the claim may give the line. Attributions
written for these tests (a stadium sale)."""

from __future__ import annotations

import pytest

from consilience.line_guards import anonymous_source


@pytest.mark.parametrize(
    "attribution",
    [
        "three people briefed on the bid",
        "a banker close to the buyers",
        "an adviser who declined to be identified",
        "one steward",
        "people with knowledge of the sale",
    ],
)
def test_unnamed_sources_are_anonymous(attribution):
    assert anonymous_source(attribution)


@pytest.mark.parametrize(
    "attribution",
    [
        "the club",
        "its finance director",
        "stewards",
        "city councillors",
        "Mayor Ines Varo",
        "the Harbour Stadium Trust",
        None,
    ],
)
def test_named_or_definite_sources_are_not(attribution):
    assert not anonymous_source(attribution)
