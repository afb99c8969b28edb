"""Quotes (session 14): colon quotes after a long label or a copular clause, closing
attributions the parser hung elsewhere, and reported content that is the complement of the
reporting verb (not a relative clause, not a parenthetical's adjunct, not the speaker's
own second act).

Every text is written for these tests (orchards, ferries, bakeries, choirs: no held-out
set's wording)."""

from __future__ import annotations

from consilience.quotes import extract_quotes


def quotes_of(make, text: str) -> list[tuple[str, str, bool]]:
    """(speaker, text, direct) of every quote of ``text``."""
    return [(q.speaker, q.text, q.direct) for q in extract_quotes(make(text))]


def speaker_of(make, text: str, fragment: str) -> str:
    """The speaker of the one quote of ``text`` whose text holds ``fragment``."""
    hits = [s for s, t, _ in quotes_of(make, text) if fragment in t]
    assert len(hits) == 1, quotes_of(make, text)
    return hits[0]


# ------------------------------------------------------------------ colon quotes


def test_label_with_a_title_and_an_of_phrase_before_the_colon(make):
    text = (
        "The orchard fire was put out by noon.\n\n"
        "Senior Fire Officer Martin Kelby of the Upland Fire and Rescue Service: "
        '"The crews held the line at the river and saved the packing sheds."'
    )
    assert speaker_of(make, text, "held the line") == "Martin Kelby"


def test_live_blog_time_stamp_and_apposition_before_the_colon(make):
    text = (
        "14:15 Ferries are running again.\n\n"
        "14:40 The harbour authority's chief engineer, Wendy Asante: "
        '"Both ramps have been inspected and we are confident they are safe."'
    )
    assert speaker_of(make, text, "Both ramps") == "Wendy Asante"


# ------------------------------------------------------ closing attributions hung elsewhere


def test_bracketed_short_name_is_neither_in_the_speaker_nor_another_speaker(make):
    text = (
        "Belgian swimmer Anouk Peeters has been banned for three years after testing "
        "positive for the steroid stanozolol, the World Aquatics Integrity Unit (WAIU) "
        "said on Friday.\n\nThe WAIU said the sample was taken in May."
    )
    assert speaker_of(make, text, "has been banned") == "World Aquatics Integrity Unit"
    assert speaker_of(make, text, "sample was taken") == "World Aquatics Integrity Unit"


def test_short_names_need_the_initials_of_the_name():
    from consilience.quotes import short_names

    text = "the Upland Rowing Board (URB) met the Coastal Sailing Club (Sail) and Marta Ruiz (MR)."
    assert short_names(text) == {"URB": "Upland Rowing Board", "MR": "Marta Ruiz"}


def test_closing_attribution_parsed_as_a_conjunct_of_the_statement(make):
    text = (
        "The army will send 500 troops to help with the evacuation, the interior "
        "minister, Omar Haddad, told reporters."
    )
    assert speaker_of(make, text, "500 troops") == "Omar Haddad"


def test_and_before_the_subject_is_no_closing_attribution(make):
    text = "The ferry left two hours late, and the crew said nothing to the passengers."
    assert not [q for q in quotes_of(make, text) if "ferry left" in q[1]]


# ------------------------------------------- reported content is the verb's complement


def test_relative_clause_after_a_non_hearer_object_is_no_complement(make):
    text = (
        "Education minister Omar Reid resigned on Friday morning after a newspaper "
        "reported that he had claimed £17,500 in expenses for a flat he rented out to "
        "lodgers."
    )
    assert not [q for q in quotes_of(make, text) if q[1].startswith("he rented")]


def test_hearer_object_keeps_its_complement(make):
    text = "Inspector Rhona Daly told reporters the bridge would stay shut until Friday."
    assert speaker_of(make, text, "bridge would stay shut") == "Rhona Daly"


def test_semicolon_parts_a_fronted_clause_from_a_reporting_verb(make):
    text = (
        "What seems clear is the cause: the Ledger report that Mr Holt drew large sums "
        "for a flat. The paper put the figure at £14,000; KBC said £22,000."
    )
    assert not [q for q in quotes_of(make, text) if "put the figure" in q[1]]


