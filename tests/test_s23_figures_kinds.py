"""Session 23 figure kinds, on sentences written for these tests (farms, schools, clubs,
hospitals, utilities, orchestras: other events, other words): shares told as plain
fractions in words and bounded by a qualifier, counts of made things that are "new",
estimates owned by a noun of estimating, the size of a rise or a cut told "by", and
updates that need a report revising the figure."""

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


def _quoted_story(*items: tuple[str, str, str]):
    """A story context (:func:`figure_fixtures.story`) whose extractions hold the quotes."""
    from consilience.quotes import extract_quotes

    ctx = _story(*items)
    for an in ctx.analyses:
        ctx.extractions[an.article.id].quotes = extract_quotes(an)
    return ctx


def _shares(text: str) -> list:
    return [q for q in _figures(text) if q.dimension == "percentage"]


# --------------------------------------------------------------------------- fractions


def test_a_plain_fraction_of_a_plural_noun_is_a_share_of_it():
    (q,) = _shares("Two-thirds of the region's dairy farms reported losses after the drought.")
    assert (round(q.value, 1), q.measure) == (66.7, "farm")
    (q,) = _shares("The inspectors found that three quarters of schools in the county had no nurse.")
    assert (q.value, q.measure) == (75.0, "school")
    (q,) = _shares("Half of all members voted to strike.")
    assert (q.value, q.measure) == (50.0, "member")


def test_a_fraction_in_ten_may_name_its_noun_after_of():
    (q,) = _shares("The club says nine in ten of its season-ticket holders renewed.")
    assert q.value == 90.0 and q.measure == "holder"
    assert not [x for x in _figures("Nine in ten of its holders renewed.") if x.dimension == "count"]


def test_a_qualifier_bounds_a_fraction():
    (q,) = _shares("Fewer than a third of patients were seen within four hours, the audit found.")
    assert q.high <= 33.4 and q.low == 0.0 and q.qualifier == "fewer than"
    (q,) = _shares("By Friday almost three quarters of the harvest workers had left.")
    assert q.high == 75.0 and q.low < 75.0


def test_a_fraction_of_one_thing_or_of_a_counted_whole_is_no_share():
    assert not _shares("The ferry was delayed by a quarter of an hour.")
    assert not _shares("She played the second half of the season in Spain.")
    assert not _shares("Half of the 12 victims were children.")


def test_a_share_in_words_disputes_a_percentage_outside_its_reach():
    ctx = _story(
        ("Farm Wire", "2026-08-01T08:00:00+00:00", "About 80% of the county's farms lost part of their crop, the union said."),
        ("Rural Weekly", "2026-08-03T08:00:00+00:00", "The drought hit nearly two-thirds of the county's farms, the union says."),
    )  # fmt: skip
    found = _with(_items(ctx), "two-thirds")
    assert found and found[0].get("update") is False, found  # two readings: no majority


def test_a_share_in_words_agrees_with_a_percentage_within_its_reach():
    ctx = _story(
        ("Transit Wire", "2026-08-01T08:00:00+00:00", "In the past year 91% of the city's buses ran on time, the operator said."),
        ("City Desk", "2026-08-02T08:00:00+00:00", "The operator says nine in ten of its buses ran on time in the past twelve months."),
    )  # fmt: skip
    found = _with(_items(ctx), "nine in ten")
    assert found and "update" not in found[0] and "agree within" in found[0]["explanation"]


# --------------------------------------------------------------------------- new things


def test_new_made_things_are_counted_not_added():
    assert _keys("The trust points to 25 new ambulances due next spring.") == {
        "25 new ambulances": ("count", "ambulance", None, None)
    }
    keys = _keys("The levy would help pay for 300 new homes.")
    assert keys["300 new homes"] is not None


def test_new_happenings_stay_an_increment():
    keys = _keys("Health officials reported 14 new cases on Friday.")
    assert keys["14 new cases"] is None


