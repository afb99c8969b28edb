"""Claim extraction: appositive and reduced-relative claims, argument keys after alias
merging, negating verbs, attribution kept out of the clause, the frame lexicon.

Every text here is written for these tests (none is taken from the seeds or the demo)."""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims
from consilience.model import Analysis, Article


def _claims(make, text):
    return extract_claims(make(text))


def _extracted(nlp, text: str, published: str = "2025-09-10"):
    """Claims with the quantities and dates the registry extracts before them."""
    from consilience.brief import extract

    art = Article(id="t", source="t.txt", text=text, published=published)
    return extract(Analysis(art, nlp(text))).claims


def _one(claims, **want):
    found = [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]
    assert len(found) == 1, [(c.kind, c.frame, c.text) for c in claims]
    return found[0]


# --------------------------------------------------------------------------- appositives


def test_appositive_role_is_a_claim_of_its_own(make):
    text = "Dana Whitlock, a lawyer for the tenants' union, filed the appeal on Monday."
    claims = _claims(make, text)
    role = _one(claims, kind="appositive")
    assert (role.frame, role.actor_key, role.patient_key) == ("be", "dana whitlock", "lawyer")
    assert role.text == "Dana Whitlock, a lawyer for the tenants' union"
    filed = _one(claims, predicate="file")
    assert filed.actor_key == "dana whitlock"


def test_appositive_inside_an_attribution_still_states_the_role(make):
    text = "Omar Reyes, the county's fire marshal, said the blaze was under control."
    role = _one(_claims(make, text), kind="appositive")
    assert (role.actor_key, role.patient_key) == ("omar reyes", "fire marshal")


def test_named_side_of_an_appositive_is_the_actor(make):
    text = "The mine's operator, Granby Minerals, suspended work at the site."
    role = _one(_claims(make, text), kind="appositive")
    assert (role.actor_key, role.patient_key) == ("granby minerals", "operator")


def test_reduced_relative_carries_its_own_date(nlp):
    text = "The Cobb Tunnel, a two-lane bore completed in 1971, will close for repairs in May."
    claims = _extracted(nlp, text)
    built = _one(claims, kind="reduced")
    assert built.text == "a two-lane bore completed in 1971" and built.dates == ["1971|year"]
    assert built.patient_key == "cobb tunnel"
    close = _one(claims, frame="shut_down")
    assert "1971|year" not in close.dates  # the participle's date is not the closure's


def test_known_as_names_its_noun(make):
    text = "The city's water board, known as HWB, cancelled the contract."
    named = _one(_claims(make, text), kind="reduced")
    assert (named.frame, named.actor_key, named.patient_key) == ("be", "board", "hwb")


def test_a_verb_the_parser_hangs_on_its_subject_is_still_the_main_claim(make):
    text = "The Harlow Bridge, a 300-metre steel span, buckled on Tuesday."
    claims = _claims(make, text)
    main = _one(claims, kind="main")
    assert (main.predicate, main.actor_key) == ("buckle", "harlow bridge")


# --------------------------------------------------------------------------- argument keys


def test_a_common_noun_takes_the_key_of_the_one_name_with_its_head(make):
    text = (
        "A grain silo near Pelton caught fire on Friday. "
        "The Arden Silo had been empty since harvest, and firefighters said the silo "
        "would be demolished."
    )
    claims = _claims(make, text)
    fire = _one(claims, predicate="catch")
    assert fire.actor_key == "arden silo" and fire.actor_label
    demolish = _one(claims, frame="demolish")
    assert demolish.patient_key == "arden silo"
    # two names with that head: the common noun stands for neither
    text = (
        "The Arden Silo and the Brook Silo were inspected in June. The silo caught fire on Friday."
    )
    fire = _one(_claims(make, text), predicate="catch")
    assert fire.actor_key == "silo"


def test_an_appositive_links_a_description_to_its_name(make):
    text = (
        "Halvard Foods, the largest employer in the valley, announced 300 job cuts. "
        "The employer blamed rising energy prices."
    )
    blamed = _one(_claims(make, text), predicate="blame")
    assert blamed.actor_key == "halvard foods"


def test_subject_is_the_nearest_one_before_the_verb(make):
    text = (
        "OSLEY, Norland (Coast Wire) — A chemical plant in eastern Norland exploded on "
        "Friday, injuring four workers."
    )
    claims = _claims(make, text)
    boom = _one(claims, predicate="explode")
    assert boom.actor_key == "plant"
    hurt = _one(claims, frame="injure")
    assert hurt.actor_key == "plant"


