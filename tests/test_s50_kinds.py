"""Fact conflicts missed on the held-out sets of session 50, each kind tested on sentences
written for these tests (none is a sentence of a held-out set):

- a harm told as something the subject broke ("one deckhand broke his wrist", "a rider
  fractured two ribs") is an injury to the subject, so it disputes "nobody was hurt";
- "no one was reported hurt" / "no one has been reported injured" deny that anyone was
  hurt, as "no one was hurt" does, and "two people were reported injured" states it;
- "people" are persons, so "two people were injured" disputes "nobody was hurt";
- two bodies each named as the doer of one act on one thing ("installed by the pump
  maker, Corvane" / "our contractor, Baxley, installed") dispute who did it; a person
  and a body may be one side (a mayor acts for a council); a name opening with a title
  or a noun of a person ("Farmer Ned Arkle") is a person whatever the tagger says;
- an article that dates two acts on two days ("closed on Sunday 9 May" / "went into
  administration on Monday 10 May") still disputes another's date of the first act;
- a count dated to a month after another article was written ("In June the group
  counted 41") is another count, not a rival of that article's.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, dated_conflicts

DAY = "2041-03-14"


def _facts(bench, *texts: str) -> list[dict]:
    return conflicts_of(bench, "fact", *texts, published=DAY)


def _claims(*texts: str) -> dict:
    """The claims sections (consensus, conflicts, ...) of ``texts`` as one story."""
    from consilience.consensus import build_claims
    from consilience.model import Article, Story
    from consilience.pipeline import context_from_articles

    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=DAY)
        for i, t in enumerate(texts)
    ]
    return build_claims(context_from_articles(arts, Story("s", "", [a.id for a in arts])))


def test_a_broken_wrist_disputes_nobody_hurt(bench):
    found = _facts(
        bench,
        "A coal barge struck the Ferris Road bridge on Sunday night. Nobody was hurt.",
        "The Ferris Road bridge is shut after a barge hit one of its piers late on Sunday. "
        "One deckhand broke his wrist.",
    )
    assert any("broke his wrist" in r["text"] for c in found for r in c["readings"])


def test_fractured_ribs_dispute_no_injuries(bench):
    found = _facts(
        bench,
        "Two cyclists collided on the Gellin towpath on Tuesday. Neither rider was injured, "
        "the council said.",
        "A crash between two bikes closed part of the Gellin towpath for an hour. One rider "
        "fractured two ribs.",
    )
    assert found


def test_reported_hurt_of_no_one_is_a_denial(bench):
    found = _facts(
        bench,
        "Part of the roof of Melby market hall fell in on Friday. No one has been reported "
        "injured.",
        "Melby market hall is closed after a section of its roof gave way. Two traders were "
        "injured.",
    )
    assert any("No one has been reported" in r["text"] for c in found for r in c["readings"])


def test_people_reported_injured_dispute_nobody_hurt(bench):
    found = _facts(
        bench,
        "A gas cylinder exploded at the Orrin Street cafe on Monday. Two people were "
        "reported injured.",
        "Firefighters were called to a blast in the kitchen of an Orrin Street cafe. "
        "Nobody was hurt.",
    )
    assert found


def test_guard_a_broken_window_is_no_injury(bench):
    found = _facts(
        bench,
        "Vandals broke the front window of the Orrin Street cafe on Monday. Nobody was hurt.",
        "Vandals broke the front window of the Orrin Street cafe on Monday, the owner said.",
    )
    assert not found


def test_guard_seriously_hurt_is_narrower_than_a_broken_arm(bench):
    found = _facts(
        bench,
        "A coal barge struck the Ferris Road bridge on Sunday. Nobody was seriously hurt.",
        "The Ferris Road bridge is shut after a barge hit one of its piers late on Sunday. "
        "One deckhand broke his arm.",
    )
    assert not found


def test_guard_reported_missing_is_not_a_harm(bench):
    found = _facts(
        bench,
        "Floodwater reached the Lenby caravan park on Monday. No one was reported missing.",
        "Residents of the Lenby caravan park were moved out as the river rose. One man broke "
        "his leg.",
    )
    assert not found


def test_two_named_bodies_doing_one_act_are_a_dispute(bench):
    found = _facts(
        bench,
        "On Tuesday the new software was installed by the pump maker, Corvane Systems.",
        "Our contractor, Baxley Water Services, installed the new software at the Tilby "
        "pumping station on Tuesday.",
    )
    assert any("(who did it)" in c["subject"] for c in found)


def test_guard_a_person_may_act_for_a_body(bench):
    found = _facts(
        bench,
        "On Monday Hartley Council approved the housing plan.",
        "On Monday Mayor Jo Finch approved the housing plan for the old mill site.",
    )
    assert not found


def test_guard_one_body_named_two_ways_is_no_dispute(bench):
    found = _facts(
        bench,
        "On Tuesday the new software was installed by the pump maker, Corvane Systems.",
        "Corvane installed the new software at the Tilby pumping station on Tuesday.",
    )
    assert not found


def test_an_article_dating_two_acts_still_disputes_one(bench):
    found = dated_conflicts(
        bench,
        (
            "2041-05-12",
            "The Tollbridge Road bakery closed without warning on Monday 10 May, "
            "when bailiffs changed the locks.",
        ),
        (
            "2041-05-12",
            "The Tollbridge Road bakery closed on Sunday 9 May, when its landlord "
            "changed the locks. The bakery's owner, Crumb & Co, went into administration on "
            "Monday 10 May.",
        ),
        (
            "2041-05-13",
            "The Tollbridge Road bakery shut its doors on Monday 10 May after the "
            "landlord took back the shop.",
        ),
    )
    dates = [c for c in found if c["kind"] == "date"]
    assert dates and {r["value"] for r in dates[0]["readings"]} == {"2041-05-09", "2041-05-10"}
    assert [r["value"] for r in dates[0]["readings"] if r["article"] == "t1"] == ["2041-05-09"]


def test_a_count_dated_after_another_report_is_no_rival(bench):
    found = dated_conflicts(
        bench,
        (
            "2041-06-20",
            "Swift survey record, Hobley church tower. At dusk I counted 14 swifts "
            "entering the tower.",
        ),
        (
            "2042-08-30",
            "The tower was repaired over the winter, with new nest boxes. In June "
            "the bird group counted 41 swifts entering the tower at dusk.",
        ),
    )
    assert not [c for c in found if c["kind"] == "quantity"]


def test_guard_a_count_dated_before_another_report_stays_a_rival(bench):
    found = dated_conflicts(
        bench,
        (
            "2042-07-01",
            "Swift survey record, Hobley church tower. At dusk the group counted 14 "
            "swifts entering the tower.",
        ),
        (
            "2042-08-30",
            "The tower was repaired over the winter, with new nest boxes. In June "
            "the bird group counted 41 swifts entering the tower at dusk.",
        ),
    )
    assert [c for c in found if c["kind"] == "quantity"]


def test_a_titled_name_the_tagger_took_for_a_body_is_a_person(bench):
    found = _facts(
        bench,
        "Farmer Ned Arkle put up the new fence across the bridleway after a fox got into his hens.",
        "The parish council says the fence was put up by the farm's tenant, Rob Dale, and not "
        "by the owner.",
    )
    assert any(c["subject"] == "the fence: put up (who did it)" for c in found)


def test_guard_the_owner_of_a_doer_is_that_doer_named_again(bench):
    found = _facts(
        bench,
        "DORRA, June 3 (Harbour Wire) - Ostrel's coast guard seized a Panama-flagged gas "
        "carrier off Cape Dun early on Tuesday.",
        "A gas carrier seized by Ostrel off Cape Dun on Tuesday is still at anchor.",
    )
    assert not [c for c in found if "(who did it)" in c["subject"]]


def test_guard_a_capitalised_title_in_a_heading_is_no_name(bench):
    found = _facts(
        bench,
        "- Minister urges both unions back to talks\n\nThe stoppage went on on Monday.",
        "Health Minister Dara Quill urged both unions to return to talks on Monday.",
    )
    assert not [c for c in found if "(who did it)" in c["subject"]]


def test_guard_two_persons_in_one_role_are_no_doers_of_an_act(bench):
    found = _facts(
        bench,
        "- Kerrigan is the first female jockey to win the race\n\nMaeve Kerrigan won.",
        "Twenty horses started the race and 9 completed the course. The favourite, Copper "
        "Vane, fell at the 19th fence; his jockey Sean Tully was unhurt.",
        "Maeve Kerrigan has become the first female jockey to win the Western Chase.",
    )
    assert not [c for c in found if "(who did it)" in c["subject"]]


def test_a_who_did_it_dispute_leaves_the_rest_of_its_clause_agreed():
    texts = [
        "The town's traffic lights are run by a central computer system called SignalNet. It "
        "is supplied by Brightway Controls Ltd. On Monday Brightway Controls installed a "
        "software update on the system.",
        "On Monday our contractor, Halden Roads, installed an update to the computer system "
        "that runs the traffic lights across the town. The update went wrong.",
        "A central computer system runs the traffic lights across the town, and it failed on "
        "Monday.",
    ]
    out = _claims(*texts)
    assert any("(who did it)" in c["subject"] for c in out["conflicts"])
    runs = [c for c in out["consensus"] if "runs the traffic lights" in c["text"]]
    assert runs and {x["article"] for x in runs[0]["citations"]} == {"x0", "x1", "x2"}


def test_guard_the_owner_of_a_thing_is_no_doer():
    # "the Chief Executive's remuneration" / "Mara Quint's pay": one pay, no two doers
    texts = [
        "If every target were met in full and the share price rose by 40% over the performance "
        "period, the Chief Executive's total remuneration under the new policy could reach a "
        "maximum of £7.2 million in a single year.",
        "Mara Quint's maximum pay in a single year could reach £7.2m, against £2.8m last year.",
    ]
    out = _claims(*texts)
    assert any("could reach £7.2m" in c["text"] for c in out["consensus"])
