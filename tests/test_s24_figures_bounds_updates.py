"""Session 24 figure kinds, on sentences written for these tests (insurers, councils, clubs,
mountain rescue, courts, fire crews: other events, other words): a level a figure goes past
("could top", "are expected to exceed") is the subject's own lower bound, not another's
figure; ages of people of opposite sex are two people's; a later toll that a clause of the
story tells as the n-th of its event ("a second climber has died") is an update; counts of
a crew "sent" and the same crew "fighting" are one property, so their disagreement shows."""

from __future__ import annotations

from figure_fixtures import items_of as _items
from figure_fixtures import story as _story
from figure_fixtures import with_text as _with


def _figures(text: str) -> list:
    from consilience.analyse import analyse
    from consilience.model import Article
    from consilience.quantities import extract_quantities

    art = Article(id="a", source="a.md", text=text, title="", published="2026-03-04")
    return extract_quantities(next(iter(analyse([art]))))


def _conflicts(ctx) -> list[dict]:
    from consilience.reconcile import build_quantities

    return build_quantities(ctx)["conflicts"]


def _one(text: str, figure: str):
    (q,) = [q for q in _figures(text) if q.text == figure]
    return q


# --------------------------------------------------------------------------- going past a level


def test_an_indefinite_object_of_a_verb_of_going_past_is_a_lower_bound_of_the_subject():
    from consilience.reconcile import slot_key

    q = _one(
        "Insurers warned that the storm damage could top 80 million euros.", "80 million euros"
    )
    assert q.qualifier == "exceeding" and q.low == 80e6 and q.high > 80e6
    assert slot_key(q) == ("money:EUR", "cost", None)
    q = _one("Losses from the flooding are expected to exceed $2 billion.", "$2 billion")
    assert q.low == 2e9 and slot_key(q) == ("money:USD", "cost", None)
    q = _one("The bill for the repairs, the council admits, may well surpass £3m.", "£3m")
    assert q.qualifier == "exceeding" and q.low == 3e6


def test_a_definite_object_of_a_verb_of_going_past_stays_another_figure():
    from consilience.reconcile import slot_key

    q = _one("The fee topped the 40 million euros paid for the winger in May.", "40 million euros")
    assert q.qualifier == "reference" and slot_key(q) is None
    q = _one("The striker's fee beat 35 million euros, the club said.", "35 million euros")
    assert q.qualifier == "reference"  # "beat" also takes things beaten: no bound read
    q = _one("Sales exceeded its 2019 total of 300 million dollars.", "300 million dollars")
    assert q.qualifier == "reference"


def test_a_level_gone_past_disputes_a_lower_estimate_and_agrees_with_a_higher_one():
    ctx = _story(
        ("Coast Post", "2026-03-04T08:00:00", "Insurers warned that damage from the storm could top 80 million euros."),
        ("Shore News", "2026-03-04T09:00:00", "The insurers' association put the damage from the storm at around 45 million euros."),
    )  # fmt: skip
    (item,) = _with(_conflicts(ctx), "80 million euros")
    assert item.get("update") is False
    ctx = _story(
        ("Coast Post", "2026-03-04T08:00:00", "Insurers warned that damage from the storm could top 80 million euros."),
        ("Shore News", "2026-03-04T09:00:00", "The insurers' association put the damage from the storm at about 85 million euros."),
    )  # fmt: skip
    (item,) = _with(_items(ctx), "80 million euros")
    assert "agree" in item["explanation"]


# --------------------------------------------------------------------------- ages by sex


def test_sex_of_person_nouns():
    from consilience.figure_ages import sex_of

    assert [sex_of(n) for n in ("woman", "girl", "widow", "man", "boy", "son")] == [
        "female", "female", "female", "male", "male", "male"
    ]  # fmt: skip
    assert [sex_of(n) for n in ("guest", "driver", "pensioner", None, "")] == [None] * 5