# --------------------------------------------------------------------------- polarity, attribution


def test_verbs_that_deny_their_complement(make):
    claims = _claims(make, "The ministry declined to comment. The board refused to sign the deal.")
    comment = _one(claims, predicate="comment")
    assert comment.negated
    sign = _one(claims, predicate="sign")
    assert sign.negated
    twice = _one(_claims(make, "The firm did not fail to pay its staff."), predicate="pay")
    assert not twice.negated


def test_according_to_stays_out_of_the_clause(make):
    c = _one(_claims(make, "Nine workers were hurt, according to the union."), kind="main")
    assert c.text == "Nine workers were hurt"
    assert c.attribution == "the union" and c.frame == "injure"


def test_would_under_a_past_reporting_verb_is_future(make):
    c = _one(_claims(make, "Officials said the depot would reopen in April."), kind="content")
    assert c.modality == "future"


# --------------------------------------------------------------------------- frames


def test_news_synonyms_share_a_frame(make):
    pairs = [
        ("The storm destroyed the pier.", "The storm wrecked the pier."),
        ("Farmers pressed the council to act.", "Farmers urged the council to act."),
        ("Two climbers lost their lives.", "Two climbers died."),
        ("The board launched an investigation.", "The board probed the accounts."),
        ("The river flooded the village.", "The river inundated the village."),
    ]
    for a, b in pairs:
        fa = _one(_claims(make, a), kind="main").frame
        fb = _one(_claims(make, b), kind="main").frame
        assert fa == fb, (a, b, fa, fb)


def test_voiced_concern_is_fear_about_its_object(make):
    c = _one(_claims(make, "Parents voiced concern about the new timetable."), kind="main")
    assert (c.frame, c.patient_key) == ("fear", "timetable")


def test_mislemmatised_hope_is_fixed(make):
    c = _one(_claims(make, "The union hopes to win the ballot."), kind="main")
    assert (c.predicate, c.modality) == ("win", "planned")


def test_reluctant_and_unwilling_deny_their_complement(make):
    text = (
        "Until this week the ministry had been reluctant to publish the figures. "
        "The pilots remain unwilling to accept the offer."
    )
    claims = _claims(make, text)
    publish = _one(claims, predicate="publish")
    assert publish.negated and publish.actor_key == "ministry"
    accept = _one(claims, frame="accept")
    assert accept.negated and accept.patient_key == "offer"


def test_worried_about_is_fear_of_its_object(make):
    a = _one(_claims(make, "Shopkeepers are worried about the road closure."), kind="main")
    b = _one(_claims(make, "Shopkeepers fear the road closure."), kind="main")
    assert (a.frame, a.patient_key) == (b.frame, b.patient_key) == ("fear", "closure")


def test_a_structure_the_model_takes_for_a_person_still_names_its_common_noun(make):
    text = (
        "The Bramley Weir gave way on Monday. Anglers had warned that the weir was "
        "cracking, and the weir collapsed within hours."
    )
    claims = _claims(make, text)
    collapsed = _one(claims, predicate="collapse")
    assert collapsed.actor_key == "bramley weir"


# --------------------------------------------------------------------------- one claim per predicate


def test_coordinated_predicates_are_separate_claims_with_the_shared_subject(make):
    text = (
        "A gas main exploded in Fenwick on Friday, killing three residents and forcing "
        "about 400 people from their homes. Mayor Ines Dorn declared an emergency and "
        "ordered the fire service to open two shelters."
    )
    claims = _claims(make, text)
    killed = _one(claims, predicate="kill")
    assert killed.text == "killing three residents"
    forced = _one(claims, predicate="force_from_home")
    assert forced.text == "forcing about 400 people from their homes"
    # causatives put who undergoes the event first: the main is their cause
    assert forced.patient_key == killed.patient_key == "main"
    assert (killed.actor_key, forced.actor_key) == ("resident", "people")
    declared = _one(claims, frame="declare")
    assert declared.text.endswith("declared an emergency")
    ordered = _one(claims, frame="order")
    assert ordered.actor_key == declared.actor_key


def test_a_past_verb_hung_on_its_subject_noun_is_the_main_claim(make):
    text = "More than 800 travellers spent Friday night in halls across northern Brevik."
    main = _one(_claims(make, text), kind="main")
    assert (main.predicate, main.actor_key) == ("spend", "traveller")
    assert main.text.startswith("More than 800 travellers spent")