def test_two_counts_of_new_made_things_disagree():
    ctx = _story(
        ("Health Wire", "2026-03-01T08:00:00+00:00", "The trust said the money would pay for 25 new ambulances."),
        ("Evening Review", "2026-03-05T08:00:00+00:00", "The trust points to 19 new ambulances and insists response times are improving."),
    )  # fmt: skip
    found = _with(_items(ctx), "19 new ambulances")
    assert found and found[0].get("update") is False, found


# --------------------------------------------------------------------------- estimates


def test_an_estimate_owned_by_a_noun_of_estimating_takes_the_property_before_it():
    from consilience.figure_estimates import borrowed_estimates

    qs = _figures("The club says the new stand will cost £30m. The supporters' trust's own calculation is nearer £45m.")
    borrowed = borrowed_estimates(qs)
    (est,) = [q for q in qs if "45" in q.text]
    assert borrowed[id(est)].measure == "cost"


def test_an_article_that_gives_a_figure_and_an_estimate_against_it_reads_the_estimate():
    ctx = _story(
        ("Arts Wire", "2026-04-01T08:00:00+00:00", "The refit of the concert hall will cost $18 million, the city said."),
        ("Culture Desk", "2026-04-02T08:00:00+00:00", "The refit will cost $18 million, according to the city."),
        ("Weekend Review", "2026-04-08T08:00:00+00:00", "The city puts the bill at $18 million. Independent estimates come closer to $30 million."),
    )  # fmt: skip
    found = _with(_items(ctx), "$30 million")
    assert found and found[0].get("outliers") == ["a2"], found
    assert not [e for e in _items(ctx) if "update" not in e and "$18" in str(e)]  # no corroboration


def test_an_estimate_of_another_dimension_borrows_nothing():
    from consilience.figure_estimates import borrowed_estimates

    qs = _figures("The bridge will cost €90m. Independent estimates suggest 40,000 crossings a day.")
    assert not borrowed_estimates(qs)


# --------------------------------------------------------------------------- change by


def test_a_sum_told_by_a_verb_of_change_is_the_size_of_the_change():
    keys = _keys("The grant to the orchestra was cut by €2m this year.")
    assert keys == {"€2m": ("money:EUR", "decrease", None)}
    keys = _keys("The monthly water bill rises by $40 to $210.")
    assert keys["$40"] == ("money:USD", "increase", None)
    assert keys["$210"] != ("money:USD", "increase", None)
    keys = _keys("Parking permits will go up by more than £60 next year.")
    assert list(keys.values()) == [("money:GBP", "increase", None)]


def test_by_after_a_verb_of_no_change_is_no_change():
    keys = _keys("The striker was bought by Rovers for £2m.")
    assert all(k is None or k[1] not in ("increase", "decrease") for k in keys.values())


def test_two_sizes_of_one_rise_disagree():
    ctx = _story(
        ("Utility Wire", "2026-02-01T08:00:00+00:00", "The typical annual water bill rises by $40 to $610, the utility said."),
        ("Town Gazette", "2026-02-02T08:00:00+00:00", "A typical household's water bill will go up by more than $90, the Gazette has learned."),
    )  # fmt: skip
    found = _with(_items(ctx), "more than $90")
    assert found and found[0].get("update") is False, found
    assert all("$610" not in r["text"] for r in found[0]["readings"])


# --------------------------------------------------------------------------- updates


def test_another_outlets_figure_a_day_later_with_no_word_of_change_is_a_conflict():
    ctx = _story(
        ("Valley Wire", "2026-01-10T09:00:00+00:00", "A bus overturned on the mountain road, killing two passengers and injuring 11 others, police said."),
        ("Valley Radio", "2026-01-10T17:00:00+00:00", "Two passengers died and 11 people were hurt when the bus overturned."),
        ("Hill Herald", "2026-01-11T06:00:00+00:00", "Two people died and 15 were injured when a bus overturned on the mountain road."),
    )  # fmt: skip
    found = _with(_items(ctx), "15")
    assert found and found[0].get("update") is False, found


