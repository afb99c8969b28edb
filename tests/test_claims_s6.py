"""Claim extraction, session 6: event nouns as predicates, content clauses under attribution,
conjuncts, entity attributes ranked below events, contentless temporal clauses, pronoun
subjects.

Every text here is written for these tests (none is taken from the seeds, the demo or a
held-out set)."""

from __future__ import annotations

import pytest

from consilience.claims import extract_claims
from consilience.event_nouns import gerund_verb


def _claims(make, text):
    return extract_claims(make(text))


def _with(claims, **want):
    return [c for c in claims if all(getattr(c, k) == v for k, v in want.items())]


def _one(claims, **want):
    found = _with(claims, **want)
    assert len(found) == 1, [(c.kind, c.frame, c.actor_key, c.patient_key, c.text) for c in claims]
    return found[0]


# --------------------------------------------------------------------------- 1. event nouns


def test_announcing_the_signing_of_a_player_is_signing_the_player(make):
    nominal = _claims(
        make, "Port Allard Rovers confirmed the signing of goalkeeper Ilse Maren from Drava United."
    )
    verbal = _claims(
        make, "Port Allard Rovers have signed goalkeeper Ilse Maren from Drava United."
    )
    a = _one(nominal, frame="sign")
    b = _one(verbal, frame="sign")
    assert (
        (a.actor_key, a.patient_key)
        == (b.actor_key, b.patient_key)
        == (
            "port allard rovers",
            "ilse maren",
        )
    )


@pytest.mark.parametrize(
    ("text", "frame", "patient"),
    [
        (
            "Ground crews reported problems hours after the loss of the survey drone.",
            "lose",
            "drone",
        ),
        ("Shops shut early following the introduction of a curfew.", "introduce", "curfew"),
        (
            "Hundreds marched through Veltby after the closure of the smelter.",
            "shut_down",
            "smelter",
        ),
        ("Trains stopped after the flooding of the tunnel.", "flood", "tunnel"),
    ],
)
def test_an_event_noun_with_an_of_object_states_its_event(make, text, frame, patient):
    c = _one(_claims(make, text), kind="event")
    assert (c.frame, c.patient_key, c.modality, c.negated) == (frame, patient, "asserted", False)
    assert c.text.lower().startswith("the ") and patient in c.text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The airline grounded its fleet of jets.", "The airline suspended its fleet of jets."),
        ("The army stood down its reserve units.", "The army halted its reserve units."),
    ],
)
def test_suspending_grounding_and_standing_down_are_one_frame(make, a, b):
    assert _one(_claims(make, a), kind="main").frame == _one(_claims(make, b), kind="main").frame


def test_a_possessive_is_the_agent_of_an_event_noun(make):
    text = "Drava United's sale of Ilse Maren to a rival club has angered supporters."
    c = _one(_claims(make, text), kind="event")
    assert (c.frame, c.actor_key, c.patient_key) == ("sell", "drava united", "ilse maren")
    assert c.dangling  # a noun phrase, not a statement that reads alone
    assert c.text == "Drava United's sale of Ilse Maren to a rival club"


def test_an_agentless_event_noun_as_subject_is_background(make):
    text = "The introduction of night buses has cut taxi fares."
    assert not _with(_claims(make, text), kind="event")
    text = "The city's introduction of night buses has cut taxi fares."
    assert _one(_claims(make, text), kind="event").frame == "introduce"


def test_an_event_that_happens_to_its_of_object_has_it_as_actor(make):
    text = "Villagers were cut off after the collapse of the footbridge."
    c = _one(_claims(make, text), kind="event")
    assert (c.frame, c.actor_key, c.patient_key) == ("collapse", "footbridge", None)


def test_a_welcomed_act_is_stated_as_done_and_a_demanded_one_is_not(make):
    claims = _claims(make, "Residents welcomed the closure of the smelter before winter.")
    assert _one(claims, kind="event").frame == "shut_down"
    claims = _claims(make, "Unions demanded the closure of the smelter before winter.")
    assert not _with(claims, frame="shut_down")
    claims = _claims(make, "The council would debate the closure of the smelter.")
    assert not _with(claims, frame="shut_down")


def test_a_passive_wrapper_states_its_subject_event(make):
    c = _one(_claims(make, "The suspension of the ferry service was confirmed on Monday."))
    assert (c.kind, c.predicate, c.patient_key) == ("main", "suspend", "service")


