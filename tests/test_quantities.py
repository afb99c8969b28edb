"""Figure extraction: qualifiers, units, words-as-numbers, ranges, money, percentages, counts
with their nouns, what a figure measures and whose it is, and what is not a figure."""

from __future__ import annotations

import dataclasses
import math

import pytest

from consilience.model import Analysis, Article, Quantity, from_json
from consilience.quantities import comparison_interval, extract_quantities


@pytest.fixture(scope="session")
def figs(nlp):
    def run(text: str) -> list[Quantity]:
        return extract_quantities(Analysis(Article("a", "a.txt", text), nlp(text)))

    return run


def one(figs, text: str) -> Quantity:
    found = figs(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def close(a: float | None, b: float, rel: float = 1e-6) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    "text, value, unit, dimension",
    [
        ("The missile flew 190 miles before it fell.", 305775.36, "m", "length"),
        ("The convoy stopped 300 kilometres from the border.", 300000.0, "m", "length"),
        ("The wall is 43 metres high.", 43.0, "m", "length"),
        ("The dam is 140 feet tall.", 42.672, "m", "length"),
        ("More than four inches of rain fell.", 0.1016, "m", "length"),
        ("The ship weighs 12,000 tonnes.", 1.2e7, "kg", "mass"),
        ("The parcel weighed 5 kilograms.", 5.0, "kg", "mass"),
        ("Firefighters fought the blaze for six hours.", 21600.0, "s", "duration"),
        ("The sirens sounded 40 minutes before the breach.", 2400.0, "s", "duration"),
        ("The car was travelling at 60 mph.", 26.8224, "m/s", "speed"),
        ("The ship was moving at roughly 26 km/h.", 7.2222222, "m/s", "speed"),
        ("The ferry was making 14 knots.", 7.2022222, "m/s", "speed"),
        ("The fire burned 30 square kilometres of forest.", 3.0e7, "m²", "area"),
        ("The fire burned 200 hectares of forest.", 2.0e6, "m²", "area"),
        ("The tank held 500 litres of fuel.", 0.5, "m³", "volume"),
        ("The reservoir stood at 97 percent of capacity.", 97.0, "%", "percentage"),
        ("Turnout rose to 64%.", 64.0, "%", "percentage"),
    ],
)
def test_units_are_normalised_to_si(figs, text, value, unit, dimension):
    q = one(figs, text)
    assert close(q.value, value, 1e-5), (q.text, q.value)
    assert q.unit == unit
    assert q.dimension == dimension
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("The state set aside $4.5m for repairs.", 4.5e6, "USD"),
        ("The state has set aside 4.5 million dollars for repairs.", 4.5e6, "USD"),
        ("Repairs cost $2.1 million last year.", 2.1e6, "USD"),
        ("The damage is put at €2.3 million.", 2.3e6, "EUR"),
        ("The insurer expects a loss of roughly 2.3 million euros.", 2.3e6, "EUR"),
        ("The project will cost £3bn.", 3e9, "GBP"),
        ("The fine was US$40 million.", 4e7, "USD"),
    ],
)
def test_money_keeps_its_currency(figs, text, value, currency):
    q = one(figs, text)
    assert q.dimension == "money"
    assert q.unit == currency  # never converted between currencies
    assert close(q.value, value)


def test_pounds_are_mass_unless_money_is_meant(figs):
    q = one(figs, "The ship, which weighs about 26.5 million pounds, sank.")
    assert q.dimension == "mass" and close(q.value, 26.5e6 * 0.45359237)
    q = one(figs, "The club paid 40 million pounds for the striker.")
    assert q.dimension == "money" and q.unit == "GBP"


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ten soldiers were wounded.", 10),
        ("Two dozen drones were launched.", 24),
        ("A dozen tanks were destroyed.", 12),
        ("1.2 million people were displaced.", 1.2e6),
        ("The army sent 10,000 troops.", 10000),
        ("Twenty-five people were rescued.", 25),
        ("One hundred and twenty boats joined the search.", 120),
        ("Half a million people fled.", 5e5),
        ("Eleven people were being treated for injuries.", 11),
    ],
)
def test_words_as_numbers(figs, text, value):
    q = one(figs, text)
    assert q.dimension == "count"
    assert close(q.value, value), (q.text, q.value)


# --------------------------------------------------------------------------- qualifiers