def test_a_later_report_that_says_the_figure_rose_is_an_update():
    ctx = _story(
        ("Valley Wire", "2026-01-10T09:00:00+00:00", "A bus overturned on the mountain road, killing two passengers and injuring 11 others, police said."),
        ("Hill Herald", "2026-01-11T06:00:00+00:00", "The number of passengers injured has risen to 15, the hospital said."),
    )  # fmt: skip
    found = _with(_items(ctx), "15")
    assert found and found[0].get("update") is True, found


def test_an_outlets_own_later_report_is_an_update():
    ctx = _story(
        ("Valley Wire", "2026-01-10T09:00:00+00:00", "A bus overturned on the mountain road, injuring 11 passengers, police said."),
        ("Valley Wire", "2026-01-10T18:00:00+00:00", "A bus overturned on the mountain road, injuring 15 passengers, police said."),
    )  # fmt: skip
    found = _with(_items(ctx), "15")
    assert found and found[0].get("update") is True, found


def test_homes_without_power_a_later_day_with_no_word_of_change_disagree():
    ctx = _story(
        ("Storm Wire", "2026-10-03T08:00:00+00:00", "About 9,000 homes lost power when the storm brought down lines."),
        ("Coast Radio", "2026-10-03T12:00:00+00:00", "Around 9,000 homes lost power overnight, the network said."),
        ("Weekly Review", "2026-10-06T08:00:00+00:00", "Some 14,000 homes lost power, the network says."),
    )  # fmt: skip
    found = _with(_items(ctx), "14,000")
    assert found and found[0].get("update") is False, found


def test_a_later_figure_another_report_gives_as_a_revision_is_an_update():
    ctx = _story(
        ("Lake Wire", "2026-07-04T09:00:00+00:00", "A pleasure boat capsized on the lake, killing two passengers, police said."),
        ("Lake Radio", "2026-07-04T11:00:00+00:00", "Two passengers died when the boat capsized."),
        ("Lake Wire", "2026-07-04T19:00:00+00:00", "A third passenger has died in hospital, police said, raising the death toll to three."),
        ("Shore Courier", "2026-07-05T06:00:00+00:00", "The town woke to the news that three of the passengers had died."),
    )  # fmt: skip
    found = [e for e in _with(_items(ctx), "three") if "update" in e]
    assert found and all(e["update"] is True for e in found), found


# --------------------------------------------------------------------------- broken records


def test_a_record_broken_or_taken_off_is_the_old_figure_not_a_reading():
    keys = _keys("Okoro ran 9.79 seconds and broke the record of 9.84 seconds held by his coach.")
    assert keys["9.84 seconds"] is None and keys["9.79 seconds"] is not None
    keys = _keys("The Kenyan shaved four seconds off the course record of 2:06:14 to win in 2:06:10.")
    assert keys["2:06:14"] is None and keys["2:06:10"] == ("duration", "time taken", None)


def test_a_record_set_is_the_new_figure():
    keys = _keys("Castellan set a world record of 4:24.38 in the final.")
    assert keys["4:24.38"] == ("duration", "time taken", None)


def test_the_broken_record_is_no_rival_of_the_winning_time():
    ctx = _story(
        ("Run Wire", "2026-10-04T12:00:00+00:00", "Amina Said won the city marathon in 2:19:40, taking 50 seconds off the course record of 2:20:30 set in 2019."),
        ("Run Blog", "2026-10-04T12:30:00+00:00", "Said crosses the line in 2:19:40. A course record!"),
        ("Run Portal", "2026-10-04T13:00:00+00:00", "Amina Said won the city marathon in 2:19:40, taking 50 seconds off the course record of 2:20:30 set in 2019."),
    )  # fmt: skip
    assert not [e for e in _with(_items(ctx), "2:20:30") if "update" in e]


# --------------------------------------------------------------------------- one line


