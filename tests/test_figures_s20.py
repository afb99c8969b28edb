"""Session 20 figure kinds, on stories written for these tests: a count that moved between
reports read as an update even when the later reports run into the next morning, a market
move read during the day and again at the close, a live blog read by its latest entry, the
durations of two events kept apart (and never shown on another event's scale), and the
other side of a vote tally read as no change."""

from __future__ import annotations

from figure_fixtures import items_of as _items
from figure_fixtures import story as _story
from figure_fixtures import with_text as _with


def test_a_count_rising_into_the_next_morning_is_an_update():
    """The later group holds a report of 19:20 and one of 06:30 the next day: it stands
    after the 13:05 report (moments compared, not clocks)."""
    ctx = _story(
        ("Alpine Wire", "2026-02-14T13:05:00+00:00", "Two hikers were taken to hospital after the avalanche, police said."),
        ("Valley Radio", "2026-02-14T19:20:00+00:00", "Six hikers were taken to hospital, the rescue service said."),
        ("Morning Post", "2026-02-15T06:30:00+00:00", "Six hikers were taken to hospital on Saturday."),
    )  # fmt: skip
    [entry] = _with(_items(ctx), "Two hikers")
    assert entry["update"] is True, entry["explanation"]
    assert entry["latest"]["value"] == 6


def test_a_close_after_a_morning_move_is_a_later_reading_not_a_rival():
    ctx = _story(
        ("Market Wire", "2026-03-09T08:50:00+00:00", "Shares in Nordlys Energy fell 5.6% in early trade in Bergen."),
        ("Finance Daily", "2026-03-09T16:40:00+00:00", "Nordlys Energy shares closed 3.9% lower in Bergen."),
        ("The Ledger", "2026-03-10T06:00:00+00:00", "Nordlys Energy shares ended the session 3.9% lower."),
    )  # fmt: skip
    [entry] = _with(_items(ctx), "5.6%")
    assert entry["update"] is True, entry["explanation"]
    assert "from 5.6%" in entry["explanation"] and "to 3.9%" in entry["explanation"]


def test_a_figure_dated_at_the_close_is_a_later_reading_of_the_morning_move():
    ctx = _story(
        ("Market Wire", "2026-03-11T09:10:00+00:00", "Shares in Halvor Shipping fell 6.2% in early trading in Oslo."),
        ("Finance Daily", "2026-03-11T17:30:00+00:00", "By the close, Halvor Shipping shares were down 4.4% in Oslo."),
    )  # fmt: skip
    [entry] = _with(_items(ctx), "6.2%")
    assert entry["update"] is True, entry["explanation"]


def test_a_move_ended_with_lower_on_the_day_is_a_share_price(make):
    from consilience.quantities import extract_quantities

    got = extract_quantities(make("The stock ended the day 2.7% lower after the ruling."))
    assert [(q.text, q.measure) for q in got] == [("2.7%", "share price")]


_BLOG = """09:15 - About 300 people have been evacuated from the riverside streets, the fire service says.

11:30 - The rain has eased but the river is still rising.

13:40 - The fire service now says 900 people have been evacuated from the riverside.
"""


def test_a_live_blog_is_read_by_its_latest_entry():
    ctx = _story(
        ("River Live", "2026-04-02T14:00:00+00:00", _BLOG),
        ("County Wire", "2026-04-02T15:10:00+00:00", "Some 900 people have been evacuated from the riverside, the fire service said."),
    )  # fmt: skip
    items = _items(ctx)
    assert not _with(items, "About 300"), items
    [entry] = _with(items, "900 people")
    assert not entry.get("outliers"), entry


def test_durations_of_two_events_are_not_compared():
    ctx = _story(
        ("Choir Wire", "2026-05-20T22:00:00+00:00", "The cathedral reopened on Sunday. The congregation gave the choir an applause that lasted eight minutes."),
        ("City TV", "2026-05-21T08:00:00+00:00", "The cathedral has reopened after a renovation that took six years. The evening ended with a nine-minute applause."),
        ("The Courier", "2026-05-21T09:00:00+00:00", "An applause that went on for eight minutes closed the evening."),
    )  # fmt: skip
    items = _items(ctx)
    assert not _with(items, "six years"), items
    [entry] = _with(items, "eight minutes")
    assert sorted(r["text"] for r in entry["readings"])[:2] == ["eight minutes", "eight minutes"]


def test_a_short_duration_is_never_shown_as_zero_years(make):
    from consilience.quantities import extract_quantities
    from consilience.reconcile import normalized

    [q] = [
        q
        for q in extract_quantities(make("The speech lasted 14 minutes."))
        if q.dimension == "duration"
    ]
    assert normalized(q, (365.25 * 86400.0, "years")) == "14 minutes"


def test_the_other_side_of_a_tally_is_no_change():
    """ "passed by 31 votes to 14" gives a vote's two sides: the 14 is no goal of a change
    ("rose to 14"), so the later report is a disagreement, not an update."""
    ctx = _story(
        ("Town Wire", "2026-06-03T10:00:00+00:00", "The council approved the budget by 31 votes to 12 on Tuesday."),
        ("Town Herald", "2026-06-03T12:00:00+00:00", "The budget passed by 31 votes to 14."),
    )  # fmt: skip
    [entry] = _with(_items(ctx), "14")
    assert entry["update"] is False, entry["explanation"]


def test_civilians_moved_are_displaced_not_deployed(make):
    from consilience.reconcile import slot_key

    moved = _one_count(make, "About 650 villagers have been moved to the sports hall.", "650")
    assert slot_key(moved)[2] == "displaced"
    troops = _one_count(make, "About 650 soldiers have been moved to the border.", "650")
    assert slot_key(troops)[2] == "deployed"


def _one_count(make, text: str, needle: str):
    from consilience.quantities import extract_quantities

    [q] = [q for q in extract_quantities(make(text)) if needle in q.text]
    return q
