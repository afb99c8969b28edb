"""Figures of real-style coverage (issue #12, session 7): what property a figure measures.

Every sentence here is written for these tests. Each test names the kind it pins:
magnitudes, race times and compound durations (kinds 5 and 7), the verb of saying that is no
property (kind 1), a stake against a move of price (kind 2), the words for a sum's worth and
for a bid (kind 3), clock times of one event (kind 4), a count in a participial clause
(kind 6).
"""

from __future__ import annotations

import pytest

from consilience.model import Analysis, Article, Quantity
from consilience.quantities import extract_quantities


@pytest.fixture(scope="session")
def figs(nlp):
    def run(text: str) -> list[Quantity]:
        return extract_quantities(Analysis(Article("a", "a.txt", text), nlp(text)))

    return run


def _one(figs, text: str, dimension: str) -> Quantity:
    found = [q for q in figs(text) if q.dimension == dimension]
    assert len(found) == 1, [(q.text, q.dimension) for q in figs(text)]
    return found[0]


def _slots(ctx) -> list[dict]:
    from consilience.reconcile import build_quantities

    out = build_quantities(ctx)
    return out["conflicts"] + out["corroborated"]


def _entry_with(entries: list[dict], *snippets: str) -> dict | None:
    """The conflict or corroborated entry whose readings hold every snippet."""
    for e in entries:
        texts = " | ".join(r["text"] for r in e["readings"])
        if all(s in texts for s in snippets):
            return e
    return None


# --------------------------------------------------------------------------- magnitudes (7)


@pytest.mark.parametrize(
    "text, value",
    [
        ("A magnitude 5.7 earthquake shook the coastal towns overnight.", 5.7),
        ("The magnitude-4.9 tremor was felt two hundred kilometres away.", 4.9),
        ("Seismologists put the quake at magnitude 7.3 after a review.", 7.3),
        ("A 6.8-magnitude quake rattled the capital before dawn.", 6.8),
        ("The shock measured 5.2 on the Richter scale, the observatory said.", 5.2),
        ("The survey gave the earthquake a magnitude of 6.6.", 6.6),
        ("The 7.4 quake cut roads across the north.", 7.4),
    ],
)
def test_magnitudes_are_read_in_every_written_form(figs, text, value):
    q = _one(figs, text, "magnitude")
    assert q.value == pytest.approx(value)
    assert q.low == pytest.approx(value - 0.05) and q.high == pytest.approx(value + 0.05)
    assert q.measure == "earthquake magnitude"


def test_an_aftershock_magnitude_is_another_property(figs):
    q = _one(figs, "An aftershock of magnitude 4.4 hit the valley at noon.", "magnitude")
    assert q.measure == "aftershock magnitude"


@pytest.mark.parametrize(
    "text",
    [
        "The firm lost 6.1 million euros after a magnitude 5.4 quake hit its plant.",
        "Traffic on the M5 stopped when an M5.4 tremor shook the bridge.",
        "The magnitude of 2 million lost jobs was clear before the magnitude-5.4 shock.",
    ],
)
def test_millions_and_roads_beside_a_magnitude_are_no_magnitudes(figs, text):
    found = figs(text)
    assert [q.value for q in found if q.dimension == "magnitude"] == [5.4]


def test_two_magnitudes_of_one_quake_conflict(make_ctx):
    ctx = make_ctx(
        "A magnitude 5.9 earthquake struck the hills near Corvina on Monday.",
        "The observatory measured the quake at magnitude 6.3, a spokeswoman said.",
        "The magnitude-5.9 quake damaged the old bridge at Corvina.",
    )
    e = _entry_with([x for x in _slots(ctx)], "5.9", "6.3")
    assert e is not None and e["outliers"] == ["a1"]


# --------------------------------------------------------------------- race times (5)


@pytest.mark.parametrize(
    "text, seconds",
    [
        (
            "Amara Osei won the Lakeside Marathon in 2:05:37 on a cold morning.",
            2 * 3600 + 5 * 60 + 37,
        ),
        (
            "Osei crossed the finish line in 2:18:09, well clear of the pack.",
            2 * 3600 + 18 * 60 + 9,
        ),
        ("The Norwegian ran the mile in 3:47.52 to take the title.", 3 * 60 + 47.52),
    ],
)
def test_race_times_with_colons_are_durations(figs, text, seconds):
    q = _one(figs, text, "duration")
    assert q.value == pytest.approx(seconds)
    assert q.measure == "time taken"


