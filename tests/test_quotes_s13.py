"""Quotes (session 13): who speaks for a body, and bodies as speakers of reported speech.

* an unnamed spokesperson speaks for the body just named ("A spokeswoman said …" after a
  sentence whose subject is a company), or for the body its noun modifier names ("a
  harbour spokesman" after "the harbour board");
* a body introduced with "a" and its trade ("a mountain charity said") is a speaker: the
  organisation the article names with that word, else the description;
* "the city said" is the city's government speaking; a body owned by a person or a role
  ("Governor Ines Holm's office", "the clerk's office") is that owner's, never a body
  named before with the same noun;
* a lowercase word the tagger took for a proper noun makes no outlet ("the regional
  water safety agency said");
* "it said" looks past the subject of what the previous sentence reported;
* a name the parser split ("Fenwick Bakeries, which …, said") and a hyphenated word split
  into sibling clauses ("was re-opening") stay whole; a time phrase closing a fronted
  statement stays with it;
* ", hours after his party lost …, and said …": the main clause's subject speaks;
* a title on the first name ("Auctioneer Nils Brandt") vouches for a person;
* "the Vella" (a river, a ship) is no person "he" could refer to.

Every text is written for these tests (bakeries, ferries, orchards, rivers: no held-out
set's wording)."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def speaker_of(make, text: str, fragment: str) -> str:
    """The speaker of the one quote of ``text`` whose text holds ``fragment``."""
    qs = extract_quotes(make(text))
    hits = [q.speaker for q in qs if fragment in q.text]
    assert len(hits) == 1, [(q.speaker, q.text) for q in qs]
    return hits[0]


def quote_of(make, text: str, fragment: str):
    """The one quote of ``text`` whose text holds ``fragment``."""
    qs = extract_quotes(make(text))
    hits = [q for q in qs if fragment in q.text]
    assert len(hits) == 1, [(q.speaker, q.text) for q in qs]
    return hits[0]


# ------------------------------------------------------------- spokespeople speak for a body


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (  # bare: the company that is the previous sentence's subject
            "The bakery firm Fenwick Loaves recalled two batches of rye bread. A "
            "spokeswoman said no customer had reported an illness.",
            "no customer",
            "A spokeswoman for Fenwick Loaves",
        ),
        (  # the company speaks first, then its representative
            "Harlow Freight said the lorry had been serviced in May. A representative "
            "said the driver was unhurt.",
            "driver was unhurt",
            "A representative for Harlow Freight",
        ),
        (  # a noun modifier: the body described before with that noun
            "The harbour board has shut the north quay. Repairs will take a month, a "
            "board spokesman said.",
            "Repairs will take",
            "a spokesman for the harbour board",
        ),
    ],
)
def test_spokesperson_speaks_for_the_body_just_named(make, text, fragment, speaker):
    assert speaker_of(make, text, fragment) == speaker


def test_spokesperson_after_a_person_stays_unnamed(make):
    text = "Mayor Jo Lind visited the flooded school. A spokeswoman said the mayor would return."
    assert speaker_of(make, text, "would return") == "A spokeswoman"


def test_spokesperson_with_a_for_phrase_keeps_it(make):
    text = (
        "Osby Ferries cancelled the evening crossing. A spokesman for the port said the "
        "quay was closed."
    )
    assert speaker_of(make, text, "quay was closed") == "A spokesman for the port"


# ------------------------------------------------------------------ bodies as speakers


def test_indefinite_body_takes_the_name_sharing_its_trade_word(make):
    text = (
        "Two climbers were brought down from the north ridge on Sunday, a mountain "
        "charity said.\n\nThe Mountain Rescue Trust said both were unhurt."
    )
    assert speaker_of(make, text, "Two climbers") == "Mountain Rescue Trust"


def test_indefinite_body_without_a_name_is_its_description(make):
    text = "Three hikers were rescued from the gorge on Sunday, a mountain charity said."
    assert speaker_of(make, text, "Three hikers") == "a mountain charity"


def test_the_city_speaks_for_its_government(make):
    text = (
        "The city has hired a surveyor to inspect the sea wall. His report is due within "
        "a month, the city said."
    )
    assert speaker_of(make, text, "report is due") == "the city"


def test_lowercase_word_tagged_proper_names_no_outlet(make):
    text = (
        "The number of wells found contaminated near Orlby has risen to 17, the regional "
        "health protection agency said."
    )
    q = quote_of(make, text, "has risen to 17")
    assert q.speaker == "the regional health protection agency"


def test_possessed_office_is_its_owners(make):
    text = (
        "Governor Ines Holm toured the dam on Monday. Governor Ines Holm's office says she "
        "will meet engineers next week. The inquiry will open soon, according to the "
        "clerk's office."
    )
    assert speaker_of(make, text, "meet engineers") == "Ines Holm's office"
    assert speaker_of(make, text, "inquiry will open") == "the clerk's office"


def test_it_looks_past_the_subject_of_a_report(make):
    text = (
        "Halvik Timber Ltd said a saw motor had overheated at the mill. No staff were "
        "hurt, it said."
    )
    assert speaker_of(make, text, "No staff") == "Halvik Timber Ltd"


# ------------------------------------------------------------------ whole names and clauses


def test_name_split_by_the_parser_with_a_which_clause_is_one_body(make):
    text = (
        "Nine pupils are unwell. Fenwick Bakeries, which has baked the school's bread "
        "since 2015, said it was co-operating with the inspectors."
    )
    q = quote_of(make, text, "co-operating")
    assert q.speaker == "Fenwick Bakeries"
    assert q.text == "it was co-operating with the inspectors"


def test_time_phrase_closing_a_fronted_statement_stays_with_it(make):
    text = "Patients first showed signs last Thursday, the hospital said. All are now at home."
    assert quote_of(make, text, "showed signs").text == "Patients first showed signs last Thursday"


def test_and_said_after_a_subordinate_clause_is_the_main_subjects(make):
    text = (
        "Maria Okafor refused to step down on Friday, hours after her party lost the vote "
        "in the assembly, and said she would instead call a new ballot."
    )
    assert speaker_of(make, text, "call a new ballot") == "Maria Okafor"


def test_title_on_the_first_name_vouches_for_a_person(make):
    text = (
        "The seller was the sculptor's niece, Karin Holm. The sculptor's previous auction "
        "record of £1.2m was set in 2018.\n\n"
        'Auctioneer Nils Brandt described the result as "a moment of overdue justice".'
    )
    assert speaker_of(make, text, "overdue justice") == "Nils Brandt"


def test_a_name_after_the_is_no_person_for_he(make):
    text = (
        "Tomas Ekholm has rowed on the Vella for 30 years. He was at the lock at dawn.\n\n"
        '"The water was brown with mud. I had never seen it so high.\n\n'
        '"My father rowed here, and his father," he said.'
    )
    assert speaker_of(make, text, "brown with mud") == "Tomas Ekholm"


# ------------------------------------------------------------------------ accusations


@pytest.mark.parametrize(
    "text, fragment, speaker, words",
    [
        (
            "The tenants' association accused the landlord of ignoring damp in 40 flats.",
            "ignoring damp",
            "The tenants' association",
            "accused the landlord of ignoring damp in 40 flats",
        ),
        (
            "The ferry union criticised the operator for ignoring repeated safety warnings.",
            "ignoring repeated",
            "The ferry union",
            "criticised the operator for ignoring repeated safety warnings",
        ),
    ],
)
def test_an_accusation_is_reported_speech(make, text, fragment, speaker, words):
    q = quote_of(make, text, fragment)
    assert (q.speaker, q.text, q.direct) == (speaker, words, False)


def test_an_object_with_of_and_no_act_is_no_accusation(make):
    text = "The ferry union accused the mayor of Lund on Monday. Talks resumed."
    assert not [q for q in extract_quotes(make(text)) if "mayor" in q.text]


def test_the_house_is_the_firm_of_partners_named_before(make):
    text = (
        "The vase sold for 2.3 million pounds at Brandt & Moller in Kessby on Friday. "
        "After eight minutes of bidding it went to a dealer on the telephone, the auction "
        "house said."
    )
    assert speaker_of(make, text, "eight minutes") == "Brandt & Moller"


def test_blaming_a_cause_is_reported_speech(make):
    text = "Osterby Ferries, which runs the crossing, has blamed a fault in the steering gear."
    q = quote_of(make, text, "steering gear")
    assert (q.speaker, q.text) == ("Osterby Ferries", "blamed a fault in the steering gear")


def test_a_role_before_a_body_name_leaves_it_a_body(make):
    from spacy.tokens import Span

    text = (
        "Divers reached the flooded gallery late on Monday, two days after the pumps "
        "failed, the quarry's owner Halden Mining said."
    )
    analysis = make(text)
    doc = analysis.doc
    start = [t.i for t in doc if t.text == "Halden"][0]
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]  # as the tagger may read it
    hits = [q.speaker for q in extract_quotes(analysis) if "Divers reached" in q.text]
    assert hits == ["Halden Mining"]


def test_blame_cut_short_by_the_parser_is_no_fragment(make):
    text = (
        "The rail workers' union has blamed cuts to track maintenance for Sunday's "
        "derailment near Halvik, in which three people died."
    )
    assert not [q for q in extract_quotes(make(text)) if q.text.strip() == "blamed cuts"]
