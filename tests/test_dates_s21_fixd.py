"""Dates (session 21, fix round, tester items 7 and 15). Sentences written for these tests
(a water board, a league, a council), not from the annotated sets or the tester's articles.

* "The board next meets on 9 March" names the next of a series of meetings as surely as
  "the next meeting on 2 March": an adverb "next" on a verb not in the past makes it the
  next occurrence, so two articles giving it different days are a date conflict.
* A line ending on a figure keeps its unit sign: spaCy marks "%" punctuation.
"""

from __future__ import annotations


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def _span(text: str, date: str):
    from consilience.analyse import load_nlp

    doc = load_nlp()(text)
    k = text.index(date)
    return doc.char_span(k, k + len(date), alignment_mode="expand")


def test_a_next_adverb_on_a_present_verb_names_the_next_occurrence():
    from consilience.date_prior import next_act_verb, next_occurrence

    span = _span("The water board next meets on 9 March.", "9 March")
    assert next_act_verb(span) is not None
    assert next_occurrence(span) is not None


def test_a_next_adverb_on_a_past_verb_is_no_plan():
    from consilience.date_prior import next_act_verb

    span = _span("The striker next appeared on 9 March against Leeds.", "9 March")
    assert next_act_verb(span) is None


def test_next_meeting_given_two_days_is_a_date_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "The Harwell water board raised its charges by 4% on Monday. "
            "The next decision on charges will be announced on 2 March 2027.",
            "b": "Harwell's water board put up charges by 4% on Monday. "
            "The board next meets on March 9.",
        },
        "2026-11-18",
    )
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert any(
        {r["value"] for r in c["readings"]} >= {"2027-03-02", "2027-03-09"} for c in found
    ), out["conflicts"]


def test_a_line_keeps_the_unit_sign_of_its_last_figure(bench):
    """spaCy marks "%" punctuation; a line ending "a target of 3%." keeps the sign."""
    out = _timeline(
        bench,
        {"a": "Prices in Harwell rose 7.2% in October, far above the council's goal of 3%."},
        "2026-11-18",
    )
    texts = [r["text"] for r in out["timeline"]]
    assert any(t.endswith("goal of 3%") for t in texts), texts