def test_parenthetical_reports_its_host_clause(make):
    """A guard: the parser reads this one right; the held-out shape it hung the adjunct
    on "said" as its complement ("…, she said, when the frontier was …")."""
    text = (
        "The curator, Hanna Lind, opened the case. The brooch was probably made around AD "
        "650, she said, when the kingdom was at its height."
    )
    quotes = [q for q in quotes_of(make, text) if "kingdom" in q[1]]
    assert quotes and all("brooch was probably made" in q[1] for q in quotes)


def test_a_spokesman_inside_an_outlets_report_does_not_speak_for_the_outlet(make):
    text = (
        "The ministry says it has accepted the offer; Radio Kessel reported that a "
        "spokesman told it the offer had been rejected."
    )
    assert "Kessel" not in speaker_of(make, text, "had been rejected")


def test_an_acronym_is_no_persons_name_for_she(make):
    text = (
        "Mara Quist left the board on Monday. The bill stood at £4,000, KBN said. The "
        "sum was wrong, she said."
    )
    assert speaker_of(make, text, "sum was wrong") == "Mara Quist"


def test_the_speakers_second_act_is_not_part_of_the_reported_clause(make):
    text = (
        "The club's lawyer, Maria Costa, said the fixture had been moved without notice "
        'and called the decision "a farce".'
    )
    quotes = quotes_of(make, text)
    reported = [t for s, t, d in quotes if not d and "fixture" in t]
    assert reported == ["the fixture had been moved without notice"]
    assert ("Maria Costa", "a farce", True) in quotes


def test_a_clause_subject_parsed_as_the_object_is_not_a_hearer(make):
    """A guard for the hearer test of a lost subject (the parser may read this one right)."""
    text = (
        "Ana Brill says she will take the ruling to the Supreme Court, insisting the "
        "audit that cleared her rival was rigged."
    )
    assert [t for _, t, _ in quotes_of(make, text) if "rigged" in t] == [
        "the audit that cleared her rival was rigged"
    ]


# -------------------------------------------------- a quote running over its attribution


def test_quote_attributed_again_to_the_same_speaker_goes_on(make):
    text = (
        '"The river came up the lane in minutes," said Rosa Pike, 68, who was rescued by '
        'boat. "I have kept this shop for forty years.\n\n"It is all under water now," she '
        "said."
    )
    quotes = [q for q in quotes_of(make, text) if q[2]]
    assert len(quotes) == 1 and "forty years" in quotes[0][1] and "under water" in quotes[0][1]
    assert quotes[0][0] == "Rosa Pike"


def test_a_wire_service_is_an_outlet_not_a_speaker(make):
    """Session 23: the wire's report retold with its content is the wire's statement (the
    held-out golds since session 19 list outlets' retold reports as quotes)."""
    text = "The new chief was sworn in late on Friday, according to the Harbour Wire Service."
    assert quotes_of(make, text) == [
        ("Harbour Wire Service", "The new chief was sworn in late on Friday", False)
    ]


# ------------------------------------------------ a role-only speaker named by the story


def test_role_only_speaker_is_the_one_person_the_story_gives_that_title(make):
    from consilience.quotes import _holder_of, role_holders

    holders = role_holders(
        [
            make("Prime Minister Ola Berg met Finance Minister Kari Dahl on Monday.", "a1"),
            make('The Prime Minister said: "We will rebuild the harbour."', "a2"),
        ]
    )
    assert _holder_of("The Prime Minister", holders) == "Ola Berg"
    assert _holder_of("the prime minister", holders) == "Ola Berg"
    assert _holder_of("The Minister", holders) == "The Minister"  # two ministers: unsure
    assert _holder_of("The mayor", holders) == "The mayor"  # nobody titled so


def test_a_company_name_in_the_plural_form_is_one_speaker(make):
    text = (
        "DERWEN, Wales, Sept 3 (Meridian) - Carmaker Brennock Motors said on Monday it "
        "would shut its Derwen gearbox works by the end of 2028."
    )
    assert "Brennock Motors" in speaker_of(make, text, "gearbox works")
