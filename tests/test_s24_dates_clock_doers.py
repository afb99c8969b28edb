"""A time of day belongs to the thing people acted on (session 24): "We issued the flood
warning at 05:30" gives the warning's time, not the flood's, so it is never compared with
"the flood reached the town at 07:10"; but "We raised the warning at 05:30" / "The warning
was raised at 06:30" still disagree. Sentences written for these tests (a flood, a mine,
a museum), not from the annotated sets.
"""

from __future__ import annotations

import pytest
from test_s23_dates_clock_events import _clock_items, _story

DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We raised the flood warning to red at 05:30, the agency said.",
         "The flood reached the valley town at 07:10."),
        ("Ms Ortiz raised the alarm at 3:05 a.m., colleagues said.",
         "The blaze in the mine's engine house broke out at about 3:40 a.m."),
        ("We raised the storm warning for the pass to amber at 13:10.",
         "Snow started falling on the pass at 15:40."),
        ("They closed the museum's doors at 4 p.m. on Sunday.",
         "The theft at the museum happened at about 5:20 p.m. on Sunday."),
    ],
)  # fmt: skip
def test_people_acting_on_a_thing_time_that_thing(a, b):
    ctx = _story(("One", DAY, a), ("Two", DAY, b))
    assert not any(len(texts) > 1 for texts in _clock_items(ctx))


def test_same_thing_acted_on_still_compared():
    ctx = _story(
        ("One", DAY, "We raised the flood warning to red at 05:30, the agency said."),
        ("Two", DAY, "The flood warning was raised to red at 06:30."),
    )
    assert any(len(texts) > 1 for texts in _clock_items(ctx))


def test_participants_of_doers_and_things(nlp):
    from consilience.clock_events import participants

    text = "We raised the warning to orange at 13:30. It left the road at 6:40."
    doc = nlp(text)
    first = doc.char_span(text.index("13:30"), text.index("13:30") + 5, alignment_mode="expand")
    second = doc.char_span(text.index("6:40"), text.index("6:40") + 4, alignment_mode="expand")
    assert participants(first) == frozenset({"warning"})
    assert participants(second) == frozenset()
