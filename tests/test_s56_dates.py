"""Session 56: a weekday that modifies a part of the day with a definite or demonstrative
determiner ("on *the* Friday night", "*that* Sunday morning") names a day the story placed,
not the one nearest the publication day: no date. "late on Friday night" keeps its date.
Every text is written for this file."""

from __future__ import annotations

from consilience.model import Article
from consilience.pipeline import context_from_articles


def _dates(text: str, published: str = "2061-06-20") -> list[tuple[str, str]]:
    ctx = context_from_articles(
        [Article(id="d", source="d.txt", text=text, outlet="o", published=published)]
    )
    return [(d.text, d.date) for d in ctx.extractions["d"].dates]


def test_the_weekday_night_of_a_transcript_months_later_is_no_date():
    assert _dates("The pumps we had serviced on the Friday night failed within a day.") == []
    assert _dates("That Sunday morning the ferry ramp jammed again.") == []


def test_a_bare_weekday_night_keeps_its_date():
    assert _dates("The ferry ramp jammed late on Friday night.") == [("Friday", "2061-06-17")]
