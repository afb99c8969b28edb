"""Session 17 figure kinds, on sentences written for these tests: a sign before a
temperature, a hyphenated energy unit, a round sum with a glued scale, "over" as a
preposition of time, a count of things no one can send, the display keeping a measure's
precision, betting odds, positions on a course (named or left out)."""

from __future__ import annotations

import pytest
from test_figures_s16 import _entries, _story


def _figs(make, text: str):
    from consilience.quantities import extract_quantities

    return extract_quantities(make(text))


def _one(make, text: str, needle: str):
    found = [q for q in _figs(make, text) if needle in q.text]
    assert len(found) == 1, [(q.text, q.value) for q in _figs(make, text)]
    return found[0]


@pytest.mark.parametrize(
    "text, needle, celsius",
    [
        ("The vaccine must be kept at minus 70 degrees Celsius in transit.", "70", -70.0),
        ("Overnight the gauge read -18 degrees Celsius at the summit hut.", "18", -18.0),
        ("Ice cream is stored at 4 degrees Celsius, the depot said.", "4", 4.0),
    ],
)
def test_a_sign_before_a_temperature_is_kept(make, text, needle, celsius):
    q = _one(make, text, needle)
    assert q.dimension == "temperature"
    assert abs(q.value - (celsius + 273.15)) < 1e-6
    assert q.low <= q.value <= q.high


def test_above_a_negative_temperature_bounds_it_from_below(make):
    q = _one(make, "On the ridge the air seldom rises above minus 25 degrees Celsius.", "25")
    assert abs(q.low - (273.15 - 25)) < 1e-6 and q.high > q.low


@pytest.mark.parametrize(
    "text",
    [
        "The store will hold 12 megawatt-hours of power for the grid.",
        "A 12 megawatt-hour battery was switched on in Fenmoor.",
    ],
)
def test_a_hyphenated_energy_unit_is_energy_not_power(make, text):
    q = _one(make, text, "12")
    assert q.dimension == "energy" and q.unit == "J"
    assert abs(q.value - 12 * 3.6e9) < 1.0


@pytest.mark.parametrize("text", ["The council spent €7bn on the tramline.",
                                  "The council spent €7 bn on the tramline."])  # fmt: skip
def test_a_round_sum_with_a_glued_scale_is_good_to_a_few_percent(make, text):
    q = _one(make, text, "7")
    assert q.high - q.value <= 0.05 * q.value  # 7bn never absorbs 7.6bn


def test_a_round_sum_disputes_a_precise_one_of_another_report():
    ctx = _story(
        ("Tram Wire", "2026-05-02T09:00:00", "Fenmoor council will spend €7.6 billion on its tramline."),
        ("City Radio", "2026-05-02T10:00:00", "Fenmoor council will spend €7bn on its tramline."),
    )  # fmt: skip
    sections = [(kind, texts) for kind, _, texts in _entries(ctx) if any("7" in t for t in texts)]
    assert sections and sections[0][0] == "conflicts", sections


def test_over_as_a_preposition_of_time_is_no_lower_bound(make):
    q = _one(make, "The crew dug the tunnel over six dry winters.", "six")
    assert q.qualifier is None and q.high < 7


def test_over_before_a_number_stays_a_lower_bound(make):
    q = _one(make, "Over 300 volunteers joined the search.", "300")
    assert q.qualifier and q.qualifier.lower() == "over"


def test_a_count_of_things_no_one_can_send_is_no_deployment(make):
    from consilience.reconcile import slot_key

    jobs = _one(make, "The depot is bringing 1,800 jobs to Harwick.", "1,800")
    assert slot_key(jobs)[2] is None
    troops = _one(make, "The ministry is sending 1,800 troops to Harwick.", "1,800")
    assert slot_key(troops)[2] == "deployed"


def test_the_display_keeps_the_precision_that_separates_readings():
    from consilience.model import Quantity
    from consilience.reconcile import normalized

    def metres(v: float) -> Quantity:
        return Quantity(article="a", start=0, end=1, text="x", value=v, unit="m",
                        dimension="length", low=v - 0.5, high=v + 0.5)  # fmt: skip

    assert normalized(metres(4312)) != normalized(metres(4270))
    assert normalized(metres(4312)) == "4.312 km"


@pytest.mark.parametrize(
    "text, value, owner",
    [
        ("Midnight Ferry, a 33-1 outsider, won the Downland Cup.", 33.0, "Midnight Ferry"),
        ("The 9/2 favourite Blue Orchard finished fourth.", 4.5, "Blue Orchard"),
        ("Midnight Ferry won the Downland Cup at 33-1.", 33.0, "Midnight Ferry"),
        ("Punters had backed Blue Orchard at odds of 7-4.", 1.75, None),
    ],
)
def test_betting_odds_are_ratios_of_their_runner(make, text, value, owner):
    odds = [q for q in _figs(make, text) if q.dimension == "odds"]
    assert len(odds) == 1 and odds[0].value == value
    if owner:
        assert odds[0].entity == owner


@pytest.mark.parametrize("text", ["Rovers won 3-1 at home.", "The score was 2-0 at half-time.",
                                  "Judges split 5-4 on the ruling."])  # fmt: skip
def test_scores_and_votes_are_not_odds(make, text):
    assert not [q for q in _figs(make, text) if q.dimension == "odds"]


