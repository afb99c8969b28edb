"""Dates on real-news phrasing (issue #12, items 9-11): the tense of a verb of saying, numbers
that are not years, future month-days, spans of years, and the other kinds real news has.
Every text here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import load_bench

from consilience.dates import build_timeline, extract_dates, resolve_span
from consilience.model import Article


def _dates(text: str, published: str) -> list[tuple[str, str, str, str | None]]:
    """(cited text, date, precision, until) of every date extracted from ``text``."""
    from consilience.analyse import analyse

    (analysis,) = analyse([Article(id="t", source="t.txt", text=text, published=published)])
    return [
        (m.text, m.date, m.precision, getattr(m, "until", None)) for m in extract_dates(analysis)
    ]


def _resolve(nlp, sentence: str, span_text: str, published: str):
    doc = nlp(sentence)
    ents = [e for e in doc.ents if span_text in e.text or e.text in span_text]
    assert ents, f"spaCy found no entity for {span_text!r} in {sentence!r}: {doc.ents}"
    got = resolve_span(ents[0], dt.date.fromisoformat(published))
    return None if got is None else tuple(got[:2])


# --------------------------------------------------------------------------- item 9


@pytest.mark.parametrize(
    ("sentence", "published", "span", "expected"),
    [
        # published on a Monday: the Friday of the saying is three days earlier
        (
            "Halbrook Council said on Friday it aims to cut parking fees.",
            "2024-03-11",
            "Friday",
            ("2024-03-08", "day"),
        ),
        (
            "Talbot Freight told its drivers on Tuesday it expects a busy winter.",
            "2023-10-19",
            "Tuesday",
            ("2023-10-17", "day"),
        ),
        (
            "The water board, which said on Monday it wants higher charges, met regulators.",
            "2022-06-09",
            "Monday",
            ("2022-06-06", "day"),
        ),
        (
            "The regional government said in February it will open three schools.",
            "2023-05-02",
            "February",
            ("2023-02", "month"),
        ),
        (
            "The airline informed passengers on Friday it is cancelling 40 flights.",
            "2024-03-11",
            "Friday",
            ("2024-03-08", "day"),
        ),
    ],
)
def test_date_of_a_past_saying_is_in_the_past(nlp, sentence, published, span, expected):
    assert _resolve(nlp, sentence, span, published) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "span", "expected"),
    [
        (
            "The governor, speaking on Monday, said the levees will hold.",
            "2024-10-03",
            "Monday",
            ("2024-09-30", "day"),
        ),
        (
            "The jury, sitting on Friday, found both men guilty.",
            "2023-02-15",
            "Friday",
            ("2023-02-10", "day"),
        ),
    ],
)
def test_a_bare_participle_takes_the_tense_of_its_clause(nlp, sentence, published, span, expected):
    assert _resolve(nlp, sentence, span, published) == expected


def test_a_decade_ago_is_a_year(nlp):
    got = _resolve(nlp, "A decade ago the harbour froze solid.", "A decade ago", "2024-01-15")
    assert got == ("2014", "year")


def test_saying_in_the_past_and_event_in_the_future():
    got = _dates(
        "The port authority said on Tuesday it hopes the ferries sail again on Saturday. "
        "Dock workers said the walkout on Monday would be their last.",
        "2024-05-16",  # a Thursday
    )
    assert [(t, d) for t, d, _p, _u in got] == [
        ("Tuesday", "2024-05-14"),
        ("Saturday", "2024-05-18"),
        ("Monday", "2024-05-20"),  # the date is inside the reported clause
    ]


# --------------------------------------------------------------------------- item 10


def test_titles_labels_ages_and_histories_make_no_date():
    text = (
        'The thriller "2046" swept the festival awards. '
        "It was the closest vote in the 58-year history of the festival. "
        "Jurors met in Room 1920 of the old casino. "
        "A 3,000-year-old mask was shown at the gala. "
        "The novel 1984 was read aloud on stage. "
        "The festival itself was founded in 1967."
    )
    assert _dates(text, "2023-06-02") == [("1967", "1967", "year", None)]


def test_a_number_counting_things_is_not_a_year(nlp):
    assert _resolve(nlp, "The shop sold 2016 tickets in March.", "2016", "2024-04-02") is None


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("The mine closed in early 2017.", "early 2017", ("2017", "year")),
        ("The mine closed in mid-2016.", "mid-2016", ("2016", "year")),
        ("The mine closed at the end of 2015.", "the end of 2015", ("2015", "year")),
        ("The mine closed in the autumn of 2014.", "the autumn of 2014", ("2014", "year")),
        ("The mine closed in late April 2013.", "late April 2013", ("2013-04", "month")),
    ],
)
def test_a_year_with_a_part_of_it_named(nlp, sentence, span, expected):
    assert _resolve(nlp, sentence, span, "2024-01-15") == expected


def test_a_year_after_a_month_or_fiscal_is_still_a_year():
    got = _dates("Profits fell in fiscal 2021 and again in March 2022.", "2023-01-10")
    assert [(d, p) for _t, d, p, _u in got] == [("2021", "year"), ("2022-03", "month")]


# --------------------------------------------------------------------------- item 11


@pytest.mark.parametrize(
    ("sentence", "published", "span", "expected"),
    [
        ("The vote is scheduled for Nov. 8.", "2022-10-20", "Nov. 8", ("2022-11-08", "day")),
        (
            "The trophies are to be handed over on Jan. 30, the league said.",
            "2021-01-04",
            "Jan. 30",
            ("2021-01-30", "day"),
        ),
        ("The new terminal is set for April 14.", "2025-02-03", "April 14", ("2025-04-14", "day")),
    ],
)
def test_a_scheduled_day_without_a_year_is_ahead(nlp, sentence, published, span, expected):
    assert _resolve(nlp, sentence, span, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue fell in 2017-18, the agency said.", ("2017", "year", "2018")),
        ("The 2021/22 budget was balanced.", ("2021", "year", "2022")),
        ("Output doubled from 2004 to 2009.", ("2004", "year", "2009")),
        ("The 1999-00 season ended in chaos.", ("1999", "year", "2000")),
    ],
)
def test_a_span_of_years_is_never_a_day(text, expected):
    got = _dates(text, "2024-01-15")
    assert [(d, p, u) for _t, d, p, u in got] == [expected]


# --------------------------------------------------------------------------- other kinds


@pytest.mark.parametrize(
    ("sentence", "published", "span", "expected"),
    [
        (
            "Rents climbed earlier this week.",
            "2024-09-19",
            "earlier this week",
            ("2024-09-16", "week"),
        ),
        (
            "The smelter closed late last month.",
            "2023-05-10",
            "late last month",
            ("2023-04", "month"),
        ),
        ("The pier collapsed early last year.", "2022-08-01", "early last year", ("2021", "year")),
        (
            "The pier reopened later this month.",
            "2022-08-01",
            "later this month",
            ("2022-08", "month"),
        ),
        # "last Friday" published on a Friday is a week before, not the same day
        (
            "A cargo ship ran aground last Friday.",
            "2024-04-12",
            "last Friday",
            ("2024-04-05", "day"),
        ),
        # "last June" published in June is a year before
        ("The bakery burned down last June.", "2023-06-20", "last June", ("2022-06", "month")),
        (
            "Crowds gathered on the night of Nov. 9-10.",
            "2024-11-20",
            "Nov. 9-10",
            ("2024-11-09", "day"),
        ),
        (
            "The fair ran on Aug. 4-5, 2021.",
            "2022-01-10",
            "Aug. 4-5, 2021",
            ("2021-08-04", "day"),
        ),
        ("Workers resumed digging on Wednesday.", "2025-02-07", "Wednesday", ("2025-02-05", "day")),
        # a weekday with the month-day fixes the year: the one where it falls on that day
        (
            "Negotiators meet again on Thursday 2 May in Vienna.",
            "2024-04-22",
            "Thursday 2 May",
            ("2024-05-02", "day"),
        ),
        (
            "Two cars collided last night on the ring road.",
            "2023-11-08",
            "last night",
            ("2023-11-07", "day"),
        ),
        (
            "The ferry was evacuated this morning.",
            "2023-11-08",
            "this morning",
            ("2023-11-08", "day"),
        ),
        # "cut" tagged as a participle heading the sentence: a past tense all the same
        (
            "The Varen central bank set interest rates on Monday.",
            "2024-06-13",
            "Monday",
            ("2024-06-10", "day"),
        ),
    ],
)
def test_other_real_news_kinds(nlp, sentence, published, span, expected):
    assert _resolve(nlp, sentence, span, published) == expected


def test_iso_date_hours_and_a_range_of_days_in_one_paragraph():
    got = _dates(
        "The permit dated 2023-02-17 gave the crew 12 hours to clear the site. "
        "Gales hit the coast on Feb. 20-21.",
        "2023-03-01",
    )
    assert [(d, p) for _t, d, p, _u in got] == [("2023-02-17", "day"), ("2023-02-20", "day")]


# --------------------------------------------------------------------------- conflicts


def _timeline(texts: dict[str, str], published: str):
    bench = load_bench("corpora")
    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


@pytest.mark.parametrize(
    "texts",
    [
        {
            "a": "Greyford Mills opened a paper plant in Ontario on Monday.",
            "b": "Greyford Mills opened a sales office in Quebec on Thursday.",
        },
        {
            "a": "Divers recovered two more bodies from Lake Ardan on Monday.",
            "b": "Divers recovered another body from Lake Ardan on Wednesday.",
        },
        {
            "a": "Fenmoor Rail suspended its trains to Hull on Monday, the company said.",
            "b": "Fenmoor Rail resumed its trains to Hull on Thursday, the company said.",
        },
        {
            "a": "The first Red Cross convoy crossed into Tarsia on Monday.",
            "b": "The second Red Cross convoy crossed into Tarsia on Thursday.",
        },
        {
            "a": "The Ardley parish council approved a new library on Monday.",
            "b": "The Ardley parish council approved a car park on Thursday.",
        },
    ],
)
def test_different_events_sharing_a_subject_are_no_date_conflict(texts):
    assert _timeline(texts, "2025-06-14")["conflicts"] == []


def test_same_event_dated_differently_is_a_conflict():
    out = _timeline(
        {
            "a": "Crews at the Velm reservoir resumed pumping on Monday, the utility said.",
            "b": "Crews at the Velm reservoir resumed pumping on Wednesday, the utility said.",
        },
        "2025-06-14",
    )
    assert len(out["conflicts"]) == 1
    values = sorted(r["value"] for r in out["conflicts"][0]["readings"])
    assert values == ["2025-06-09", "2025-06-11"]


def test_timeline_entry_of_a_span_of_years_carries_its_end():
    out = _timeline({"a": "Grain exports slumped in 2015-16, the ministry said."}, "2018-02-01")
    (entry,) = out["timeline"]
    assert (entry["date"], entry["precision"], entry["until"]) == ("2015", "year", "2016")


def test_a_short_sentence_with_a_participle_for_verb_is_not_a_dateline():
    out = _timeline({"a": "The Ostvik central bank cut interest rates on Monday."}, "2024-06-13")
    assert [(e["date"], e["precision"]) for e in out["timeline"]] == [("2024-06-10", "day")]
