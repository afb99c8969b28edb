"""False fact conflicts of the held-out set heldout_s53 (session 53), each kind tested on
sentences written for these tests (none is a sentence of a held-out set):

- a kind of act named after "of"/"for" on a noun of its means or rules, with no
  determiner ("the grounds of appeal are set out in ...", "the deadline for objections")
  states no act, so it disputes no denial of one ("we will not appeal");
- asking, urging or planning to do one thing neither states nor denies asking to do
  another ("asked them to review the licence" / "nobody is asking them to close");
- "X is empty" says what X is like, "a X is not a message" what it is not: a copula with
  no noun on one side denies nothing of the other;
- a date the parser took for a doer ("... and on 8 May served a notice") names no party,
  so it is no rival of the body another article names.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of

DAY = "2049-06-02"


def _facts(bench, *texts: str) -> list[dict]:
    return conflicts_of(bench, "fact", *texts, published=DAY)


def test_the_grounds_of_appeal_are_no_appeal(bench):
    found = _facts(
        bench,
        "The notice says that the grounds of appeal are set out in the regulations.",
        "We have decided not to appeal, the company said on Tuesday.",
    )
    assert not [c for c in found if "appeal" in c["subject"]], found


def test_guard_the_grounds_of_the_appeal_speak_of_one(bench):
    found = _facts(
        bench,
        "The grounds of the appeal are set out in the regulations made under the Act.",
        "We have decided not to appeal, the company said on Tuesday.",
    )
    assert [c for c in found if "appeal" in c["subject"]], found


def test_asking_to_do_one_thing_is_not_asking_to_do_another(bench):
    found = _facts(
        bench,
        "I have asked the officers to review the licence, the councillor told residents.",
        "Nobody is asking the officers to close the bakery, a neighbour said.",
    )
    assert not found, found


def test_guard_asking_to_do_one_thing_and_denying_it(bench):
    found = _facts(
        bench,
        "The union has asked the officers to reopen the depot.",
        "Nobody has asked the officers to reopen the depot.",
    )
    assert found


def test_a_state_against_what_a_thing_is_not(bench):
    found = _facts(
        bench,
        "Then the mayor spoke. The chest is empty.",
        "Perhaps the lesson is that a sealed chest is not really a letter to the future.",
    )
    assert not found, found


def test_a_date_taken_for_a_doer_names_no_party(bench):
    found = _facts(
        bench,
        "Mereby Council traced the smell to the drains of the plant and on 8 May served a "
        "notice on the operator, Dunstan Foods.",
        "Mereby Council served a notice on us on 8 May, the plant's manager said.",
    )
    assert not [c for c in found if "(who did it)" in c["subject"]], found


def test_a_kinds_habit_is_no_event_of_the_story(bench):
    found = _facts(
        bench,
        "The reef is made of coral, a slow-growing animal that forms tiny branches. Coral "
        "grows about a centimetre a year.",
        "Divers found a patch of broken coral with no living branches left. Where the coral "
        "was broken they saw no living growth at all.",
    )
    assert not found, found


def test_guard_a_things_habit_against_its_denial_on_one_night(bench):
    found = _facts(
        bench,
        "The pumps run every night, the operator said.",
        "The pumps were not running on Tuesday night, officers found.",
    )
    assert found


def test_guard_one_act_in_two_verbs_on_one_thing(bench):
    found = _facts(
        bench,
        "The county has agreed to pay for the new footbridge, the head teacher said.",
        "The county has not agreed to fund a single new footbridge, the councillor wrote.",
    )
    assert found
