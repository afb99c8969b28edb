"""Session 18 figure kinds, on sentences written for these tests: one surgical act counted
as operations in one report and as procedures (or surgeries) in another is one slot, and a
later figure its report says stands "now" is a new stage (an update), not a rounding match."""

from __future__ import annotations

import pytest
from test_figures_s16 import _entries, _story
from test_figures_s17 import _one


@pytest.mark.parametrize(
    "first, second",
    [
        ("The clinic had to cancel 120 operations on Monday.", "Some 150 procedures were cancelled."),
        ("Doctors postponed 45 surgeries at the clinic.", "Doctors postponed 45 operations there."),
    ],
)  # fmt: skip
def test_operations_procedures_and_surgeries_are_one_count(make, first, second):
    from consilience.reconcile import slot_key

    a = _one(make, first, "45" if "45" in first else "120")
    b = _one(make, second, "150" if "150" in second else "45")
    assert slot_key(a)[1] == slot_key(b)[1] == "operation"


def test_a_later_larger_count_of_procedures_updates_the_operations():
    ctx = _story(
        ("Bay Wire", "2026-03-07T09:00:00", "A power cut forced Elmford General Hospital to cancel 80 operations on Saturday."),
        ("Elmford Echo", "2026-03-07T16:00:00", "Some 95 procedures have now been cancelled at Elmford General Hospital, the trust said."),
    )  # fmt: skip
    items = [(kind, upd) for kind, upd, texts in _entries(ctx) if any("80" in t for t in texts)]
    assert items == [("conflicts", True)], _entries(ctx)


def _operations(later_sentence: str):
    return _story(
        ("Bay Wire", "2026-03-07T09:00:00", "A power cut forced Elmford General Hospital to cancel 340 operations on Saturday."),
        ("Elmford Echo", "2026-03-07T16:00:00", later_sentence),
    )  # fmt: skip


def test_a_later_figure_said_to_stand_now_is_a_new_stage_even_within_rounding():
    ctx = _operations("Some 360 operations have now been cancelled at Elmford General Hospital.")
    items = [(kind, upd) for kind, upd, texts in _entries(ctx) if any("340" in t for t in texts)]
    assert items == [("conflicts", True)], _entries(ctx)


def test_a_later_figure_with_no_word_of_change_still_agrees_within_rounding():
    ctx = _operations("Some 360 operations were cancelled at Elmford General Hospital on Saturday.")
    items = [(kind, upd) for kind, upd, texts in _entries(ctx) if any("340" in t for t in texts)]
    assert items == [("corroborated", False)], _entries(ctx)
