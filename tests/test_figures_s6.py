"""Figure conflicts and updates of real-style coverage (issue #12, session 6): figures that move
between reports dated by day only, measures that spread, counts set by a change verb, places
that are not a property, owners of counts, and one property told with different nouns."""

from __future__ import annotations

import pytest

from consilience.model import StoryContext


def _quantities(ctx: StoryContext) -> list:
    return [q for e in ctx.extractions.values() for q in e.quantities]


def _build(ctx: StoryContext) -> dict:
    from consilience.reconcile import build_quantities

    return build_quantities(ctx)


def _entries(ctx: StoryContext, word: str) -> list[dict]:
    out = _build(ctx)
    return [
        e
        for e in out["conflicts"] + out["corroborated"]
        if any(word in r["text"].lower() for r in e["readings"])
    ]


# --------------------------------------------------------------------------- updates (D1)


def test_counts_of_one_day_ordered_by_their_cues_without_publication_times(make_ctx):
    ctx = make_ctx(
        "Customs officers at Brellport impounded 62 lorries on Monday, the port authority said.",
        "The port authority now says 95 lorries have been impounded. Earlier it gave 62.",
        "By Monday evening 130 lorries had been impounded at Brellport, double the figure it"
        " gave in the morning.",
        published=["2025-09-01", "2025-09-01", "2025-09-01"],
    )
    (entry,) = _entries(ctx, "lorries")
    assert entry["update"] is True
    assert entry["latest"]["article"] == "a2"
    assert entry["latest"]["value"] == 130
    assert entry["superseded"] == ["a0", "a1"]
    assert entry["outliers"] == []
    # a report that calls itself an update, or its figure the latest, comes later
    ctx = make_ctx(
        "Customs officers at Brellport impounded 62 lorries on Monday, the port authority said.",
        "In an update on Monday afternoon, the port authority said 95 lorries had been impounded.",
        "The latest figures from the port authority show that 130 lorries have been impounded.",
        published=["2025-09-01", "2025-09-01", "2025-09-01"],
    )
    (entry,) = _entries(ctx, "lorries")
    assert (entry["update"], entry["latest"]["value"]) == (True, 130)
    # the same two reports with no word of a change are a disagreement, not an update
    ctx = make_ctx(
        "Customs officers at Brellport impounded 62 lorries on Monday, the port authority said.",
        "Customs officers at Brellport impounded 95 lorries on Monday, the port authority said.",
        published=["2025-09-01", "2025-09-01"],
    )
    (entry,) = _entries(ctx, "lorries")
    assert entry["update"] is False


def test_reports_of_one_day_ordered_by_the_part_of_the_day_they_name(make_ctx):
    ctx = make_ctx(
        "Storm Wenna left 1,900 homes without power across Lisk on Monday.",
        "About 1,400 homes were still without electricity on Tuesday morning, the grid"
        " operator said.",
        "Power is back in many homes, but about 900 were still cut off on Tuesday evening,"
        " according to the grid operator.",
        published=["2025-11-03", "2025-11-04", "2025-11-04"],
    )
    (q,) = [q for q in _quantities(ctx) if q.article == "a2"]
    assert q.noun == "home"
    (entry,) = [e for e in _build(ctx)["conflicts"] if "home" in e["subject"]]
    assert entry["update"] is True
    assert entry["latest"]["article"] == "a2"
    assert entry["superseded"] == ["a0", "a1"]


def test_a_measure_that_spreads_over_days_is_an_update(make_ctx):
    ctx = make_ctx(
        "An oil slick from the stricken tanker covered a 4 km stretch of the Marrow coast on"
        " Sunday, the coastguard said.",
        "The slick spread 11 km along the Marrow coast on Monday, the coastguard said.",
        published=["2025-02-09", "2025-02-10"],
    )
    (entry,) = _entries(ctx, "km")
    assert entry["update"] is True
    assert entry["latest"]["article"] == "a1"
    assert entry["superseded"] == ["a0"]
    # a clock time is one event's: a later "now says" is a disagreement, never an update
    ctx = make_ctx(
        "The ferry left Dunhaven at 6:10 a.m. on Friday, the operator said.",
        "The operator now says the ferry left Dunhaven at 6:40 a.m. on Friday.",
        published=["2025-02-07", "2025-02-08"],
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if e.get("dimension") == "time of day"]
    assert entry["update"] is False
    # a sum that "fell to ... from" compares periods, not reports: a disagreement
    ctx = make_ctx(
        "Harlow Mills said net profit fell to 40 million pounds, from 52 a year earlier.",
        "Harlow Mills reported a net profit of 44 million pounds for the quarter.",
        published=["2025-03-04", "2025-03-05"],
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if e.get("dimension") == "money"]
    assert entry["update"] is False