@pytest.mark.parametrize(
    "text, low, high, qualifier",
    [
        # bare: rounding of the last significant digit (two significant figures at least)
        ("The missiles have a range of 300 km.", 292.5e3, 307.5e3, None),
        ("The missiles have a range of 190 miles.", 185 * 1609.344, 195 * 1609.344, None),
        # about / approximately / roughly / some / around / close to: +-max(rounding, 10%)
        (
            "The missiles can strike targets approximately 190 miles away.",
            180.5 * 1609.344,  # two significant digits: 5 %, not a round figure's 10 %
            199.5 * 1609.344,
            "approximately",
        ),
        ("HIMARS provide only about 50 miles of range.", 45 * 1609.344, 55 * 1609.344, "about"),
        ("Roughly 300 homes were flooded.", 270, 330, "roughly"),
        ("Some 10,000 elite troops were deployed.", 9000, 11000, "some"),
        ("Around 80 percent of the deck was destroyed.", 72, 88, "around"),
        ("The stretch was put at close to 12 miles.", 11.4 * 1609.344, 12.6 * 1609.344, "close to"),
        # nearly / almost: just under
        ("The reservoir is nearly 4 miles long.", 3.5 * 1609.344, 4 * 1609.344, "nearly"),
        ("Almost 500 people were evacuated.", 450, 500, "almost"),
        # up to / as many as: a maximum
        ("The missiles have a range of up to 300 kilometers.", 0, 307.5e3, "up to"),
        ("As many as 500 people were evacuated.", 0, 512.5, "as many as"),
        # more than / over / at least: [X, 1.25 X] (quantities.MIN_BOUND_REACH)
        ("More than 10,000 troops were deployed.", 10000, 12500, "more than"),
        ("Over 1,200 evacuees were sheltered.", 1200, 1500, "over"),
        ("At least 200 people were evacuated.", 200, 250, "at least"),
        # fewer than / less than / under
        ("Fewer than 20 people were evacuated.", 0, 20, "fewer than"),
        ("Everyone was in the boats in under two hours.", 0, 7200, "under"),
        ("The sirens gave less than an hour of warning.", 0, 3600, "less than"),
    ],
)
def test_qualifier_intervals(figs, text, low, high, qualifier):
    q = one(figs, text)
    assert close(q.low, low, 1e-4) and close(q.high, high, 1e-4), (q.text, q.low, q.high)
    assert (q.qualifier or None) == qualifier
    assert text[q.start : q.end].lower().startswith(qualifier or q.text[:1].lower())


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("The storm left between 3 and 5 km of road under water.", 2500, 5500),
        ("The queue stretched 3 to 5 km.", 2500, 5500),
        ("Officials said 12-15 miles of coast were affected.", 11.5 * 1609.344, 15.5 * 1609.344),
        ("Between 4.5 and 5 million people were displaced.", 4.45e6, 5.125e6),
    ],
)
def test_ranges(figs, text, low, high):
    q = one(figs, text)
    assert q.qualifier in ("range", "between")
    assert close(q.low, low, 1e-4) and close(q.high, high, 1e-4), (q.text, q.low, q.high)


@pytest.mark.parametrize(
    "text, low, high, qualifier",
    [
        ("Thousands of North Korean soldiers were sent to Russia.", 2000, 9999, "thousands of"),
        ("Dozens of tanks were destroyed.", 24, 119, "dozens of"),
        ("Hundreds of people gathered.", 200, 999, "hundreds of"),
        ("Tens of thousands of people fled.", 20000, 99999, "tens of thousands of"),
    ],
)
def test_vague_amounts(figs, text, low, high, qualifier):
    """A plural scale word spans two to fewer than ten of its unit: hundreds = [200, 999]."""
    q = one(figs, text)
    assert q.qualifier == qualifier
    assert (q.low, q.high) == (low, high)


def test_up_to_is_compared_as_a_maximum(figs):
    q = one(figs, "ATACMS missiles, which have a range of up to 300 kilometers, were approved.")
    assert q.low == 0.0
    lo, hi = comparison_interval(q)
    assert close(lo, 292.5e3) and close(hi, 307.5e3)


# --------------------------------------------------------------------------- counts


def test_counts_keep_their_noun_and_owner(figs):
    q = one(
        figs, "The U.S. believes more than 10,000 North Korean troops have been deployed to Russia."
    )
    assert q.dimension == "count" and q.unit == ""
    assert q.noun == "troop"
    assert q.entity == "North Korean"
    assert q.measure == "deploy"
    assert q.text == "more than 10,000 North Korean troops"
    q = one(
        figs,
        "The introduction of over 10,000 North Korean soldiers has stretched Ukrainian forces.",
    )
    assert q.noun == "soldier" and q.entity == "North Korean"


