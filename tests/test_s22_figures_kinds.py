"""Session 22 figure kinds, on sentences written for these tests (other events, other words):
match minutes told "on N minutes", crowds that "packed into" a place, scores at a stage of the
match, hours and days per week, windows a duration is spread over, estimates of a pronoun,
shares told as fractions in words, hedged figures of two digits, currencies named "crowns",
ages of ancient things, counts "in custody", and one disagreement shown once."""

from __future__ import annotations

from figure_fixtures import items_of as _items
from figure_fixtures import story as _story
from figure_fixtures import with_text as _with


def _figures(text: str, published: str = "2026-05-09") -> list:
    from consilience.analyse import analyse
    from consilience.model import Article
    from consilience.quantities import extract_quantities

    art = Article(id="a", source="a.md", text=text, title="", published=published)
    return extract_quantities(next(iter(analyse([art]))))


def _keys(text: str) -> dict[str, tuple | None]:
    from consilience.reconcile import slot_key

    return {q.text: slot_key(q) for q in _figures(text)}


# --------------------------------------------------------------------------- match minutes


def test_on_n_minutes_is_the_match_minute_of_a_dismissal():
    keys = _keys("Marta Lind is off on 63 minutes for a second yellow card.")
    assert keys == {"on 63 minutes": ("ordinal:minute", "dismissal", "marta lind")}
    keys = _keys("- Okafor red card on 71 minutes")
    assert list(keys.values()) == [("ordinal:minute", "dismissal", None)]


def test_on_n_minutes_without_a_match_event_stays_a_duration():
    keys = _keys("The committee agreed on 45 minutes of questions for each witness.")
    assert all(k is None or k[0] != "ordinal:minute" for k in keys.values()), keys


def test_the_minute_of_a_red_card_disputed_across_reports():
    ctx = _story(
        ("Coast Sport", "2026-04-11T18:00:00+00:00", "Fenwick beat Dunmore 2-1 after Dunmore defender Ivo Sand was sent off in the 38th minute."),
        ("Pitchside Blog", "2026-04-11T18:30:00+00:00", "RED CARD. Ivo Sand is off on 41 minutes after a late lunge."),
    )  # fmt: skip
    found = _with(_items(ctx), "41 minutes")
    assert found and "majority" in found[0] and "agree" not in found[0]["explanation"]


# --------------------------------------------------------------------------- crowds


def test_a_bare_number_that_packs_into_a_place_is_its_crowd():
    keys = _keys("On Sunday about 12,000 fans crammed into the Old Showground.")
    assert keys == {"about 12,000 fans": ("count", "person", "attended", None)}
    keys = _keys("More than 4,000 packed in at Riverside Park.")
    assert list(keys.values()) == [("count", "person", "attended", None)]


def test_crowd_verbs_without_a_place_count_no_crowd():
    keys = _keys("Some 300 lined up for vaccines at the clinic.")
    assert all(k is None or k[2] != "attended" for k in keys.values()), keys


# --------------------------------------------------------------------------- scores


def test_a_half_time_score_is_another_slot_than_the_result():
    keys = _keys("Carlow won 31-20 after leading 14-6 at the break.")
    assert keys["31-20"] == ("score", "score", None)
    assert keys["14-6"] == ("score", "interim score", None)


def test_a_score_between_two_side_names_reads_in_their_order():
    q = _figures("Interval: Harriers 7-17 Wanderers.")
    assert [(x.value, x.measure) for x in q] == [(17007.0, "interim score")]


def test_a_rising_range_after_one_name_is_no_score():
    assert not [q for q in _figures("Tickets cost 10-12 Euros on Friday.") if q.dimension == "score"]


def test_half_time_scores_are_compared_apart_from_the_result():
    ctx = _story(
        ("Rugby Desk", "2026-03-02T17:00:00+00:00", "Kelso beat Annan 27-20. Kelso trailed 13-10 at half-time."),
        ("Border Radio", "2026-03-02T18:00:00+00:00", "Kelso won 27-20 at home. Annan led 13-7 at the interval."),
    )  # fmt: skip
    half = _with(_items(ctx), "13-7")
    assert half and "majority" in half[0] or "no majority" in half[0]["explanation"]
    assert not [e for e in _with(_items(ctx), "27-20") if "update" in e and e["update"]]
    assert all("13" not in r["text"] for e in _with(_items(ctx), "27-20") for r in e["readings"])


