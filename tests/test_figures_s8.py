"""Figures of unseen coverage (issue #12, session 8): a count's property is what is counted,
the event it counts and its owner.

Every sentence here is written for these tests, in domains none of the held-out sets covers
(a cycling tribunal, a coastguard's log, a chairlift accident, a climbing rescue, a stranded
whale, a ferry strike). Each test names the kind it pins: a part of a counted whole (kind
A), care in hospital as an event of its own (kind B), a person named by first name only
(kind C), a measure that does not spread over time (kind D), sums of different scales
(kind E).
"""

from __future__ import annotations

import pytest

from consilience.model import Analysis, Article, Quantity
from consilience.quantities import extract_quantities
from consilience.reconcile import slot_key


@pytest.fixture(scope="session")
def figs(nlp):
    def run(text: str) -> list[Quantity]:
        return extract_quantities(Analysis(Article("a", "a.txt", text), nlp(text)))

    return run


def _with_value(qs: list[Quantity], value: float) -> Quantity:
    found = [q for q in qs if q.value == value]
    assert len(found) == 1, [(q.text, q.value, q.measure, q.noun) for q in qs]
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


def _conflicts(ctx) -> list[dict]:
    from consilience.reconcile import build_quantities

    return build_quantities(ctx)["conflicts"]


# ----------------------------------------------------------- A: a part of a counted whole


@pytest.mark.parametrize(
    "text, part, noun",
    [
        ("The tribunal upheld three of the five charges against the cyclist.", 3, "charge"),
        ("The panel found Dario Venn guilty on four of the six charges he faced.", 4, "charge"),
        ("Inspectors failed nine of the 40 lifts they tested last winter.", 9, "lift"),
    ],
)
def test_a_part_of_a_counted_whole_counts_the_wholes_noun(figs, text, part, noun):
    q = _with_value(figs(text), part)
    assert q.noun == noun
    assert slot_key(q) is not None


def test_the_whole_of_a_part_is_another_property_than_the_part(figs):
    qs = figs("The tribunal upheld three of the five charges against the cyclist.")
    part, whole = _with_value(qs, 3), _with_value(qs, 5)
    assert slot_key(part) != slot_key(whole)


@pytest.mark.parametrize(
    "text, part, noun",
    [
        ("The coastguard logged 52 calls, 14 of which were false alarms.", 14, "alarm"),
        ("Rangers counted 300 nests, 45 of which were empty shells.", 45, "shell"),
    ],
)
def test_a_part_named_by_its_predicate_counts_that_noun(figs, text, part, noun):
    q = _with_value(figs(text), part)
    assert q.noun == noun


def test_parts_of_one_whole_told_two_ways_conflict(make_ctx):
    ctx = make_ctx(
        "The tribunal upheld three of the five charges against the cyclist Dario Venn.",
        "Dario Venn was found guilty on four of the five charges, the tribunal said.",
        "The tribunal upheld three of the five charges, a ruling published on Friday shows.",
    )
    e = _entry_with(_conflicts(ctx), "three", "four")
    assert e is not None and e["outliers"] == ["a1"]
    assert _entry_with(_conflicts(ctx), "five") is None  # the whole agrees


def test_a_part_by_its_predicate_and_a_plain_count_conflict(make_ctx):
    ctx = make_ctx(
        "The coastguard logged 52 calls on Saturday, 14 of which were false alarms.",
        "Of the many calls the coastguard took, 21 false alarms tied up its crews.",
        "The coastguard said it logged 52 calls, 14 of which were false alarms.",
    )
    e = _entry_with(_conflicts(ctx), "14", "21")
    assert e is not None and e["outliers"] == ["a1"]


# ------------------------------------------------------ B: care in hospital is its own event