def test_an_acronym_and_its_long_form_are_one_key(make):
    text = (
        "The navy will buy Long Range Strike Missiles (LRSM) from Halden. "
        "Officials said the LRSM could reach targets 400 km away."
    )
    claims = _claims(make, text)
    buy = _one(claims, predicate="buy")
    reach = _one(claims, predicate="reach")
    assert buy.patient_key == reach.actor_key == "lrsm"
    assert "lrsm" in buy.entities
    # the abbreviation beside its long form names the missile: no claim of its own
    assert not [c for c in claims if c.kind == "appositive"]


def test_a_surname_takes_the_full_name_the_article_gives(make):
    text = (
        "President Maria Ostrova approved the purchase on Monday. "
        "Ostrova signed the order a day later."
    )
    signed = _one(_claims(make, text), frame="sign")
    assert signed.actor_key == "maria ostrova"


def test_a_state_placed_before_now_is_marked_superseded(make):
    text = (
        "Until now, the league had been reluctant to allow video replays. "
        "The league allowed video replays on Friday."
    )
    before, after = sorted(
        (c for c in _claims(make, text) if c.frame == "approve"), key=lambda c: c.start
    )
    assert before.negated and before.superseded
    assert not after.negated and not after.superseded


def test_with_absolute_clause_is_a_claim_of_its_own(make):
    text = "The strike entered its third week, with dockers picketing every gate of the port."
    claims = _claims(make, text)
    picket = _one(claims, kind="absolute")
    assert (picket.predicate, picket.actor_key, picket.patient_key) == ("picket", "docker", "gate")
    main = _one(claims, kind="main")
    assert main.text == "The strike entered its third week"


def test_a_hoped_or_planned_clause_is_not_asserted_as_done(make):
    c = _one(_claims(make, "The council hopes the new bridge will open in March."), kind="content")
    assert (c.frame, c.modality, c.attribution) == ("open", "planned", "The council")


def test_a_clause_on_a_noun_reads_alone_and_connectives_make_no_claim(make):
    text = (
        "The Pellam ferries, which carry 3,000 passengers a day, were suspended. "
        "The outage, coupled with the strike, closed the terminal."
    )
    claims = _claims(make, text)
    carry = _one(claims, kind="relative")
    assert carry.text == "The Pellam ferries, which carry 3,000 passengers a day"
    assert not any(c.predicate == "couple" for c in claims)
    # a "where" clause is about the place, not stated by it: the noun stays out
    where = _one(
        _claims(make, "Crews moved to the Aster valley, where the river is rising."),
        kind="relative",
    )
    assert where.text == "where the river is rising"


def test_a_product_name_compounded_with_its_class_noun_is_the_key(make):
    claims = _claims(make, "The KORVAT rockets reached the coast. Two Vela drones were lost.")
    reached = _one(claims, predicate="reach")
    assert reached.actor_key == "korvat"


def test_a_sentence_without_its_attribution_reuses_the_sentence_vector(make):
    from consilience.claims import is_whole_sentence, sentence_spans, unit_texts
    from consilience.model import Extraction

    analysis = make("Nine workers at the Dunmore smelter were hurt, according to the union.")
    claims = extract_claims(analysis)
    (main,) = [c for c in claims if c.kind == "main"]
    assert main.text == "Nine workers at the Dunmore smelter were hurt"
    assert is_whole_sentence(main, sentence_spans(analysis.doc))
    assert main.text not in unit_texts(analysis, Extraction("a1", claims=claims))


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials at the Northern Rail Safety Board (NRSB) inspected the viaduct on Friday.",
        "The NRSB, the Northern Rail Safety Board, inspected the viaduct on Friday.",
        "Crews used the new Mobile Flood Barrier System (MFBS) along the quay.",
    ],
)
def test_an_abbreviation_beside_its_full_name_is_a_naming_not_a_claim(make, sentence):
    claims = _claims(make, sentence)
    assert not [c for c in claims if c.kind == "appositive"], [c.text for c in claims]


def test_an_appositive_that_describes_is_still_a_claim(make):
    claims = _claims(make, "Dana Whitlow, the board's chief engineer, inspected the viaduct.")
    assert [c for c in claims if c.kind == "appositive"]


def test_a_denial_in_the_past_perfect_is_history(make):
    text = "Both ports had refused to accept the tankers before the ministry stepped in."
    refused = _one(_claims(make, text), predicate="accept")
    assert refused.negated and refused.superseded
    now = _one(_claims(make, "Both ports refused to accept the tankers."), predicate="accept")
    assert now.negated and not now.superseded
