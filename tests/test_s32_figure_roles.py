"""Figures (session 32) that were read as the wrong property, or not read at all.

- Pence: "120 pence a share", "a 118p-a-share offer", "closed at 96p" are sterling; the
  price of one share is its own property, never the offer's total; "1080p" is no sum.
- An earlier offer ("an earlier proposal at 95p") is another object's figure.
- A named subject of "runs"/"operates"/"employs" owns the count: two chains' shops.
- "with six kilometres to go" (what remains) is not "at the 36 km mark"; "took 40
  seconds off the record" is no time taken; "two metres lower" is a difference, not a
  level; "Four days after the storm hit, crews are still ..." counts to the day of
  writing; "120 millimetres of rain fell" is an amount that came down, no fall.
- Readings that all agree are no conflict, whatever words of change they hold.

Every text is written for these tests."""

from __future__ import annotations

import pytest

from consilience.model import Article
from consilience.quantities import extract_quantities


def _figures(make, text: str):
    return [(q.text, q.value, q.unit, q.measure, q.qualifier) for q in extract_quantities(make(text))]


def _conflicts(bench, x: str, y: str, kind: str = "quantity", times=("", "")):
    from consilience.brief import build_brief

    arts = [
        Article(id=k, source=f"{k}.txt", text=v, outlet=f"{k}.example", published=p + t)
        for k, v, p, t in (("x", x, "2026-03-02", times[0]), ("y", y, "2026-03-02", times[1]))
    ]
    brief = build_brief(bench.build_context(arts))
    return [c for c in brief["conflicts"] if c["kind"] == kind]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Harwell Foods offered 120 pence a share in cash for the bakery chain.", 1.2),
        ("The board rejected a 118p-a-share offer from Harwell Foods.", 1.18),
    ],
)
def test_pence_a_share_is_a_price_per_share(make, text, value):
    found = [f for f in _figures(make, text) if f[2] == "GBP"]
    assert found and found[0][1] == pytest.approx(value)
    assert found[0][3] == "price per share"


def test_glued_pence_and_video_lines(make):
    assert [f[1] for f in _figures(make, "The shares closed at 96p on Tuesday.")] == [
        pytest.approx(0.96)
    ]
    assert not [f for f in _figures(make, "The match is streamed in 1080p tonight.") if f[2] == "GBP"]


def test_an_earlier_offer_is_another_figure(make):
    text = "An earlier proposal at 95p was turned down in May, people close to the talks said."
    assert [f[4] for f in _figures(make, text) if f[2] == "GBP"] == ["reference"]


def test_share_price_and_total_value_are_two_properties(bench):
    x = "Harwell Foods offered 120 pence a share, valuing the bakery chain at £840 million."
    y = "The board rejected Harwell Foods' 135p-a-share offer, worth £840 million in all."
    conflicts = _conflicts(bench, x, y)
    assert [c["subject"] for c in conflicts] == ["price per share"]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("Crumb & Co, which runs 210 bakeries across the north, rejected the approach.", "Crumb & Co"),
        ("Some background: Harwell Foods, based in Leeds, runs about 900 bakeries.", "Harwell Foods"),
        ("Harwell Foods owns 40 bakeries in three countries.", "Harwell Foods"),
    ],
)
def test_the_named_subject_of_runs_owns_the_count(make, text, owner):
    assert [q.entity for q in extract_quantities(make(text))][:1] == [owner]


def test_two_chains_shops_are_no_conflict(bench):
    x = "Crumb & Co, which runs 210 bakeries across the north, rejected the approach."
    y = "Harwell Foods, based in Leeds, runs about 900 bakeries and wants to grow."
    assert not _conflicts(bench, x, y)


@pytest.mark.parametrize(
    "text, measure",
    [
        ("With about six kilometres to go, she attacked on the last climb.", "to go"),
        ("The Welsh rider took 40 seconds off the course record.", "taken off"),
    ],
)
def test_what_remains_and_what_was_cut(make, text, measure):
    assert [f[3] for f in _figures(make, text) if f[2] in ("m", "s")] == [measure]


def test_a_difference_of_levels_is_an_increment(make):
    text = "Engineers expect the lake to be three metres lower by Monday."
    assert [f[4] for f in _figures(make, text)] == ["increment"]


def test_a_span_counted_to_the_day_of_writing_is_no_reading(make):
    text = "Four days after the storm hit the coast, crews are still clearing the roads."
    assert [f[4] for f in _figures(make, text)] == ["reference"]
    past = "The ferry sank four days after leaving the port."
    assert [f[4] for f in _figures(make, past)] == [None]


@pytest.mark.parametrize(
    "text, fall",
    [
        ("About 120 millimetres of rain fell on the moors in a single night.", False),
        ("Some 30 centimetres of snow dropped on the pass overnight.", False),
        ("The river level fell 2 metres overnight.", True),
    ],
)
def test_rain_that_fell_is_no_fall(make, text, fall):
    from consilience.figure_directions import is_fall

    doc = make(text).doc
    q = extract_quantities(make(text))[0]
    assert is_fall(doc.char_span(q.start, q.end, alignment_mode="expand")) is fall


def test_agreeing_readings_with_so_far_are_no_conflict(bench):
    x = "Walkers raised more than £2 million for the hospice, the organisers said."
    y = "Walkers have so far raised £2.3 million for the hospice."
    assert not _conflicts(bench, x, y, times=("T06:00:00Z", "T15:00:00Z"))


@pytest.mark.parametrize(
    "text",
    [
        "The Welsh rider finished 40 seconds inside the old course record.",
        "She swam 0.3 seconds under the world record in the heats.",
    ],
)
def test_a_span_inside_a_record_is_the_cut(make, text):
    assert [f[3] for f in _figures(make, text) if f[2] == "s"] == ["taken off"]


def test_a_span_given_for_going_is_no_distance_ahead(make):
    text = "The ministry gave the two attaches 48 hours to go."
    assert [f[3] for f in _figures(make, text) if f[2] == "s"] != ["to go"]