def test_counts_with_events(figs):
    found = figs("Two people were killed and five others were taken to hospital.")
    assert [(q.value, q.noun, q.measure) for q in found] == [
        (2.0, "person", "kill"),
        (5.0, "person", "hospitalise"),
    ]
    q = one(figs, "The death toll from the collapse rose to four on Monday.")
    assert q.value == 4 and q.measure == "death toll"


def test_increments_are_marked(figs):
    q = one(figs, "Rescuers found two more bodies on Monday.")
    assert q.qualifier == "increment"


# --------------------------------------------------------------------------- property, owner


def test_property_and_owner_from_the_parse(figs):
    text = (
        "The decision to allow Ukraine to deploy Army Tactical Missile Systems (ATACMS), which "
        "have a range of up to 190 miles, represents a major change."
    )
    q = one(figs, text)
    assert (q.measure, q.entity) == ("range", "ATACMS")
    q = one(figs, "While HIMARS can strike targets up to 50 miles away, the ATACMS go further.")
    assert (q.measure, q.entity) == ("range", "HIMARS")
    q = one(
        figs,
        "The existing High Mobility Artillery Rocket Systems (HIMARS) provide only about 50 miles of range.",
    )
    assert (q.measure, q.entity) == ("range", "HIMARS")
    q = one(
        figs,
        "The weapons in question, known as ATACMS (Army Tactical Missile Systems), are capable of striking targets up to 350 kilometres away.",
    )
    assert (q.measure, q.entity) == ("range", "ATACMS")
    q = one(figs, "The ferry was about 8 nautical miles from Vesterhavn.")
    assert q.measure == "distance"
    q = one(figs, "The breach is about 60 metres wide.")
    assert q.measure == "width"


# --------------------------------------------------------------------------- not figures


@pytest.mark.parametrize(
    "text",
    [
        "The dam was built in 1962.",
        "The report was published in May 2024.",
        "The advisory was issued on March 3.",
        "It was the first time the strait was closed.",
        "Ukraine has asked for F-16 jets and S-400 batteries were hit.",
        "The HIMARS M142 launcher was moved.",
        "A Boeing 737 landed safely.",
        "For details call 555-0123.",
        "One of the officials declined to comment.",
        "Trump is slated to take office in just two months.",
        "The offensive began two weeks ago.",
        "He was elected for a second term.",
        "Police were called to 24 Independent Street.",
        "The phone supports 5G and the screen is 4K.",
    ],
)
def test_non_quantities_are_rejected(figs, text):
    assert figs(text) == [], [q.text for q in figs(text)]


def test_a_score_is_read_as_one_score_figure(figs):
    """A match score is a figure of its own (:mod:`consilience.figure_scores`), never a
    count of its second side."""
    assert [(q.text, q.dimension) for q in figs("The Saints won 19-7 on Sunday.")] == [
        ("19-7", "score")
    ]


def test_figures_round_trip_through_json(figs):
    for q in figs("Some 10,000 troops and up to 300 km and $4.5m and 97% and thousands of people."):
        assert from_json(Quantity, dataclasses.asdict(q)) == q


def test_spans_cite_the_stored_text(figs):
    text = "Roughly 300 homes took in water along a stretch put at close to 12 miles."
    for q in figs(text):
        assert text[q.start : q.end] == q.text


# --------------------------------------------------------------------------- clock times (#12.1)


@pytest.mark.parametrize(
    "text, seconds, zone",
    [
        ("The tanker hit the pier at 4:52 a.m. on Friday.", 4 * 3600 + 52 * 60, None),
        ("The alarm was raised at 11:05pm by a guard.", 23 * 3600 + 5 * 60, None),
        ("Power failed at 9.45am across the district.", 9 * 3600 + 45 * 60, None),
        ("The quake struck at 21:17 local time.", 21 * 3600 + 17 * 60, None),
        ("The first call came in at 3 p.m. on Monday.", 15 * 3600, None),
        ("The landslide began at 0640 GMT, officials said.", 6 * 3600 + 40 * 60, "GMT"),
    ],
)
def test_clock_times_are_times_of_day(figs, text, seconds, zone):
    q = one(figs, text)
    assert q.dimension == "time of day" and q.unit == "s"
    assert q.value == seconds, (q.text, q.value)
    assert q.surface_unit == zone
    assert q.low <= seconds <= q.high


