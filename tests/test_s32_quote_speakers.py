"""Quotes (session 32): speakers the extractor left out or gave the wrong words to.

- A broadcast reporter the outlet presents as its own ("our correspondent Mara Fenn") is
  no source: her turns relay what sources said, and the sources' statements inside them
  are the quotes.
- Plural speakers that act as one party: an event's organisers, the prosecution, bodies
  named by a plural ("rescue services"); a class of people ("officials", "residents")
  stays out.
- A judge's or an inquiry's finding with a "that" clause ("ruled that", "found that",
  "concluded that") is the body's statement; a finding of things ("found the wreck") is not.
- "according to the agency's latest figures": the figures' owner is the source.
- The word order of translated press: "…, declared to this newspaper a spokeswoman of
  the firm".

Every text is written for these tests."""

from __future__ import annotations

import pytest

from consilience.quotes import extract_quotes


def _quotes(analysis) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(analysis)]


TRANSCRIPT = (
    "TRANSCRIPT: Valley Radio, Friday\n\n"
    "PRESENTER: The ferry is still stuck on the sandbank. Our correspondent Mara Fenn is at "
    "the harbour.\n\n"
    "MARA FENN: Good morning. The tide is out and the hull is leaning badly. The coastguard "
    "says all 84 passengers were taken off overnight.\n\n"
    "PRESENTER: And the crew?\n\n"
    "MARA FENN: Still aboard. Captain Ole Brandt told me they would stay until the tugs "
    "arrive.\n\n"
    "OLE BRANDT: We will not leave her. The tugs are due at noon."
)


def test_the_outlets_own_reporter_is_no_source(make):
    quotes = _quotes(make(TRANSCRIPT))
    assert not [s for s, _ in quotes if s == "Mara Fenn"]
    assert any("84 passengers" in t and "coastguard" in s.lower() for s, t in quotes)
    assert any(s == "Ole Brandt" and "tugs are due" in t for s, t in quotes)


def test_a_guest_turn_stays_a_quote_when_nobody_is_staff(make):
    text = (
        "TRANSCRIPT: Valley Radio, Friday\n\n"
        "PRESENTER: With me is the harbour master, Ilse Rand.\n\n"
        "ILSE RAND: The channel is closed to every vessel until the ferry is moved."
    )
    assert any(s == "Ilse Rand" for s, _ in _quotes(make(text)))


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Some 3,000 cyclists took part in the ride on Sunday, the organisers said.", "organisers"),
        ("The stolen paintings were worth 2 million euros, prosecutors told the court.", "prosecutors"),
        ("Two climbers were flown to hospital, mountain rescue services said.", "services"),
    ],
)
def test_a_plural_that_acts_as_one_party_speaks(make, text, speaker):
    assert any(speaker in s.lower() for s, _ in _quotes(make(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The road will stay closed for a week, officials said.",
        "The water rose faster than ever before, residents said.",
        "The two unions said the offer was too low.",
    ],
)
def test_a_class_of_people_is_left_to_provenance(make, text):
    assert not [s for s, _ in _quotes(make(text)) if s.lower() in ("officials", "residents")]


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        (
            "Judge Petra Lenk ruled that the landlord had broken the tenancy law.",
            "Petra Lenk",
            "broken the tenancy law",
        ),
        (
            "The Marine Accident Board concluded that the pilot had ignored the buoy.",
            "Marine Accident Board",
            "ignored the buoy",
        ),
        (
            "The Water Tribunal found that the company had misled its customers.",
            "Water Tribunal",
            "misled its customers",
        ),
    ],
)
def test_a_finding_with_a_that_clause_is_a_statement(make, text, speaker, words):
    assert any(speaker in s and words in t for s, t in _quotes(make(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Divers from the Marine Accident Board found the wreck at a depth of 40 metres.",
        "The survey found that most tenants pay more than a third of their income in rent.",
    ],
)
def test_a_finding_of_things_or_by_a_record_is_no_quote(make, text):
    assert not _quotes(make(text))


def test_the_owner_of_figures_is_the_source(make):
    text = "About 410 homes lost power, according to the Northgrid Company's latest figures."
    assert any("Northgrid" in s for s, _ in _quotes(make(text)))


def test_a_speaker_after_the_hearer_in_translated_press(make):
    text = "The airline will cut 300 jobs, declared to this newspaper a spokeswoman of the company."
    quotes = _quotes(make(text))
    assert any("spokeswoman" in s and "cut 300 jobs" in t for s, t in quotes)
