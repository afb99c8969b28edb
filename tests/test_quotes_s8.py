"""Quotes (issue #12, session 8): a statement stops at a second attribution in the same
sentence, a participle phrase of setting is no reported speech, a denial or a negated
reporting verb keeps its polarity, and "the <description>" refers back to the organisation
named earlier whose kind the description names ("the ferry operator" -> the ferry company
named before; "the company" -> the one named before, not a rival named after).

Every text is written for these tests (music festivals, ski lifts, zoos, ferries, bakeries:
no other set's domain)."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def quotes(make, text: str) -> list[tuple[str, str]]:
    """(speaker, text) of every quote of ``text``."""
    return [(q.speaker, q.text) for q in extract_quotes(make(text))]


def said(qs: list[tuple[str, str]], fragment: str) -> str:
    """The one speaker whose quote holds ``fragment``."""
    hits = [sp for sp, tx in qs if fragment in tx]
    assert len(hits) == 1, qs
    return hits[0]


# --------------------------------------------------------------- two attributions, one sentence


@pytest.mark.parametrize(
    "text, first, second",
    [
        (
            "The cable snapped at 10 a.m., the operator said, and two cabins were left hanging "
            "for three hours, the rescue service said.",
            ("the operator", "The cable snapped at 10 a.m."),
            ("the rescue service", "two cabins were left hanging"),
        ),
        (
            "Fans queued for six hours, the promoter said, while the police said the crowd had "
            "stayed calm.",
            ("the promoter", "Fans queued for six hours"),
            ("the police", "the crowd had stayed calm"),
        ),
        (
            "Three lions were moved to a quarantine pen on Monday, the zoo said, and a fourth "
            "will follow next week, the city veterinarian Hedda Moen told reporters.",
            ("zoo", "Three lions were moved"),
            ("Hedda Moen", "a fourth will follow next week"),
        ),
    ],
)
def test_a_statement_stops_at_a_second_attribution(make, text, first, second):
    qs = quotes(make, text)
    for speaker, fragment in (first, second):
        hits = [(sp, tx) for sp, tx in qs if fragment in tx]
        assert len(hits) == 1, qs
        sp, tx = hits[0]
        assert speaker.lower() in sp.lower(), qs
        other = second[1] if fragment == first[1] else first[1]
        assert other not in tx, qs  # the other speaker's words are not in this statement


# --------------------------------------------------------------- a participle is no speech


@pytest.mark.parametrize(
    "text, setting",
    [
        (
            "Speaking to reporters at the ticket office, the festival director promised "
            "refunds for every ticket.",
            "Speaking to reporters",
        ),
        (
            "Writing on the club's website late on Friday, coach Pia Sand promised a new "
            "keeper within a week.",
            "Writing on the club",
        ),
        (
            "Standing beside the broken chairlift, the resort's owner Jonas Ekdal promised "
            "free passes to everyone who had been stuck.",
            "Standing beside the broken chairlift",
        ),
    ],
)
def test_a_participle_phrase_of_setting_is_no_reported_speech(make, text, setting):
    qs = quotes(make, text)
    assert not any(tx.startswith(setting) for _, tx in qs), qs


# --------------------------------------------------------------- denials keep their polarity


@pytest.mark.parametrize(
    "text, clause, polarity",
    [
        (
            "Alpvik Lifts denied that the cable had been replaced late.",
            "the cable had been replaced late",
            "denied",
        ),
        (
            "The zoo's director, Mia Lund, did not confirm that a keeper had been injured.",
            "a keeper had been injured",
            "not",
        ),
        (
            "Promoter Karl Dahlin has denied that tickets were sold above the site's capacity, "
            "and said the gates were closed at 20,000.",
            "tickets were sold above",
            "denied",
        ),
    ],
)
def test_a_denial_is_not_reported_as_the_speaker_saying_it(make, text, clause, polarity):
    qs = quotes(make, text)
    for _, tx in qs:
        if clause in tx:
            assert polarity in tx.split(), qs


# --------------------------------------------------------------- the <description>


def test_a_described_operator_is_the_company_named_before(make):
    text = (
        "The ferry company Baltex Lines cancelled all crossings on Friday.\n\n"
        "Later the ferry operator said repairs would take two weeks."
    )
    assert said(quotes(make, text), "repairs would take") == "Baltex Lines"


def test_a_modifier_that_is_a_word_of_the_name_picks_the_organisation(make):
    text = (
        "Brekke Cableways runs the gondola above the resort. A cabin stopped halfway on "
        "Sunday.\n\nThe cableway operator said the brakes had worked as designed."
    )
    assert said(quotes(make, text), "brakes had worked") == "Brekke Cableways"


def test_a_described_carrier_is_the_airline_named_before(make):
    text = (
        "The airline Nordflyg cancelled 40 flights after the storm.\n\n"
        "The regional carrier said all passengers would be rebooked by Tuesday."
    )
    assert said(quotes(make, text), "rebooked by Tuesday") == "Nordflyg"


def test_the_company_is_the_one_named_before_not_a_rival_named_after(make):
    text = (
        "Verdane Kitchens chief executive Ola Holt has resigned, the company said on "
        "Thursday, a month after its bid for rival Nordhavn Bakeries failed."
    )
    assert said(quotes(make, text), "has resigned") == "Verdane Kitchens"


# --------------------------------------------------------------- who speaks


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            "Judge Petra Lund ordered that Ivo Brandt be taken into custody at once, saying "
            "there was a risk he would flee.",
            "there was a risk",
            "Petra Lund",
        ),
        (
            "Mayor Anja Roos asked that the jazz festival be moved to the park, saying the "
            "square was too small.",
            "the square was too small",
            "Anja Roos",
        ),
    ],
)
def test_a_participle_saying_speaks_for_the_clause_not_its_passive_subject(
    make, text, fragment, speaker
):
    qs = quotes(make, text)
    assert said(qs, fragment) == speaker
    assert not any(fragment in tx and "moved" in tx for _, tx in qs), qs


@pytest.mark.parametrize(
    "text",
    [
        "Our correspondent at the harbour says two cranes have collapsed onto the quay.",
        "Our reporter in Vessby says the chairlift has been moving again since noon.",
    ],
)
def test_the_newsrooms_own_reporter_is_no_speaker(make, text):
    assert quotes(make, text) == []
