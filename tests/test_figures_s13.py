"""Session 13 figure kinds on stories written for these tests: a count's property under
different words (a gerund naming the act, a state used as a noun, the members of one group
that fell ill), a count read behind a dateline or a hyphenated adjective, and each side of
a vote read from its own phrase."""

from __future__ import annotations


def _items(make_ctx, *texts: str, published: list[str] | None = None) -> list[dict]:
    """The count items (conflicts and corroborated) of a story, each as
    ``{"kind", "update", "texts"}``."""
    from consilience.reconcile import build_quantities

    out = build_quantities(make_ctx(*texts, published=published))
    return [
        {
            "kind": kind,
            "update": bool(item.get("update")),
            "texts": {r["text"].strip(" .,") for r in item["readings"]},
        }
        for kind in ("conflicts", "corroborated")
        for item in out[kind]
    ]


def _figures(make_ctx, text: str) -> list:
    return make_ctx(text).extractions["a0"].quantities


# ------------------------------------------------------------ the sides of a vote


def test_each_side_of_a_vote_comes_from_its_own_phrase(make_ctx):
    found = _items(
        make_ctx,
        "The council passed the plan after 41 councillors voted in favour and 17 against.",
        "The plan passed by 44 votes to 17, the council said.",
    )
    assert {"kind": "conflicts", "update": False, "texts": {"41 councillors", "44 votes"}} in found
    assert not any("41 councillors" in f["texts"] and "17" in f["texts"] for f in found)


def test_voted_for_and_voted_in_favour_are_one_side():
    from consilience.analyse import analyse
    from consilience.figure_tallies import FOR, verb_side
    from consilience.model import Article

    arts = [
        Article(id="a", source="a", text="Twelve senators voted in favour of the bill."),
        Article(id="b", source="b", text="Twelve senators voted for the bill."),
    ]
    verbs = [next(t for t in an.doc if t.lemma_ == "vote") for an in analyse(arts)]
    assert [verb_side(v) for v in verbs] == [FOR, FOR]


# ------------------------------------------------------------ reading the count


def test_a_count_behind_a_dateline_takes_the_verb_of_its_clause(make_ctx):
    (trout,) = [
        q
        for q in _figures(
            make_ctx,
            "VALDER, March 9 (Alpine Press) - More than 3,000 trout have died after some 8,000 "
            "litres of diesel leaked from a pipeline into the river Ema early on Monday, the "
            "agency said.",
        )
        if q.noun == "trout"
    ]
    assert trout.measure == "die"


def test_a_hyphenated_adjective_between_number_and_noun_keeps_the_count(make_ctx):
    found = [
        (q.value, q.noun)
        for q in _figures(make_ctx, "Crews cut 12 long-tailed ducks free from the fishing net.")
    ]
    assert (12.0, "duck") in found


# ------------------------------------------------------------ one property, other words


def test_a_gerund_names_the_act_of_its_verb(make_ctx):
    found = _items(
        make_ctx,
        "Rescuers were called to a stranding of 62 dolphins on Marlow Sands on Monday.",
        "Some 26 dolphins became stranded on Marlow Sands on Monday, rescuers said.",
    )
    assert {
        "kind": "conflicts",
        "update": False,
        "texts": {"62 dolphins", "Some 26 dolphins"},
    } in found


def test_the_number_of_dead_is_the_count_of_the_story_s_dead(make_ctx):
    found = _items(
        make_ctx,
        "Six dolphins died on Marlow Sands, rescuers said.",
        "Four more dolphins died overnight, raising the number of dead to 10, rescuers said.",
        published=["2026-06-02", "2026-06-03"],
    )
    assert {"kind": "conflicts", "update": True, "texts": {"Six dolphins", "10"}} in found


def test_members_fallen_ill_are_the_outbreak_s_cases(make_ctx):
    found = _items(
        make_ctx,
        "HOLLIN, June 2 (Wire) - Eleven children at a primary school in Hollin have fallen ill "
        "with food poisoning.",
        "The number of food poisoning cases linked to a primary school in Hollin has risen to "
        "18, health officials said.",
        published=["2026-06-02", "2026-06-03"],
    )
    assert {"kind": "conflicts", "update": True, "texts": {"Eleven children", "18"}} in found


