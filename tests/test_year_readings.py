"""Year conflicts: one act or record dated in different years by two articles is a date
conflict; other acts, opposite acts and plans are not (consilience.year_readings)."""

from __future__ import annotations

import pytest

PUB = ["2026-03-02", "2026-03-02"]


@pytest.fixture(scope="module")
def conflicts(make_ctx):
    """``conflicts(text_a, text_b)`` -> the year conflicts of a two-article story."""
    from consilience.year_readings import year_conflicts

    def run(*texts: str) -> list[dict]:
        return year_conflicts(make_ctx(*texts, published=PUB[: len(texts)]))

    return run


def _years(c: dict) -> set[str]:
    return {r["value"] for r in c["readings"]}


def test_a_built_year_read_through_an_apposed_participle_and_a_relative_clause(conflicts):
    found = conflicts(
        "The lighthouse, erected in 1874, lost its lamp in the gale on Sunday.",
        "Storm waves battered the lighthouse, which was erected in 1847, on Sunday night.",
    )
    assert [_years(c) for c in found] == [{"1874", "1847"}]
    assert found[0]["kind"] == "date"
    assert found[0]["subject"] == "The lighthouse, erected in 1874"


def test_a_founding_year_under_two_verbs_of_one_sense(conflicts):
    found = conflicts(
        "The rowing club, founded in 1890, cancelled its spring regatta.",
        "The club was established in 1909 and has about 400 members.",
    )
    assert [_years(c) for c in found] == [{"1890", "1909"}]


def test_a_record_matched_since_different_years(conflicts):
    found = conflicts(
        "Forecasters said it was the heaviest snowfall in the valley since 1962.",
        "It was the valley's heaviest snowfall since 1958, the weather office said.",
    )
    assert [_years(c) for c in found] == [{"1962", "1958"}]


def test_the_last_time_an_act_happened_as_verb_and_as_noun(conflicts):
    found = conflicts(
        "It is the first collapse of the sea cliff since 1931, geologists said.",
        "Geologists said the sea cliff last collapsed in 1913.",
    )
    assert [_years(c) for c in found] == [{"1931", "1913"}]


def test_two_acts_on_one_thing_are_two_properties(conflicts):
    assert not conflicts(
        "The lighthouse was erected in 1874, the harbour trust said.",
        "The lighthouse was automated in 1961, the harbour trust said.",
    )


def test_a_start_and_an_end_are_two_properties(conflicts):
    assert not conflicts(
        "The island ferry service began in 1965.",
        "The island ferry service ended in 1998.",
    )


def test_a_plan_is_not_a_past_act(conflicts):
    assert not conflicts(
        "The observatory opened in 2015 and drew 9,000 visitors last year.",
        "A second observatory will open in 2029, the council said.",
    )


def test_one_year_in_other_words_agrees(conflicts):
    assert not conflicts(
        "The rowing club, founded in 1890, cancelled its spring regatta.",
        "The club was founded in 1890 and has about 400 members.",
    )


def test_each_act_pairs_with_its_counterpart(conflicts):
    found = conflicts(
        "The lighthouse was erected in 1874 and automated in 1961.",
        "The lighthouse, automated in 1961, was erected in 1847 by the harbour trust.",
    )
    assert [_years(c) for c in found] == [{"1874", "1847"}]


def test_the_brief_holds_a_year_conflict_once(make_ctx):
    from consilience.reconcile import build_quantities

    ctx = make_ctx(
        "The rowing club, founded in 1890, cancelled its spring regatta.",
        "The club was established in 1909 and has about 400 members.",
        published=PUB,
    )
    ctx.brief["conflicts"] = []
    dated = [c for c in build_quantities(ctx)["conflicts"] if c["kind"] == "date"]
    assert [_years(c) for c in dated] == [{"1890", "1909"}]
    ctx.brief["conflicts"] = dated
    assert not [c for c in build_quantities(ctx)["conflicts"] if c["kind"] == "date"]


def test_a_year_given_with_its_month_dates_the_same_state(conflicts):
    found = conflicts(
        "The folding scooter, on sale since April 2021, was recalled on Monday.",
        "The scooter has been on sale since 2019, the retailer said on Monday.",
    )
    assert [_years(c) for c in found] == [{"2021", "2019"}]
    texts = {r["text"] for r in found[0]["readings"]}
    assert "since April 2021" in texts
