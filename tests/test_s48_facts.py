"""Fact conflicts missed on older held-out sets (session 48), each kind tested on
sentences written for these tests (none is a sentence of a held-out set):

- a state said to hold now ("the depot *remains* open", "is open as usual") in an article
  written inside a spell of days another article gives to the opposite state ("closed
  *from 4 May to 19 May*") cannot both hold; written after the spell, it can;
- a state said to have held *throughout* ("the hall stayed open throughout") excludes any
  spell of the opposite state, and the opposite state another article, written no later,
  says holds now ("the hall *has been closed* while repairs take place");
- a thing found during a check by a body ("found during a routine audit *by the health
  authority*") was found by that body, and a body can find a thing ("discovered by Marlow
  Water"): against a person who found it, two finders of one find; "one of the
  technicians" is one person. A body that first *reports* a thing is still no finder;
- a person found is one person, told by a name, a pronoun or a noun ("a ranger found
  *Elsie*" / "a cyclist found *a young girl*" / "found *her*"), and finders doing one
  thing ("a man *walking* his *dog*" / "a passer-by *walking* a *dog*") are one side;
- a thing said to lie inside a bound and outside it ("Orchard Lane Surgery, which was
  *inside* the exclusion zone" / "..., which is just *outside* the exclusion zone") is a
  fact conflict, never a consensus line, whatever the tenses and however the name is cut;
- a denied verb with nothing acted on ("the feed had been cut and *nobody had noticed*")
  denies nothing of the thing another clause names ("the flood was discovered");
- people withdrawn from a place in the passive ("nine pupils have been *withdrawn from*
  the school") do not deny the place: others still go back to it;
- a clause inside an if-clause (a heading "If you need a lift home"), under a verb of
  wanting ("we want to make sure nobody is left without heating") or a "when" clause of
  a modal rule ("the club may cancel a booking when the fee has not been paid") tells
  no deed.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, dated_conflicts


def _fact(found: list[dict]) -> list[dict]:
    return [c for c in found if c["kind"] == "fact"]


def test_present_state_written_inside_a_closed_spell(bench):
    found = _fact(
        dated_conflicts(
            bench,
            ("2039-05-08T09:00:00+00:00", "The Harlow Lane depot remains open, using hired vans."),
            (
                "2039-07-01T09:00:00+00:00",
                "The Harlow Lane depot closed from 4 May to 19 May 2039 while the yard was resurfaced.",
            ),
        )
    )
    assert (
        found
        and "remains open" in found[0]["readings"][0]["text"] + found[0]["readings"][1]["text"]
    )


def test_guard_present_state_written_after_the_spell(bench):
    found = _fact(
        dated_conflicts(
            bench,
            ("2039-06-02T09:00:00+00:00", "The Harlow Lane depot remains open, using hired vans."),
            (
                "2039-07-01T09:00:00+00:00",
                "The Harlow Lane depot closed from 4 May to 19 May 2039 while the yard was resurfaced.",
            ),
        )
    )
    assert found == []


def test_state_held_throughout_excludes_a_spell(bench):
    found = _fact(
        dated_conflicts(
            bench,
            (
                "2039-11-20T09:00:00+00:00",
                "The sports hall stayed open throughout, with classes moved to the side rooms.",
            ),
            (
                "2039-12-03T09:00:00+00:00",
                "The sports hall closed from 2 November to 16 November 2039 for asbestos checks.",
            ),
        )
    )
    assert found


def test_guard_spell_and_plain_past_state(bench):
    found = _fact(
        dated_conflicts(
            bench,
            (
                "2039-11-20T09:00:00+00:00",
                "The sports hall was busy, with classes in the side rooms.",
            ),
            (
                "2039-12-03T09:00:00+00:00",
                "The sports hall closed from 2 November to 16 November 2039 for asbestos checks.",
            ),
        )
    )
    assert found == []


def test_found_during_a_check_by_a_body(bench):
    found = conflicts_of(
        bench,
        "fact",
        "One of the lab technicians spotted the labelling error on Monday morning.",
        "The labelling error was found during a routine audit by the regional health authority.",
        published="2039-03-09",
    )
    assert found and any("One of the lab technicians" in r["text"] for r in found[0]["readings"])


def test_a_body_finds_a_thing(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The leak under Cobb Street was discovered by Marlow Water during a night survey.",
        "A dog walker discovered the leak under Cobb Street on Sunday.",
        published="2039-03-09",
    )
    assert found


def test_guard_a_body_first_reporting_is_no_finder(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The chemical smell was reported by the Harfield Gazette on Tuesday.",
        "A cyclist reported the chemical smell on Tuesday.",
        published="2039-03-09",
    )
    assert found == []


def test_denied_verb_with_no_object(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The boiler's alarm feed had been cut during the rewiring and nobody had noticed.",
        "The flood in the plant room was discovered at 7.10am by a cleaner.",
        published="2039-10-02",
    )
    assert found == []


def test_guard_denied_verb_with_its_object(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Nobody noticed the flood in the plant room.",
        "The flood in the plant room was noticed at 7.10am by a cleaner.",
        published="2039-10-02",
    )
    assert found


def test_passive_withdrawal_from_a_place_denies_no_place(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Nine pupils have been withdrawn from Larkfield School since the fire.",
        "The rest of the class walked back to Larkfield School with two teachers.",
        published="2039-10-02",
    )
    assert found == []


def test_if_heading_tells_no_deed(bench):
    found = conflicts_of(
        bench,
        "fact",
        "If you need a lift home from the hall\n\nCall the council on 0300 555 0142.",
        "Nobody needed a lift home from the hall, the council said.",
        published="2039-10-02",
    )
    assert found == []


def test_wish_tells_no_deed(bench):
    found = conflicts_of(
        bench,
        "fact",
        "We want to make sure nobody is left without heating this winter, the mayor said.",
        "Forty households were left without heating after the boiler failed.",
        published="2039-10-02",
    )
    assert found == []


def test_when_clause_of_a_rule_tells_no_deed(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Under its terms, the club may cancel a booking when the fee has not been paid.",
        "Mr Osei's fee was paid in full in March.",
        published="2039-10-02",
    )
    assert found == []


def test_person_found_by_two_finders(bench):
    found = conflicts_of(
        bench,
        "fact",
        "A ranger found Elsie beside the boathouse at 3.10pm and called her mother.",
        "Shortly after 3pm a man walking his dog found a young girl alone by the boathouse.",
        "A passer-by walking a dog found her near the boathouse.",
        published="2039-06-12",
    )
    assert found and any("ranger" in r["text"] for r in found[0]["readings"])
    assert any("walking his dog" in r["text"] for r in found[0]["readings"])


def test_guard_finders_doing_one_thing_agree(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Shortly after 3pm a man walking his dog found a young girl alone by the boathouse.",
        "A passer-by walking a dog found her near the boathouse.",
        published="2039-06-12",
    )
    assert found == []


def test_throughout_against_a_state_held_now_before(bench):
    found = _fact(
        dated_conflicts(
            bench,
            (
                "2039-11-03T09:00:00+00:00",
                "The Dunmore sports hall has been closed to the public while the repairs take place.",
            ),
            (
                "2039-12-03T09:00:00+00:00",
                "The Dunmore sports hall stayed open throughout, with classes moved to the side rooms.",
            ),
        )
    )
    assert found


def test_guard_state_held_now_after_the_throughout(bench):
    found = _fact(
        dated_conflicts(
            bench,
            (
                "2040-01-20T09:00:00+00:00",
                "The Dunmore sports hall has been closed to the public while the repairs take place.",
            ),
            (
                "2039-12-03T09:00:00+00:00",
                "The Dunmore sports hall stayed open throughout, with classes moved to the side rooms.",
            ),
        )
    )
    assert found == []


def test_inside_and_outside_a_bound(bench):
    from brief_fixtures import brief_of

    brief = brief_of(
        bench,
        "At Orchard Lane Surgery, which is just outside the exclusion zone, clinics ran as normal.",
        "Orchard Lane Surgery Practice, which was inside the exclusion zone, shut for a day.",
        published="2039-06-12",
    )
    facts = [c for c in brief["conflicts"] if c["kind"] == "fact"]
    assert facts and any("outside" in r["text"] for r in facts[0]["readings"])
    assert not any("exclusion zone" in (c.get("text") or "") for c in brief["consensus"])


def test_guard_one_side_twice_agrees(bench):
    found = conflicts_of(
        bench,
        "fact",
        "Holm Lane library, which is outside the flood zone, stayed open all week.",
        "Holm Lane library, which lies outside the flood zone, stayed open all week.",
        published="2039-06-12",
    )
    assert found == []
