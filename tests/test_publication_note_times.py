"""The publication note of a conflict says only what is known (session 11): "at different
times" only when at least two readings carry different times of day; one timed reading
beside a day-only one of the same day is "published the same day", with each as given."""

from __future__ import annotations

from consilience.model import Quantity
from consilience.reconcile import Reading, _date_note


def _reading(label: str, published: str | None, value: float, order: int) -> Reading:
    q = Quantity(label, 0, 0, f"{value:g} sheep", value, "", "count", noun="sheep")
    return Reading(q, order, published, label, (value, value))


def test_one_timed_and_one_day_only_reading_are_not_said_to_differ_in_time() -> None:
    note = _date_note(
        [_reading("Moor News", "2027-09-14T08:40:00+00:00", 310, 0)],
        [_reading("Dale Weekly", "2027-09-14", 290, 1)],
    )
    assert "different times" not in note
    assert note.startswith(" Published the same day (")
    assert "2027-09-14 08:40" in note and "Dale Weekly: 2027-09-14" in note


def test_two_different_times_of_one_day_are_said_to_differ() -> None:
    note = _date_note(
        [_reading("Moor News", "2027-09-14T08:40:00+00:00", 310, 0)],
        [_reading("Dale Weekly", "2027-09-14T17:05:00+00:00", 290, 1)],
    )
    assert note.startswith(" Published the same day at different times (")


def test_one_time_in_two_zones_is_no_difference() -> None:
    note = _date_note(
        [_reading("Moor News", "2027-09-14T10:00:00+02:00", 310, 0)],
        [_reading("Dale Weekly", "2027-09-14T08:00:00+00:00", 290, 1)],
    )
    assert "different times" not in note


def test_other_days_and_one_date_keep_their_notes() -> None:
    two_days = _date_note(
        [_reading("Moor News", "2027-09-13", 310, 0)],
        [_reading("Dale Weekly", "2027-09-14", 290, 1)],
    )
    assert two_days.startswith(" Publication dates differ (")
    one = _date_note(
        [_reading("Moor News", "2027-09-14", 310, 0)],
        [_reading("Dale Weekly", "2027-09-14", 290, 1)],
    )
    assert one == ""
