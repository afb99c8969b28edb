"""Dates (session 22, fixdates): a date conflict's subject names the thing a copula dates
("The previous flood on the river was in 1998" -> "The previous flood on the river"), never
with the date or the verb that states one side. Sentences written for these tests.
"""

from __future__ import annotations

import pytest


def _name(text: str, date: str):
    from consilience.analyse import load_nlp
    from consilience.date_subjects import act_name
    from consilience.dates import governing_verb

    doc = load_nlp()(text)
    k = text.index(date)
    span = doc.char_span(k, k + len(date), alignment_mode="expand")
    return act_name(governing_verb(span), span)


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("The previous flood on the river was in 1998.", "1998", "The previous flood on the river"),
        ("The closing date for entries is 14 May.", "14 May", "The closing date for entries"),
        (
            "The opening of the new stand was on Friday, the club said.",
            "Friday",
            "The opening of the new stand",
        ),
    ],
)
def test_a_copula_dates_its_subject(text, date, name):
    assert _name(text, date) == name


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        # an act, not a copula: the core of the act as before
        ("The council closed the pool on Friday.", "Friday", "The council closed the pool"),
    ],
)
def test_other_acts_keep_their_core(text, date, name):
    assert _name(text, date) == name


def test_a_predicate_that_says_more_is_no_copula_subject():
    # the predicate names more than the date: not a bare dating of the subject
    assert _name("The storm was the worst since 1987.", "1987") != "The storm"


def test_conflict_subject_has_no_reading(bench):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [
        Article(
            id="a",
            source="a.txt",
            text="Rain closed the valley road on Monday. The previous flood on the river "
            "Asker was in 1998.",
            published="2027-02-10",
        ),
        Article(
            id="b",
            source="b.txt",
            text="The valley road was shut on Monday. The previous flood on the river Asker, "
            "in 2001, cut the village off for a week.",
            published="2027-02-10",
        ),
    ]
    out = build_timeline(bench.build_context(arts))
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert found, out["conflicts"]
    subject = found[0]["subject"]
    assert "1998" not in subject and "2001" not in subject, subject
    assert subject == "The previous flood on the river Asker", subject
