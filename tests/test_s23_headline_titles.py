"""Story titles of session 23 (headline engineer): a title giving a toll a later report has
overtaken is out of date even when its words for the toll are not the update's ("Two dead"
beside an update "workers killed: 2 -> 3"): a headline's elliptic count ("Six hurt",
"40 rescued") counts the people the update counts. Titles and updates written for these
tests about other events."""

from __future__ import annotations

from consilience.story_title import neutral_title, takes_side


def _update(subject: str, old: str, new: str) -> dict:
    return {
        "kind": "quantity",
        "update": True,
        "subject": subject,
        "readings": [
            {"text": old, "latest": False, "unit": ""},
            {"text": new, "latest": True, "unit": ""},
        ],
    }


KILLED = _update("workers killed", "two workers", "three workers")
INJURED = _update("passengers injured", "six passengers", "nine passengers")


def test_an_elliptic_count_of_the_old_toll_is_out_of_date():
    assert takes_side("Two dead as barn roof caves in at Hollin farm", [KILLED])
    assert takes_side("Six hurt in motorway pile-up near Ashby", [INJURED])


def test_the_latest_toll_and_other_counts_are_not():
    assert not takes_side("Three dead after barn roof caves in", [KILLED])
    assert not takes_side("Two barns destroyed as storm hits Hollin", [KILLED])
    assert not takes_side("Six lanes closed after motorway pile-up", [INJURED])


def test_an_update_with_a_unit_is_no_toll():
    rain = {
        "kind": "quantity",
        "update": True,
        "subject": "rain fell",
        "readings": [
            {"text": "two inches", "latest": False, "unit": "in"},
            {"text": "three inches", "latest": True, "unit": "in"},
        ],
    }
    assert not takes_side("Two dead as floods hit valley", [rain])


def test_the_title_is_the_latest_news_title():
    titles = [
        "Two dead as barn roof caves in at Hollin farm",
        "UPDATE 1-Third worker dies after Hollin barn collapse",
    ]
    title = neutral_title(titles, "A barn roof collapsed at Hollin.", [KILLED])
    assert "Third worker dies" in title


def test_a_question_title_comes_after_news_titles_and_the_headline():
    titles = [
        "The ferry is back. For how long?",
        "Island ferry service resumes after a six-week strike",
    ]
    assert neutral_title(titles, "Ferries sailed again.", []) == titles[1]
    only = ["Is the four-day week here to stay?"]
    headline = "Civil servants begin a four-day week."
    assert neutral_title(only, headline, []) == headline


def test_a_question_the_title_answers_is_news():
    titles = ["Extinct? Not quite - flightless rail found on Korro island", "Rail found"]
    assert neutral_title(titles, "A rail was found.", []) == titles[0]
