"""Date conflicts and timeline, session 7 (issue #12, dates): one dated act told in other
words -- a state held "since" a date and the act that began it, making a work, discovering a
thing named in other words, dates of other precisions -- while other acts of one subject on
other dates stay apart. Every text here is written for these tests."""

from __future__ import annotations

import pytest

THURSDAY = "2026-05-07"


def _timeline(texts: dict[str, str], published: str = THURSDAY) -> dict:
    from conftest import load_bench

    from consilience.dates import build_timeline
    from consilience.model import Article

    arts = [Article(id=k, source=f"{k}.txt", text=v, published=published) for k, v in texts.items()]
    return build_timeline(load_bench("corpora").build_context(arts))


def _values(conflict: dict) -> dict[str, str]:
    return {r["article"]: r["value"] for r in conflict["readings"]}


# ----------------------------------------------------------- a state held since a date


def test_in_operation_since_and_commissioned_conflict():
    tl = _timeline(
        {
            "a": "The Kestrel radar at Brora has been in operation since 2004, the ministry said.",
            "b": "The Kestrel radar at Brora was commissioned in 2006 and is due for renewal.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2004", "b": "2006"}


def test_in_use_since_apposition_and_opened_conflict():
    tl = _timeline(
        {
            "a": "The Dunmore tram line, in use since 1998, will shut for repairs in June.",
            "b": "The Dunmore tram line opened in 1996 and carries 20,000 riders a day.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1998", "b": "1996"}


def test_relative_clause_in_service_and_introduced_conflict():
    tl = _timeline(
        {
            "a": "The ticketing software, which has been in service since 2012, crashed again.",
            "b": "Rail officials said the ticketing software was introduced in 2014.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2012", "b": "2014"}


def test_in_custody_since_and_arrested_conflict():
    tl = _timeline(
        {
            "a": "Detectives arrested Piotr Vell on March 2 at his flat in Lodz.",
            "b": "Piotr Vell has been in custody since March 4, his lawyer said.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-03-02", "b": "2026-03-04"}


def test_record_that_has_stood_and_record_set_conflict():
    tl = _timeline(
        {
            "a": "Her national record of 14.21 seconds has stood since 2015.",
            "b": "She set the national record of 14.21 seconds in Bergen in 2017.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2015", "b": "2017"}


def test_record_participle_and_record_held_since_conflict():
    tl = _timeline(
        {
            "a": "The course record, set in 2019 by a Finnish skier, fell on Sunday.",
            "b": "The course record had held since 2021 until Sunday's race.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2019", "b": "2021"}


def test_other_states_and_records_of_one_subject_stay_apart():
    tl = _timeline(
        {
            "a": "The Mercer Gallery has been closed since 2021 for a roof repair.",
            "b": "The Mercer Gallery, which has been open to visitors since 1966, owns 400 "
            "paintings.",
            "c": "Ines Toll set the world record in 2021 and has held the European record "
            "since 2018.",
            "d": "The Mercer Gallery opened in 1964.",
        }
    )
    [c] = tl["conflicts"]  # only the opening: opened in 1964 / open since 1966
    assert _values(c) == {"b": "1966", "d": "1964"}


# ----------------------------------------------------------- making a work


def test_painted_and_completed_conflict():
    tl = _timeline(
        {
            "a": "The stolen canvas, Harbour at Dusk, was painted in 1902 by Osk Varr.",
            "b": "Osk Varr completed Harbour at Dusk in 1905, shortly before he left for Paris.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1902", "b": "1905"}


def test_made_in_a_relative_clause_names_the_same_work():
    tl = _timeline(
        {
            "a": "Varr painted Harbour at Dusk in 1902, the catalogue says.",
            "b": "Harbour at Dusk, which Varr made in 1906, hung in the east gallery.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1902", "b": "1906"}


def test_written_and_finished_conflict_other_works_do_not():
    tl = _timeline(
        {
            "a": "The novel Grey Water was written in 1961 in a rented room in Hull.",
            "b": "Tova Reim finished Grey Water in 1964 and published it a year later.",
            "c": "Tova Reim wrote Salt Roads in 1958.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1961", "b": "1964"}


# ----------------------------------------------------------- discovering a thing


def test_discovered_and_noticed_in_other_words_conflict():
    tl = _timeline(
        {
            "a": "The bank discovered the fraud on March 2 and alerted the police.",
            "b": "Vantor Bank first noticed the theft on March 12, according to court papers.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-03-02", "b": "2026-03-12"}


def test_discovering_other_things_is_no_conflict_but_the_same_thing_is():
    tl = _timeline(
        {
            "a": "Engineers detected the leak on April 9 during a routine check.",
            "b": "The crack in the dam wall was spotted on April 19.",
            "c": "Inspectors found the leak in March, the utility said.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-04-09", "c": "2026-03"}


# ----------------------------------------------------------- precision


def test_year_and_month_that_disagree_conflict():
    tl = _timeline(
        {
            "a": "The Arrow footbridge was completed in 1931, the council says.",
            "b": "The Arrow footbridge was completed in May 1932 after a long strike.",
            "c": "The Arrow footbridge was completed in 1932, according to the museum.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1931", "b": "1932-05", "c": "1932"}
    assert c["outliers"] == ["a"]


@pytest.mark.parametrize(
    "other",
    [
        "Piet Holm was born in 1970 in Delft.",
        "Piet Holm joined the city council in 2011.",
    ],
)
def test_other_acts_of_one_person_do_not_conflict(other):
    tl = _timeline(
        {
            "a": "Mayor Piet Holm has been in office since 2019.",
            "b": "Piet Holm took office in 2020 after a close vote.",
            "c": other,
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2019", "b": "2020"}
