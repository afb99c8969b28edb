"""One lexicon of numbers written in words (number_words.py) read by every stage: quantities,
dates, alignment, story titles and counted-back years. Sentences written for these tests."""

from __future__ import annotations

import pytest

from consilience import align, date_counted_back, dates, quantities, story_title
from consilience.number_words import CARDINALS, ORDINALS, counts


def test_every_stage_reads_the_one_table():
    assert quantities.WORD_NUMBERS is CARDINALS
    assert dates.NUMBER_WORDS == counts(1, 12)
    assert all(
        CARDINALS[w] == n for w, n in date_counted_back._WORDS.items() if w not in ("a", "an")
    )
    assert align._NUMBER_WORDS["seven"] == "7" and align._NUMBER_WORDS["seventh"] == "7th"
    assert {
        "sixty",
        "dozen",
        "half",
    } <= story_title._NUMBER_WORDS and "zero" not in story_title._NUMBER_WORDS


def test_counts_bounds_and_articles():
    assert counts(1, 3) == {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
    assert counts(0, 0, indefinite=False) == {"zero": 0}
    assert len(ORDINALS) == 13 and ORDINALS[12] == "twelfth"


def _span(text: str, words: str):
    from consilience.analyse import load_nlp

    doc = load_nlp()(text)
    k = text.index(words)
    return doc.char_span(k, k + len(words), alignment_mode="expand")


@pytest.mark.parametrize(
    ("text", "words", "years"),
    [
        (
            "The ferry made its first winter crossing in sixteen years on Monday.",
            "sixteen years",
            16,
        ),
        ("It is the club's first league title in seventy years.", "seventy years", 70),
        (
            "The orchestra played its first concert in the hall in thirteen years.",
            "thirteen years",
            13,
        ),
    ],
)
def test_counted_back_reads_every_cardinal(text, words, years):
    """Before the one table, "sixteen", "seventy" and "thirteen" were not in the counted-back
    reader's own list, so these counts were lost."""
    assert date_counted_back.counted_years(_span(text, words)) == years