def test_a_race_time_belongs_to_its_runner(figs):
    q = _one(figs, "Back home, Amara Osei's 2:05:37 was greeted with fireworks.", "duration")
    assert q.entity == "Amara Osei"


def test_a_clock_with_seconds_after_at_is_no_race_time(figs):
    found = figs("The alarm rang at 14:05:10, and the winner finished in 2:11:04.")
    assert [q.value for q in found if q.dimension == "duration"] == [2 * 3600 + 11 * 60 + 4]


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("She reached the halfway mark in 61 minutes 12 seconds.", 61 * 60 + 12),
        ("The crossing took three hours and 25 minutes in heavy seas.", 3 * 3600 + 25 * 60),
        ("He completed the climb in 1 hour, 4 minutes and 30 seconds.", 3600 + 4 * 60 + 30),
    ],
)
def test_compound_durations_are_one_figure(figs, text, seconds):
    q = _one(figs, text, "duration")
    assert q.value == pytest.approx(seconds)


def test_a_list_of_durations_stays_apart(figs):
    found = figs("Talks lasted 40 minutes, then 2 hours and 5 minutes.")
    assert [q.value for q in found if q.dimension == "duration"] == [2400, 7500]


def test_race_times_of_one_runner_conflict(make_ctx):
    ctx = make_ctx(
        "Amara Osei won the Lakeside Marathon on Sunday in 2:05:37, a course record.",
        "Osei, 27, crossed the line in 2:05:37 and waved to the crowd.",
        "The winner, Amara Osei, finished in 2:07:35 after a strong final mile.",
    )
    e = _entry_with(_slots(ctx), "2:05:37", "2:07:35")
    assert e is not None and e["outliers"] == ["a2"]


def test_a_worded_race_time_is_a_time_taken(figs):
    q = _one(figs, "Osei won in a time of 2 hours, 7 minutes and 35 seconds.", "duration")
    assert q.value == pytest.approx(2 * 3600 + 7 * 60 + 35) and q.measure == "time taken"


def test_a_colon_race_time_and_a_worded_one_conflict(make_ctx):
    ctx = make_ctx(
        "Lena Brandt won the Fjord Marathon on Sunday in 2:19:40.",
        "Brandt, 31, won the Fjord Marathon in two hours, 21 minutes and 40 seconds.",
        "Lena Brandt's 2:19:40 in the Fjord Marathon was the fastest of the year.",
    )
    e = _entry_with(_slots(ctx), "2:19:40", "21 minutes")
    assert e is not None and e["outliers"] == ["a1"]


# --------------------------------------------------------- the verb of saying (kind 1)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor stepped down, the council said on Friday, three weeks after the flood.",
        "The party announced a new leader six weeks before the vote, aides told reporters.",
    ],
)
def test_a_gap_that_dates_a_statement_is_not_a_figure(figs, text):
    assert not [q for q in figs(text) if q.dimension == "duration"]


def test_a_gap_of_an_event_keeps_its_verb(figs):
    text = (
        "The sirens sounded 25 minutes before the collapse, the council said, two weeks after"
        " the flood."
    )
    found = [q for q in figs(text) if q.dimension == "duration"]
    assert [(q.text, q.measure) for q in found] == [("25 minutes", "sound")]


def test_a_figure_never_takes_its_property_from_a_saying_verb(figs):
    q = _one(figs, "The minister said for 45 minutes that nothing was wrong.", "duration")
    assert q.measure is None


def test_a_gap_after_an_event_is_never_compared_with_a_tenure(make_ctx):
    ctx = make_ctx(
        "Lund Tech's chief quit, the company said, three months after the failed merger.",
        "The chief's exit ends a nine-year tenure at Lund Tech.",
    )
    assert _entry_with(_slots(ctx), "three months", "nine-year") is None


# --------------------------------------------------------- a stake or a move (kind 2)


