"""Dates of session 54, tested on sentences written for these tests (none is a sentence of
a held-out set):

- a weekday with an ordinal day and no month ("on Friday the tenth", "Thursday the 3rd",
  the ordinal inside or right after the tagger's date) is the date nearest the report on
  which that day of the month is that weekday, back for a past act.
"""

from __future__ import annotations

from consilience.model import Article


def _dates(text: str, published: str) -> list[tuple[str, str, str]]:
    """(text, ISO date, precision) of every date mention of ``text`` as one article."""
    from consilience.analyse import analyse
    from consilience.dates import extract_dates

    (analysis,) = analyse([Article(id="a", source="a.txt", text=text, published=published)])
    return [(m.text, m.date, m.precision) for m in extract_dates(analysis)]


def test_a_weekday_with_an_ordinal_word_day():
    found = _dates(
        "The ferry company cancelled the crossing to Arnholm on Friday the tenth, she said.",
        "2053-10-24",
    )
    assert ("Friday the tenth", "2053-10-10", "day") in found, found


def test_a_weekday_with_an_ordinal_in_digits_and_a_to_verb():
    found = _dates(
        "Parents were told to collect their children early on Thursday the 2nd.",
        "2053-10-20",
    )
    assert any(d == "2053-10-02" and p == "day" for _, d, p in found), found


def test_guard_a_bare_weekday_is_unchanged():
    found = _dates("The ferry company cancelled the crossing on Friday, she said.", "2053-10-24")
    assert any(d == "2053-10-24" and t == "Friday" for t, d, _ in found), found


def test_guard_an_ordinal_that_is_no_day_after_a_weekday():
    found = _dates("It happened on Friday, the first time in a decade.", "2053-10-24")
    assert any(d == "2053-10-24" and t == "Friday" for t, d, _ in found), found