# --------------------------------------------------------------------------- per period


def test_hours_and_days_per_week_are_two_properties():
    keys = _keys("Nurses will move to a 38-hour week. The union wants a four-day week.")
    assert keys["38-hour"] == ("rate:hour per week", "hour per week", None)
    assert keys["four-day"] == ("rate:day per week", "day per week", None)
    keys = _keys("Drivers will work 40 hours a week.")
    assert keys == {"40 hours": ("rate:hour per week", "hour per week", None)}


def test_a_window_a_duration_is_spread_over_is_no_reading():
    keys = _keys("Staff will work 38 hours spread over four days.")
    assert keys["four days"] is None
    keys = _keys("The festival ran over four days.")
    assert keys["four days"] is not None


def test_no_false_conflict_between_a_days_week_and_an_hours_week():
    ctx = _story(
        ("Civic Wire", "2026-02-02T09:00:00+00:00", "Teachers will work a four-day week from January."),
        ("Civic News", "2026-02-02T11:00:00+00:00", "Teachers will work a 35-hour week from January."),
    )  # fmt: skip
    assert not _with(_items(ctx), "35-hour") or not _with(_items(ctx), "four-day")


# --------------------------------------------------------------------------- estimates


def test_an_estimate_of_a_pronoun_takes_the_property_before_it():
    ctx = _story(
        ("Harbour Post", "2026-06-01T08:00:00+00:00", "The new ferry terminal will cost $90 million, the port says."),
        ("Bay Review", "2026-06-02T08:00:00+00:00", "The port says the terminal will cost $90 million. Engineers put it closer to $130 million."),
    )  # fmt: skip
    found = _with(_items(ctx), "$130 million")
    assert found and "agree within" not in found[0]["explanation"], found
    assert {r["text"] for r in found[0]["readings"]} == {"$90 million", "closer to $130 million"}


def test_an_estimate_with_its_own_noun_keeps_it():
    from consilience.figure_estimates import borrowed_estimates

    qs = _figures("Repairs cost $4 million. Insurers estimated the damage at $6 million.")
    assert not borrowed_estimates(qs)


# --------------------------------------------------------------------------- fractions


def test_a_fraction_in_words_is_a_share_of_its_noun():
    (q,) = _figures("Nine in ten commuters now pay by card.")
    assert (q.dimension, q.value, q.measure) == ("percentage", 90.0, "commuter")
    assert (q.low, q.high) == (87.5, 92.5)
    (q,) = _figures("Two out of three voters backed the plan.")
    assert round(q.value, 1) == 66.7 and q.measure == "voter"


def test_words_that_are_no_fraction_stay_counts():
    assert [q.dimension for q in _figures("She scored one in ten.")] in ([], ["count"])
    qs = _figures("The bus carried nine passengers in ten minutes.")
    assert all(q.dimension != "percentage" for q in qs)


def test_a_fraction_disputes_a_percentage_outside_its_step():
    ctx = _story(
        ("Money Wire", "2026-01-20T08:00:00+00:00", "About 70% of commuters pay by card, the operator said."),
        ("City Paper", "2026-01-21T08:00:00+00:00", "Nine in ten commuters pay by card, the operator says."),
    )  # fmt: skip
    found = _with(_items(ctx), "Nine in ten commuters")
    assert found and "agree" not in found[0]["explanation"]


# --------------------------------------------------------------------------- hedges, money


def test_a_hedged_figure_of_two_digits_is_no_round_figure():
    (a,) = _figures("The dam will hold about 160 million litres.")
    assert (a.low, a.high) == (0.152 * 1e6, 0.168 * 1e6) or abs(a.high / a.value - 1.05) < 1e-9
    (b,) = _figures("The dam will hold about 200 million litres.")
    assert abs(b.high / b.value - 1.1) < 1e-9  # one significant digit: a round figure


def test_crowns_are_money_after_a_scale_word_only():
    (q,) = _figures("The plan should save around 120 million crowns a year.")
    assert (q.dimension, q.unit) == ("money", "crowns")
    qs = _figures("The dentist fitted three crowns.")
    assert all(q.dimension != "money" for q in qs)


