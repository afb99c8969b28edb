"""consilience.dated_figures: the period a figure's sentence dates it to, and when two
figures' moments cannot meet or are long over."""

from __future__ import annotations

from consilience.dated_figures import after_report, apart, sentence_period, settled
from consilience.model import DateMention


def _mention(date: str, precision: str, sentence: int = 3) -> DateMention:
    return DateMention(article="a", start=0, end=4, text="x", date=date, precision=precision,
                       sentence=sentence)  # fmt: skip


def test_sentence_period_spans_its_own_dates_only():
    dates = [_mention("2045-07", "month"), _mention("2044-01-02", "day", sentence=1)]
    assert sentence_period(dates, 3) == ("2045-07-01", "2045-07-31")
    assert sentence_period(dates, 2) is None


def test_a_period_after_a_report_cannot_meet_it():
    july = ("2045-07-01", "2045-07-31")
    assert after_report(july, "2044-07-19")
    assert apart(july, "2045-09-16", None, "2044-07-19")
    assert not apart(july, "2045-09-16", None, "2045-08-01")  # written after July began


def test_a_dated_past_against_a_later_undated_report_stays_comparable():
    assert not apart(("2044-07-13", "2044-07-13"), "2044-07-19", None, "2045-09-16")


def test_settled_needs_every_figure_dated_long_before_the_first_report():
    january = ("2045-01-01", "2045-01-31")
    assert settled([january, january], ["2045-02-27", "2045-03-14"])
    assert not settled([january, None], ["2045-02-27", "2045-03-14"])
    assert not settled([january, january], ["2045-02-05", "2045-03-14"])


def test_a_period_ahead_of_its_own_report_is_a_plan():
    march = ("2027-03-01", "2027-03-31")
    assert not apart(march, "2026-11-26", None, "2026-11-20")


def test_a_day_is_too_fine_to_set_figures_apart():
    assert not apart(("2045-07-20", "2045-07-20"), "2045-09-16", None, "2044-07-19")