@pytest.mark.parametrize(
    "text",
    [
        "Corvell shares dropped 6 percent in early trading.",
        "Shares in the shipping group slid 9% after the warning.",
        "Shares in the chemicals maker tumbled 7% by noon.",
        "Corvell's shares were down 3.5% in early trading.",
    ],
)
def test_a_percentage_moved_by_a_verb_is_a_price_move(figs, text):
    q = _one(figs, text, "percentage")
    assert q.measure == "share price"


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "Harbour Capital, Corvell's biggest investor with 14% of the shares, backed the plan.",
            "Harbour Capital",
        ),
        ("Harbour Capital owns 14% of Corvell's stock.", "Harbour Capital"),
        ("Harbour Capital owns a 14% stake in Corvell.", "Harbour Capital"),
        ("The state controls 51% of the company.", None),
        ("Harbour Capital, with 14% of the voting shares, backed the plan.", None),
    ],
)
def test_a_percentage_of_the_shares_is_a_stake(figs, text, holder):
    q = _one(figs, text, "percentage")
    assert q.measure == "stake"
    if holder:
        assert q.entity == holder


def test_a_stake_is_never_compared_with_price_moves(make_ctx):
    ctx = make_ctx(
        "Corvell shares dropped 6 percent on Monday after the chairman quit.",
        "Shares in Corvell fell 9% on Monday. Harbour Capital, Corvell's biggest investor with"
        " 14% of the shares, backed the board.",
    )
    moves = _entry_with(_slots(ctx), "6 percent", "9%")
    assert moves is not None
    assert all("14%" not in r["text"] for r in moves["readings"])


# --------------------------------------------------------- what a sum is (kind 3)


@pytest.mark.parametrize(
    "text",
    [
        "The missing sculptures are worth roughly 12 million dollars.",
        "The sculptures, worth 12 million dollars, vanished overnight.",
    ],
)
def test_worth_and_value_are_one_property(figs, text):
    assert _one(figs, text, "money").measure == "value"


@pytest.mark.parametrize(
    "text",
    [
        "Pell Mining rejected a 3 billion dollar offer from Arco.",
        "Arco's 3.5 billion dollar attempt to buy Pell Mining failed in May.",
        "The 3 billion dollar approach for Pell Mining was its largest.",
    ],
)
def test_a_bid_an_offer_and_an_attempt_to_buy_are_one_property(figs, text):
    assert _one(figs, text, "money").measure == "bid"


def test_worth_and_valued_sums_conflict(make_ctx):
    ctx = make_ctx(
        "Insurers put the value of the three stolen bronzes at 9 million dollars, a source said.",
        "The gallery's missing bronzes are worth about 15 million dollars, Harbour TV understands.",
        "The three bronzes were valued at 9 million dollars by the insurer.",
    )
    e = _entry_with(_slots(ctx), "9 million", "15 million")
    assert e is not None and e["outliers"] == ["a1"]


# --------------------------------------------------------- clock times of one event (kind 4)


@pytest.mark.parametrize(
    "text",
    [
        "The robbers got in through a back window at about 1:50 a.m., officers said.",
        "Two men broke into the jeweller's at 1:50 a.m. on Sunday.",
        "The break-in occurred shortly after 2:20 a.m., the owner said.",
    ],
)
def test_every_way_of_getting_in_is_one_event(figs, text):
    assert _one(figs, text, "time of day").measure == "enter"


@pytest.mark.parametrize(
    "text, event",
    [
        ("The earthquake jolted residents awake at 4:05 a.m.", "earthquake"),
        ("At 4:05 a.m. a strong quake shook the old port.", "earthquake"),
        ("The blast rocked the depot at 9:40 p.m., neighbours said.", "explode"),
        ("Neighbours heard an explosion at 9:40 p.m.", "explode"),
        ("The derailment happened at 6:20 a.m. near the bridge.", "derail"),
    ],
)
def test_a_happening_as_subject_owns_the_clock_time(figs, text, event):
    assert _one(figs, text, "time of day").measure == event


@pytest.mark.parametrize(
    "text",
    [
        "The booking system went down at 8:35 a.m. across the country.",
        "A glitch hit the railway's signalling network at 8:35 a.m.",
        "The signalling network failed at 9:10 a.m., the operator said.",
        "Power went out across the town at 9:10 p.m.",
    ],
)
def test_a_system_going_down_is_one_failure(figs, text):
    assert _one(figs, text, "time of day").measure == "failure"


def test_clock_times_of_a_break_in_told_two_ways_conflict(make_ctx):
    ctx = make_ctx(
        "Thieves got in through a roof hatch at about 1:50 a.m., the gallery said.",
        "The break-in happened shortly before 2:40 a.m., according to a guard.",
        "The thieves entered through a roof hatch at 1.50am, police said.",
    )
    e = _entry_with(_slots(ctx), "1:50", "2:40")
    assert e is not None and e["outliers"] == ["a1"]


