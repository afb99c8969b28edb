"""False fact conflicts of one verb used in two frames (session 54), tested on sentences
written for these tests (none is a sentence of a held-out set): one clause uses the verb
on a thing ("Harbour Logistics, which runs the depot"), the other, with nothing acted on,
tells of a third thing ("the depot's backup pumps were not running"); neither is the
other's patient or doer, so they tell of two acts. Guards: the same thing in both frames
("the museum did not open" / "staff opened the museum") and one doer in both ("did not
appeal" / "appealed the ruling") are still disputes.

What a thing is without ("pupils suddenly without a school", "flats without heating") is
no side against a clause whose subject that thing is ("The school emailed all pupils",
"The heating went off"); a supply said to be restored still disputes being without it.

A rule ("No person may move bees, colonies or honey ...", the modal on the first of two
conjoined verbs) is no side against a report that denies a thing of the same word ("there
will be no Honey and Bee Tent"), whichever of the two holds the "no". A capitalised word
of a name denied ("no Honey and Bee Tent") denies the named thing, not the word's meaning
in lower case elsewhere ("a honey bee colony"); "no gas leak" / "a gas leak" still clash.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of

DAY = "2049-06-02"


def _facts(bench, *texts: str) -> list[dict]:
    return conflicts_of(bench, "fact", *texts, published=DAY)


def test_running_a_site_is_not_a_machine_running(bench):
    found = _facts(
        bench,
        "Harbour Logistics, which runs the depot, said it was looking into the complaint.",
        "The depot's backup pumps were not running on either night, inspectors found.",
    )
    assert not found, found


def test_a_firm_operating_a_line_is_not_the_trains_operating(bench):
    found = _facts(
        bench,
        "Westmoor Rail, the company that operates the branch line, apologised to passengers.",
        "The branch line's trains did not operate on Sunday because of the storm.",
    )
    assert not found, found


def test_guard_one_thing_in_both_frames(bench):
    found = _facts(
        bench,
        "The museum did not open on Saturday, a spokesperson said.",
        "Staff opened the museum at noon on Saturday.",
    )
    assert found, found


def test_guard_one_doer_in_both_frames(bench):
    found = _facts(
        bench,
        "Kestrel Mining did not appeal, its lawyers confirmed.",
        "Kestrel Mining appealed the ruling on Friday.",
    )
    assert found, found


def test_being_without_a_thing_is_no_denial_that_it_acts(bench):
    found = _facts(
        bench,
        "Four hundred pupils were suddenly without a school, the parents said.",
        "The school emailed all pupils the next morning.",
    )
    assert not found, found


def test_being_without_heating_agrees_with_the_heating_going_off(bench):
    found = _facts(
        bench,
        "All 300 flats in Orme Tower have been without heating since Monday.",
        "The heating went off in all 300 flats in Orme Tower on Monday.",
    )
    assert not found, found


def test_guard_without_water_against_supplies_restored(bench):
    found = _facts(
        bench,
        "The village of Brack has been without water since Monday.",
        "Water supplies to the village of Brack have been restored, the company said.",
    )
    assert found, found


def test_a_rule_is_no_side_of_a_denial_either_way_round(bench):
    found = _facts(
        bench,
        "3.1 No person may move bees, colonies, used hive parts or honey into or out of the "
        "area except under licence from the agency.",
        "Because of the outbreak there will be no Honey and Bee Tent at this year's county show.",
    )
    assert not found, found


def test_a_names_word_denied_is_the_named_thing(bench):
    found = _facts(
        bench,
        "The disease was confirmed on Tuesday in a honey bee colony near the mill.",
        "Because of the outbreak there will be no Honey and Bee Tent at this year's county show.",
    )
    assert not found, found


def test_guard_one_kind_word_of_one_noun_stated_and_denied(bench):
    found = _facts(
        bench,
        "There was no gas leak at the depot on Tuesday, the fire service said.",
        "A gas leak at the depot on Tuesday forced the staff to leave, the manager said.",
    )
    assert found, found


def test_guard_one_person_under_two_descriptions_in_both_frames(bench):
    found = _facts(
        bench,
        "Her rival, Piet Lorne, conceded defeat on Friday night.",
        "Her opponent, Piet Lorne, has not conceded and will ask for a recount.",
    )
    assert found, found
