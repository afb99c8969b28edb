"""Statement conflicts read from the parse (issue #11/#12, session s7): one event stated
and denied in any form (a negated passive perfect, a copula "is not a X", "refused to",
"denied that"), one thing left in opposite states (reopened / remains blocked, sounded /
switched off), a plan against a state that lasts, and the guards: a plan or a hedge is not
a deed, a state now and a later reopening are two moments, a participle's agent is not a
subject, two objects are two facts. Every text is written for this file."""

from __future__ import annotations

import pytest

from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles


def fact_conflicts(*texts: str, published: list[str] | None = None) -> list[list[str]]:
    """The fact conflicts of ``texts`` briefed as one story: per conflict, the cited text of
    each reading (article ids ``x0``, ``x1``, ... in input order)."""
    days = published or ["2025-06-03"] * len(texts)
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=d)
        for i, (t, d) in enumerate(zip(texts, days, strict=True))
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    out = []
    for c in build_claims(ctx)["conflicts"]:
        if c["kind"] == "fact":
            out.append([r["text"] for r in c["readings"]])
    return out


def disputed(conflicts: list[list[str]], *words: str) -> bool:
    """Some conflict has a reading holding each of ``words`` (each in another reading or
    the same one)."""
    return any(all(any(w in r for r in readings) for w in words) for readings in conflicts)


# --------------------------------------------------------------------------- polarity


@pytest.mark.parametrize(
    "said, denied",
    [
        (  # active vs negated passive perfect in reported speech
            "The fire service said it had ruled out arson at the Tarnby warehouse.",
            "A detective told reporters that arson had not been ruled out at the Tarnby warehouse.",
        ),
        (  # the negation on the modal-less perfect, object first
            "Arson at the Tarnby warehouse has not been ruled out, a detective said.",
            "Investigators ruled out arson at the Tarnby warehouse on Monday.",
        ),
        (  # passive stated vs active denied
            "Sabotage was excluded by the inquiry into the Morrow dam leak.",
            "The inquiry into the Morrow dam leak has not excluded sabotage, its chair said.",
        ),
    ],
)
def test_one_event_stated_and_denied_in_any_voice(said, denied):
    got = fact_conflicts(said, denied)
    assert len(got) == 1
    assert len(got[0]) == 2


def test_copula_denies_the_record_an_act_set():
    got = fact_conflicts(
        "Amara Osei won the Lakeside 10K in 27:02, setting a new course record.",
        "Osei's 27:02 was quick. It was not, however, a course record, because the route "
        "was changed this year.",
    )
    assert disputed(got, "course record", "not")


def test_copula_with_a_different_record_is_no_dispute():
    got = fact_conflicts(
        "Amara Osei won the Lakeside 10K in 27:02, setting a national record.",
        "Osei's 27:02 was quick. It was not, however, a world record.",
    )
    assert not disputed(got, "record")


@pytest.mark.parametrize(
    "done, refused",
    [
        (
            "Brennick Council paid the contractor's final invoice last week, a spokesman said.",
            "Brennick Council told the Echo it had not paid the contractor's final invoice.",
        ),
        (
            "Brennick Council paid the contractor's final invoice last week, a spokesman said.",
            "Brennick Council denied that it paid the contractor's final invoice.",
        ),
    ],
)
def test_a_deed_and_its_denial_by_the_doer(done, refused):
    assert disputed(fact_conflicts(done, refused), "paid", "invoice")


@pytest.mark.parametrize(
    "denial",
    [
        "No payment of the invoice from Dorran Roofing has been made, the roofer said.",
        "Dorran Roofing said the council had made no invoice payment at all.",
    ],
)
def test_a_nominalised_act_denied(denial):
    got = fact_conflicts(
        "Brennick Council paid the invoice from Dorran Roofing on Monday, a spokesman said.",
        denial,
    )
    assert disputed(got, "paid the invoice", "payment")


def test_first_person_denial_by_the_accused_party_is_a_dispute():
    got = fact_conflicts(
        "Corvel Data sold the customer records to an advertising firm, the Gazette reported.",
        'Corvel Data faced questions on Tuesday. "We have never sold any customer records," '
        "chief executive Lena Moor said.",
    )
    assert disputed(got, "sold", "never sold")