# ---------------------------------------------------- a count in a participial clause (6)


@pytest.mark.parametrize(
    "text",
    [
        "The outage froze every till in the chain, stranding some 8,000 shoppers.",
        "A power cut halted the trams, marooning 20,000 commuters.",
        "Snow shut the pass on Monday, leaving 600 drivers stuck for hours.",
    ],
)
def test_a_count_in_a_consequence_clause_is_who_the_event_touched(figs, text):
    q = _one(figs, text, "count")
    assert q.measure == "affect"


def test_stranded_and_affected_passengers_conflict(make_ctx):
    ctx = make_ctx(
        "A radar fault grounded flights from Tarn airport on Monday, stranding about 12,000"
        " passengers.",
        "Some 19,000 passengers were affected by the radar fault at Tarn airport.",
    )
    assert _entry_with(_slots(ctx), "12,000", "19,000") is not None


def test_shortly_before_a_clock_time_is_a_quarter_of_an_hour(figs):
    q = _one(figs, "The raid began shortly before 5:30 a.m., residents said.", "time of day")
    assert q.low == pytest.approx(5 * 3600 + 15 * 60)
    q = _one(figs, "The raid began before 5:30 a.m., residents said.", "time of day")
    assert q.low == pytest.approx(5 * 3600)


def test_a_fire_that_starts_keeps_the_onset(figs):
    text = "The fire broke out at 10:05 p.m. and the blast rocked the depot at 10:40 p.m."
    found = [q.measure for q in figs(text) if q.dimension == "time of day"]
    assert found == ["break", "explode"]


# --------------------------------------------------------- counts of a group (kind 7)


@pytest.mark.parametrize(
    "text, value, noun",
    [
        (
            "The hackers say they copied files on 3.1 million of the bank's clients.",
            3.1e6,
            "client",
        ),
        ("Records of 640,000 of the insurer's policyholders were exposed.", 640000, "policyholder"),
    ],
)
def test_a_large_figure_of_a_group_counts_the_group(figs, text, value, noun):
    q = _one(figs, text, "count")
    assert q.value == pytest.approx(value) and q.noun == noun


def test_a_figure_of_a_group_takes_the_predicate_of_its_number(figs):
    q = _one(figs, "Some 4,000 of the marchers were detained on Sunday.", "count")
    assert (q.noun, q.measure) == ("marcher", "detain")


def test_a_part_of_a_group_is_not_its_count(figs):
    text = (
        "Files on 2.2 million of the bank's clients leaked, and 1,100 of its 9,000 staff were told."
    )
    found = [(q.value, q.noun) for q in figs(text) if q.dimension == "count"]
    assert found == [(2.2e6, "client"), (9000, "staff")]


def test_customers_of_one_breach_conflict_across_wordings(make_ctx):
    ctx = make_ctx(
        "Hackers stole the card details of about 700,000 customers of Brenner Bank.",
        "The gang says it holds files on 1.5 million of the bank's customers.",
        "The card details of 700,000 customers were taken, Brenner Bank said.",
    )
    assert _entry_with(_slots(ctx), "700,000", "1.5 million") is not None


# --------------------------------------------------------- a crowd by its verb (kind 7)


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 80,000 people lined the route of the parade.",
        "Some 52,000 supporters packed the stadium for the final.",
        "Around 15,000 fans thronged the harbour front to greet the crew.",
    ],
)
def test_people_who_line_a_route_are_its_crowd(figs, text):
    q = _one(figs, text, "count")
    assert q.measure == "attend"


def test_officers_who_line_a_route_are_no_crowd(figs):
    text = "Forty police officers lined the route as 60,000 people lined the streets."
    assert [q.measure for q in figs(text) if q.dimension == "count"] == ["line", "attend"]


def test_a_crowd_told_with_two_nouns_and_two_verbs_conflicts(make_ctx):
    ctx = make_ctx(
        "About 80,000 people lined the route of the Harbour Parade on Saturday.",
        "More than 150,000 spectators watched the Harbour Parade on Saturday.",
    )
    assert _entry_with(_slots(ctx), "80,000", "150,000") is not None
