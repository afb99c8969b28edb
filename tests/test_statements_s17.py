"""Statement conflicts, session s17: who did it -- a rider and a horse, a description and
the name it stands for are one side of the act, not rival doers; one change of hands
told from its two sides ("sells" / "bought") is no opposition.

Every text is written for this file, in domains no held-out set covers."""

from __future__ import annotations

from conftest import disputed, story_fact_conflicts

from consilience.act_relations import converse
from consilience.doer_parties import _contest, _other_group


def test_converse_verbs_by_wordnet():
    assert converse("borrow", "v", "lend", "v")
    assert converse("sell", "v", "purchase", "v")
    assert not converse("open", "v", "close", "v")
    assert not converse("survive", "v", "die", "v")


def test_a_group_description_is_not_another_group_name():
    assert _other_group("army", "police")
    assert not _other_group("horse", "lantern")
    assert not _other_group("company", "company")


def test_a_contest_participle_names_a_rival():
    assert _contest("beat")
    assert not _contest("steer")


def test_a_sale_and_a_purchase_of_one_thing_are_one_sale():
    got = story_fact_conflicts(
        (
            "The Ardley allotment society, founded in 1987, sells spring seed boxes for 12 "
            "pounds. Its open day was called off on Saturday because of flooding.",
            "Anyone who purchased a spring seed box will be repaid by the end of the month. "
            "The society's open day was called off on Saturday because of flooding.",
        ),
        None,
        "2025-04-14",
    )
    assert not disputed(got, "sells spring seed boxes", "purchased a spring seed box")


def test_a_rider_and_the_horse_win_one_race():
    got = story_fact_conflicts(
        (
            "Silver Kettle, a 20-1 chance ridden by Tomas Reddy, won the Ashcombe Cup at "
            "Denholm Downs on Sunday, beating the favourite Grey Pilot by two lengths.",
            "Tomas Reddy has become the first amateur rider to win the Ashcombe Cup, steering "
            "20-1 chance Silver Kettle to victory at Denholm Downs on Sunday.",
        ),
        None,
        "2025-05-05",
    )
    assert not disputed(got, "won the Ashcombe Cup", "to win the Ashcombe Cup")


def test_the_horse_is_the_winner_its_article_names():
    got = story_fact_conflicts(
        (
            "Silver Kettle won the Ashcombe Cup at Denholm Downs on Sunday, beating the "
            "favourite Grey Pilot by two lengths.",
            "Silver Kettle, trained by Nell Abbott, took the Ashcombe Cup at Denholm Downs on "
            "Sunday. The horse beat Grey Pilot by two lengths in heavy ground.",
        ),
        None,
        "2025-05-05",
    )
    assert not disputed(got, "beating the favourite Grey Pilot", "The horse beat Grey Pilot")


def test_two_named_scorers_are_still_rivals():
    got = story_fact_conflicts(
        (
            "Ivo Petrak scored the winner for Castlebrook in the 81st minute after a cross "
            "from Lars Holm on Saturday.",
            "Lars Holm scored the winner for Castlebrook in the 81st minute on Saturday.",
        ),
        None,
        "2025-05-04",
    )
    assert disputed(got, "Ivo Petrak scored", "Lars Holm scored")


def test_a_member_named_among_the_expelled_against_its_denial():
    got = story_fact_conflicts(
        (
            "Velmora has ordered out six Ostrian envoys, among them the consul, in a row over "
            "fishing rights.",
            "Velmora has ordered out six Ostrian envoys in a row over fishing rights. The consul "
            "himself is not among those ordered out.",
        ),
        None,
        "2025-06-10",
    )
    assert disputed(got, "among them the consul", "not among those ordered out")


def test_a_member_named_with_including_against_its_denial():
    got = story_fact_conflicts(
        (
            "The gas blast at the Corran bakery injured five workers, including the foreman, "
            "on Tuesday morning.",
            "The gas blast at the Corran bakery injured five workers on Tuesday morning. The "
            "foreman was not among those injured, the owner said.",
        ),
        None,
        "2025-06-11",
    )
    assert disputed(got, "including the foreman", "not among those injured")


def test_a_counted_object_is_many_acts():
    from consilience.opposition import counted

    assert counted("19 goals") and counted("dozens of arrests") and counted("two raids")
    assert not counted("the 2024 final") and not counted("the 26th fence")
    assert not counted("responsibility for the attack")


def test_goals_scored_by_a_player_and_by_a_team_are_no_rival_doers():
    got = story_fact_conflicts(
        (
            "Dunmore signed striker Vesna Kral from Orlec on Monday. Kral scored 19 goals "
            "for Orlec last season.",
            "Dunmore signed striker Vesna Kral from Orlec on Monday to lift an attack that "
            "scored only 35 goals last season.",
        ),
        None,
        "2025-07-07",
    )
    assert not disputed(got, "Kral scored 19 goals", "scored only 35 goals")


def test_a_question_is_no_side_of_a_conflict():
    got = story_fact_conflicts(
        (
            "The Harnett water pump failed on Monday. Pumps of this kind cannot be restarted "
            "remotely, engineers said.",
            "The Harnett water pump failed on Monday. Q: Can the pump be restarted remotely? "
            "Engineers are looking into it.",
        ),
        None,
        "2025-08-05",
    )
    assert not any(any("Can the pump" in r for r in readings) for readings in got)
