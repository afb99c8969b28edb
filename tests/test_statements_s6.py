"""Statement conflicts through paraphrase (issue #11/#12, session s6): closed / stayed open
with a short form of the name and an "until" bound, done vs expected with other verbs and
dates, safe vs told not to use, a denial quoted from a party, ``permitted`` as not yet done,
and no consensus item that a statement conflict disputes. Every text is written for this
file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from consilience import opposition, statements
from consilience.model import Article, Claim, Story


def brief(*texts: str, published: list[str] | None = None) -> dict:
    """The finished brief of ``texts`` as one story (article ids ``x0``, ``x1``, ...)."""
    from consilience.pipeline import context_from_articles, finished_brief

    days = published or ["2025-03-12"] * len(texts)
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=d)
        for i, (t, d) in enumerate(zip(texts, days, strict=True))
    ]
    return finished_brief(context_from_articles(arts, Story("s", "", [a.id for a in arts])))


def facts(b: dict) -> list[dict]:
    return [c for c in b["conflicts"] if c["kind"] == "fact"]


def cited(item: dict) -> set[tuple[str, int, int]]:
    cites = list(item.get("citations") or [])
    cites += [r["citation"] for r in item.get("readings", [])]
    return {(c["article"], c["start"], c["end"]) for c in cites}


def overlapping(a: set, b: set) -> bool:
    return any(x[0] == y[0] and x[1] < y[2] and y[1] < x[2] for x in a for y in b)


def claim(article: str, text: str, frame: str, **kw) -> Claim:
    """A hand-built claim of ``article`` whose clause is all of ``text``."""
    kw.setdefault("predicate", frame)
    return Claim(
        article=article,
        start=0,
        end=len(text),
        text=text,
        sentence=0,
        kind="main",
        frame=frame,
        tense=kw.pop("tense", "past"),
        **kw,
    )


# --------------------------------------------------------------------------- closed / open


@pytest.fixture(scope="module")
def school_story() -> dict:
    return brief(
        "PELLHAM, March 12 - Corran Valley School, where the leak was found, has closed until "
        "at least next Tuesday, the county council said. Engineers are checking the roof.",
        "Corran Valley School has shut for the rest of the week after water came through the "
        "roof, the county council said on Wednesday. Engineers are checking the roof.",
        "Corran Valley stayed open on Wednesday, with staff moving pupils away from the damp "
        "classrooms, a teacher said. Engineers are checking the roof.",
    )


def test_closed_until_a_later_day_and_stayed_open_are_one_dispute(school_story):
    got = facts(school_story)
    assert len(got) == 1
    assert {r["article"] for r in got[0]["readings"]} == {"x0", "x1", "x2"}
    assert got[0]["outliers"] == ["x2"]


def test_a_disputed_closure_is_not_consensus(school_story):
    disputed = set().union(*(cited(c) for c in facts(school_story)))
    assert disputed
    for item in school_story["consensus"]:
        assert not overlapping(cited(item), disputed), item["text"]
        assert "closed" not in item["text"] and "shut" not in item["text"]


def test_an_until_bound_is_not_the_moment_of_the_state():
    shut = claim(
        "a",
        "The Ostry ferry terminal has closed until Friday",
        "shut_down",
        actor="The Ostry ferry terminal",
        actor_keys=["ostry ferry terminal"],
        dates=["2025-06-13|day"],
    )
    open_ = claim(
        "b",
        "The Ostry ferry terminal remained open on Tuesday",
        "be",
        predicate="remain",
        patient_key="open",
        actor_keys=["ostry ferry terminal"],
        dates=["2025-06-10|day"],
    )
    day = {"a": "2025-06-10", "b": "2025-06-10"}
    assert opposition.opposed(shut, open_) == "antonym"
    assert statements.same_moment(shut, open_, day, "antonym")
    # a closure dated to another day (no "until") is another moment
    later = claim("a", "The Ostry ferry terminal closed on Friday", "shut_down", dates=shut.dates)
    assert not statements.same_moment(later, open_, day, "antonym")


def test_closed_until_at_least_is_a_closure_and_closed_at_a_level_is_not():
    shut = claim("a", "The depot has closed until at least Monday", "shut_down", predicate="close")
    market = claim("a", "The Vessa index closed at 4,210 points", "shut_down", predicate="close")
    assert ("open", -1) in opposition.poles(shut)
    assert ("open", -1) not in opposition.poles(market)


def test_a_name_without_its_institution_word_is_one_subject():
    assert statements._short_form(frozenset({"marlow road hospital"}), frozenset({"marlow road"}))
    assert not statements._short_form(frozenset({"marlow"}), frozenset({"marlow hospital"}))
    assert not statements._short_form(
        frozenset({"marlow road"}), frozenset({"marlow road council"})
    )


# --------------------------------------------------------------------------- done / expected


def test_a_fitness_test_passed_and_still_to_come_in_other_words():
    b = brief(
        "Borland Athletic have signed defender Kofi Mensah from Pyrford Town. The 26-year-old "
        "Ghanaian has agreed a four-year deal and completed his medical on Wednesday, the club "
        "said.",
        "Borland Athletic are closing in on Kofi Mensah, 27, from Pyrford Town. He will undergo "
        "a medical on Friday before he is presented to supporters on Saturday.",
        published=["2025-08-14", "2025-08-14"],
    )
    got = [c for c in facts(b) if "medical" in " ".join(r["text"] for r in c["readings"])]
    assert len(got) == 1
    assert "done vs expected" in got[0]["subject"]
    assert {r["modality"] for r in got[0]["readings"]} == {"asserted", "future"}


def _exam(article: str, text: str, pred: str, day: str, **kw) -> Claim:
    return claim(
        article,
        text,
        pred,
        actor="Ines Varga",
        actor_keys=["ines varga"],
        patient_key=kw.pop("patient_key", "exam"),
        dates=[f"{day}|day"],
        **kw,
    )


def test_done_on_one_day_and_expected_on_a_later_one():
    passed = _exam("a", "Ines Varga passed her driving exam on Monday", "pass", "2025-05-05")
    to_sit = _exam(
        "b",
        "Ines Varga will sit the driving exam on Thursday",
        "sit",
        "2025-05-08",
        modality="future",
        tense="future",
    )
    assert opposition.opposed(passed, to_sit) == "modality"
    # written after Monday, "still to come on Thursday" disputes "done on Monday"
    day = {"a": "2025-05-06", "b": "2025-05-06"}
    assert statements.same_moment(passed, to_sit, day, "modality")
    # written before Monday (the date moved up): an update, not a dispute
    assert not statements.same_moment(
        passed, to_sit, {"a": "2025-05-06", "b": "2025-05-02"}, "modality"
    )
    # expected, in Sunday's paper, on the very day it was done: the plan came true
    on_the_day = _exam(
        "b", "Ines Varga will sit the exam on Monday", "sit", "2025-05-05", modality="future"
    )
    sunday = {"a": "2025-05-06", "b": "2025-05-04"}
    assert not statements.same_moment(passed, on_the_day, sunday, "modality")
    # ... and undated, "still to come" in an earlier paper than "done": an update too
    undated = [replace(c, dates=[]) for c in (passed, on_the_day)]
    assert not statements.same_moment(*undated, sunday, "modality")
    assert statements.same_moment(*undated, {"a": "2025-05-06", "b": "2025-05-06"}, "modality")


def test_a_repeatable_act_on_two_days_is_two_moments_and_a_once_act_is_not():
    held = _exam(
        "a",
        "Ines Varga held talks with the union on Monday",
        "hold",
        "2025-05-05",
        patient_key="talk",
    )
    again = _exam(
        "b",
        "Ines Varga will hold talks with the union on Thursday",
        "hold",
        "2025-05-08",
        patient_key="talk",
        modality="future",
    )
    day = {"a": "2025-05-06", "b": "2025-05-06"}
    assert opposition.opposed(held, again) == "modality"
    assert not statements.same_moment(held, again, day, "modality")
    signed = replace(
        held,
        text="Ines Varga signed the lease on Monday",
        predicate="sign",
        frame="sign",
        patient_key="lease",
    )
    to_sign = replace(
        again,
        text="Ines Varga will sign the lease on Thursday",
        predicate="sign",
        frame="sign",
        patient_key="lease",
    )
    assert statements.same_moment(signed, to_sign, day, "modality")


def test_one_event_in_two_verbs_and_other_acts():
    passed = _exam("a", "Ines Varga passed the exam", "pass", "2025-05-05")
    sits = _exam("b", "Ines Varga will sit the exam", "sit", "2025-05-05", modality="future")
    assert opposition.one_event(passed, sits)
    failed = _exam("b", "Ines Varga will mark the exam", "mark", "2025-05-05", modality="future")
    other = _exam(
        "b",
        "Ines Varga will sit the audit",
        "sit",
        "2025-05-05",
        patient_key="audit",
        modality="future",
    )
    assert opposition.opposed(passed, failed) is None
    assert opposition.opposed(passed, other) is None


def test_a_permission_is_not_yet_the_act():
    allowed = claim(
        "a",
        "the board allowed Kestrel Air to resume flights",
        "resume",
        actor_keys=["kestrel air"],
        patient_key="flight",
        modality="permitted",
    )
    resumed = claim(
        "b",
        "Kestrel Air resumed flights",
        "resume",
        actor_keys=["kestrel air"],
        patient_key="flight",
    )
    assert opposition.opposed(allowed, resumed) == "modality"
    assert opposition.opposed(resumed, allowed) == "modality"


# --------------------------------------------------------------------------- safe / unsafe


def test_safe_to_drink_against_told_not_to_and_not_affected():
    b = brief(
        "Brenhill Water said on Monday that tap water in the village was safe to drink because "
        "its reservoir is miles from the crash site. Crews are clearing the diesel.",
        "People in Brenhill have been advised not to drink tap water until tests are finished, "
        "after a tanker crash spilled diesel into the stream. Crews are clearing the diesel.",
        "Its supply was not affected, Brenhill Water said, though the stream was closed to "
        "anglers. Crews are clearing the diesel.",
        published=["2025-02-03"] * 3,
    )
    got = facts(b)
    assert len(got) == 1
    assert {r["article"] for r in got[0]["readings"]} == {"x0", "x1", "x2"}
    assert got[0]["outliers"] == ["x1"]


def test_what_is_safe_to_use_is_the_subject():
    safe = claim(
        "a",
        "the well water is safe to drink",
        "be",
        actor="the well water",
        nouns=["well", "water"],
    )
    told = claim(
        "b",
        "Campers were told not to drink the well water",
        "tell",
        patient="Campers",
        nouns=["camper", "well", "water"],
    )
    fish = claim(
        "b",
        "Anglers were told not to eat fish from the lake",
        "tell",
        patient="Anglers",
        nouns=["angler", "fish", "lake"],
    )
    assert opposition.opposed_scales(safe, told) == ["safety"]
    assert opposition.used_words(safe) == opposition.used_words(told) == {"water"}
    assert statements.same_subject(safe, told, ["safety"], {}) == "water"
    assert opposition.opposed_scales(safe, fish) == ["safety"]
    assert statements.same_subject(safe, fish, ["safety"], {}) is None


def test_not_affected_is_safe_and_a_negated_claim_keeps_only_such_poles():
    unaffected = claim(
        "a",
        "their supply has not been contaminated",
        "contaminate",
        negated=True,
        patient="their supply",
        nouns=["supply"],
        attribution="Osk Valley Water",
    )
    unsafe = claim("b", "the water was not safe for drinking", "be", negated=True)
    assert opposition.poles(unaffected) == {("safety", 1)}
    assert opposition.poles(unsafe) == {("safety", -1)}
    assert {"supply", "water"} <= opposition.used_words(unaffected)
    never_closed = claim("a", "the museum has not closed", "shut_down", negated=True)
    assert opposition.poles(never_closed) == frozenset()


# --------------------------------------------------------------------------- quoted denial


def test_a_party_denies_in_a_quotation_what_the_narrative_says_it_did():
    b = brief(
        "Contractors working for Hesketh Homes demolished the old mill chimney on Tuesday "
        "night, according to residents who heard the blast. The council has opened an inquiry.",
        '"Let me be absolutely plain: we did not demolish the old mill chimney," Hesketh Homes '
        "director Paul Arden told reporters on Wednesday. The council has opened an inquiry.",
        published=["2025-10-09", "2025-10-09"],
    )
    got = facts(b)
    assert len(got) == 1
    assert {(r["article"], r["negated"]) for r in got[0]["readings"]} == {
        ("x0", False),
        ("x1", True),
    }
    assert "stated vs denied" in got[0]["subject"]


def test_a_first_person_denial_and_another_named_doer_are_no_dispute():
    blew = claim(
        "a",
        "Army engineers blew up the river bridge",
        "blow_up",
        actor="Army engineers",
        actor_keys=["engineer"],
        patient_key="bridge",
        entities=["army"],
    )
    denial = claim(
        "b",
        "we did not blow up the river bridge",
        "blow_up",
        actor="we",
        patient_key="bridge",
        negated=True,
        attribution="a rebel commander",
    )
    unattributed = claim(
        "b",
        "we did not blow up the river bridge",
        "blow_up",
        actor="we",
        patient_key="bridge",
        negated=True,
    )
    crew = claim(
        "a",
        "demolition crews blew up the river bridge",
        "blow_up",
        actor="demolition crews",
        patient_key="bridge",
    )
    other = claim(
        "a", "Army engineers blew up the dam", "blow_up", actor="Army engineers", patient_key="dam"
    )
    assert not statements.denied_by_doer(denial, blew)
    assert statements.denied_by_doer(unattributed, blew)
    assert statements.denied_by_doer(denial, crew)  # whose crews: not said
    assert not statements.denied_by_doer(unattributed, other)
    pundits = claim(
        "a", "pundits expected the defeat", "expect", actor="pundits", patient_key="defeat"
    )
    no_surprise = claim(
        "b",
        "we did not expect the defeat",
        "expect",
        actor="we",
        patient_key="defeat",
        negated=True,
        attribution="coach Ivo Marek",
    )
    assert not statements.denied_by_doer(no_surprise, pundits)
    assert not statements.denied_by_doer(replace(no_surprise, attribution=None), pundits)
    day = {"a": "2025-10-09", "b": "2025-10-09"}
    assert statements.conflict_of(crew, denial, {}, day) == ("polarity", "bridge")
    assert statements.conflict_of(blew, denial, {}, day) is None


# --------------------------------------------------------------------------- nominalisations


def test_an_announced_resignation_and_a_refusal_to_step_down():
    b = brief(
        "Treasurer Maya Penrose announced her resignation on Tuesday after the audit. "
        "Councillors will meet on Friday.",
        "Treasurer Maya Penrose has refused to step down over the audit, her office said on "
        "Tuesday. Councillors will meet on Friday.",
        published=["2025-04-02", "2025-04-02"],
    )
    got = facts(b)
    assert len(got) == 1
    assert {r["negated"] for r in got[0]["readings"]} == {False, True}
    # the resignation of someone else disputes nothing
    b = brief(
        "Treasurer Maya Penrose announced the resignation of her deputy, Colm Hardy, on "
        "Tuesday after the audit. Councillors will meet on Friday.",
        "Treasurer Maya Penrose has refused to step down over the audit, her office said on "
        "Tuesday. Councillors will meet on Friday.",
        published=["2025-04-02", "2025-04-02"],
    )
    assert facts(b) == []


def test_a_confirmed_closure_and_a_depot_that_stayed_open():
    b = brief(
        "The county council confirmed the closure of the Fenwick Road depot on Tuesday. "
        "Drivers were moved to other sites.",
        "The Fenwick Road depot remained open on Tuesday, drivers said.",
        published=["2025-04-02", "2025-04-02"],
    )
    got = facts(b)
    assert len(got) == 1
    assert "Fenwick Road depot" in got[0]["subject"]


def test_a_hedge_and_the_act_in_the_same_days_papers_are_a_dispute():
    closed = claim("a", "Schools in Dunlow closed on Friday", "shut_down", dates=["2025-03-07|day"])
    may = claim(
        "b",
        "Schools in Dunlow may close on Friday",
        "shut_down",
        modality="possible",
        dates=["2025-03-07|day"],
    )
    assert statements.same_moment(closed, may, {"a": "2025-03-07", "b": "2025-03-07"}, "modality")
    assert not statements.same_moment(
        closed, may, {"a": "2025-03-07", "b": "2025-03-06"}, "modality"
    )


# --------------------------------------------------------------------------- anaphors


def test_an_object_pronoun_is_the_person_named_before():
    b = brief(
        "Former harbourmaster Agnes Tolley admitted theft at Dunlow Magistrates' Court on "
        "Monday. The magistrates remanded her in custody.",
        "Agnes Tolley, the former harbourmaster, admitted theft on Monday. Agnes Tolley was "
        "released on bail until a hearing on May 2.",
        published=["2025-04-08", "2025-04-08"],
    )
    got = facts(b)
    assert len(got) == 1
    texts = " | ".join(r["text"] for r in got[0]["readings"])
    assert "remanded her in custody" in texts and "bail" in texts


def test_what_is_used_is_read_without_the_tagger_and_a_possessive_speaker_is_the_speaker():
    # a sentence-initial "Oysters" the tagger may call a name: the phrase's head still counts
    oysters = claim(
        "a", "Oysters from Lund Sound are safe to eat", "be", actor="Oysters from Lund Sound"
    )
    told = claim(
        "b", "Diners were told not to eat oysters from Lund Sound", "tell", patient="Diners"
    )
    assert opposition.used_words(oysters) == opposition.used_words(told) == {"oysters"}
    stewards = claim(
        "a",
        "stewards locked the east gates",
        "lock",
        actor="stewards",
        actor_key="steward",
        patient_key="gate",
    )
    denial = claim(
        "b",
        "we did not lock the east gates",
        "lock",
        actor="we",
        patient_key="gate",
        negated=True,
        attribution="the arena's safety officer, Ken Obi",
    )
    assert statements.denied_by_doer(denial, stewards)
    arena = replace(stewards, actor="arena staff", actor_key="staff", entities=[])
    assert statements._words("the arena's safety officer") >= {"arena", "safety", "officer"}
    assert statements.denied_by_doer(denial, arena)