def test_a_restatement_in_another_zone_is_the_same_reading(figs):
    q = one(figs, "The barge struck the lock gate at roughly 2.10am (0710 GMT) on Sunday.")
    assert q.value == 2 * 3600 + 10 * 60 and q.surface_unit is None
    assert q.qualifier == "roughly"
    # "roughly" on a clock is minutes, not a relative 10 % (13 minutes here)
    assert q.high - q.low <= 10 * 60 + 1


def test_clock_qualifiers_widen_by_minutes(figs):
    exact = one(figs, "The roof fell in at 6:40 p.m. on Tuesday.")
    after = one(figs, "The roof fell in shortly after 6:40 p.m. on Tuesday.")
    assert exact.high - exact.low == 60.0
    assert after.low <= exact.value < after.high <= exact.value + 3600


def test_only_clock_forms_are_clock_times(figs):
    assert one(figs, "Doors closed at 10:15 on the night.").dimension == "time of day"
    for text in ("The final score was 3:1 after extra time.", "The index closed at 2.30 points."):
        assert all(q.dimension != "time of day" for q in figs(text)), text


# --------------------------------------------------------------------------- shares (#12.2)


def test_a_share_knows_what_it_is_a_share_of(figs):
    share, progress = figs("Okafor won 47.3% of the vote, with 96 percent of ballots counted.")
    assert share.measure == "vote" and share.entity == "Okafor"
    assert progress.measure.endswith("counted") and progress.entity is None
    reporting = one(figs, "With 88% of precincts reporting, turnout looked low.")
    assert reporting.measure.endswith("counted")


# --------------------------------------------------------------------------- round figures (#12.3, #12.5)


@pytest.mark.parametrize(
    "text, low, high",
    [
        # one significant digit: at least ±2.5 % of itself
        ("The bailout was worth $40 billion.", 39e9, 41e9),
        ("Some 3 million people voted early.", 2.7e6, 3.3e6),
        ("The comet passed 2 million miles from Earth.", 1.95e6 * 1609.344, 2.05e6 * 1609.344),
    ],
)
def test_round_figures_have_limited_rounding(figs, text, low, high):
    q = one(figs, text)
    assert close(q.low, low, 1e-6) and close(q.high, high, 1e-6), (q.text, q.low, q.high)


# --------------------------------------------------------------------------- ordinals, durations (#12.4)


def test_ordinal_positions_are_figures(figs):
    q = one(figs, "Midfielder Tomas Brandt equalised in the 67th minute at the north end.")
    assert (q.dimension, q.value, q.unit, q.measure) == ("ordinal", 67.0, "minute", "equalise")
    assert "Brandt" in q.entity
    lap = one(figs, "The leader crashed on the 41st lap.")
    assert (lap.value, lap.unit) == (41.0, "lap")
    assert figs("She was the 3rd speaker of the evening.") == []
    # a standing without its noun is a position since session 19 (figure_forms.standing_at)
    came = one(figs, "She came 2nd in the vote.")
    assert (came.dimension, came.value, came.unit) == ("ordinal", 2.0, "standing")


def test_within_a_duration_is_near_its_bound(figs):
    q = one(figs, "The crews said the repairs would be finished within two weeks.")
    assert q.qualifier == "within" and q.dimension == "duration"
    # the writer would have said "within a week" for a week: [half the bound, the bound]
    assert close(q.low, 7 * 86400) and 14 * 86400 <= q.high <= 2.5 * 7 * 86400


def test_completed_in_is_a_duration_but_ahead_in_is_not(figs):
    q = one(figs, "Crews put the blaze out in 35 minutes.")
    assert (q.value, q.dimension) == (2100.0, "duration")
    assert figs("The new line will open in three years.") == []


# --------------------------------------------------------------------------- written forms (#12.6)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The insurer set aside $5.25-billion for claims.", 5.25e9, "USD"),
        ("Police received 4,50,000 complaints last year.", 450000.0, ""),
        ("The port handled 612 500 tonnes of ore.", 612500 * 1000.0, "kg"),
        ("Each sack held twenty-five kilogrammes of rice.", 25.0, "kg"),
        ("The trail climbs for two and a half miles.", 2.5 * 1609.344, "m"),
        ("The crane lifted three-quarters of a tonne.", 750.0, "kg"),
        ("The ship unloaded a third of a million barrels of water.", 1e6 / 3 * 0.1192405, "m³"),
        ("The mill ground half a million pounds of wheat.", 5e5 * 0.45359237, "kg"),
    ],
)
def test_written_forms_are_read(figs, text, value, unit):
    q = one(figs, text)
    assert close(q.value, value, 1e-5), (q.text, q.value)
    assert q.unit == unit


