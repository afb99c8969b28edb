"""Session 23: a time of day told with many verbs of one noun ("a tornado touched down at
4:12 p.m." / "the tornado, which hit the town at 4:12pm" / "was first spotted at 4:15
p.m.") is one slot holding every reading, labelled by that noun, never by a class word
no article wrote ("impact"); two moments of one noun that start and end a state stay
apart."""

from __future__ import annotations

import pytest
from figure_fixtures import items_of, story


def _clocks(items: list[dict]) -> list[dict]:
    return [e for e in items if e.get("dimension") == "time of day"]


@pytest.fixture(scope="module")
def tornado():
    return items_of(
        story(
            ("Weather Desk", "2026-05-08T20:00:00+00:00",
             "A tornado touched down near Millbrook at 4:12 p.m. on Friday, the weather "
             "service said."),
            ("Valley News", "2026-05-08T21:00:00+00:00",
             "The tornado, which hit the edge of town at 4.12pm, flattened two barns."),
            ("County Radio", "2026-05-08T22:00:00+00:00",
             "The tornado was first spotted at 4:15 p.m. by a storm chaser on Route 9."),
            ("Farm Weekly", "2026-05-09T08:00:00+00:00",
             "Farmers filmed a tornado tearing across the wheat fields at about 4:40 pm on "
             "Friday."),
        )
    )  # fmt: skip


def test_every_reading_of_one_moment_is_in_one_slot(tornado):
    clocks = _clocks(tornado)
    assert len(clocks) == 1
    assert len({r["article"] for r in clocks[0]["readings"]}) == 4


def test_label_is_the_noun_not_a_class_word(tornado):
    subject = _clocks(tornado)[0]["subject"]
    assert subject == "tornado (time of day)"
    assert "impact" not in subject


def test_close_times_of_two_nouns_stay_apart():
    items = items_of(
        story(
            ("Harbour Log", "2026-07-01T12:00:00+00:00",
             "The night ferry from the mainland docked at 6:05 a.m. after a rough crossing."),
            ("Island Times", "2026-07-01T13:00:00+00:00",
             "A violent squall hit the island's western cliffs at 6:20 a.m., coastguards said."),
        )
    )  # fmt: skip
    assert not any(len(e["readings"]) > 1 for e in _clocks(items))


def test_verbs_that_start_or_end_a_state_are_never_joined_by_their_noun():
    from consilience.reconcile import _aspectual

    assert _aspectual("adjourn") and _aspectual("halt") and _aspectual("start")
    assert not _aspectual("cross") and not _aspectual("spot") and not _aspectual("land")


def test_a_pronoun_or_a_name_is_no_clock_noun():
    from consilience.analyse import analyse
    from consilience.figure_clock_nouns import clock_noun
    from consilience.model import Article

    text = "It landed at 3:10 p.m. Maria Lopez crossed the line at 3:42 p.m."
    art = Article(id="a", source="a.md", text=text, outlet="o", published="2026-01-01", title="")
    doc = next(iter(analyse([art]))).doc
    assert clock_noun(doc.char_span(text.index("3:10"), text.index("3:10") + 9)) is None
    assert clock_noun(doc.char_span(text.index("3:42"), text.index("3:42") + 9)) is None


def test_one_verb_written_by_most_readings_names_the_slot():
    items = items_of(
        story(
            ("Harbour Log", "2026-07-01T12:00:00+00:00",
             "The ferry docked at 6:05 a.m. after a rough crossing."),
            ("Island Times", "2026-07-01T13:00:00+00:00",
             "The ferry docked at 6:30 a.m., its captain said."),
        )
    )  # fmt: skip
    subjects = [e["subject"] for e in _clocks(items)]
    assert subjects == ["dock (time of day)"]
