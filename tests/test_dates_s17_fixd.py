"""Dates (session 17, fix d): a present perfect of promising, or one that governs a
deadline ("by", "until"), tells that the promise was made, so the weekday it governs lies
ahead of the report, not behind it; one act told by a noun ("the theft ... in the early
hours of Sunday") and by a verb pair ("broke in on Monday and took ...") on two days is a
date conflict. Articles written for these tests (a gas outage, a jeweller's robbed)."""

from __future__ import annotations

import datetime as dt

from consilience import dates
from consilience.analyse import load_nlp
from consilience.brief import build_brief
from consilience.date_act_lexicon import act_lemmas, co_acts
from consilience.date_prior import dated_event_noun
from consilience.model import Article

#: a Wednesday, the day the test articles are published
WEDNESDAY = dt.date(2026, 3, 11)


def _resolved(sentence: str, anchor: dt.date = WEDNESDAY) -> str:
    doc = load_nlp()(sentence)
    span = next(e for e in doc.ents if e.label_ == "DATE")
    return dates.resolve_span(span, anchor).date


def test_a_perfect_promise_by_a_weekday_lies_ahead():
    said = "The gas board has promised to restore heating by Friday afternoon."
    assert _resolved(said) == "2026-03-13"
    said = "The utility has pledged full pressure by Thursday evening."
    assert _resolved(said) == "2026-03-12"


def test_a_perfect_governing_until_lies_ahead():
    said = "Harbour Street has been closed to traffic until Monday."
    assert _resolved(said) == "2026-03-16"


def test_a_perfect_of_another_verb_or_a_past_promise_stays_behind():
    # no deadline, no promise: the act is done ("has reopened on Monday" is loose English)
    assert _resolved("The gas board has reopened its depot on Monday.") == "2026-03-09"
    # a past perfect tells an earlier promise, whose day may well have passed
    said = "The board had promised full supplies by Monday, engineers said."
    assert _resolved(said) == "2026-03-09"


# --------------------------------------------------------------------------- one act, two days

#: a robbery told by a verb pair in one article and by a noun in the other, a day apart
JEWELLER = {
    "a": (
        "Robbers smashed their way into the Kessel jewellery shop in Brno early on Monday "
        "and stole 40 gold watches, police said. Officers arrived within minutes."
    ),
    "b": (
        "The theft of 40 gold watches from the Kessel jewellery shop in Brno in the early "
        "hours of Sunday has alarmed traders. The shop will reopen next week."
    ),
}


def test_the_noun_of_an_act_has_the_verbs_of_its_synonyms():
    doc = load_nlp()("The theft of the watches shocked the town.")
    theft = next(t for t in doc if t.text == "theft")
    assert "steal" in act_lemmas(theft)


def test_a_date_through_the_early_hours_dates_the_event_noun():
    doc = load_nlp()(JEWELLER["b"])
    span = next(e for e in doc.ents if "Sunday" in e.text)
    assert dated_event_noun(span).text == "theft"


def test_a_verb_coordinated_with_the_dated_one_shares_its_date():
    doc = load_nlp()("Robbers broke into the shop on Monday and took 40 gold watches.")
    broke = next(t for t in doc if t.text == "broke")
    assert [t.text for t in co_acts(broke)] == ["took"]
    # a conjunct with a date of its own is an act of its own
    doc = load_nlp()("Robbers broke into the shop on Monday and sold the watches on Friday.")
    broke = next(t for t in doc if t.text == "broke")
    assert co_acts(broke) == []


def test_a_theft_dated_by_noun_and_by_verb_on_two_days_is_a_date_conflict(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-03-10")
        for k, t in JEWELLER.items()
    ]
    brief = build_brief(bench.build_context(arts))
    found = [c for c in brief["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, found
    assert sorted(r["value"] for r in found[0]["readings"]) == ["2026-03-08", "2026-03-09"]
    rows = [r for r in brief["timeline"] if r.get("disputed")]
    assert len(rows) == 1 and sorted(rows[0]["articles"]) == ["a", "b"], rows
