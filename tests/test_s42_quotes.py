"""Quotes and speakers of one kind each, found on heldout_s38 (session 42) and tested here on
sentences written for these tests (none is a sentence of a held-out set).

- a verb of telling whose that-clause the parser hung on the hearer as a relative clause
  ("informed the pilots that the port had approved the late departure", "that" tagged an
  object) and keeps no "that" at the head of the words;
- "assured", "reassured" and "reminded" someone that ... report what was said;
- an admission or a denial of an act told by a gerund ("admitted taking £12,000 from the
  club", "has denied falsifying the records");
- "…, he admitted it at once" reports no fronted adverbial as his words;
- an initialled name ("Dr K. Ostrow") is the full name another article gives ("Katya
  Ostrow") when no one else in the story has that surname and initial;
- the role a form's field names ("Applicant name: Hollin Road Residents Ltd", then "The
  applicant stated that …") is the speaker;
- a record's row of labelled fields ("DO: Omar Lutz | Guard: Ines Varga", the log signed by its Duty Officer) is nobody's
  turn.

Guard (passes on the starting code too): two Fenns with different initials stay apart.
"""

from __future__ import annotations

from brief_fixtures import quotes_of


def _quotes(bench, *texts: str) -> list[tuple[str, str]]:
    return quotes_of(bench, *texts, published="2031-05-02")


def _said(quotes, speaker: str, words: str) -> bool:
    return any(sp == speaker and words in tx for sp, tx in quotes)


def test_telling_clause_hung_on_the_hearer_is_reported(bench):
    qs = _quotes(
        bench,
        "The harbour master, Captain Rhys Dunne, informed the pilots that the port had "
        "approved the late departure. Two tugs stood by.",
    )
    assert _said(qs, "Rhys Dunne", "the port had approved the late departure")
    assert not any(tx.startswith("that ") for _, tx in qs)


def test_assured_and_reminded_report_speech(bench):
    qs = _quotes(
        bench,
        "Nadia Ferreira, the head of the water board, assured residents that the supply was "
        "safe to drink. Her deputy, Piet Okafor, reminded households that the board had "
        "lifted the boil notice on Monday.",
    )
    assert _said(qs, "Nadia Ferreira", "the supply was safe to drink")
    assert _said(qs, "Piet Okafor", "the board had lifted the boil notice on Monday")


def test_admitted_act_told_by_a_gerund_is_reported(bench):
    qs = _quotes(
        bench,
        "The former secretary, Dermot Hales, admitted taking £12,000 from the rowing club "
        "over four years. The club's auditor, Fenella Sax, has denied signing the accounts.",
    )
    assert _said(qs, "Dermot Hales", "taking £12,000 from the rowing club")
    assert _said(qs, "Fenella Sax", "signing the accounts")


def test_fronted_adverbial_is_not_what_was_admitted(bench):
    qs = _quotes(
        bench,
        "Ida Varley runs the allotment society. In fairness, when the committee put the "
        "figures in front of him, Mr Brannock admitted it at once, and he has since resigned.",
    )
    assert not any("In fairness" in tx or "figures in front of him" in tx for _, tx in qs)


def test_initialled_name_is_the_full_name_of_another_article(bench):
    qs = _quotes(
        bench,
        "The clinic's lead nurse, Katya Ostrow, said the ward reopened on Friday.",
        "The lead nurse, K. Ostrow, stated that the first patient was moved on 3 April.",
    )
    assert _said(qs, "Katya Ostrow", "the first patient was moved")
    assert not any(sp == "K. Ostrow" for sp, _ in qs)


def test_field_role_names_the_speaker(bench):
    text = (
        "NOTICE OF DECISION\n\n"
        "Applicant name: Hollin Road Residents Ltd\n\n"
        "Site: land behind 14 Hollin Road\n\n"
        "The applicant stated that the garages had been empty since 2029. The council "
        "refused the application on 28 April."
    )
    qs = _quotes(bench, text)
    assert _said(qs, "Hollin Road Residents Ltd", "the garages had been empty since 2029")


def test_record_row_of_fields_is_no_turn(bench):
    text = (
        "SERVICE LOG 118\n\n"
        "Route: Dunmere to Hale | Date: Tuesday 29 April 2031\n"
        "DO: Omar Lutz | Guard: Ines Varga | Cleaner: Rob Tate\n\n"
        "The train stopped at Hale for 40 minutes after a signal failed. Omar Lutz said the "
        "passengers stayed calm.\n\n"
        "Omar Lutz, Duty Officer"
    )
    qs = _quotes(bench, text)
    assert not any("Guard:" in tx for _, tx in qs)
    assert _said(qs, "Omar Lutz", "the passengers stayed calm")


def test_guard_two_initials_stay_apart(bench):
    qs = _quotes(
        bench,
        "Paul Fenn, the harbour master, said the quay was closed. His sister Rosa Fenn, a "
        "councillor, said the council would pay for repairs.",
        "The harbour master, J. Fenn, stated that the quay had reopened on Tuesday.",
    )
    assert not any(sp in ("Paul Fenn", "Rosa Fenn") and "reopened" in tx for sp, tx in qs)