def test_space_groups_join_one_number_only(figs):
    assert [q.value for q in figs("Farmers sold 1 250 000 tonnes.")] == [1.25e9]
    assert [q.value for q in figs("On May 5 100 people marched.")] == [100.0]


# --------------------------------------------------------------------------- owners (#12.7)


def test_owners_in_prepositional_phrases_and_elided_nouns(figs):
    a, b = figs("Users lodged 18,000 complaints about delays at Northrail and 9,500 for Westline.")
    assert (a.noun, a.entity) == ("complaint", "Northrail")
    assert (b.value, b.noun, b.entity) == (9500.0, "complaint", "Westline")
    # numbers after the noun are not elided counts of it: "ages 7 and 12"
    assert [q.text for q in figs("He leaves two sons, ages 7 and 12.")] == ["two sons"]


def test_owner_in_a_following_phrase_on_the_verb(figs):
    a, b = figs("Members cast 3,100 votes for Lindgren and 2,700 for Okafor.")
    assert (a.noun, a.entity) == ("vote", "Lindgren")
    assert (b.value, b.noun, b.entity) == (2700.0, "vote", "Okafor")
    # where a count happened is not whose it is
    (c,) = figs("The carrier scrapped 120 flights at Heathrow Airport.")
    assert c.entity is None


def test_a_tally_names_what_it_counts(figs):
    q = one(figs, "The number of miners rescued rose to 37 by dawn.")
    assert (q.value, q.noun, q.measure) == (37.0, "miner", "rescue")


def test_indian_scale_words(figs):
    assert one(figs, "The state sold 3.5 lakh tickets.").value == 350000.0
    assert one(figs, "The fund holds 12 crore rupees.").value == 1.2e8


def test_a_share_names_its_holder(figs):
    a, b = figs("Moreno had 44.1% of the vote against 39.5% for Dana Whitlock.")
    assert (a.entity, b.entity) == ("Moreno", "Dana Whitlock")
    c, d = figs("The final count gave Moreno 44.6% of the vote and Whitlock 39.2%.")
    assert (c.entity, d.entity) == ("Moreno", "Whitlock")
    e = one(figs, "Unemployment was 5.3 percent in March.")
    assert (e.measure, e.entity) == ("unemployment", None)


def test_copula_counts_and_bare_subject_counts(figs):
    q = one(figs, "Her lead over the runner-up was about 9,000 votes.")
    assert (q.noun, q.measure) == ("vote", "lead")
    a, b, c = figs("Eleven climbers set out; three turned back and eight are stranded.")
    assert [x.noun for x in (a, b, c)] == ["climber"] * 3
    assert (b.value, c.value) == (3.0, 8.0)


# --------------------------------------------------------------------------- real coverage


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Weak exports dragged the group's annual revenue down to 2.4 billion euros.", None),
        ("Higher fares pushed the airline's operating profit to 640 million dollars.", "profit"),
        ("A cold winter lifted gas sales to 1.3 billion pounds.", "sale"),
    ],
)
def test_what_a_moved_figure_measures(figs, text, measure):
    q = one(figs, text)
    assert q.dimension == "money", q
    want = measure or "revenue"  # "dragged ... down to": the object names the property
    assert (q.measure or "").split()[-1:] == [want], q


def test_fell_ill_is_an_illness_not_a_fall(figs):
    q = one(figs, "Twenty-two pupils fell ill after the school trip.")
    assert q.measure == "ill"


@pytest.mark.parametrize(
    "text",
    [
        "Some 12,500 households in Arnby lost electricity overnight.",
        "The ice storm left roughly 7,000 customers without heating on Monday.",
        "About 3,100 premises lost their water supply after the main burst.",
    ],
)
def test_losing_a_supply_is_an_outage_not_deaths(figs, text):
    assert one(figs, text).measure == "without"


def test_losing_lives_is_still_deaths(figs):
    assert one(figs, "Nine climbers lost their lives on the ridge.").measure == "die"
