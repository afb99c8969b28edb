"""Session 63: written spans of time and the act a happening dates (issue #12), on texts
written for these tests: "an hour and a half", "a mile and a half" and "an hour late" are
figures; how late or early a thing happened is a property of its own ("began 50 minutes
late" / "started an hour and a half late" dispute one delay); "The handover took place on
Friday" dates the handing over, not a "place"."""

from __future__ import annotations

from conftest import story_fact_conflicts
from test_s52_kinds import _brief

from consilience.date_act_lexicon import act_head, act_lemmas
from consilience.quantities import extract_quantities

HOUR = 3600.0


def _figures(make, text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.measure) for q in extract_quantities(make(text))]


def test_a_unit_and_a_half_after_an_article_is_one_and_a_half_units(make) -> None:
    assert ("a mile and a half", 1.5 * 1609.344, "cover") in _figures(
        make, "The search party covered a mile and a half of moorland before dusk."
    )
    years = _figures(make, "She spent a year and a half rebuilding the organ.")
    assert [(t, round(v)) for t, v, _ in years] == [
        ("a year and a half", round(1.5 * 365.25 * 86400))
    ]


def test_an_article_before_a_unit_of_time_and_a_word_of_lateness_is_one_unit(make) -> None:
    assert _figures(make, "The ferry to Orkney sailed an hour late.") == [
        ("an hour", 3600.0, "sail late")
    ]
    assert _figures(make, "The harvest festival began a week early this year.") == [
        ("a week", 7 * 86400.0, "begin early")
    ]


def test_a_plain_article_before_a_unit_stays_no_figure(make) -> None:
    # "once a week" is a rate read elsewhere; "an hour of talks" and "in a year" give no
    # span of their own
    assert _figures(make, "The talks lasted into an afternoon of argument.") == []
    assert not [f for f in _figures(make, "He hopes to open in a year.") if f[0] == "a year"]


def test_how_late_a_thing_began_is_disputed_whatever_the_form(bench) -> None:
    brief = _brief(
        bench,
        ("Dale Echo", "2071-05-03T09:00:00", "The cup final kicked off an hour and a half late."),
        (
            "Dale Radio",
            "2071-05-03T10:00:00",
            "The cup final started 40 minutes late after a flood.",
        ),
        ("Dale Times", "2071-05-03T11:00:00", "After the flood the final began 40 minutes late."),
    )
    late = [c for c in brief["conflicts"] if c["kind"] == "quantity" and "late" in c["subject"]]
    assert late, brief["conflicts"]
    assert [r["value"] for r in late[0]["readings"]] == [5400.0, 2400.0, 2400.0], late[0]
    assert late[0]["outliers"] == ["t0"]


def test_a_late_start_an_early_finish_and_a_late_arrival_are_three_properties(bench) -> None:
    brief = _brief(
        bench,
        ("Vale Post", "2071-05-03T09:00:00", "The parade started 20 minutes late."),
        ("Vale Radio", "2071-05-03T10:00:00", "The parade ended 20 minutes early because of rain."),
        ("Vale Echo", "2071-05-03T11:00:00", "The band reached the town hall two hours late."),
    )
    assert not [c for c in brief["conflicts"] if c["kind"] == "quantity"], brief["conflicts"]


def test_the_subject_of_a_happening_is_the_act_its_date_dates(make) -> None:
    for text, verb in (
        ("The double collection took place on Friday 2 March.", "collect"),
        ("The handover happened on Tuesday.", "handover"),
    ):
        doc = make(text).doc
        pred = next(t for t in doc if t.pos_ == "VERB")
        assert verb in act_lemmas(act_head(pred)), (text, act_head(pred))


def _clocks(make, text: str) -> list[tuple[str, float, bool]]:
    return [
        (q.text, q.value, q.twelve_hour)
        for q in extract_quantities(make(text))
        if q.dimension == "time of day"
    ]


def test_a_spoken_clock_time_with_no_half_of_the_day_is_marked_twelve_hour(make) -> None:
    assert _clocks(make, "The ferry ran aground at about half past three.") == [
        ("about half past three", 3.5 * HOUR, True)
    ]
    assert _clocks(make, "The roof fell in at a little after one o'clock.") == [
        ("after one o'clock", HOUR, True)
    ]
    # a day part fixes it: nothing is left to the story
    assert _clocks(make, "He was found just after nine that night.") == [
        ("just after nine", 21 * HOUR, False)
    ]
    assert _clocks(make, "The hearing ran until close to midnight.") == [
        ("close to midnight", 0.0, False)
    ]
    # a bare hour with no day part is no time: "at about nine" may be an age
    assert _clocks(make, "She left school at about nine.") == []


def _clock_conflicts(brief: dict) -> list[dict]:
    return [c for c in brief["conflicts"] if c.get("dimension") == "time of day"]


def test_the_story_places_a_twelve_hour_time_in_the_half_its_other_readings_give(bench) -> None:
    brief = _brief(
        bench,
        ("Fen Post", "2071-06-03T09:00:00", "The balloon landed in a barley field at 4.10pm."),
        ("Fen Radio", "2071-06-03T10:00:00", "The balloon landed at about 4.10pm near Wisby."),
        (
            "Fen Echo",
            "2071-06-03T11:00:00",
            "The balloon landed at around twenty past five, said the pilot.",
        ),
    )
    found = _clock_conflicts(brief)
    assert found, brief["conflicts"]
    values = sorted(r["value"] for r in found[0]["readings"])
    assert values[-1] == 17 * HOUR + 20 * 60, values  # 5.20pm, never 5.20am
    assert found[0]["outliers"] == ["t2"]