def test_ages_of_a_woman_and_a_man_are_two_peoples_never_one_update():
    ctx = _story(
        ("Valley Wire", "2026-03-04T08:00:00", "The climber who died, a 58-year-old woman, had been roped to a guide."),
        ("Valley Wire", "2026-03-04T19:00:00", "Police later arrested a 24-year-old man on suspicion of manslaughter."),
    )  # fmt: skip
    assert not _with(_items(ctx), "year-old")


def test_ages_of_two_women_still_disagree():
    ctx = _story(
        ("Valley Wire", "2026-03-04T08:00:00", "The climber who died, a 58-year-old woman, had been roped to a guide."),
        ("Alpine Post", "2026-03-04T10:00:00", "The dead climber, a 61-year-old woman, had been roped to a guide."),
    )  # fmt: skip
    assert _with(_items(ctx), "58-year-old")


# --------------------------------------------------------------------------- n-th of an event


def test_a_clause_telling_the_nth_of_an_event_gives_its_tally():
    from consilience.analyse import analyse
    from consilience.figure_tolls import ordinal_tallies
    from consilience.model import Article

    def tallies(text: str) -> list:
        art = Article(id="a", source="a.md", text=text, title="", published="2026-03-04")
        return ordinal_tallies(next(iter(analyse([art]))).doc)

    assert tallies("A second climber has died in hospital, police said.") == [(2, "die")]
    assert tallies("A third suspect was arrested in Leeds on Friday.") == [(3, "arrest")]
    assert tallies("Doctors fear a second patient could die.") == []
    assert tallies("No second suspect has been arrested.") == []
    assert tallies("The first climber died on the ridge.") == []


_ONE = "One climber died when the avalanche struck the ridge, the rescue service said."
_ONE_B = "One climber was killed in the avalanche on the ridge, rescuers told us."
_TWO = "Two climbers have died after the avalanche on the ridge on Monday."


def test_a_higher_toll_that_the_story_tells_as_the_nth_death_is_an_update():
    ctx = _story(
        ("Valley Wire", "2026-03-04T08:00:00", _ONE),
        ("Radio Alp", "2026-03-04T12:00:00", _ONE_B),
        ("Alpine Post", "2026-03-05T07:00:00", _TWO),
        ("Valley Wire", "2026-03-04T19:00:00", "A second climber has died in hospital after the avalanche, police said."),
    )  # fmt: skip
    (item,) = _with(_items(ctx), "Two climbers")
    assert item.get("update") is True


def test_a_higher_toll_no_clause_tells_as_reached_stays_a_disagreement():
    ctx = _story(
        ("Valley Wire", "2026-03-04T08:00:00", _ONE),
        ("Radio Alp", "2026-03-04T12:00:00", _ONE_B),
        ("Alpine Post", "2026-03-05T07:00:00", _TWO),
        ("Valley Wire", "2026-03-04T19:00:00", "Doctors fear a second climber could die in hospital, police said."),
    )  # fmt: skip
    (item,) = _with(_items(ctx), "Two climbers")
    assert item.get("update") is False


# --------------------------------------------------------------------------- a crew sent


def test_a_crew_sent_and_the_same_crew_at_work_are_one_count_that_may_disagree():
    ctx = _story(
        ("Mill Gazette", "2026-03-04T08:00:00", "Some 90 firefighters were sent to the blaze at the paper mill."),
        ("Town Radio", "2026-03-04T09:00:00", "About 60 firefighters fought the blaze at the paper mill."),
    )  # fmt: skip
    (item,) = _with(_items(ctx), "90 firefighters")
    assert {r["text"] for r in item["readings"]} >= {
        "Some 90 firefighters",
        "About 60 firefighters",
    }
    assert item.get("update") is False


def test_a_crew_sent_an_order_of_magnitude_apart_is_not_joined():
    ctx = _story(
        ("Mill Gazette", "2026-03-04T08:00:00", "Some 900 firefighters were sent to the blaze at the paper mill."),
        ("Town Radio", "2026-03-04T09:00:00", "About 60 firefighters fought the blaze at the paper mill."),
    )  # fmt: skip
    assert not [e for e in _items(ctx) if len({r["article"] for r in e["readings"]}) > 1]