def test_pleased_to_announce_an_appointment_states_the_appointment(make):
    text = "The orchestra is pleased to announce the appointment of Karin Oduya as conductor."
    c = _one(_claims(make, text), kind="main")
    assert (c.frame, c.actor_key, c.patient_key) == ("appoint", "orchestra", "karin oduya")


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("sinking", "sink"),
        ("stopping", "stop"),
        ("closing", "close"),
        ("evening", None),
        ("timing", None),
    ],
)
def test_gerund_nouns_are_read_through_the_lemma_tables(word, verb):
    assert gerund_verb(word) == verb


# --------------------------------------------------------------------------- 2. content clauses


@pytest.mark.parametrize(
    ("text", "frame", "source"),
    [
        (
            "Hospital figures showed that 215 patients had waited more than a day.",
            "wait",
            "Hospital figures",
        ),
        (
            "A safety review found the lift had been serviced in March.",
            "service",
            "A safety review",
        ),
        ("Council records show the tower was sold twice.", "sell", "Council records"),
    ],
)
def test_evidence_verbs_state_their_content_clause_with_its_source(make, text, frame, source):
    claims = _claims(make, text)
    c = _one(claims, kind="content")
    assert (c.frame, c.attribution) == (frame, source)
    assert not _with(claims, kind="main")  # the showing itself is the attribution


def test_a_suggested_content_is_hedged(make):
    c = _one(_claims(make, "Early tests suggest the well water was contaminated."), kind="content")
    assert (c.frame, c.modality) == ("contaminate", "hedged")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The depot, firefighters said, had been empty since April.", "firefighters"),
        ("The last train, the operator said, will leave at 9 p.m.", "the operator"),
    ],
)
def test_a_reporting_verb_inserted_in_the_clause_is_its_attribution(make, text, source):
    assert _one(_claims(make, text), kind="main").attribution == source


# --------------------------------------------------------------------------- 3. conjuncts


def test_a_conjunct_with_only_an_adverbial_is_its_own_claim(make):
    claims = _claims(make, "The barge struck the pier at dawn and sank two hours later.")
    first = _one(claims, frame="attack")
    second = _one(claims, kind="conj")
    assert first.text == "The barge struck the pier at dawn"
    assert (second.predicate, second.actor_key, second.text) == (
        "sink",
        "barge",
        "sank two hours later",
    )


def test_clauses_joined_by_a_semicolon_are_two_claims_with_their_own_spans(make):
    text = "The drivers want a rise of 7%; the bus company has offered 3%."
    claims = _claims(make, text)
    want = _one(claims, frame="aim")
    offer = _one(claims, frame="offer")
    assert want.text == "The drivers want a rise of 7%"
    assert offer.text.startswith("the bus company has offered 3%")


def test_a_coordinated_reporting_verb_passes_its_subject_to_the_attribution(make):
    text = "The ministry confirmed the figures and said the border would reopen on Monday."
    c = _one(_claims(make, text), kind="content")
    assert (c.frame, c.attribution) == ("open", "The ministry")


# --------------------------------------------------------------------------- 4. attributes


@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        (
            "Dr Pia Laurent, the clinic's medical director, praised the nurses.",
            "appositive",
            "identity",
        ),
        ("Ward manager Tobias Rehn thanked the volunteers.", "title", "identity"),
        ("A ferry operated by Nordlys Lines ran aground near Tromvik.", "passive", "attribute"),
        (
            "The watchdog StatWatch, which cited leaked emails, named the firm.",
            "relative",
            "attribute",
        ),
    ],
)
def test_appositions_and_noun_modifiers_are_marked_as_attributes(make, text, kind, role):
    claims = _claims(make, text)
    assert _one(claims, kind=kind).role == role
    assert _one(claims, kind="main").role == "event"


# --------------------------------------------------------------------------- 5. time clauses


@pytest.mark.parametrize(
    "text",
    [
        "Four ferries have been cancelled since the strike started.",
        "Heavy rain fell on the hills. Water levels kept rising after the rain stopped.",
        "The slope above the quarry was unstable. Crews were at the quarry as the slope collapsed.",
    ],
)
def test_a_time_clause_that_only_says_something_happened_is_no_claim(make, text):
    claims = _claims(make, text)
    assert not _with(claims, kind="subordinate")


def test_of_two_time_clauses_only_the_one_with_content_is_a_claim(make):
    bare = _claims(make, "Four ferries have been cancelled since the strike started.")
    full = _claims(make, "Four ferries have been cancelled since the union called a strike.")
    assert not _with(bare, kind="subordinate")
    assert _one(full, kind="subordinate").frame == "call"


def test_a_time_clause_is_news_only_when_its_subject_is_new(make):
    new = _claims(make, "Two wards were evacuated after a boiler exploded.")
    known = _claims(make, "The boiler was old. Two wards were evacuated after the boiler exploded.")
    assert _one(new, kind="subordinate").predicate == "explode"
    assert not _with(known, kind="subordinate")