def test_a_twelve_hour_time_alone_in_its_slot_is_left_out(bench) -> None:
    brief = _brief(
        bench,
        ("Fen Post", "2071-06-03T09:00:00", "The barn caught fire at about half past three."),
        ("Fen Radio", "2071-06-03T10:00:00", "The barn caught fire at around ten past five."),
    )
    assert not _clock_conflicts(brief), brief["conflicts"]


def test_odds_ratios_and_prices_are_no_spoken_times(make) -> None:
    for text in (
        "Kestrel, who started at eleven to four, won by a length.",
        "Shares traded at five to six dollars on Monday.",
        "Rates were capped at half past three per cent.",
    ):
        assert _clocks(make, text) == [], text


def test_a_day_part_before_the_time_fixes_its_half_of_the_day(make) -> None:
    assert _clocks(make, "The fire broke out on Tuesday evening at twenty to six.") == [
        ("twenty to six", 17 * HOUR + 40 * 60, False)
    ]
    assert _clocks(make, "The dam gave way overnight, at about half past three.") == [
        ("about half past three", 3.5 * HOUR, False)
    ]


def test_an_hour_and_some_minutes_is_one_span(make) -> None:
    assert _figures(make, "The express reached Dunleary an hour and twenty minutes late.") == [
        ("an hour and twenty minutes", 80 * 60.0, "reach late")
    ]


def test_a_late_start_never_joins_an_early_end(bench) -> None:
    brief = _brief(
        bench,
        (
            "Wick Post",
            "2071-05-05T09:00:00",
            "The Tarn festival in Wickby ended a day early because of storms.",
        ),
        (
            "Wick Radio",
            "2071-05-05T10:00:00",
            "The Tarn festival in Wickby started a day late because of storms.",
        ),
        (
            "Wick Echo",
            "2071-05-05T11:00:00",
            "Storms meant the Tarn festival in Wickby ended two days early.",
        ),
    )
    early = [c for c in brief["conflicts"] if "early" in c["subject"]]
    assert early and {r["article"] for r in early[0]["readings"]} == {"t0", "t2"}, early


def _counts(brief: dict) -> list[dict]:
    return [c for c in brief["conflicts"] if c["kind"] == "quantity"]


def test_one_article_counting_with_a_broader_noun_disputes_the_count(bench) -> None:
    brief = _brief(
        bench,
        (
            "Renal News",
            "2071-06-10T09:00:00",
            "Twenty-three patients were on the morning session at the renal unit.",
        ),
        (
            "Vale TV",
            "2071-06-10T10:00:00",
            "There were 23 patients on the morning session when the water was tainted.",
        ),
        (
            "Kidney Forum",
            "2071-06-10T11:00:00",
            "There were 32 of us on the morning session at the renal unit.",
        ),
    )
    found = _counts(brief)
    assert found and found[0]["outliers"] == ["t2"], brief["conflicts"]
    assert sorted(r["value"] for r in found[0]["readings"]) == [23.0, 23.0, 32.0]


def test_a_narrower_group_or_a_breakdown_is_no_rival_count(bench) -> None:
    for third in (
        "Three firefighters were injured in the blast at the Orrin mill.",
        "Nine adults and three children were injured in the blast at the Orrin mill.",
    ):
        brief = _brief(
            bench,
            (
                "Orrin Post",
                "2071-05-05T09:00:00",
                "Twelve people were injured in the blast at the Orrin mill.",
            ),
            (
                "Orrin Radio",
                "2071-05-05T10:00:00",
                "12 people were injured in the blast at the Orrin mill, police said.",
            ),
            ("Orrin Echo", "2071-05-05T11:00:00", third),
        )
        assert not _counts(brief), (third, brief["conflicts"])


def test_an_alarm_or_an_alert_states_no_fire_or_emergency() -> None:
    for denial, assertion in (
        ("There was no fire at the school, the head said on Tuesday.",
         "The fire alarm went off at the school at 9am on Tuesday."),
        ("There is no emergency, the council said on Tuesday.",
         "An emergency alert was sent to phones in the town on Tuesday."),
        ("There was no flood in the village, the council said on Tuesday.",
         "A flood warning was issued for the village on Tuesday."),
    ):  # fmt: skip
        assert not story_fact_conflicts([denial, assertion], None, "2071-05-05"), assertion
    # a head that is no message keeps the word the act: "strike action" is a strike,
    # "water supplies" are water
    assert story_fact_conflicts(
        ["The village of Brack has been without water since Monday.",
         "Water supplies to the village of Brack have been restored, the company said."],
        None,
        "2071-05-05",
    )  # fmt: skip
    assert story_fact_conflicts(
        ["There will be no strike at the depot, the union said on Tuesday.",
         "Strike action began at the depot on Tuesday morning."],
        None,
        "2071-05-05",
    )  # fmt: skip


def test_a_sister_group_of_people_is_no_kindred_count() -> None:
    from consilience.figure_kindred import kindred

    assert kindred("person", "patient") and kindred("person", "member")
    assert not kindred("firefighter", "person")  # narrower: a part of the people
    assert not kindred("woman", "man") and not kindred("engineer", "worker")