# --------------------------------------------------------------------------- "m" as million


def test_an_m_before_a_plural_noun_of_people_or_living_things_is_a_million():
    q = _one("The new rules cover about 1.3m pupils in state schools.", "about 1.3m pupils")
    assert (q.value, q.dimension, q.noun) == (1.3e6, "count", "pupil")
    q = _one("More than 2.5m viewers watched the final on Sunday.", "More than 2.5m viewers")
    assert q.value == 2.5e6 and q.low == 2.5e6
    q = _one("The charity will plant 2m trees along the motorway.", "2m trees")
    assert q.value == 2e6


def test_an_m_of_a_height_a_wave_or_a_race_stays_metres():
    assert _one("A 2m wall was built around the depot.", "2m").unit == "m"
    assert _one("The 400m runners lined up in the rain.", "400m").unit == "m"
    assert all(q.unit == "m" for q in _figures("Waves of 6m and 4m swells battered the pier."))


# --------------------------------------------------------------------------- unnamed minutes


def test_an_unnamed_minute_beside_several_scorers_joins_the_one_it_agrees_with():
    ctx = _story(
        ("Sports Wire", "2026-03-04T18:00:00", "DERBY, March 4 (SW) - Ana Ruiz scored in the 77th minute. Lena Moss had equalised in the 49th minute."),
        ("Goal Radio", "2026-03-04T19:00:00", "Ana Ruiz scored the winner in the 77th minute. Moss equalised in the 49th minute. Priya Shah's header on 12 minutes had put City ahead."),
        ("Evening Post", "2026-03-05T07:00:00", "Ana Ruiz struck in the 81st minute. Lena Moss had levelled in the 49th minute."),
    )  # fmt: skip
    items = _items(ctx)
    assert not [
        e for e in items if {r["text"] for r in e["readings"]} >= {"77th minute", "on 12 minutes"}
    ]


# --------------------------------------------------------------------------- led out


def test_people_guided_out_of_a_place_are_evacuated():
    from consilience.reconcile import slot_key

    for text, fig in (
        ("More than 80 pupils were led out onto the playing field.", "More than 80 pupils"),
        ("Some 120 shoppers were brought out of the burning mall.", "Some 120 shoppers"),
        ("About 40 residents were helped out of the flats by neighbours.", "About 40 residents"),
    ):
        assert slot_key(_one(text, fig))[2] == "displaced", text


def test_things_carried_out_are_not_evacuated():
    assert (
        _one("Surgeons carried out 30 operations on Monday.", "30 operations").measure != "evacuate"
    )
    assert _one("Police led 12 raids across the city.", "12 raids").measure != "evacuate"


# --------------------------------------------------------------------------- an old figure


def test_a_figure_a_clause_without_relative_word_describes_is_another_figure():
    from consilience.reconcile import slot_key

    text = "The council now values the depot at about $12m, against $15m it had paid in 2019."
    assert _one(text, "$15m").qualifier == "reference" and slot_key(_one(text, "$15m")) is None
    text = "The airline expects a loss of £30m, against £20m it had promised in May."
    assert _one(text, "£20m").measure == "loss forecast earlier"  # a forecast: its own slot


def test_a_figure_followed_by_its_own_clause_stays_the_figure():
    text = "The council expects a surplus of £2m, against which it will borrow."
    assert _one(text, "£2m").qualifier != "reference"


def test_people_who_walk_or_get_out_themselves_are_not_evacuated():
    q = _one("More than 900 nurses walked out on Monday over pay.", "More than 900 nurses")
    assert q.measure != "evacuate"


def test_a_hospital_as_the_source_of_a_figure_is_no_hospital_stay():
    from consilience.reconcile import slot_key

    q = _one("At least 30 fans were hurt, according to the city hospital.", "At least 30 fans")
    assert slot_key(q)[2] == "injured"
    q = _one("Six fans were taken to hospital, according to police.", "Six fans")
    assert slot_key(q)[2] == "hospitalised"


