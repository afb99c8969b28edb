"""False and missed readings of one kind each, found on heldout_s38 (session 42) and tested
here on sentences written for these tests (none is a sentence of a held-out set).

Figures:
- "was the club's secretary for nine years" and "I have been its president for six years"
  are the times two people held two roles, never one reading;
- a total told as the total so far ("So far we have repaid 1,240 fares") and a higher total
  published later are one count moving on (an update), not a dispute;
- "a new six-month expiry date" and "within 14 days of the date" measure no property;
- a clock time that dates another figure ("As of 6pm yesterday, 71 walkers had been
  checked") or stands in an instruction ("Ring the helpline 9am to 5pm") is no time of the
  story's events ("Call the helpline 9am to 5pm").

Dates:
- "Following a ceiling collapse overnight, school is closed today" dates the closure, not
  the collapse.

Found on heldout_s39 (read after its first run):
- a cost every earlier report gives as an estimate ("would cost about £300,000", "an
  estimated cost of £420,000") and a later contract of £510,000 are one cost revised (an
  update), not a dispute;
- "have been shut for two weeks" is the length so far of a state still going on: a later
  report's "were shut for five weeks" moves it on.

Guards (pass on the starting code too): one role's two lengths dispute each other; a
later, lower "so far" total still disputes an earlier one; two times of one event told
plainly dispute each other; two estimates of one day, or of days a day apart, dispute.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, dated_conflicts


def _conflicts(bench, kind: str, *texts: str) -> list[dict]:
    return conflicts_of(bench, kind, *texts, published="2031-06-10")


def _dated(bench, *pairs: tuple[str, str]) -> list[dict]:
    return dated_conflicts(bench, *pairs)


def _of(conflicts: list[dict], *texts: str) -> list[dict]:
    return [c for c in conflicts if {r["text"] for r in c["readings"]} & set(texts)]


def test_two_roles_held_for_two_lengths_are_no_dispute(bench):
    found = _conflicts(
        bench,
        "quantity",
        "For nine years you were the rowing club's secretary, and you were trusted.",
        "I'm Idris Vane, and I have been the rowing club's president for six years.",
    )
    assert not _of(found, "nine years", "six years")


def test_guard_one_role_two_lengths_dispute(bench):
    found = _conflicts(
        bench,
        "quantity",
        "Marta Quill was the rowing club's secretary for nine years before she resigned.",
        "Marta Quill, who was the rowing club's secretary for six years, resigned on Monday.",
    )
    assert _of(found, "nine years", "six years")


def test_total_so_far_then_a_higher_total_is_an_update(bench):
    found = _dated(
        bench,
        (
            "2031-06-02T09:00:00+00:00",
            "The ferry was cancelled. So far we have repaid 1,240 fares.",
        ),
        ("2031-06-20T09:00:00+00:00", "After the cancellation, 2,905 fares have been repaid."),
    )
    fares = _of(found, "1,240 fares", "2,905 fares")
    assert fares and all(c.get("update") for c in fares)


def test_guard_lower_total_after_so_far_disputes(bench):
    found = _dated(
        bench,
        (
            "2031-06-02T09:00:00+00:00",
            "The ferry was cancelled. So far we have repaid 2,905 fares.",
        ),
        ("2031-06-20T09:00:00+00:00", "After the cancellation, 1,240 fares have been repaid."),
    )
    fares = _of(found, "1,240 fares", "2,905 fares")
    assert fares and not any(c.get("update") for c in fares)


def test_duration_of_a_date_is_no_reading(bench):
    found = _conflicts(
        bench,
        "quantity",
        "Gift vouchers for the cancelled games will be reissued with a new six-month expiry date.",
        "The club may appeal against this notice to a tribunal within 14 days of the date it "
        "was issued.",
    )
    assert not _of(found, "six-month", "within 14 days")


def test_as_of_and_instructed_clock_times_are_no_readings(bench):
    found = _conflicts(
        bench,
        "quantity",
        "As of 6pm yesterday, 71 walkers had called the helpline after the fog.",
        "Walkers who were on the hill may call the helpline. Call the helpline 9am to 5pm, "
        "Monday to Friday.",
    )
    assert not _of(found, "6pm", "9am", "5pm")


def test_guard_two_clock_times_of_one_event_dispute(bench):
    found = _conflicts(
        bench,
        "quantity",
        "The mountain rescue team was called at 6pm after the fog came down.",
        "The mountain rescue team was called at 9pm after the fog came down.",
    )
    assert _of(found, "6pm", "9pm")


def test_event_after_following_is_not_the_dated_act(bench):
    found = _dated(
        bench,
        (
            "2031-03-17T07:00:00+00:00",
            "Following a partial ceiling collapse in the sports hall overnight, school is "
            "CLOSED to all students today. Nobody was in the building.",
        ),
        (
            "2031-03-25T07:00:00+00:00",
            "On the night of Sunday 16 March 2031 part of the ceiling of the sports hall "
            "collapsed. No one was injured.",
        ),
    )
    assert not [c for c in found if c["kind"] == "date"]


def test_revised_estimates_of_a_cost_are_an_update(bench):
    found = _dated(
        bench,
        (
            "2031-03-02T09:00:00+00:00",
            "The housing manager said replacing the boilers would cost about £300,000.",
        ),
        (
            "2031-06-20T09:00:00+00:00",
            "The landlord will replace the boilers at an estimated cost of £420,000.",
        ),
        (
            "2031-09-15T09:00:00+00:00",
            "The landlord has awarded a £510,000 contract to replace the boilers.",
        ),
    )
    costs = _of(found, "about £300,000", "£420,000", "£510,000")
    assert costs and all(c.get("update") for c in costs)


def test_guard_two_estimates_of_one_day_dispute(bench):
    found = _conflicts(
        bench,
        "quantity",
        "The housing manager said replacing the boilers would cost about £300,000.",
        "The landlord says replacing the boilers would cost about £520,000.",
    )
    assert _of(found, "about £300,000", "about £520,000")


def test_length_so_far_then_a_longer_one_is_an_update(bench):
    found = _dated(
        bench,
        ("2031-03-02T09:00:00+00:00", "The footbridge at Hale Quay has been shut for two weeks."),
        (
            "2031-05-20T09:00:00+00:00",
            "The footbridge at Hale Quay was shut for five weeks in early 2031.",
        ),
    )
    spans = _of(found, "two weeks", "five weeks")
    assert spans and all(c.get("update") for c in spans)


def test_guard_rival_estimates_days_apart_dispute(bench):
    found = _dated(
        bench,
        (
            "2031-03-02T09:00:00+00:00",
            "The tenants' union estimates each household is owed roughly £4,000.",
        ),
        (
            "2031-03-03T09:00:00+00:00",
            "Each household is owed about £14,000, the tenants' union estimates.",
        ),
    )
    owed = _of(found, "roughly £4,000", "about £14,000")
    assert owed and not any(c.get("update") for c in owed)
