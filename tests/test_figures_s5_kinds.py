"""Figure kinds of real-style text (issue #12, session 5): vague counts are ranges that never
make a conflict alone, and a count with no verb takes no invented property."""

from __future__ import annotations

import pytest

from consilience.model import StoryContext


def _quantities(ctx: StoryContext) -> list:
    return [q for e in ctx.extractions.values() for q in e.quantities]


def _build(ctx: StoryContext) -> dict:
    from consilience.reconcile import build_quantities

    return build_quantities(ctx)


def _texts(entry: dict) -> list[str]:
    return [r["text"] for r in entry["readings"]]


# --------------------------------------------------------------------------- vague counts


def test_vague_counts_never_conflict_with_a_figure_they_hold(make_ctx):
    ctx = make_ctx(
        "Two stewards were hurt when a lighting rig fell at the arena. Hundreds of onlookers"
        " outside the doors when it came down.",
        "The falling rig hurt two stewards. Thousands of onlookers, many of them teenagers,"
        " in the hall at the time.",
        "Two stewards were injured. More than 3,500 onlookers were inside, organisers said.",
    )
    out = _build(ctx)
    for entry in out["conflicts"]:
        assert not any("onlooker" in t.lower() for t in _texts(entry)), entry["explanation"]
    held = [e for e in out["corroborated"] if any("3,500" in t for t in _texts(e))]
    assert held and any(t.startswith("Thousands") for t in _texts(held[0]))
    assert not any(t.startswith("Hundreds") for t in _texts(held[0]))


def test_only_vague_counts_make_no_conflict(make_ctx):
    ctx = make_ctx(
        "Hundreds of villagers were evacuated as the river burst its banks.",
        "Thousands of villagers were evacuated as the river rose overnight.",
        "Tens of thousands of villagers were evacuated from the valley, officials said.",
    )
    assert _build(ctx)["conflicts"] == []


def test_precise_figures_still_conflict_beside_a_vague_one(make_ctx):
    ctx = make_ctx(
        "Some 1,200 runners finished the mountain race on Sunday.",
        "About 1,900 runners finished the mountain race on Sunday.",
        "Thousands of runners finished the mountain race on Sunday.",
        "Roughly 1,200 runners finished the mountain race on Sunday.",
    )
    conflicts = [e for e in _build(ctx)["conflicts"] if "runner" in e["subject"]]
    assert len(conflicts) == 1
    texts = _texts(conflicts[0])
    assert not any(t.startswith("Thousands") for t in texts)
    assert conflicts[0]["outliers"] == ["a1"]


def test_count_with_no_verb_takes_no_property(make_ctx):
    ctx = make_ctx("Scores of firefighters at the warehouse by midnight, with more on the way.")
    (q,) = [q for q in _quantities(ctx) if q.noun == "firefighter"]
    assert q.measure is None
    assert (q.low, q.high) == (40, 199)


# --------------------------------------------------------------------------- another's figure


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The bid tops the 62 million dollars the county spent on a stadium in 2018.", "62"),
        ("Sales reached 9,400 cars, compared with 7,100 cars a year earlier.", "7,100"),
        ("Ticket revenue hit 3.1 million pounds, up from 2.4 million pounds in May.", "2.4"),
        ("Her time was faster than the 58.2 seconds she swam in Rome.", "58.2"),
        ("The haul eclipses the previous record of 140 kilograms seized in 2015.", "140"),
        ("The old record was 21 goals, set by a winger in 1994.", "21"),
    ],
)
def test_figure_of_another_object_is_a_reference(make_ctx, text, figure):
    (q,) = [q for q in _quantities(make_ctx(text)) if figure in q.text]
    assert q.qualifier == "reference", (q.text, q.qualifier)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The county spent 62 million dollars on the new stadium.", "62"),
        ("The fee is more than 40 million euros, the club said.", "40"),
        ("The 75 million euros Harbour City paid for the forward is a record.", "75"),
        ("Her winning time of 57.9 seconds was a championship best.", "57.9"),
    ],
)
def test_own_figure_is_not_a_reference(make_ctx, text, figure):
    (q,) = [q for q in _quantities(make_ctx(text)) if figure in q.text]
    assert q.qualifier != "reference", (q.text, q.qualifier)


def test_another_objects_figure_is_never_a_reading(make_ctx):
    ctx = make_ctx(
        "Harbour City signed the forward for 75 million euros on Tuesday. The fee beats the"
        " 50 million euros the club paid for a goalkeeper in 2020.",
        "The forward joined Harbour City for 75 million euros, compared with the 50 million"
        " euros paid for a goalkeeper in 2020.",
        "Harbour City paid 48 million euros for the forward, up from the 30 million euros they"
        " spent on a defender last summer.",
    )
    out = _build(ctx)
    read = [t for e in out["conflicts"] + out["corroborated"] for t in _texts(e)]
    assert not any(t.startswith(("50", "30")) for t in read), read


# --------------------------------------------------------------------------- updates in a day


def test_rising_count_through_one_day_is_an_update(make_ctx):
    ctx = make_ctx(
        "Around 60 trains were halted on the northern line on Thursday morning after a signal"
        " failure, the operator said.",
        "The operator now says 115 trains have been halted. Earlier it put the number at 60.",
        "By nightfall 190 trains had been halted, three times the figure it gave this morning.",
        published=[
            "2026-05-14T07:30:00+01:00",
            "2026-05-14T12:10:00+01:00",
            "2026-05-14T20:45:00Z",
        ],
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if "train" in e["subject"]]
    assert entry["update"] is True
    assert [r["text"].split()[-2] for r in entry["readings"]] == ["60", "115", "190"]
    assert [r["latest"] for r in entry["readings"]] == [False, False, True]
    assert entry["latest"]["article"] == "a2"
    assert entry["superseded"] == ["a0", "a1"]


def test_same_day_counts_with_no_cue_stay_a_conflict(make_ctx):
    ctx = make_ctx(
        "Some 115 trains were halted on the northern line on Thursday, the operator said.",
        "About 190 trains were halted on the northern line on Thursday, the operator said.",
        published=["2026-05-14T07:30:00Z", "2026-05-14T20:45:00Z"],
    )
    (entry,) = [e for e in _build(ctx)["conflicts"] if "train" in e["subject"]]
    assert entry["update"] is False


# --------------------------------------------------------------------------- owners of counts


def test_a_players_goals_are_not_his_teams(make_ctx):
    ctx = make_ctx(
        "Northport signed the winger Ada Quist, who netted 19 goals for her former club"
        " Elmvale last season.",
        "Quist joins from Elmvale, who scored 44 league goals last season.",
        "Quist, 22, scored 19 goals for Elmvale last season.",
    )
    out = _build(ctx)
    goals = [e for e in out["conflicts"] if "goal" in e["subject"].lower()]
    assert goals == [], [e["explanation"] for e in goals]
    (held,) = [e for e in out["corroborated"] if "goal" in e["subject"].lower()]
    assert sorted(r["article"] for r in held["readings"]) == ["a0", "a2"]


def test_scorer_owns_the_count_not_the_side(make_ctx):
    (q,) = _quantities(make_ctx("Ivo Marsh scored 11 tries for Kestrel Park this season."))
    assert q.entity == "Ivo Marsh"