def test_a_bare_figure_set_by_a_change_verb_counts_the_subject(make_ctx):
    (q,) = _quantities(make_ctx("Confirmed infections across the valley climbed to 87 on Friday."))
    assert (q.value, q.noun) == (87, "infection")
    (q,) = _quantities(make_ctx("Whooping cough cases in Orlen have reached 41, doctors said."))
    assert (q.value, q.noun) == (41, "case")
    # a transitive change verb moves its object: its subject is not what is counted
    qs = _quantities(make_ctx("Airlines cut flights to 12 a day after the ash cloud spread."))
    assert not any(q.noun == "airline" for q in qs)


def test_a_toll_set_by_a_change_verb_updates_the_earlier_count(make_ctx):
    ctx = make_ctx(
        "Health officials have confirmed 23 cases of cholera in the Ambury district.",
        "Cholera cases in Ambury rose to 40 on Thursday, up from 23 on Tuesday, officials said.",
        published=["2025-04-08", "2025-04-10"],
    )
    (entry,) = _entries(ctx, "cases")
    assert entry["update"] is True
    assert entry["latest"]["value"] == 40


def test_dead_things_counted_are_killed_and_their_toll_rises(make_ctx):
    ctx = make_ctx(
        "More than 400 dead birds were found on the shore of Lake Ferrin on Sunday.",
        "About 2,600 birds have died at Lake Ferrin, wardens said on Tuesday.",
        published=["2025-06-01", "2025-06-03"],
    )
    (q,) = [q for q in _quantities(ctx) if q.article == "a0"]
    assert q.measure == "dead"
    (entry,) = _entries(ctx, "bird")
    assert entry["update"] is True
    assert entry["latest"]["article"] == "a1"


# --------------------------------------------------------------------------- places (D2)


def test_a_hospital_as_a_workplace_is_no_hospital_stay(make_ctx):
    ctx = make_ctx(
        "About 800 porters are on strike at the city's two hospitals, their union said.",
        "More than 1,500 porters walked out across both hospitals on Monday, the union said.",
    )
    assert not any(q.measure == "hospitalise" for q in _quantities(ctx))
    (entry,) = [e for e in _build(ctx)["conflicts"] if "porter" in e["subject"]]
    assert sorted(r["article"] for r in entry["readings"]) == ["a0", "a1"]
    for text in (
        "Six climbers were taken to hospital after the rockfall.",
        "Six climbers were treated in hospital for cuts and bruises.",
        "Six climbers needed hospital treatment after the rockfall.",
    ):
        (q,) = _quantities(make_ctx(text))
        assert q.measure == "hospitalise", (text, q.measure)


# --------------------------------------------------------------------------- owners (D4)


def test_a_players_own_goals_never_meet_the_teams_total(make_ctx):
    ctx = make_ctx(
        "Kestrel Rovers have signed the forward Petra Lind, who scored 27 goals for Castlegate"
        " last season.",
        "Lind's 27 goals came in 38 games. She is expected to sharpen an attack that scored"
        " just 41 league goals last season, the fewest in the top six.",
        "Lind, 24, scored 27 goals for Castlegate last season.",
    )
    (q,) = [q for q in _quantities(ctx) if q.article == "a1" and q.value == 27]
    assert q.entity == "Lind"
    out = _build(ctx)
    goals = [e for e in out["conflicts"] if "goal" in e["subject"].lower()]
    assert goals == [], [e["explanation"] for e in goals]
    (held,) = [e for e in out["corroborated"] if "goal" in e["subject"].lower()]
    assert sorted(r["article"] for r in held["readings"]) == ["a0", "a1", "a2"]


# --------------------------------------------------------------------------- one sum (D9)


def test_a_fee_and_what_the_player_cost_are_one_sum(make_ctx):
    ctx = make_ctx(
        "Kestrel Rovers paid a club-record fee of 30 million pounds for Petra Lind.",
        "The fee is 26 million pounds, the Courier understands.",
        "The forward, who cost Rovers 30 million pounds, starts on Saturday.",
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if e.get("dimension") == "money"]
    assert entry["outliers"] == ["a1"]
    assert sorted(entry["majority"]) == ["a0", "a2"]


def test_a_sum_modifying_a_thing_is_what_it_cost(make_ctx):
    ctx = make_ctx(
        "The Orla-3 probe, built for the weather agency, cost 85 million dollars.",
        "It cost about 85 million dollars, according to the agency.",
        "Its upper stage cut out early, and the launcher and its 120 million dollar cargo fell"
        " into the ocean.",
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if e.get("dimension") == "money"]
    assert entry["outliers"] == ["a2"]
    # a sum that is a property of its own keeps it: a fine is not what something cost
    (q,) = _quantities(make_ctx("The operator was hit with a 2 million dollar fine."))
    assert q.measure == "fine"


