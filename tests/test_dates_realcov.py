"""Dates as real newsrooms write them (issue #12, held-out style): the publication day's own
weekday, a month-day in a present-tense clause, dates in photo captions."""

from __future__ import annotations

import datetime as dt

from consilience.dates import extract_dates, resolve_span
from consilience.model import Analysis, Article

FRIDAY = dt.date(2026, 3, 20)


def _resolve(nlp, sentence: str, span_text: str, anchor: dt.date) -> tuple[str, str] | None:
    doc = nlp(sentence)
    ents = [e for e in doc.ents if e.label_ == "DATE" and span_text in e.text]
    assert ents, (sentence, doc.ents)
    got = resolve_span(ents[0], anchor)
    return None if got is None else got[:2]


def test_weekday_of_the_publication_day_in_a_present_clause_is_that_day(nlp):
    got = _resolve(nlp, "Below is the statement the club issues on Friday.", "Friday", FRIDAY)
    assert got == ("2026-03-20", "day")


def test_weekday_in_a_future_clause_is_the_first_on_or_after_publication(nlp):
    got = _resolve(nlp, "The club will issue a statement on Friday.", "Friday", FRIDAY)
    assert got == ("2026-03-20", "day")  # "later on Friday" in Friday's paper
    got = _resolve(nlp, "The club will issue a statement next Friday.", "Friday", FRIDAY)
    assert got == ("2026-03-27", "day")


def test_month_day_in_a_present_clause_is_the_nearest(nlp):
    got = _resolve(nlp, "Applicants can register from April 3, the agency said.", "April 3", FRIDAY)
    assert got == ("2026-04-03", "day")


def test_month_day_in_reported_would_clause_is_the_nearest(nlp):
    text = "The registrar said the board would publish the list on April 9."
    assert _resolve(nlp, text, "April 9", FRIDAY) == ("2026-04-09", "day")


def test_month_day_in_a_past_clause_stays_past(nlp):
    got = _resolve(nlp, "The plant closed on November 30.", "November 30", FRIDAY)
    assert got == ("2025-11-30", "day")


def test_caption_dates_are_no_events(nlp):
    text = (
        "Volunteers filled sandbags along the river for a second day.\n\n"
        "Image caption: Sandbags stacked by the quay on Monday. Photo: Lee Hart\n\n"
        "The river peaked on Thursday, the agency said."
    )
    art = Article(id="a", source="a.txt", text=text, published="2026-03-20")
    found = [m.text for m in extract_dates(Analysis(art, nlp(text)))]
    assert "Monday" not in found and "Thursday" in found


def _ctx(texts: dict[str, str], published: str):
    from conftest import load_bench

    bench = load_bench("corpora")
    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return bench.build_context(arts)


def test_one_act_with_its_object_worded_twice_is_dated_once():
    from consilience.dates import build_timeline

    ctx = _ctx(
        {
            "a": "The toymaker Pellin Toys withdrew all its Kipper Kites on Tuesday after "
            "inspectors found loose strings.",
            "b": "Pellin Toys withdrew its beach toys on Monday after inspectors found loose "
            "strings.",
        },
        published="2026-03-20",
    )
    [c] = build_timeline(ctx)["conflicts"]
    assert {r["value"] for r in c["readings"]} == {"2026-03-17", "2026-03-16"}
