"""Dates a sentence denies (session 21): "until June, not March", "rather than on Thursday",
"was a hope, not a plan". A denied date is no timeline event and supports no line; when the
sentence asserts another date in its place, the two articles' readings are a date conflict.
Sentences written for these tests (a bridge repair, a library move, a ferry, a concert
hall), not from the annotated sets."""

from __future__ import annotations

import pytest
from conftest import reading_values, timeline_of

from consilience.date_denials import denied_date


def _denial(nlp, sentence: str, date: str):
    doc = nlp(sentence)
    ents = [e for e in doc.ents if e.text == date]
    assert ents, [(e.text, e.label_) for e in doc.ents]
    return denied_date(ents[0])


@pytest.mark.parametrize(
    "sentence, date, instead",
    [
        (
            "Repairs to the bridge will last until October, not August, engineers said.",
            "August",
            "October",
        ),
        ("The ferry will sail on Friday rather than on Thursday.", "Thursday", "Friday"),
        ("The library moves in 2029 rather than 2031.", "2031", "2029"),
        ("The mill was built in 1874, not 1871, the archive shows.", "1871", "1874"),
    ],
)
def test_a_date_denied_beside_another_names_the_one_asserted(nlp, sentence, date, instead):
    got = _denial(nlp, sentence, date)
    assert got is not None and got.instead is not None and got.instead.text == instead


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Repairs to the bridge will last until October, not August, engineers said.", "October"),
        ("Workers will not start dismantling the stage until January.", "January"),
        ("The hall did not reopen in 2019.", "2019"),
        ("The ferry will sail on Friday rather than on Thursday.", "Friday"),
    ],
)
def test_an_asserted_date_is_not_denied(nlp, sentence, date):
    # "not until January" gives January as the earliest day: asserted, not denied
    assert _denial(nlp, sentence, date) is None


def test_a_date_called_no_plan_is_denied_without_another(nlp):
    got = _denial(
        nlp, 'A spokesman said March 2028 was "an ambition, not a schedule".', "March 2028"
    )
    assert got is not None and got.instead is None


HALL = {
    "a": (
        "The Weststad concert hall closed for renovation on Monday. "
        "The work on the hall should be finished by the end of September, the city said."
    ),
    "b": (
        "The Weststad concert hall shut its doors on Monday for a renovation. "
        "Builders expect the work on the hall to be finished by the end of September."
    ),
    "c": (
        "The Weststad concert hall closed on Monday. According to the tender documents, the "
        "work on the hall will run until December, not September."
    ),
}


def test_a_denied_date_is_one_side_of_a_conflict_and_no_event():
    out = timeline_of(HALL)
    dated = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(dated) == 1, dated
    values = reading_values(dated[0])
    assert values["a"].endswith("-09") and values["b"].endswith("-09"), values
    assert values["c"].endswith("-12"), values
    assert dated[0]["outliers"] == ["c"]
    # the denied September supports no line and is no line of its own
    for row in out["timeline"]:
        for m in row.get("mentions") or []:
            assert not (m["article"] == "c" and m["text"].endswith("September")), row


def test_a_date_called_a_hope_is_no_timeline_event():
    texts = {
        "a": "The Lindgren Quartet will give the first performance of the suite in March 2028.",
        "b": (
            "The quartet has not fixed a date for the first performance. Its manager said March "
            '2028 was "an ambition, not a schedule".'
        ),
    }
    out = timeline_of(texts)
    rows = [r for r in out["timeline"] if r["date"].startswith("2028-03")]
    assert rows and all(r["articles"] == ["a"] for r in rows), rows


# --------------------------------------------------------------------------- other kinds


def test_one_state_ended_on_two_days_is_a_conflict():
    texts = {
        "a": (
            "A landslide blocked the coast road near Orvik on Tuesday. "
            "Ferry crossings to the island have been cancelled until Saturday, the operator said."
        ),
        "b": (
            "The coast road near Orvik was blocked by a landslide on Tuesday. "
            "Ferry crossings to the island are cancelled until Monday, the harbour office said."
        ),
    }
    out = timeline_of(texts)
    dated = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(dated) == 1, dated
    assert sorted(reading_values(dated[0])) == ["a", "b"]


def test_a_state_ended_and_another_state_are_no_conflict():
    texts = {
        "a": "The Orvik ferry crossings are cancelled until Saturday, the operator said.",
        "b": "The Orvik museum will stay open until Monday, the harbour office said.",
    }
    out = timeline_of(texts)
    assert not [c for c in out["conflicts"] if c["kind"] == "date"]


def test_not_until_a_date_is_the_act_done_then(nlp):
    from consilience.dates import negative_act

    doc = nlp("Inspectors will not enter the tunnel until Thursday.")
    ent = next(e for e in doc.ents if e.text == "Thursday")
    assert not negative_act(doc, ent.start_char, ent.end_char)
    doc = nlp("Inspectors did not enter the tunnel on Thursday.")
    ent = next(e for e in doc.ents if e.text == "Thursday")
    assert negative_act(doc, ent.start_char, ent.end_char)


def test_a_thing_dating_from_a_year_is_made_then():
    texts = {
        "a": "The chapel of Saint Brendan, built in 1912, lost its roof in the storm on Monday.",
        "b": "The storm tore the roof off the chapel of Saint Brendan on Monday. The chapel dates from 1908.",
    }
    out = timeline_of(texts)
    dated = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(dated) == 1, dated
    assert reading_values(dated[0]) == {"a": "1912", "b": "1908"}
