"""How far a built thing reaches is its length, not the extent of an event (session 30).

"Kestle Pier ... stretches 380 metres out to sea" took the measure "stretch", the extent
class that "a 40m stretch of the pier broke away" (how much of it fell) and "pollution
stretches 15 kilometres downstream" also give, so the pier's whole length and the part
that fell were one slot: a false 40 m vs 380 m conflict (held-out s28). Of a thing whose
first WordNet sense is an artifact, "stretch", "extend" and "run" give its length.

Every text here is written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article
from consilience.noun_branches import first_sense_kind_of
from consilience.quantities import extract_quantities


def _length(make, text: str):
    (q,) = [q for q in extract_quantities(make(text)) if q.dimension == "length"]
    return q


@pytest.mark.parametrize(
    "text",
    [
        "The Harl sea wall extends 900 metres along the bay.",
        "The new Dunmere bypass runs 14 km around the town.",
        "Ostby jetty, which was rebuilt in 1994 and stretches 210 metres into the harbour, "
        "reopened on Monday.",
    ],
)
def test_a_built_thing_stretching_gives_its_length(make, text):
    assert _length(make, text).measure == "length"


@pytest.mark.parametrize(
    "text",
    [
        "Oil from the tanker stretches about 15 kilometres along the shore, the agency said.",
        "The queue for tickets stretched 200 metres down Mill Street.",
        "A 60m stretch of the Harl sea wall collapsed in the storm.",
    ],
)
def test_the_extent_of_an_event_is_no_length(make, text):
    assert _length(make, text).measure != "length"


def test_first_sense_only():
    assert first_sense_kind_of("jetty", "artifact")
    assert not first_sense_kind_of("slick", "artifact")  # a magazine only in a later sense
    assert not first_sense_kind_of("pollution", "artifact")


def test_a_part_that_fell_is_no_reading_of_the_whole_length(bench):
    from consilience.brief import build_brief

    texts = {
        "x": "Ostby jetty, which was rebuilt in 1994 and stretches 210 metres into the "
        "harbour, partly collapsed on Sunday evening, the harbour board said.",
        "y": "A 35m stretch of Ostby jetty collapsed into the harbour on Sunday evening, "
        "the harbour board said.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published="2026-03-02")
        for k, v in texts.items()
    ]
    brief = build_brief(bench.build_context(arts))
    lengths = [c for c in brief["conflicts"] if "210" in str(c["readings"])]
    assert not lengths, lengths