def test_a_plan_is_not_a_denied_deed():
    got = fact_conflicts(
        "Brennick Council has not paid the contractor's final invoice.",
        "Brennick Council will pay the contractor's final invoice next month.",
    )
    assert got == []


def test_two_objects_are_two_facts():
    got = fact_conflicts(
        "Brennick Council paid the roofing contractor in full, a spokesman said.",
        "Brennick Council has not paid the architect, the architect said.",
    )
    assert got == []


# --------------------------------------------------------------------------- states


@pytest.mark.parametrize(
    "opened, closed",
    [
        (
            "The Ferrow bridge reopened to traffic at noon after engineers inspected it.",
            "The Ferrow bridge remains closed after the flood, police said.",
        ),
        (  # transitive active: the object is what opens
            "Engineers reopened the Ferrow bridge to traffic at noon, the council said.",
            "The Ferrow bridge is still blocked by fallen trees, police said.",
        ),
        (  # the closed reading first, in the passive
            "Fallen trees have blocked the Ferrow bridge since the storm, police said.",
            "Traffic is moving again: the Ferrow bridge is open, the council said.",
        ),
    ],
)
def test_one_thing_open_and_closed_at_one_time(opened, closed):
    got = fact_conflicts(opened, closed)
    assert disputed(got, "Ferrow bridge")


@pytest.mark.parametrize(
    "rang, silent",
    [
        (
            "The school's fire alarm went off at 2 a.m. and staff called the brigade.",
            "The fire alarm at the school had been turned off by a contractor and never "
            "sounded, the head teacher said.",
        ),
        (  # the denial first, as the cause of a silence
            "The school's fire alarm did not go off, because a contractor had disabled it "
            "the day before, the head teacher said.",
            "Neighbours heard the siren: the school's fire alarm sounded for ten minutes.",
        ),
    ],
)
def test_one_device_on_and_off(rang, silent):
    assert disputed(fact_conflicts(rang, silent), "alarm")


def test_a_plan_against_a_state_that_lasts_until_further_notice():
    got = fact_conflicts(
        "The Ostley public library will remain shut until further notice, the council said.",
        "The Ostley public library said it would reopen to readers on Saturday.",
    )
    assert disputed(got, "remain shut", "reopen")


def test_closed_now_and_reopening_later_are_two_moments():
    got = fact_conflicts(
        "The Ostley public library is closed after a burst pipe, the council said.",
        "The Ostley public library said it would reopen to readers on Saturday.",
    )
    assert got == []


def test_closed_until_a_day_before_the_reopening_is_no_dispute():
    got = fact_conflicts(
        "The Ostley public library will stay closed until Thursday, the council said.",
        "The Ostley public library said it would reopen to readers on Saturday.",
    )
    assert got == []


def test_a_hedged_reopening_is_no_dispute():
    got = fact_conflicts(
        "The Ferrow bridge may reopen later today, the council said.",
        "The Ferrow bridge remains closed after the flood, police said.",
    )
    assert got == []


def test_two_different_bridges_are_no_dispute():
    got = fact_conflicts(
        "The Ferrow bridge reopened to traffic at noon, the council said.",
        "The Dunmore bridge remains closed after the flood, police said.",
    )
    assert got == []


@pytest.mark.parametrize(
    "halted, operated",
    [
        (  # a live blog's bullet line: the prepositional object runs to the line's end
            "Key points:\n\n- Trains halted nationwide after a Veltra Rail signalling fault\n"
            "- A repair crew is on site\n\nTrains across the country stopped at 7 a.m.",
            "From 07:00 on Monday, a failure of the signalling system operated by Veltra Rail, "
            "the national rail company, stopped all trains.",
        ),
        (
            "Updates:\n\n- Ferries suspended across the bay after a Norrvik Lines radio fault\n"
            "- Passengers wait in Tolby\n\nNo ferry has sailed since noon.",
            "Since noon, a fault in the radio network run by Norrvik Lines has kept every "
            "ferry in port.",
        ),
    ],
)
def test_a_participle_modifier_is_not_the_subject(halted, operated):
    got = fact_conflicts(halted, operated)
    assert not any(any("operated by" in r or "run by" in r for r in c) for c in got)