@pytest.mark.parametrize(
    "text, value",
    [
        ("Twelve skiers were taken to hospital after the chairlift stopped.", 12),
        ("Nine of the riders were admitted to hospital overnight.", 9),
        ("Seven people were hospitalised with broken bones, the resort said.", 7),
    ],
)
def test_care_in_hospital_is_not_the_count_of_injured(figs, text, value):
    hurt = _with_value(figs("More than 30 people were hurt when the cable snapped."), 30)
    cared = _with_value(figs(text), value)
    assert slot_key(cared) is not None
    assert slot_key(cared)[2] != slot_key(hurt)[2]


def test_injured_and_hospitalised_counts_do_not_conflict(make_ctx):
    ctx = make_ctx(
        "More than 30 skiers were hurt when the chairlift cable snapped at Brattli.",
        "Eleven people were taken to hospital after the chairlift cable snapped at Brattli.",
        "About 30 people were injured when a chairlift cable snapped at Brattli.",
    )
    assert _entry_with(_conflicts(ctx), "Eleven") is None


def test_two_counts_of_people_in_hospital_conflict(make_ctx):
    ctx = make_ctx(
        "Eleven people were taken to hospital after the chairlift cable snapped.",
        "Fifteen people were admitted to hospital after the chairlift cable snapped.",
        "Eleven people were hospitalised after a chairlift cable snapped.",
        "About 40 people were hurt when the chairlift cable snapped.",
    )
    e = _entry_with(_conflicts(ctx), "Eleven", "Fifteen")
    assert e is not None and e["outliers"] == ["a1"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Inspectors found 23 faults on the cable car line.", 23),
        ("The audit found 17 errors in the resort's safety log.", 17),
    ],
)
def test_things_found_are_no_death_toll_but_people_found_dead_are(figs, text, value):
    assert slot_key(_with_value(figs(text), value))[2] != "killed"
    q = _with_value(figs("Rescuers found four climbers dead below the ridge."), 4)
    assert slot_key(q)[2] == "killed"


# ----------------------------------------------- C: a person named by first name only


def test_an_age_given_with_a_first_name_is_that_persons_age(make_ctx):
    ctx = make_ctx(
        "Rescuers reached Maren Dahl, 29, a guide from Tromsvik, after two nights on the ridge.",
        "Our friend Maren, 33, is safe, her climbing club said. Maren Dahl thanked the crews.",
        "Maren Dahl, 29, was flown to Tromsvik on Sunday.",
    )
    # the entities section, built first in a brief, may keep the first name apart
    ctx.brief["entities"] = [{"name": "Maren Dahl", "aliases": []}, {"name": "Maren"}]
    e = _entry_with(_conflicts(ctx), "29", "33")
    assert e is not None and e["outliers"] == ["a1"]


# ----------------------------------------------- D: a measure that does not spread over time


def test_a_length_of_a_body_reported_later_is_a_conflict_not_an_update(make_ctx):
    ctx = make_ctx(
        "The fin whale stranded at Olden beach was about 14 metres long, vets said.",
        (
            "The whale, now identified as a young fin whale, was about 19 metres long, the museum"
            " said on Tuesday."
        ),
        "Vets said the fin whale on Olden beach measured about 14 metres.",
        published=["2026-03-02", "2026-03-04", "2026-03-03"],
    )
    e = _entry_with(_conflicts(ctx), "14", "19")
    assert e is not None
    assert not e.get("update")


# ------------------------------------------------------------ E: sums of different scales


def test_a_refund_and_a_cost_a_million_times_larger_are_not_one_sum(make_ctx):
    ctx = make_ctx(
        "Nordfjord Lines will refund 25 euros to each passenger hit by the ferry strike.",
        "The ferry strike could cost Nordfjord Lines as much as 9 million euros in refunds.",
    )
    assert _entry_with(_conflicts(ctx), "25 euros", "9 million euros") is None


# ---------------------------------------- F: an owner named by a definite common noun


