"""Story title (session 17, fix d): an update is no conflict, but a title that gives the
figure a later report superseded, beside a word of what was counted, is out of date and
passed over like one that takes a side. Briefs written for these tests (a mine rescue)."""

from __future__ import annotations

from consilience.story_title import neutral_title, takes_side


def _reading(text: str, value: float, latest: bool) -> dict:
    return {"article": "b" if latest else "a", "text": text, "value": value, "latest": latest}


#: an update: four miners freed in the morning, five by the evening
FREED = {
    "kind": "quantity",
    "subject": "miners freed",
    "update": True,
    "readings": [_reading("Four miners", 4.0, False), _reading("five", 5.0, True)],
}


def test_a_title_with_the_superseded_count_takes_a_side():
    assert takes_side("Four freed, one still trapped in Dolna mine", [FREED])
    assert takes_side("Dolna mine: 4 miners brought up", [FREED])


def test_the_latest_count_or_another_figure_takes_none():
    assert not takes_side("Five miners freed at Dolna", [FREED])
    # a figure of the old reading beside no word of what was counted is about something else
    assert not takes_side("Four-day search at Dolna colliery ends", [FREED])


def test_the_title_passes_over_an_out_of_date_title():
    titles = ["Four freed, one still trapped in Dolna mine", "Rescue at Dolna colliery"]
    assert neutral_title(titles, "", [FREED]) == "Rescue at Dolna colliery"