def test_a_part_of_the_stranded_pod_is_no_conflict(make_ctx):
    found = _items(
        make_ctx,
        "Thirty dolphins stranded on Marlow Sands; nine of them died.",
        "Of the 30 dolphins that stranded, 21 were refloated on the evening tide.",
    )
    assert not [f for f in found if f["kind"] == "conflicts"]


def test_two_kinds_of_one_act_count_one_property(make_ctx):
    found = _items(
        make_ctx,
        "Twenty-six dolphins beached themselves on Marlow Sands on Monday.",
        "Some 62 dolphins became stranded on Marlow Sands on Monday, rescuers said.",
    )
    assert {
        "kind": "conflicts",
        "update": False,
        "texts": {"Twenty-six dolphins", "Some 62 dolphins"},
    } in found


def test_another_act_on_the_same_animals_stays_apart(make_ctx):
    found = _items(
        make_ctx,
        "Twenty-one dolphins were refloated on the evening tide, rescuers said.",
        "Thirty dolphins became stranded on Marlow Sands on Monday, rescuers said.",
    )
    assert not [f for f in found if f["kind"] == "conflicts"]


# ------------------------------------------------------------ years of one act


def _year_conflicts(make_ctx, *texts: str) -> list[set[str]]:
    from consilience.year_readings import year_conflicts

    return [{r["value"] for r in c["readings"]} for c in year_conflicts(make_ctx(*texts))]


def test_a_gerund_and_its_verb_date_one_last_time(make_ctx):
    found = _year_conflicts(
        make_ctx,
        "The last mass stranding of dolphins on this coast was in 2015, rangers said.",
        "Dolphins last stranded on this coast in 2018, according to rangers.",
    )
    assert {"2015", "2018"} in found


def test_a_year_on_a_work_of_art_dates_its_making(make_ctx):
    found = _year_conflicts(
        make_ctx,
        "Lakeside Morning, painted in 1884, sold for 3 million euros on Friday.",
        "The 1887 canvas Lakeside Morning sold for 3 million euros on Friday.",
    )
    assert {"1884", "1887"} in found


def test_a_year_on_an_exhibition_is_not_the_making_of_a_work(make_ctx):
    found = _year_conflicts(
        make_ctx,
        "Lakeside Morning, painted in 1884, sold for 3 million euros on Friday.",
        "Lakeside Morning was the star of the 1999 retrospective in Bergen.",
    )
    assert not found


def test_general_verbs_are_not_kin_by_a_shared_hypernym():
    from consilience.figure_aspects import kin_acts

    assert kin_acts("beach", "strand")
    assert kin_acts("stranding", "strand")
    assert not kin_acts("take", "carry")
    assert not kin_acts("use", "carry")
    assert not kin_acts("refloat", "strand")


# ------------------------------------------------------------ written durations


def test_a_fraction_after_the_unit_adds_to_the_span(make_ctx):
    found = [
        (q.text, q.value)
        for q in _figures(
            make_ctx, "It took the crew roughly an hour and a half to refloat the barge."
        )
        if q.dimension == "duration"
    ]
    assert found == [("roughly an hour and a half", 5400.0)]


# ------------------------------------------------------------ a count's own phrase


def test_a_relative_clause_and_a_trailing_state_give_each_count_its_event(make_ctx):
    found = _items(
        make_ctx,
        "Rescuers have so far recovered two climbers who died and four climbers alive.",
        "Three climbers died on the ridge on Saturday, police said.",
    )
    killed = [f["texts"] for f in found if "Three climbers" in f["texts"]]
    assert killed == [{"two climbers", "Three climbers"}]


def test_a_year_on_a_report_is_not_the_making_of_a_structure(make_ctx):
    from consilience.year_readings import is_artwork

    assert is_artwork("canvas") and is_artwork("statue")
    assert not is_artwork("report") and not is_artwork("law")
    found = _year_conflicts(
        make_ctx,
        "The Harl Dam, a concrete wall built in 1958, failed on Sunday.",
        "A 2023 report had warned that the Harl Dam was leaking.",
    )
    assert not found
