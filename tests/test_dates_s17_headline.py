"""Dates (session 17, headline): relative and embedded dates that name no event of the
story or belong to another act. Sentences written for these tests (a regatta, a glacier,
a quarry, a vineyard), not taken from any annotated set."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from consilience import dates
from consilience.analyse import load_nlp
from consilience.date_prior import titled_person

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def _resolved(sentence: str, word: str, anchor: dt.date):
    doc = load_nlp()(sentence)
    span = next(e for e in doc.ents if word in e.text)
    got = dates.resolve_span(span, anchor)
    return None if got is None else got[:2]


def test_an_untensed_event_judged_by_may_is_the_weekday_just_gone():
    # written on Tuesday 2027-03-09 about the weekend's regatta
    sentence = (
        "The abandonment of the regatta's closing race on Sunday, put down to gusts above "
        "forty knots, might cost the club its sponsor."
    )
    assert _resolved(sentence, "Sunday", dt.date(2027, 3, 9)) == ("2027-03-07", "day")


def test_would_still_looks_ahead():
    sentence = "Skippers said the final race on Sunday would be the club's last of the year."
    assert _resolved(sentence, "Sunday", dt.date(2027, 3, 9)) == ("2027-03-14", "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sediment in the lake shows how, some two million years ago, the glacier retreated.",
        "The quarry walls hold fossils laid down about 40 thousand years ago.",
    ],
)
def test_ages_beyond_history_are_no_calendar_date(sentence):
    doc = load_nlp()(sentence)
    spans = [e for e in doc.ents if "ago" in e.text]
    assert spans, doc.ents
    assert dates.resolve_span(spans[0], dt.date(2027, 3, 9)) is None


def test_a_century_ago_is_still_a_year():
    doc = load_nlp()("The vineyard was planted 120 years ago.")
    span = next(e for e in doc.ents if "ago" in e.text)
    assert dates.resolve_span(span, dt.date(2027, 3, 9))[:2] == ("1907", "year")


@pytest.mark.parametrize(
    ("sentence", "titled"),
    [
        ("Ravenna Blue won on Sunday, holding off the 2024 champion Skerry Gold.", True),
        ("The vineyard's 2023 winner of the cellar prize retired.", True),
        ("The 2019 landslide closed the quarry road.", False),
    ],
)
def test_a_year_on_a_person_noun_names_a_title(sentence, titled):
    doc = load_nlp()(sentence)
    year = next(e for e in doc.ents if e.text.isdigit())
    assert titled_person(year) is titled


def _timeline(texts: dict[str, str], published: str):
    import corpora

    from consilience.brief import build_brief
    from consilience.model import Article

    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published=published)
        for k, t in texts.items()
    ]
    return build_brief(corpora.build_context(arts))


def test_a_title_year_never_disputes_the_race_day():
    brief = _timeline(
        {
            "a": "Ravenna Blue won the Skerry Cup on Sunday, holding off the 2024 champion "
            "Skerry Gold by a boat length.",
            "b": "Ravenna Blue took the Skerry Cup on Sunday afternoon in strong winds.",
        },
        "2027-03-08",
    )
    assert not [c for c in brief["conflicts"] if c["kind"] == "date"]
    assert not [r for r in brief["timeline"] if str(r.get("date", "")).startswith("2024")]


def test_a_weekday_on_the_event_noun_dates_that_noun_not_the_clause():
    brief = _timeline(
        {
            "a": "Two quarrymen were buried on Thursday after part of a rock face gave way "
            "at the Tollan quarry in Cumbria.",
            "b": "Two quarrymen at the Tollan quarry in Cumbria were buried by a rockslide "
            "on Wednesday.",
        },
        "2027-03-12",
    )
    assert not [c for c in brief["conflicts"] if c["kind"] == "date"], brief["conflicts"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Saturday wristband holders will be paid back in full.", True),
        ("The Saturday parade was called off.", False),
    ],
)
def test_a_weekday_naming_a_kind_of_thing_dates_no_event(sentence, kind):
    doc = load_nlp()(sentence)
    day = next(e for e in doc.ents if e.text == "Saturday")
    assert dates.day_of_a_kind(day) is kind