def test_a_figure_in_a_conflict_is_not_also_corroborated_under_another_verb():
    ctx = _story(
        ("Arts Wire", "2026-09-01T09:00:00+00:00", "The gallery returned 22 bronze plaques to the city on Friday."),
        ("City Radio", "2026-09-01T12:00:00+00:00", "22 plaques were returned at a ceremony on Friday."),
        ("Daily Post", "2026-09-01T15:00:00+00:00", "The gallery handed over 22 bronze plaques."),
        ("Arts Weekly", "2026-09-06T09:00:00+00:00", "The gallery handed over 25 plaques, the museum's own list shows."),
    )  # fmt: skip
    items = _with(_items(ctx), "22")
    conflicts = [e for e in items if "update" in e]
    assert conflicts, items
    assert not [e for e in items if "update" not in e], items


def test_counts_of_people_with_and_without_an_event_stay_apart():
    from consilience.reconcile import _one_set_unnamed_event

    assert not _one_set_unnamed_event(("count", "person", None, None), ("count", "person", "killed", None))
    assert _one_set_unnamed_event(("count", "plaque", None, None), ("count", "plaque", "displaced", None))


def test_one_persons_figure_quoted_by_two_outlets_is_not_corroborated():
    ctx = _quoted_story(
        ("Club Release", "2026-05-01T09:00:00+00:00", 'Chairman Piet Vos said: "Our supporters will be in the new stand within three years."'),
        ("Sport Wire", "2026-05-01T11:00:00+00:00", 'Club chairman Piet Vos told reporters that fans would "be in the new stand within three years".'),
    )  # fmt: skip
    assert not [e for e in _with(_items(ctx), "three years") if "update" not in e]


def test_two_speakers_giving_one_figure_corroborate_it():
    ctx = _quoted_story(
        ("Club Release", "2026-05-01T09:00:00+00:00", 'Chairman Piet Vos said: "The new stand will hold 12,000 fans."'),
        ("Sport Wire", "2026-05-01T11:00:00+00:00", 'Architect Lena Moor said the new stand would hold 12,000 fans.'),
    )  # fmt: skip
    found = _with(_items(ctx), "12,000")
    assert found and "update" not in found[0], found


def test_a_fraction_of_a_group_noun_is_a_share_of_its_members():
    (q,) = _shares("Nearly two-thirds of the workforce backed the pay offer.")
    assert (round(q.value, 1), q.measure, q.qualifier) == (66.7, "workforce", "nearly")
    assert not _shares("Rain fell for half of the match.")


def test_the_real_figure_answers_the_figure_before_it():
    from consilience.figure_estimates import borrowed_estimates

    qs = _figures("The council says the flood repairs cost £3m. The real figure is closer to £5m, engineers say.")
    borrowed = borrowed_estimates(qs)
    (rebuttal,) = [q for q in qs if "5m" in q.text]
    assert borrowed[id(rebuttal)].measure == "cost"


def test_a_rival_figure_with_no_property_answers_the_figure_before_it():
    from consilience.figure_estimates import borrowed_estimates

    qs = _figures("The ministry says the new bridge will cost €90m. Opposition councillors say it is closer to €140m.")
    assert [(q.text, p.text) for q in qs for p in [borrowed_estimates(qs).get(id(q))] if p] == [
        ("closer to €140m", "€90m")
    ]
    qs = _figures("The club put the attendance at 12,000. Police said it was nearer 9,000 people.")
    assert [p.text for p in borrowed_estimates(qs).values()] == ["12,000"]


def test_a_comparative_after_a_copula_takes_its_subjects_property():
    keys = _keys("The company says the plant will cost $2bn, but analysts say the bill will be closer to $3bn.")
    assert keys["closer to $3bn"] == ("money:USD", "cost", None)


def test_a_plain_figure_after_another_borrows_nothing():
    from consilience.figure_estimates import borrowed_estimates

    qs = _figures("The ministry says the bridge will cost €90m. It is 400 metres long and opens in May.")
    assert not borrowed_estimates(qs)
    qs = _figures("The ferry carried 300 passengers. It was closer to the shore than usual, with 40 crew.")
    assert not borrowed_estimates(qs)
