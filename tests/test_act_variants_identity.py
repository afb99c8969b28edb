"""act_readings.act_clash gives one answer for equal readings whatever was asked before
(its cached variants used to hand back an earlier, equal reading, so ``x is a`` failed
on the second story that held the same reading)."""

from __future__ import annotations

from dataclasses import replace

from consilience.act_readings import _variants, act_clash
from consilience.event_states import Reading


def _act(predicate: str, token: int) -> Reading:
    return Reading(
        token=token,
        kind="act",
        predicate=predicate,
        surface=predicate,
        sign=1,
        theme=frozenset(),
        head="",
        mods=frozenset(),
        doer=frozenset({"ferry"}),
        plan=False,
        start="",
        until="",
        change=True,
        doer_head="ferry",
    )


def test_variants_start_with_the_reading_itself():
    a = _act("arrive", 3)
    twin = replace(a)
    _variants(a)
    assert _variants(twin)[0] is twin


def test_two_steps_read_alike_for_equal_readings():
    """ "The ferry arrived" / "the ferry left": two steps of one story, as said, in a
    first story and again in a second story holding equal readings."""
    arrived, left = _act("arrive", 3), _act("leave", 8)
    assert not act_clash(arrived, left, ("", ""))
    assert not act_clash(replace(arrived), replace(left), ("", ""))
