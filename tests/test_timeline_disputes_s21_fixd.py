"""A timeline line that retells a side of a statement conflict in its own words (s21,
tester item 12): "the council was told about the leak in a 2023 survey" is one side, another
article's "The council received a survey in 2023 describing the leak" is a line of its own.
That line gives the disputed act on the date the side gives it, so it is marked disputed;
a line of another act, of another subject, or on a date no side gives stays as it was.
Brief items written for these tests."""

from __future__ import annotations

from consilience.timeline_disputes import mark_statement_disputes

SUBJECT = "the council: tell (stated vs denied)"


def _brief(text: str, written: str) -> dict:
    """A fact conflict (told / denied) and one timeline line in a third article."""
    return {
        "conflicts": [
            {
                "kind": "fact",
                "subject": SUBJECT,
                "readings": [
                    {
                        "text": "the council was told about the leak in a 2023 survey",
                        "predicate": "tell",
                        "citation": {"article": "a", "start": 0, "end": 52},
                    },
                    {
                        "text": "The council denies it was ever told",
                        "predicate": "denied:tell",
                        "citation": {"article": "b", "start": 0, "end": 35},
                    },
                ],
            }
        ],
        "timeline": [
            {
                "date": "2023",
                "text": text,
                "citation": {"article": "c", "start": 100, "end": 100 + len(text)},
                "mentions": [
                    {"text": written, "citation": {"article": "c", "start": 140, "end": 144}}
                ],
            }
        ],
    }


def test_a_line_retelling_the_stated_side_on_its_date_is_disputed():
    brief = _brief("The council was told of the leak in 2023, according to papers", "2023")
    mark_statement_disputes(brief)
    assert brief["timeline"][0]["disputed"] is True
    assert brief["timeline"][0]["disputed_statements"] == [SUBJECT]


def test_a_line_on_a_date_no_side_gives_stays_undisputed():
    brief = _brief("The council was told of the leak in 2021, according to papers", "2021")
    mark_statement_disputes(brief)
    assert not brief["timeline"][0].get("disputed")


def test_a_line_of_another_act_stays_undisputed():
    brief = _brief("The council repaired the leak in 2023", "2023")
    mark_statement_disputes(brief)
    assert not brief["timeline"][0].get("disputed")


def test_a_line_of_another_subject_stays_undisputed():
    brief = _brief("The mayor was told of the leak in 2023", "2023")
    mark_statement_disputes(brief)
    assert not brief["timeline"][0].get("disputed")
