"""Date conflicts missed on the held-out set heldout_s53 (session 53), each tested on
sentences written for these tests (none is a sentence of a held-out set):

- a day written as an ordinal word ("the ninth of October", "the twenty-first of May"),
  as transcripts and letters write it, is that day, not its month;
- a count of the subject after a fronted date ("On the night of Tuesday 9 October three
  foxes got in") is no part of the date the tagger takes it into;
- a night dated twice ("on the night of 9 October" / "on the night of 8 October") is one
  night, whatever act each writer tells of it: the act named on both sides ("the raid took
  place" / "broke in and raided the coop") or clauses alike.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of

from consilience.model import Article

DAY = "2046-10-14"


def _dates(text: str, published: str = DAY) -> list[tuple[str, str, str]]:
    """(text, ISO date, precision) of every date mention of ``text`` as one article."""
    from consilience.analyse import analyse
    from consilience.dates import extract_dates

    (analysis,) = analyse([Article(id="a", source="a.txt", text=text, published=published)])
    return [(m.text, m.date, m.precision) for m in extract_dates(analysis)]


def _values(found: list[dict]) -> set[str]:
    return {r["value"] for c in found for r in c["readings"]}


def test_an_ordinal_word_day_is_a_day():
    found = _dates("The chair said the flooding began on the ninth of October, after the storm.")
    assert ("2046-10-09", "day") in {(d, p) for _, d, p in found}


def test_a_compound_ordinal_word_day_with_a_year():
    found = _dates("The bakery has been shut since the twenty-first of May 2046, said its owner.")
    assert any(d == "2046-05-21" and p == "day" for _, d, p in found), found


def test_guard_an_ordinal_that_is_no_day_stays_as_it_was():
    from consilience.date_ordinals import numeric_ordinals

    assert numeric_ordinals("the fourth time in April") == "the fourth time in April"
    assert numeric_ordinals("the eleventh of March") == "the 11th of March"
    assert numeric_ordinals("June the second") == "June 2nd"


def test_a_count_after_a_fronted_date_is_no_part_of_it():
    found = _dates(
        "On the night of Tuesday 9 October three foxes got into the coop at Marl Farm.", DAY
    )
    assert ("Tuesday 9 October", "2046-10-09", "day") in found


def test_guard_a_year_after_a_month_stays_in_the_date():
    found = _dates("The pier reopened on 2 March 2041 after repairs.", DAY)
    assert ("2 March 2041", "2041-03-02", "day") in found


_RAID = (
    "Foxes raid hen houses at Marl Farm. On the night of Tuesday 9 October three foxes got "
    "into the coop at Marl Farm, Ebbington, and raided the laying hens, the farmer said. "
    "She found forty birds dead in the morning.",
    "Poultry loss claim. We understand that the raid took place on the night of 8 October "
    "2046 at Marl Farm, Ebbington. The claim covers forty laying hens.",
)


def test_a_night_dated_twice_by_other_acts_is_a_date_conflict(bench):
    found = conflicts_of(bench, "date", *_RAID, published=DAY)
    assert _values(found) >= {"2046-10-09", "2046-10-08"}, found


_TRAWL = (
    "A trawler fished inside the closed bay off Sennick on the night of Saturday 6 October, "
    "a diver's log shows, and the seabed is scarred.",
    "On the night of 13 October, the trawler Silver Dawn spent five hours dragging its nets "
    "through the closed bay off Sennick, the agency said.",
)


def test_a_night_told_by_alike_clauses_is_a_date_conflict(bench):
    found = conflicts_of(bench, "date", *_TRAWL, published=DAY)
    assert _values(found) >= {"2046-10-06", "2046-10-13"}, found


def test_guard_two_nights_of_other_acts_are_no_conflict(bench):
    texts = (
        "On the night of 6 October the village hall hosted a quiz for the school roof fund.",
        "Thieves stole lead from the church roof in Sennick on the night of 9 October, "
        "police said.",
    )
    assert conflicts_of(bench, "date", *texts, published=DAY) == []


def test_guard_nights_far_apart_are_no_conflict(bench):
    texts = (_TRAWL[0].replace("Saturday 6 October", "Thursday 2 August"), _TRAWL[1])
    assert conflicts_of(bench, "date", *texts, published=DAY) == []
