"""Dates (session 20): a weekday that names a kind of day ("on an ordinary Friday", "every
Monday", "a Saturday pass") resolves to no date. Sentences written for these tests (a
ferry timetable, a swimming pool, a museum), not from the annotated sets."""

from __future__ import annotations

import datetime as dt

import pytest

from consilience.dates import resolve_span

ANCHOR = dt.date(2026, 3, 11)  # a Wednesday


def _resolve(nlp, sentence: str, day: str):
    doc = nlp(sentence)
    ents = [e for e in doc.ents if day in e.text and e.label_ in ("DATE", "TIME")]
    if not ents:
        return None  # spaCy found no date at all: nothing to resolve
    got = resolve_span(ents[0], ANCHOR)
    return None if got is None else got[:2]


@pytest.mark.parametrize(
    "sentence, day",
    [
        (
            "The real question is whether the ferry can fill its decks on an ordinary Friday.",
            "Friday",
        ),
        ("The pool opens its outdoor lanes every Monday from May.", "Monday"),
        ("Visitors who buy a Saturday pass can enter the museum twice.", "Saturday"),
        ("Nobody expects a queue like that on a normal Thursday morning.", "Thursday"),
    ],
)
def test_a_kind_of_day_is_no_date(nlp, sentence, day):
    assert _resolve(nlp, sentence, day) is None


@pytest.mark.parametrize(
    "sentence, day, expected",
    [
        ("The ferry was cancelled on Friday after the storm.", "Friday", ("2026-03-06", "day")),
        ("The pool will reopen on Monday, the council said.", "Monday", ("2026-03-16", "day")),
        ("The museum closed last Saturday for repairs.", "Saturday", ("2026-03-07", "day")),
    ],
)
def test_one_named_day_still_resolves(nlp, sentence, day, expected):
    assert _resolve(nlp, sentence, day) == expected


# --------------------------------------------------------------------------- planned days

FEB = dt.date(2026, 2, 20)  # a Friday


def _resolve_on(nlp, sentence: str, text: str, anchor: dt.date):
    from consilience.dates import _date_spans

    doc = nlp(sentence)
    spans = [s for s in _date_spans(doc) if text in s.text]
    assert spans, f"no date span holding {text!r} in {sentence!r}"
    got = resolve_span(spans[0], anchor)
    return None if got is None else got[:2]


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # the day a called or announced event is for lies ahead of the report
        ("The nurses' union has called a walkout for March 3.", "March 3", ("2026-03-03", "day")),
        ("Dock workers have announced a walkout on 3 March.", "3 March", ("2026-03-03", "day")),
        # a weekday and its date set off by a comma are one date: the weekday fixes the year
        (
            "The dockers' union has called a two-day national walkout for Thursday, Dec. 10.",
            "Dec. 10",
            ("2026-12-10", "day"),
        ),
        # a past act keeps its past date
        ("The company announced a recall on 3 February.", "3 February", ("2026-02-03", "day")),
    ],
)
def test_day_of_a_called_event(nlp, sentence, text, expected):
    assert _resolve_on(nlp, sentence, text, FEB) == expected


# --------------------------------------------------------------------------- conflicts


def _timeline(bench, texts: dict[str, str], published: str):
    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(bench.build_context(arts))


def test_a_called_walkout_dated_two_ways_is_a_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "Air traffic controllers in Verna have called a 24-hour walkout for March 3. "
            "Flights will be cut by half.",
            "b": "The controllers' union has announced a 24-hour walkout on 3 March over pay.",
            "c": "The controllers' 24-hour walkout will take place on March 5, the union says.",
        },
        "2026-02-20",
    )
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, out["conflicts"]
    assert found[0]["majority"] == ["a", "b"] and found[0]["outliers"] == ["c"]
    rows = [r for r in out["timeline"] if r.get("disputed")]
    assert len(rows) == 1 and rows[0]["articles"] == ["a", "b", "c"]


def test_one_state_since_two_years_is_a_conflict(bench):
    out = _timeline(
        bench,
        {
            "a": "The Harrow Point lighthouse has been guarded by volunteers since 2014, "
            "the trust said.",
            "b": "The lighthouse is a landmark. It has been protected by volunteers since "
            "2017, when the trust bought the headland.",
        },
        "2026-02-20",
    )
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, out["conflicts"]
    assert sorted(r["value"] for r in found[0]["readings"]) == ["2014", "2017"]


def test_states_of_two_things_since_two_years_stay_apart(bench):
    out = _timeline(
        bench,
        {
            "a": "The Harrow Point lighthouse has been guarded by volunteers since 2014.",
            "b": "The harbour wall has been protected since 2017, when the trust bought it.",
        },
        "2026-02-20",
    )
    assert out["conflicts"] == []


def test_one_target_reached_by_two_years_is_a_conflict(bench):
    # a tax brought to one rate: "cut ... to 19 percent by 2029" / "is to fall to 19 percent"
    out = _timeline(
        bench,
        {
            "a": "The budget cuts the corporate tax rate to 19 percent by 2029, the finance "
            "ministry said.",
            "b": "Under the budget, the corporate tax rate will fall to 19 percent by 2029.",
            "c": "Under the plan, the corporate tax rate is to reach 19 percent by 2031.",
        },
        "2026-02-20",
    )
    found = [c for c in out["conflicts"] if c["kind"] == "date"]
    assert len(found) == 1, out["conflicts"]
    assert found[0]["majority"] == ["a", "b"] and found[0]["outliers"] == ["c"]


def test_two_figures_reached_by_two_years_stay_apart(bench):
    out = _timeline(
        bench,
        {
            "a": "The budget cuts the corporate tax rate to 19 percent by 2029.",
            "b": "Under the plan, the corporate tax rate is to reach 17 percent by 2031.",
        },
        "2026-02-20",
    )
    assert out["conflicts"] == []


def test_a_dash_taken_into_a_datelines_date_leaves_no_timeline_line(bench):
    out = _timeline(
        bench,
        {
            "a": "Kelmouth, 12 March 2026 - Today we are proud to open the new ferry terminal "
            "to passengers, two years after work began.",
        },
        "2026-03-12",
    )
    assert not [e for e in out["timeline"] if e["text"].startswith("Kelmouth")], out["timeline"]