# --------------------------------------------------------------------------- 5. pronouns


def test_a_pronoun_subject_takes_its_one_antecedent_from_the_previous_sentence(make):
    text = "Dock workers rejected the pay offer. They will vote on a strike next week."
    c = _one(_claims(make, text), frame="vote")
    assert (c.actor_key, c.dangling) == ("worker", True)


def test_a_pronoun_with_two_candidates_stays_unresolved_and_dangling(make):
    text = "Dock workers met the ship owners. They will vote on a strike next week."
    c = _one(_claims(make, text), frame="vote")
    assert (c.actor_key, c.dangling) == (None, True)


def test_a_sayer_is_the_antecedent_of_its_content_clause_and_the_span_reads_alone(make):
    text = "Nurses at the clinic rejected the rota. The clinic said it had hired six agency nurses."
    c = _one(_claims(make, text), kind="content")
    assert (c.actor_key, c.dangling) == ("clinic", False)
    assert c.text == "The clinic said it had hired six agency nurses"


def test_a_possessive_beside_the_sayer_makes_the_pronoun_ambiguous(make):
    c = _one(_claims(make, "Ms Varga's lawyer said she would sue the council."), kind="content")
    assert (c.actor_key, c.dangling, c.text) == (None, True, "she would sue the council")


def test_a_named_subject_is_not_dangling(make):
    claims = _claims(make, "Dock workers rejected the pay offer on Friday.")
    assert not any(c.dangling for c in claims)


def test_an_event_noun_span_stops_before_an_apposition_misattached_to_it(nlp):
    from spacy.tokens import Doc

    from consilience.claims import _clause_tokens

    words = "The sale of the line will grow sales , the biggest rise .".split()
    heads = [1, 6, 1, 4, 2, 6, 6, 6, 1, 11, 11, 1, 6]
    deps = "det nsubj prep det pobj aux ROOT dobj punct det amod appos punct".split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    toks = _clause_tokens(doc[1], "event", set())
    assert " ".join(t.text for t in sorted(toks, key=lambda t: t.i)) == "The sale of the line"


# --------------------------------------------------------------------------- more paraphrases


@pytest.mark.parametrize(
    ("text", "frame", "modality"),
    [
        ("Three hikers are now known to have drowned in the gorge.", "drown", "asserted"),
        ("Two fishermen are feared to have drowned off Skerry Head.", "drown", "hedged"),
    ],
)
def test_a_passive_raising_verb_hands_over_its_complement(make, text, frame, modality):
    c = _one(_claims(make, text), kind="main")
    assert (c.frame, c.modality) == (frame, modality)


def test_forcing_people_from_their_homes_is_evacuation_when_from_hangs_on_the_object(make):
    text = "The landslide buried the road, forcing about 600 villagers from their homes in Arnby."
    c = _one(_claims(make, text), kind="participial")
    assert (c.frame, c.actor_key) == ("evacuate", "villager")


def test_a_relative_sayer_is_the_noun_the_clause_hangs_on(make):
    text = (
        "Mayor Elsa Brandt lost her seat. Brandt, who says she did nothing wrong, "
        "is expected to appeal."
    )
    c = _one(_claims(make, text), kind="content")
    assert c.attribution == "Brandt"
    assert c.actor_key is not None and "brandt" in c.actor_key
    assert c.text == "Brandt, who says she did nothing wrong"


# --------------------------------------------------------------------------- argument keys


def test_a_club_suffix_the_model_leaves_out_of_a_name_keeps_the_names_key(make):
    with_suffix = _one(
        _claims(make, "Kessington City FC have signed defender Luca Ferro."), kind="main"
    )
    without = _one(_claims(make, "Kessington City have signed defender Luca Ferro."), kind="main")
    assert with_suffix.actor_key == without.actor_key
    assert with_suffix.actor_key.startswith("kessington")


def test_a_conjunct_of_a_content_clause_shares_its_sayer(make):
    text = "The coastguard said it had closed the channel and was escorting two tankers."
    c = _one(_claims(make, text), kind="conj")
    assert (c.predicate, c.actor_key, c.attribution) == ("escort", "coastguard", "The coastguard")


def test_a_count_of_things_is_the_things(make):
    c = _one(_claims(make, "Hundreds of starlings have died near the Orle estuary."), kind="main")
    assert (c.frame, c.actor_key) == ("die", "starling")


def test_an_outlet_that_has_learned_something_is_its_source(make):
    text = "The Gazette has learned that the council sold the depot in 2021."
    c = _one(_claims(make, text), kind="content")
    assert (c.frame, c.attribution) == ("sell", "The Gazette")