def test_a_share_move_of_the_group_an_article_names_is_that_groups(make_ctx):
    ctx = make_ctx(
        "Tallow Foods recalled its oat drinks on Monday. Tallow Foods shares fell 5 percent.",
        (
            "Tallow Foods, which makes oat drinks, faces a costly summer. Analysts cut their "
            "forecasts for the year. Shares in the group slid 9% after the announcement."
        ),
        "Tallow Foods shares fell 5 percent in Lisbon after the recall of its oat drinks.",
    )
    e = _entry_with(_conflicts(ctx), "5 percent", "9%")
    assert e is not None and e["outliers"] == ["a1"]


def test_an_unnamed_figure_in_an_article_that_never_names_the_owner_stays_apart(make_ctx):
    ctx = make_ctx(
        "Tallow Foods shares fell 5 percent on Monday after the recall.",
        "Markets were calm. Shares in the group slid 9% after a dull report on its profits.",
        "Tallow Foods shares fell 5 percent in Lisbon after the recall of its oat drinks.",
    )
    assert _entry_with(_conflicts(ctx), "5 percent", "9%") is None


# ------------------------------------------------ G: a bare number put in a state by a verb


@pytest.mark.parametrize(
    "text, value, event",
    [
        ("A rockfall hit the hut, killing one climber and leaving four missing.", 4, "missing"),
        ("The flash flood swept the campsite, leaving nine people hurt and 23 missing.", 23,
         "missing"),
    ],
)  # fmt: skip
def test_a_number_left_in_a_state_counts_those_in_it(figs, text, value, event):
    q = _with_value(figs(text), value)
    assert slot_key(q)[2] == event


# ----------------------------------------- H: things counted before the event told


@pytest.mark.parametrize(
    "text, value",
    [
        ("Our 39 previous sailings left on time, the ferry's captain said.", 39),
        ("The cable car had passed its two prior inspections without a fault.", 2),
        ("The tribunal had heard five earlier appeals from riders of the team.", 5),
    ],
)
def test_things_counted_before_the_event_are_never_compared(figs, text, value):
    assert slot_key(_with_value(figs(text), value)) is None


def test_people_in_a_former_role_are_still_counted(figs):
    q = _with_value(figs("Two former guides were rescued from the ridge."), 2)
    assert slot_key(q) is not None


# ------------------------------------------- I: a count glued to the noun it describes


@pytest.mark.parametrize(
    "text, value, noun",
    [
        ("Flames gutted a seven-storey hotel on the harbour front.", 7, "storey"),
        ("A three-judge panel will hear the rider's appeal.", 3, "judge"),
        ("The ferry hit a 12-berth marina near the quay.", 12, "berth"),
    ],
)
def test_a_number_hyphened_to_a_noun_counts_it(figs, text, value, noun):
    q = _with_value(figs(text), value)
    assert (q.dimension, q.noun) == ("count", noun)


def test_storeys_of_one_hotel_told_two_ways_conflict(make_ctx):
    ctx = make_ctx(
        "Flames gutted a seven-storey hotel on the harbour front at Skarvik on Friday night.",
        "The fire in the eight-storey hotel on the Skarvik harbour front burned for hours.",
        "A fire gutted the seven-storey Fjordview hotel on Skarvik's harbour front.",
    )
    e = _entry_with(_conflicts(ctx), "seven-storey", "eight-storey")
    assert e is not None and e["outliers"] == ["a1"]


# ------------------------------------------ K: how far a clock time lies from the majority


def test_a_clock_time_outlier_is_told_in_minutes_not_percent(make_ctx):
    ctx = make_ctx(
        "The chairlift at Brattli stopped at 10:05 a.m. on Saturday, the resort said.",
        "The chairlift at Brattli stopped at 10:50 a.m. on Saturday, leaving skiers stuck.",
        "The Brattli chairlift stopped at 10:05 a.m., the resort said.",
    )
    e = _entry_with(_conflicts(ctx), "10:05", "10:50")
    assert e is not None and e["outliers"] == ["a1"]
    assert "45 minutes later than the majority" in e["explanation"]
    assert "%" not in e["explanation"].split("Intervals")[0]
