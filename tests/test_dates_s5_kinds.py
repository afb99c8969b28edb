"""Date kinds from the held-out review (issue #12, session 5): a weekday after a past verb
with an infinitive ("refused to resign on Tuesday"), a weekday in the future or in a
headline's present, a month without a year in a present or progressive clause."""

from __future__ import annotations

import datetime as dt

import pytest

from consilience.dates import resolve_span

SATURDAY = dt.date(2026, 5, 16)
WEDNESDAY = dt.date(2026, 5, 13)
THURSDAY = dt.date(2026, 5, 14)


def _resolve(nlp, sentence: str, span_text: str, anchor: dt.date) -> tuple[str, str] | None:
    doc = nlp(sentence)
    ents = [e for e in doc.ents if e.label_ == "DATE" and span_text in e.text]
    assert ents, (sentence, doc.ents)
    got = resolve_span(ents[0], anchor)
    return None if got is None else got[:2]


@pytest.mark.parametrize(
    ("sentence", "span", "anchor", "expected"),
    [
        # kind 1: the infinitive of a past refusal dates the refusal, on or before publication
        (
            "The striker declined to sign a new contract on Saturday.",
            "Saturday",
            SATURDAY,
            "2026-05-16",
        ),
        ("Senator Ruth Ames refused to testify on Monday.", "Monday", WEDNESDAY, "2026-05-11"),
        ("The rebels failed to take the airport on Thursday.", "Thursday", THURSDAY, "2026-05-14"),
        # a forward-looking verb keeps its infinitive ahead
        ("The two unions agreed to meet on Friday.", "Friday", WEDNESDAY, "2026-05-15"),
        # future: the first such day on or after publication; "next": strictly after
        ("The council will vote on Thursday.", "Thursday", THURSDAY, "2026-05-14"),
        ("The council votes again next Thursday.", "Thursday", THURSDAY, "2026-05-21"),
        ("The ferry operator is resuming sailings on Sunday.", "Sunday", WEDNESDAY, "2026-05-17"),
        # a headline's present: the nearest such day
        ("Parliament debates the budget on Monday", "Monday", WEDNESDAY, "2026-05-11"),
        ("Parliament debates the budget on Friday", "Friday", WEDNESDAY, "2026-05-15"),
    ],
)
def test_weekday_by_tense(nlp, sentence, span, anchor, expected):
    assert _resolve(nlp, sentence, span, anchor) == (expected, "day")


@pytest.mark.parametrize(
    ("sentence", "span", "anchor", "expected"),
    [
        # kind 2: a progressive names a planned act -> the next such month
        ("Bus fares are rising in November.", "November", dt.date(2025, 10, 2), "2025-11"),
        ("The old mill is closing in April.", "April", dt.date(2026, 10, 9), "2027-04"),
        # a simple present: the nearer of the two
        (
            "The new speed limits take effect in February.",
            "February",
            dt.date(2026, 11, 20),
            "2027-02",
        ),
        ("Tenants pay the higher rent in August.", "August", dt.date(2026, 9, 3), "2026-08"),
        # the past stays past
        ("The factory shut in October.", "October", dt.date(2026, 9, 3), "2025-10"),
    ],
)
def test_month_without_year_by_tense(nlp, sentence, span, anchor, expected):
    assert _resolve(nlp, sentence, span, anchor) == (expected, "month")


def _timeline(texts: dict[str, str], published: str) -> dict:
    from conftest import load_bench

    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(load_bench("corpora").build_context(arts))


def test_days_of_saying_are_never_a_date_conflict():
    # kind 3: two reports on different days agree on the event; no conflict between sayings
    tl = _timeline(
        {
            "a": "Health inspectors said on Saturday that the outbreak at the Kelby school "
            "started on Monday.",
            "b": "Health inspectors said on Friday that the outbreak at the Kelby school "
            "started on Monday.",
            "c": "The outbreak at the Kelby school started on Monday, health inspectors told "
            "parents on Thursday.",
        },
        published="2026-05-16",
    )
    assert tl["conflicts"] == []
    assert "2026-05-11" in {e["date"] for e in tl["timeline"]}


def test_event_days_still_conflict_when_sayings_differ():
    tl = _timeline(
        {
            "a": "Mine officials said on Saturday that the flooding in the Arvo shaft started "
            "on Monday.",
            "b": "Mine officials said on Thursday that the flooding in the Arvo shaft started "
            "on Tuesday.",
        },
        published="2026-05-16",
    )
    [c] = tl["conflicts"]
    assert {r["value"] for r in c["readings"]} == {"2026-05-11", "2026-05-12"}


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Rangers said on Saturday that the old pier cracked on Tuesday.", "Tuesday"),
        ("Divers reported on Saturday that the wreck shifted on Tuesday.", "Tuesday"),
    ],
)
def test_reported_past_tagged_as_participle_stays_past(nlp, sentence, span):
    # "that the pier cracked on Tuesday": spaCy tags "cracked" VBN; with its own subject
    # and no auxiliary it is a past tense
    assert _resolve(nlp, sentence, span, SATURDAY) == ("2026-05-12", "day")


def test_first_since_years_conflict_however_worded():
    # kind 4: both date the last strike; the sentences around the years differ
    tl = _timeline(
        {
            "a": "Tram drivers in Selby Bay stopped work on Monday in the city's first "
            "transport strike since 2003.",
            "b": "Monday's stoppage by Selby Bay tram drivers was the first transport strike "
            "in the city since 2009.",
        },
        published="2026-05-13",
    )
    [c] = tl["conflicts"]
    assert {r["value"] for r in c["readings"]} == {"2003", "2009"}


def test_first_since_of_other_things_do_not_conflict():
    tl = _timeline(
        {
            "a": "Selby Bay saw its first transport strike since 2003 on Monday.",
            "b": "Selby Bay recorded its first snowfall in May since 2009 on Monday.",
        },
        published="2026-05-13",
    )
    assert tl["conflicts"] == []