def test_odds_given_differently_are_a_conflict():
    ctx = _story(
        ("Turf Wire", "2026-04-11T18:00:00", "Midnight Ferry, a 33-1 outsider, won the Downland Cup."),
        ("Race Blog", "2026-04-11T18:05:00", "Midnight Ferry, a 25-1 shot, won the Downland Cup."),
    )  # fmt: skip
    found = [(k, t) for k, _, t in _entries(ctx) if {"33-1", "25-1"} <= t]
    assert found and found[0][0] == "conflicts"


@pytest.mark.parametrize(
    "text, value, noun",
    [
        ("The mare refused at the 9th hurdle.", 9.0, "hurdle"),
        ("Blue Orchard was pulled up at the 14th.", 14.0, ""),
    ],
)
def test_positions_on_a_course_are_ordinals(make, text, value, noun):
    pos = [q for q in _figs(make, text) if q.dimension == "ordinal"]
    assert len(pos) == 1 and pos[0].value == value and pos[0].unit == noun


@pytest.mark.parametrize("text", ["The hearing is set for the 14th.", "It is the 19th century."])
def test_days_and_centuries_are_no_positions(make, text):
    assert not [q for q in _figs(make, text) if q.dimension == "ordinal"]


def test_a_position_with_its_noun_left_out_joins_the_named_one_of_its_runner():
    ctx = _story(
        ("Turf Wire", "2026-04-11T18:00:00",
         "The favourite, Blue Orchard, fell at the 17th fence. Its rider was unhurt."),
        ("Race Blog", "2026-04-11T18:05:00", "Blue Orchard unseated its rider at the 19th."),
    )  # fmt: skip
    found = [(k, t) for k, _, t in _entries(ctx) if any("17th" in x for x in t)]
    assert found and found[0][0] == "conflicts" and any("19th" in x for x in found[0][1])


def test_a_correction_note_states_its_corrected_figure(make):
    text = "Correction: the organisers now say 212 boats finished, not 210 as posted earlier."
    boats = [q for q in _figs(make, text) if q.noun == "boat"]
    assert [q.value for q in boats] == [212.0]


def test_a_temperature_a_thing_is_kept_at_is_not_the_airs():
    ctx = _story(
        ("Lab Wire", "2026-02-03T09:00:00",
         "The blood samples will be stored at minus 80 degrees Celsius in Arnholt."),
        ("Polar Desk", "2026-02-03T11:00:00",
         "Outside, winter temperatures seldom rise above minus 35 degrees Celsius. "
         "The blood samples will be stored at minus 80 degrees Celsius."),
    )  # fmt: skip
    assert not [e for e in _entries(ctx) if e[0] == "conflicts"], _entries(ctx)


def test_a_reported_temperature_stays_one_property():
    ctx = _story(
        ("Weather Wire", "2026-07-14T15:00:00", "Temperatures in Ostvale hit 39.2 degrees Celsius."),
        ("City Radio", "2026-07-14T16:00:00", "Temperatures in Ostvale reached 39.9 degrees Celsius."),
    )  # fmt: skip
    assert [e[0] for e in _entries(ctx)] == ["conflicts"]


@pytest.mark.parametrize(
    "text, start",
    [
        ("The orbit period lengthened from 26,000 years to 41,000 years.", "26,000"),
        ("Its membership grew from 2,400 to 3,100 people.", "2,400"),
        ("The study found a shift from a 12-hour to a 16-hour cycle.", "12"),
    ],
)
def test_the_start_of_a_change_is_no_reading_of_the_figure(make, text, start):
    from consilience.reconcile import slot_key

    figs = _figs(make, text)
    assert figs and all(slot_key(q) is None for q in figs if q.text.startswith(start))
    assert not [q for q in figs if q.qualifier == "range"]


def test_a_range_after_from_stays_a_range(make):
    q = _one(make, "Seats cost from 30 to 45 pounds each.", "30")
    assert q.qualifier == "range" and q.high > 45


def test_a_count_of_arrests_is_a_count_of_people_arrested(make):
    from consilience.reconcile import slot_key

    made = _one(make, "Officers at the stadium made nine arrests on Friday.", "nine")
    held = _one(make, "Nine people were arrested at the stadium on Friday.", "Nine")
    assert slot_key(made) == slot_key(held) == ("count", "person", "arrested", None)


def _count(aid: str, value: float):
    from consilience.model import Quantity

    return Quantity(article=aid, start=0, end=2, text=str(value), value=value, unit="",
                    dimension="count", low=value - 0.5, high=value + 0.5, noun="yacht")  # fmt: skip


def _overlaps(a, b) -> bool:
    return a.low < b.high and b.low < a.high


def test_a_part_leaves_the_slot_where_another_report_gives_its_whole():
    from consilience.figure_parts import PART, WHOLE, split_parts_from_wholes

    told, part, whole = _count("a", 42), _count("b", 19), _count("b", 42)
    groups = {("count", "yacht", None, None): [told, part],
              ("count", "yacht", WHOLE, None): [whole]}  # fmt: skip
    split_parts_from_wholes(groups, _overlaps)
    assert groups[("count", "yacht", None, None)] == [told]
    assert groups[("count", "yacht", PART, None)] == [part]


def test_a_part_stays_when_no_other_report_gives_its_whole():
    from consilience.figure_parts import WHOLE, split_parts_from_wholes

    other, part, whole = _count("a", 23), _count("b", 19), _count("b", 42)
    groups = {("count", "yacht", None, None): [other, part],
              ("count", "yacht", WHOLE, None): [whole]}  # fmt: skip
    split_parts_from_wholes(groups, _overlaps)
    assert groups[("count", "yacht", None, None)] == [other, part]