def test_a_short_and_a_long_name_of_one_place_in_opposite_states():
    got = fact_conflicts(
        "Thieves raided the Corran Gallery of Modern Art in Tilby overnight. The gallery will "
        "remain closed until further notice, it said.",
        "The Corran Gallery said it would reopen to visitors on Saturday.",
    )
    assert disputed(got, "remain closed", "reopen")


# --------------------------------------------------------------------------- guards


def test_a_denied_content_is_one_dispute_with_its_confirmation():
    got = fact_conflicts(
        "The Harrow dockers' union confirmed on Monday that the pay talks had broken down.",
        "The Harrow dockers' union denied on Monday that the pay talks had broken down.",
    )
    assert len(got) == 1


@pytest.mark.parametrize(
    "one, other",
    [
        (  # speech is no event: "did not say" / "said"
            "Police did not say how the two men got into the jeweller's shop on Kell Street.",
            "Police said the two men got into the jeweller's shop on Kell Street through a "
            "back door.",
        ),
        (  # a condition asserts nothing
            "If Brennick Council does not pay the invoice by Friday, the firm will sue.",
            "Brennick Council paid the invoice on Friday, a spokesman said.",
        ),
        (  # a market's close is a price, not a door
            "Shares in Orrin Foods closed higher on Monday after the results.",
            "The Orrin Foods factory in Dunlow remained open on Monday, the union said.",
        ),
    ],
)
def test_look_alike_negations_are_no_dispute(one, other):
    assert fact_conflicts(one, other) == []


def test_two_past_changes_are_steps_of_one_story():
    got = fact_conflicts(
        "Flights at Kessby airport were suspended at 6 a.m. because of fog, the operator said.",
        "Flights at Kessby airport resumed at noon once the fog lifted, the operator said.",
    )
    assert got == []


def test_still_suspended_against_resumed_is_a_dispute():
    got = fact_conflicts(
        "Flights at Kessby airport remain suspended because of fog, the operator said.",
        "Flights at Kessby airport resumed at noon once the fog lifted, a spokesman said.",
    )
    assert disputed(got, "suspended", "resumed")


def test_a_denial_by_the_doers_own_body_is_a_dispute():
    got = fact_conflicts(
        "Cleaners hired by the Fennick council removed the mural on Sunday, residents said.",
        '"We did not remove the mural," the council\'s arts officer, Joel Marr, told reporters.',
    )
    assert disputed(got, "removed the mural", "did not remove")


def test_a_denial_by_another_party_is_no_dispute():
    got = fact_conflicts(
        "Dock workers from the port authority unloaded the cargo on Sunday, residents said.",
        '"We did not unload the cargo," said Ana Ruiz, a spokeswoman for the hauliers\' union.',
    )
    assert got == []


def test_two_nouns_the_article_links_to_one_name_are_two_things():
    got = fact_conflicts(
        "Measles cases at Tarvin Academy rose to 14. Extra vaccine clinics open every evening "
        "at Tarvin Academy this week.",
        "Tarvin Academy, at the centre of the outbreak, has closed for the rest of the week, "
        "its head teacher said.",
    )
    assert not disputed(got, "clinics")


@pytest.mark.parametrize(
    "up, down",
    [
        (
            "The Pellam council's booking system was restored at 9:30, a spokeswoman said.",
            "The Pellam council's booking system remains down, residents said.",
        ),
        (
            "Residents said the Pellam council's booking system is still offline.",
            "The Pellam council's booking system is working again, a spokeswoman said.",
        ),
    ],
)
def test_one_system_working_and_down(up, down):
    assert disputed(fact_conflicts(up, down), "booking system")


def test_an_obligation_is_no_deed():
    got = fact_conflicts(
        "A speed camera on a trunk road must be certified by the Dorland roads agency, the "
        "judge said.",
        "The Kelby speed cameras were not certified by the Dorland roads agency, the judge found.",
    )
    assert got == []
