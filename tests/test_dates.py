"""Dates: resolution of spaCy DATE spans, timeline merge, date conflicts, acceptance."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import load_bench
from conftest import shared_dir as _shared

from consilience.dates import build_timeline, compatible, extract_dates, resolve_span
from consilience.model import Article, DateMention, from_json

ROOT = Path(__file__).resolve().parents[1]
ANCHOR = dt.date(2024, 11, 18)  # a Monday


def resolve(nlp, sentence: str, span_text: str, anchor=ANCHOR):
    doc = nlp(sentence)
    ents = [e for e in doc.ents if span_text in e.text or e.text in span_text]
    ents = [e for e in ents if e.label_ in ("DATE", "TIME")]
    assert ents, f"spaCy found no DATE for {span_text!r} in {sentence!r}: {doc.ents}"
    got = resolve_span(ents[0], anchor)
    return None if got is None else got[:2]


# --------------------------------------------------------------------------- resolution


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        # a bare weekday: past tense -> on or before the publication date, else the next one
        ("The decision was reported by officials on Sunday.", "Sunday", ("2024-11-17", "day")),
        ("The talks will resume on Sunday.", "Sunday", ("2024-11-24", "day")),
        ("The ministers met on Monday.", "Monday", ("2024-11-18", "day")),
        # forward relative durations
        (
            "The administration, slated to take office in two months, wants peace.",
            "two months",
            ("2025-01", "month"),
        ),
        (
            "The incoming administration, slated to take office in just two months, has signaled an intention to cut aid.",
            "just two months",
            ("2025-01", "month"),
        ),
        # month-day without a year, past tense
        (
            "The policy change followed a visit by the minister to Washington on August 30.",
            "August 30",
            ("2024-08-30", "day"),
        ),
        (
            "The New York Times reported on November 17 that it was approved.",
            "November 17",
            ("2024-11-17", "day"),
        ),
        # absolute
        ("Trump takes office on January 20, 2025.", "January 20, 2025", ("2025-01-20", "day")),
        ("The plant opened in 2019.", "2019", ("2019", "year")),
        # a month: past context and a noun phrase both -> the most recent May
        ("The shift comes after a surprise Russian offensive in May.", "May", ("2024-05", "month")),
        (
            "Ukrainian forces defend territory they seized in August.",
            "August",
            ("2024-08", "month"),
        ),
        ("The new law will take effect in May.", "May", ("2025-05", "month")),
        # deictic
        ("Prices rose sharply last week.", "last week", ("2024-11-11", "week")),
        ("The talks collapsed last month.", "last month", ("2024-10", "month")),
        ("He arrived in the city two weeks ago.", "two weeks ago", ("2024-11-04", "week")),
    ],
)
def test_resolves(nlp, sentence, span, expected):
    assert resolve(nlp, sentence, span) == expected


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("For several months, officials remained concerned.", "several months"),
        ("The siege has lasted three years.", "three years"),
        ("The war has escalated over recent months.", "recent months"),
        ("The coming days are likely to be pivotal.", "The coming days"),
        ("It was the first increase in three years.", "three years"),
        ("It happened in the 1990s.", "the 1990s"),
        ("He approaches the final months of his presidency.", "the final months"),
    ],
)
def test_durations_and_vague_spans_are_not_dates(nlp, sentence, span):
    assert resolve(nlp, sentence, span) is None


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("The decision was reported by officials on Sunday.", "Sunday", None),
        ("The policy change followed a visit on August 30.", "August 30", None),
        ("Prices rose sharply last week.", "last week", None),
        ("Trump takes office on January 20, 2025.", "January 20, 2025", ("2025-01-20", "day")),
        ("The dam failed on 16 March 2025.", "16 March 2025", ("2025-03-16", "day")),
        ("The plant opened in 2019.", "2019", ("2019", "year")),
        ("The report was published in May 2024.", "May 2024", ("2024-05", "month")),
    ],
)
def test_without_publication_date_only_absolute_dates(nlp, sentence, span, expected):
    assert resolve(nlp, sentence, span, anchor=None) == expected


def test_quoted_today_is_not_the_publication_day(nlp):
    doc = nlp('He said: "Today, there is much talk about it." Officials met today.')
    dates = [resolve_span(e, ANCHOR) for e in doc.ents if e.label_ == "DATE"]
    assert [d[:2] for d in dates if d] == [("2024-11-18", "day")]


def test_extract_dates_fields_and_round_trip(nlp):
    from consilience.analyse import analyse

    text = (
        "Officials said on Sunday that the bridge would reopen.\n"
        "It first opened in 2019, and repairs began on August 30."
    )
    art = Article(id="a1", source="a1.txt", text=text, published="2024-11-18")
    (analysis,) = analyse([art])
    dates = extract_dates(analysis)
    assert [(d.date, d.precision) for d in dates] == [
        ("2024-11-17", "day"),
        ("2019", "year"),
        ("2024-08-30", "day"),
    ]
    for d in dates:
        assert text[d.start : d.end] == d.text
        assert d.sentence >= 0
        assert from_json(DateMention, json.loads(json.dumps(dataclasses.asdict(d)))) == d
    art2 = dataclasses.replace(art, published=None)
    (analysis2,) = analyse([art2])
    assert [(d.date, d.precision) for d in extract_dates(analysis2)] == [("2019", "year")]


def test_compatible():
    assert compatible(("2025-01", "month"), ("2025-01-20", "day"))
    assert not compatible(("2025-02", "month"), ("2025-01-20", "day"))
    assert compatible(("2024-11-11", "week"), ("2024-11-15", "day"))
    assert not compatible(("2024-11-11", "week"), ("2024-11-18", "day"))
    assert compatible(("2024", "year"), ("2024-05", "month"))


# --------------------------------------------------------------------------- timeline


def _ctx(texts: dict[str, str], published="2024-11-18"):
    bench = load_bench("corpora")
    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return bench.build_context(arts)


def test_timeline_merges_same_event_across_articles():
    ctx = _ctx(
        {
            "a": "President Joe Biden has approved the use of the missiles, the New York Times reported on November 17. "
            "The incoming Trump administration, slated to take office in just two months, wants to cut aid.",
            "b": "This decision, which was reported by officials on Sunday, allows strikes inside Russia. "
            "The move arrives shortly before President-elect Donald Trump takes office on January 20, 2025.",
        }
    )
    out = build_timeline(ctx)
    tl = out["timeline"]
    by_date = {e["date"]: e for e in tl}
    assert "2024-11-17" in by_date and by_date["2024-11-17"]["articles"] == ["a", "b"]
    trump = by_date.get("2025-01-20")
    assert trump is not None and trump["articles"] == ["a", "b"] and trump["precision"] == "day"
    assert len(tl) == 2
    assert [e["date"] for e in tl] == sorted(e["date"] for e in tl)
    texts = {a.article.id: a.article.text for a in ctx.analyses}
    for e in tl:
        assert set(e) >= {"date", "precision", "text", "articles", "citation", "citations"}
        c = e["citation"]
        assert texts[c["article"]][c["start"] : c["end"]] == e["text"]
        assert len(e["citations"]) == 2
    assert out["conflicts"] == []


def test_date_conflict_majority_and_outlier():
    ctx = _ctx(
        {
            "a": "The Ashford Cross bridge over the Wend reopened to traffic on March 3.",
            "b": "The Ashford Cross bridge over the Wend reopened to traffic on March 3, officials said.",
            "c": "The Ashford Cross bridge over the Wend was reopened to traffic on March 5.",
        },
        published="2025-03-10",
    )
    out = build_timeline(ctx)
    assert len(out["conflicts"]) == 1
    conflict = out["conflicts"][0]
    assert conflict["kind"] == "date"
    assert conflict["majority"] == ["a", "b"]
    assert conflict["outliers"] == ["c"]
    values = sorted({(r["article"], r["value"]) for r in conflict["readings"]})
    assert values == [("a", "2025-03-03"), ("b", "2025-03-03"), ("c", "2025-03-05")]
    for r in conflict["readings"]:
        assert set(r) >= {"article", "text", "value", "precision", "citation"}


def test_different_events_on_different_dates_are_not_conflicts():
    ctx = _ctx(
        {
            "a": "The dam failed on Sunday after days of rain. Governor Marsh declared an emergency on Sunday.",
            "b": "Rescuers found two more bodies on Monday in flooded farmland.",
        },
        published="2025-03-17",
    )
    out = build_timeline(ctx)
    assert out["conflicts"] == []
    assert {e["date"] for e in out["timeline"]} == {"2025-03-16", "2025-03-17"}


def test_timeline_deterministic():
    texts = {
        "a": "Officials said on Sunday that the bridge would reopen in May.",
        "b": "The bridge, built in 1962, was closed last week.",
    }
    one = json.dumps(build_timeline(_ctx(texts)), sort_keys=True)
    two = json.dumps(build_timeline(_ctx(texts)), sort_keys=True)
    assert one == two


# --------------------------------------------------------------------------- acceptance


@pytest.fixture(scope="session")
def seeds_ctx(bench):
    if _shared() is None:
        pytest.skip("../shared is not present")
    return bench.build_context(bench.seed_articles())


@pytest.mark.shared
def test_seeds_timeline(seeds_ctx, bench):
    gold = bench.seeds_gold()
    out = build_timeline(seeds_ctx)
    res = bench.timeline_recall(
        gold["timeline"], out["timeline"], {a: a for a in seeds_ctx.story.articles}
    )
    assert res["found"] >= 4, res
    by_date = {e["date"]: e for e in out["timeline"]}
    assert by_date["2024-11-17"]["articles"] == ["001", "002"]
    assert by_date["2025-01-20"]["articles"] == ["000", "002"]
    assert out["conflicts"] == []


def test_demo_timeline(bench):
    gold = bench.load_gold("demo")
    arts = bench.demo_articles()
    if not gold or not arts:
        pytest.skip("demo corpus or its gold annotation is absent")
    ctx = bench.build_context(arts)
    out = build_timeline(ctx)
    key_of = {a.id: bench.gold_key(a) for a in arts}
    res = bench.timeline_recall(gold["timeline"], out["timeline"], key_of)
    assert res["found"] >= len(gold["timeline"]) - 4, res
    report = [e for e in out["timeline"] if e["date"] == "2024-05"]
    assert report and len(report[0]["articles"]) >= 4
