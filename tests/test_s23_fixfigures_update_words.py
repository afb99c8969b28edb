"""Session 23: the explanation of an update quotes each reading in its article's own words;
a figure written without digits ("almost eighty pounds") keeps its words, its conversion
beside them, never in their place."""

from __future__ import annotations

import pytest
from figure_fixtures import items_of, story


@pytest.fixture(scope="module")
def bell():
    return items_of(
        story(
            ("Wire", "2026-03-02T08:00:00+00:00",
             "Divers lifted the bronze bell, which weighed 31 kilograms, from the harbour floor "
             "on Sunday."),
            ("Gazette", "2026-03-02T15:00:00+00:00",
             "The bronze bell raised from the harbour weighs 36 kilograms, the museum said on "
             "Monday, correcting an earlier figure of 31 kilograms."),
            ("Herald", "2026-03-02T19:00:00+00:00",
             "A bronze bell weighing almost eighty pounds was raised from the harbour on Sunday."),
        )
    )  # fmt: skip


def _update(items: list[dict]) -> dict:
    return next(e for e in items if e.get("update"))


def test_words_of_a_figure_are_quoted_in_the_update(bell):
    text = _update(bell)["explanation"]
    assert "almost eighty pounds = 36.3 kg" in text
    assert "almost 36.3 kg" not in text


def test_a_figure_in_digits_gets_no_conversion(bell):
    text = _update(bell)["explanation"]
    assert "from 31 kilograms (" in text
    assert "36 kilograms /" in text
    assert "36 kilograms =" not in text
