"""An act on a stretch of a thing meets a denial of the act on the thing (session 31).

"Organisers neutralised the final 12 kilometres after the crash" and "the race organisers
refused to neutralise the stage" were no dispute (held-out s19): the asserted verb acts on
kilometres, the denied one on the stage, two things. Kilometres, miles, minutes and hours
are units that measure a stretch of what the other clause names (``denied_matter.extent_unit``),
so the two acts are one.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.denied_matter import extent_unit
from consilience.model import Article


@pytest.mark.parametrize("noun", ["kilometre", "mile", "minute", "hour"])
def test_units_of_length_and_time_measure_a_stretch(noun):
    assert extent_unit(noun)


@pytest.mark.parametrize("noun", ["stage", "road", "bridge", "time", "race"])
def test_things_are_no_units(noun):
    assert not extent_unit(noun)


def test_closing_a_stretch_disputes_refusing_to_close_the_road(bench):
    from consilience.brief import build_brief

    texts = {
        "x": "Police closed the last 3 miles of the Dunmore coast road after the landslip on "
        "Sunday.",
        "y": "Police refused to close the Dunmore coast road after the landslip on Sunday, "
        "residents said.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-02-08")
        for k, v in texts.items()
    ]
    brief = build_brief(bench.build_context(arts))
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    assert facts, brief["conflicts"]