# --------------------------------------------------------------------------- one event's clock (D6)


def test_start_and_end_times_of_one_strike_are_two_clocks(make_ctx):
    ctx = make_ctx(
        "Dockers at the port of Farrow stopped work at 6 a.m. on Thursday, the union said.",
        "The walkout at Farrow began at 5 a.m., with pickets at every gate.",
        "The Farrow dock strike is due to end at 6 a.m. on Saturday, the union said.",
    )
    clocks = [e for e in _build(ctx)["conflicts"] if e.get("dimension") == "time of day"]
    (entry,) = clocks
    assert sorted(r["article"] for r in entry["readings"]) == ["a0", "a1"]


# --------------------------------------------------------------------------- tallies and ages (D9)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("The chamber passed the bill by 214 votes to 197.", {214: "in favour", 197: "against"}),
        (
            "The result was read out: 88 in favour of the plan, 63 against.",
            {88: "in favour", 63: "against"},
        ),
        (
            "Councillors voted 17 for and 5 against the new bus lanes.",
            {17: "in favour", 5: "against"},
        ),
        ("The amendment was defeated by 301 votes to 250.", {301: "against", 250: "in favour"}),
        ("The appeal judges split 6-3 on the question.", {6: "in favour", 3: "against"}),
        ("The Senate voted 57-41 to confirm the nominee.", {57: "in favour", 41: "against"}),
        ("It was upheld by a majority of seven judges to two.", {7: "in favour", 2: "against"}),
        ("The tribunal ruled 3-2 in favour of the tenants.", {3: "in favour", 2: "against"}),
    ],
)
def test_the_sides_of_a_vote_are_two_properties(make_ctx, text, sides):
    qs = _quantities(make_ctx(text))
    assert {int(q.value): q.measure for q in qs if q.noun == "vote"} == sides


def test_vote_tallies_written_two_ways_are_compared_side_by_side(make_ctx):
    ctx = make_ctx(
        "Lawmakers in Orsk approved the budget by 119 votes to 74 on Friday.",
        "The budget passed with 119 in favour and 74 against.",
        "Just after noon the clerk announced it: 121 in favour of the budget, 72 against.",
    )
    votes = [e for e in _build(ctx)["conflicts"] if e["subject"].startswith("vote")]
    # one disagreement over the split (119-74 against 121-72) is shown once, by the side in
    # favour (session 10: the side against only mirrors it)
    assert [e["outliers"] for e in votes] == [["a2"]]
    assert votes[0]["readings"][2]["value"] == 121
    # a score is no vote: it is read as a score (figure_scores), never as a tally
    scored = _quantities(make_ctx("Rovers won 4-2 at home on Saturday."))
    assert [(q.text, q.dimension) for q in scored] == [("4-2", "score")]


@pytest.mark.parametrize(
    "text, years, owner, measure",
    [
        ("The 31-year-old defender joined on a free transfer.", 31, None, "age"),
        ("Police named the driver as Lena Morrow, 52, of Hallam.", 52, "Lena Morrow", "age"),
        ("A 67-year-old man was taken to hospital.", 67, None, "age, first mention"),
        ("The pilot, Oren Vass, aged 58, was unhurt.", 58, "Oren Vass", "age"),
        ("A woman aged 39 was later released.", 39, None, "age, first mention"),
    ],
)
def test_ages_are_read_with_their_person(make_ctx, text, years, owner, measure):
    (q,) = [q for q in _quantities(make_ctx(text)) if q.dimension == "age"]
    assert (q.value, q.entity, q.measure) == (years, owner, measure)


def test_a_persons_age_given_differently_is_a_conflict(make_ctx):
    ctx = make_ctx(
        "The 27-year-old Norwegian has signed a four-year deal with Calder Town.",
        "Calder Town confirmed that Sander Holt, 26, has joined from Bergen.",
        "The Norway international, 27, will wear the number nine shirt.",
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if e.get("dimension") == "age"]
    assert entry["outliers"] == ["a1"]
    assert sorted(entry["majority"]) == ["a0", "a2"]
    # an age does not move between reports: a later "now" makes no update of it
    ctx = make_ctx(
        "Sander Holt, 26, joined Calder Town on Monday.",
        "Sander Holt, 27, now says he is ready to start on Saturday.",
        published=["2025-07-01", "2025-07-02"],
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if e.get("dimension") == "age"]
    assert entry["update"] is False