# --------------------------------------------------------------------------- time a count took


def test_the_time_a_count_was_reached_in_is_no_length_of_an_event():
    from consilience.reconcile import slot_key

    q = _one("The helpline says it took 2,400 calls in three hours.", "three hours")
    assert slot_key(q) is None
    q = _one("United scored three goals in ten minutes after the restart.", "ten minutes")
    assert slot_key(q) is None


def test_a_length_of_an_event_told_with_in_stays_a_reading():
    from consilience.reconcile import slot_key

    q = _one("Crews brought the blaze under control in four hours.", "four hours")
    assert slot_key(q) is not None


# --------------------------------------------------------------------------- one figure, one line


def test_a_reading_of_a_conflict_is_never_also_corroborated(monkeypatch):
    from consilience import reconcile

    ctx = _story(
        ("Mill Gazette", "2026-03-04T08:00:00", "About 60 firefighters fought the blaze at the mill."),
        ("Town Radio", "2026-03-04T09:00:00", "Sixty firefighters fought the blaze at the mill."),
        ("Valley News", "2026-03-04T10:00:00", "Some 90 firefighters fought the blaze at the mill."),
    )  # fmt: skip
    q1, q2, q3 = (ctx.extractions[f"a{i}"].quantities[0] for i in range(3))
    slots = {
        ("count", "firefighter", None, None): [q1, q2],
        ("count", "firefighter", "deployed", None): [q1, q3],
    }
    monkeypatch.setattr(reconcile, "_group", lambda _ctx: {k: list(v) for k, v in slots.items()})
    out = reconcile.build_quantities(ctx)
    assert out["conflicts"] and not out["corroborated"]


# --------------------------------------------------------------------------- a size's sides


def test_the_second_side_of_a_size_is_its_width_never_its_height():
    from consilience.reconcile import slot_key

    text = "The stolen painting measures 60 cm by 45 cm, the gallery said."
    assert slot_key(_one(text, "45 cm"))[1] == "width"
    assert slot_key(_one("The cell was 3 metres by 2 metres.", "2 metres"))[1] == "width"
    assert _one("The panel was signed by 40 staff.", "40 staff").measure != "width"


# --------------------------------------------------------------------------- an earlier forecast


_NEW = "The brewer now expects operating profit of about €120 million"


def test_an_earlier_forecast_is_its_propertys_own_slot_and_may_disagree():
    ctx = _story(
        ("Trade Wire", "2026-03-04T08:00:00", f"{_NEW}, down from the €150 million it forecast in June."),
        ("Market Desk", "2026-03-04T12:00:00", f"{_NEW}, against €160m it had promised in the spring."),
    )  # fmt: skip
    conflicts = _conflicts(ctx)
    (item,) = _with(conflicts, "€150 million")
    assert {r["text"] for r in item["readings"]} == {"€150 million", "€160m"}
    assert not _with(conflicts, "about €120 million")


def test_a_figure_of_a_year_before_is_no_forecast():
    text = "Sales rose to $3bn, up from $2.5bn a year earlier."
    assert _one(text, "$2.5bn").qualifier == "reference"


# --------------------------------------------------------------------------- a crowd's members


def test_goers_and_visitors_filling_a_place_are_its_crowd():
    from consilience.reconcile import slot_key

    q = _one("Around 12,000 concertgoers packed the arena on Friday.", "Around 12,000 concertgoers")
    assert slot_key(q)[2] == "attended"
    q = _one("Some 2,000 visitors filled the market square.", "Some 2,000 visitors")
    assert slot_key(q)[2] == "attended"


def test_officers_lining_a_route_are_no_crowd():
    from consilience.reconcile import slot_key

    q = _one("Police said 400 officers lined the route of the parade.", "400 officers")
    assert slot_key(q)[2] != "attended"
