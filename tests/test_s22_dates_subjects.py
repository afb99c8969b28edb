"""Dates (session 22): a date conflict's subject is the short name of the act, not a whole
sentence with its relative clause, its apposition and its attribution. Sentences written for
these tests (a library closing, a lifeboat launch, a bridge, a ferry), not from the annotated
sets.
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
        (
            "The Elm Road library, which has lent books since 1971, will shut on 4 February, "
            "the Post has learned.",
            "4 February",
            "The Elm Road library will shut",
        ),
        (
            "The lifeboat was launched on Friday by the volunteer crew, led by Ann Ross, who "
            "had been paged at dawn.",
            "Friday",
            "The lifeboat was launched",
        ),
        (
            "Harwell council will demolish the old toll bridge by the end of 2028 to make way "
            "for a tram line.",
            "the end of 2028",
            "Harwell council will demolish the old toll bridge",
        ),
    ],
)
def test_the_short_name_keeps_the_core_of_the_act(text, date, name):
    assert _name(text, date) == name


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the date dates a noun: the caller keeps the dated phrase
        ("Dockers stopped work on Monday, the port's first strike since 1996.", "1996"),
        ("A gas leak late on Tuesday forced 80 families from their homes.", "Tuesday"),
        # no noun in the name
        ("It sank in 1987.", "1987"),
    ],
)
def test_no_short_name_where_the_date_dates_a_noun_or_nothing_is_named(text, date):
    assert _name(text, date) in (None, "It sank")


def test_a_date_conflict_is_named_by_its_act(bench):
    from consilience.dates import build_timeline
    from consilience.model import Article

    texts = {
        "a": "The Elm Road library, which has lent books since 1971, will shut on 4 February, "
        "the Post has learned.",
        "b": "The Elm Road library will shut on 11 March, the council said on Monday.",
    }
    arts = [
        Article(id=k, source=f"{k}.txt", text=v, published="2026-10-07") for k, v in texts.items()
    ]
    out = build_timeline(bench.build_context(arts))
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert [c["subject"] for c in found] == ["The Elm Road library will shut"], found