def test_two_hedged_savings_far_apart_are_a_conflict():
    ctx = _story(
        ("Bank Wire", "2026-03-01T08:00:00+00:00", "The merger is expected to save around 120 million crowns a year."),
        ("Market News", "2026-03-01T18:00:00+00:00", "Analysts estimate the savings at about 150 million crowns a year."),
    )  # fmt: skip
    found = _with(_items(ctx), "150 million crowns")
    assert found and "agree" not in found[0]["explanation"]


# --------------------------------------------------------------------------- ages


def test_an_ancient_things_age_is_an_age_in_years():
    qs = _figures("Divers found a canoe about 4,200 years old in the lake.")
    assert [(q.dimension, q.value, q.measure) for q in qs] == [("age", 4200.0, "years old")]
    qs = _figures("The hearth was used about 4,200 years ago.")
    assert [(q.dimension, q.value) for q in qs] == [("age", 4200.0)]
    (q,) = _figures("The canoe may be as old as 5,000 years.")
    assert (q.dimension, q.value) == ("age", 5000.0)


def test_recent_years_ago_date_an_event():
    assert not _figures("The mill closed two years ago.")


# --------------------------------------------------------------------------- updates


def test_a_with_phrase_under_a_verb_of_falling_is_no_change_of_the_count():
    ctx = _story(
        ("Valley Wire", "2026-01-10T09:00:00+00:00", "The minibus had 19 people on board when it crashed."),
        ("Valley Herald", "2026-01-11T07:00:00+00:00", "The minibus, with 16 people on board, fell down an embankment."),
    )  # fmt: skip
    found = _with(_items(ctx), "16 people")
    assert found and not found[0].get("update"), found[0]["explanation"]


def test_a_count_in_custody_is_a_count_of_arrests():
    keys = _keys("Four women are in custody. Two men remain under arrest.")
    assert set(keys.values()) == {("count", "person", "arrested", None)}
    keys = _keys("Four women are in the building.")
    assert all(k is None or k[2] != "arrested" for k in keys.values())


# --------------------------------------------------------------------------- shown once


def test_an_age_conflict_read_off_years_is_shown_once_as_the_date():
    from consilience.reconcile import _told_as_date

    cite = {"article": "a", "start": 10, "end": 22}
    age = {"readings": [{"citation": cite}, {"citation": {"article": "b", "start": 5, "end": 17}}]}
    date = {"readings": [{"citation": {"article": "a", "start": 15, "end": 22}},
                         {"citation": {"article": "b", "start": 8, "end": 17}}]}  # fmt: skip
    assert _told_as_date(age, [date])
    other = {"readings": [{"citation": {"article": "a", "start": 40, "end": 50}}]}
    assert not _told_as_date(age, [other])


# --------------------------------------------------------------------------- directions


def _span_of(text: str, figure: str):
    from consilience.analyse import analyse
    from consilience.model import Article

    art = Article(id="a", source="a.md", text=text, title="", published="2026-05-09")
    doc = next(iter(analyse([art]))).doc
    start = text.index(figure)
    return doc.char_span(start, start + len(figure), alignment_mode="expand")


def test_a_move_told_as_a_fall():
    from consilience.figure_directions import is_fall

    assert is_fall(_span_of("Norvik shares slid 1.8% in early trading.", "1.8%"))
    assert is_fall(_span_of("Norvik shares closed 2.9% lower on Friday.", "2.9%"))
    assert not is_fall(_span_of("Norvik shares gained 2.9% on Friday.", "2.9%"))
    assert not is_fall(_span_of("The lake covers 40% of the park.", "40%"))


def test_an_update_of_a_fall_is_never_worded_as_a_rise():
    ctx = _story(
        ("Market Wire", "2026-05-07T08:10:00+00:00", "Shares of Norvik Foods fell 1.8% in early trading after the recall."),
        ("Market Wire", "2026-05-07T17:45:00+00:00", "Shares of Norvik Foods closed 2.9% lower on Thursday after the recall."),
    )  # fmt: skip
    for e in _with(_items(ctx), "2.9%"):
        assert "rose from" not in e["explanation"], e["explanation"]


def test_a_vague_number_of_years_ago_gives_no_age():
    qs = _figures("The cliff paintings were left by herders thousands of years ago.")
    assert all(q.dimension != "age" for q in qs), [(q.text, q.dimension) for q in qs]
