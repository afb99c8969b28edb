"""Date conflicts and timeline, session 7 (issue #12, dates): one dated act told in other
words -- a state held "since" a date and the act that began it, making a work, discovering a
thing named in other words, dates of other precisions -- while other acts of one subject on
other dates stay apart. Every text here is written for these tests."""

from __future__ import annotations

import pytest
from conftest import reading_values as _values
from conftest import timeline_of as _timeline

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


def test_role_in_apposition_since_and_taking_it_over_conflict():
    tl = _timeline(
        {
            "a": "Lena Stark, managing director since 2017, stepped down on Tuesday.",
            "b": "Stark took over as managing director in 2018, the firm's filings show.",
            "c": "Lena Stark joined the firm as an analyst in 2009.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2017", "b": "2018"}


@pytest.mark.parametrize(
    ("held", "taken"),
    [
        (
            "Ravi Lal has been at the helm of Orbis Bank since 2011.",
            "Ravi Lal took the helm at Orbis Bank in 2013.",
        ),
        (
            "Ilse Beck has chaired the Fenwick board since 2015.",
            "Ilse Beck became chair of the Fenwick board in 2017.",
        ),
        (
            "Omar Said has held the post of harbour master since 2008.",
            "Omar Said was appointed harbour master in 2010.",
        ),
    ],
)
def test_a_role_held_since_and_taken_conflict_joining_does_not(held, taken):
    name = " ".join(held.split()[:2])
    tl = _timeline({"a": held, "b": taken, "c": f"{name} joined the company in 2001."})
    [c] = tl["conflicts"]
    assert sorted(_values(c)) == ["a", "b"]


def test_operating_since_and_opening_conflict():
    tl = _timeline(
        {
            "a": "The Harwick smelter has operated since 1974 and employs 900 people.",
            "b": "The Harwick smelter opened in 1976, according to the company.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1974", "b": "1976"}


def test_living_somewhere_since_dates_the_move_there():
    tl = _timeline(
        {
            "a": "Tomas Berg has lived in Tromsø since 2010, his publisher says.",
            "b": "Tomas Berg moved to Tromsø in 2012 to write.",
            "c": "Tomas Berg moved to Bergen in 2003.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2010", "b": "2012"}


def test_open_since_in_apposition_and_opened_conflict():
    tl = _timeline(
        {
            "a": "Brick Lane's Mirelle cafe, open since 1971, will close in June.",
            "b": "The Mirelle cafe on Brick Lane opened in 1974, its owner says.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1971", "b": "1974"}


# ----------------------------------------------------------- founding


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The Dunlin brewery, founded in 1921, employs 300 people.",
            "The Dunlin brewery was established in 1923 by two brothers.",
        ),
        (
            "The Alder Trust was set up in 2004 by parents of patients.",
            "Founded in 2006, the Alder Trust now runs four hospices.",
        ),
    ],
)
def test_founded_established_set_up_conflict(first, second):
    tl = _timeline({"a": first, "b": second})
    [c] = tl["conflicts"]
    assert sorted(_values(c)) == ["a", "b"]


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


def test_named_kinds_of_one_thing_stay_apart():
    tl = _timeline(
        {
            "a": "Mira Sand painted the Quay Street mural in 1979.",
            "b": "Mira Sand finished the Quay Street mural in 1981.",
            "c": "Mira Sand painted the Dock Road mural in 1984.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1979", "b": "1981"}


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
            "d": "The Arrow footbridge was completed again on Friday after a repaint.",
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


# ----------------------------------------------------------- 2. timeline lines that date no act


@pytest.mark.parametrize(
    "quote",
    [
        "'Every dealer on the coast will have these pictures by tonight,' the inspector said.",
        "‘The pumps should be running again by tomorrow,’ a spokeswoman for the utility said.",
        "The foreman put it simply: 'We finish this wall tonight or we lose it.'",
    ],
)
def test_deictic_words_in_single_marked_quotes_date_nothing(quote):
    tl = _timeline({"a": "Divers searched the harbour on Wednesday.\n\n" + quote})
    assert [e["date"] for e in tl["timeline"]] == ["2026-05-06"]


@pytest.mark.parametrize(
    "signoff",
    [
        "That is it from the live team for today - we will be back tomorrow.",
        "We are ending the live page here for tonight. Thank you for reading.",
        "We will pause our live updates here for today.",
    ],
)
def test_live_blog_signoffs_make_no_entry(signoff):
    tl = _timeline(
        {"a": "Officials shut the Ostby bridge on Thursday after cracks were found.\n\n" + signoff}
    )
    texts = [e["text"] for e in tl["timeline"]]
    assert len(texts) == 1 and "Ostby bridge" in texts[0]


def test_a_first_person_act_is_no_signoff():
    tl = _timeline(
        {
            "a": "Customer notice\n\nWe will close the Ostby branch on Friday and move "
            "its staff to Lerum. We are ending the live page here for tonight."
        }
    )
    assert [e["date"] for e in tl["timeline"]] == ["2026-05-08"]


@pytest.mark.parametrize(
    ("act", "denial"),
    [
        (
            "Mayor Ana Ruiz resigned on Tuesday after the audit was published.",
            "Ana Ruiz refused to resign on Tuesday, her office said.",
        ),
        (
            "The club sacked coach Lev Marin on Monday after the defeat.",
            "On Monday the club did not sack coach Lev Marin, despite the defeat.",
        ),
        (
            "On Tuesday the minister quit over the contracts.",
            "The minister declined to quit on Tuesday over the contracts.",
        ),
        (
            "Chief constable Ines Ward resigned on Friday.",
            "Ines Ward refused on Friday to resign as chief constable.",
        ),
    ],
)
def test_an_act_and_its_denial_are_two_entries(act, denial):
    tl = _timeline({"a": act, "b": denial})
    assert sorted(len(e["articles"]) for e in tl["timeline"]) == [1, 1]


def test_not_since_merges_with_the_last_act_a_denial_does_not():
    tl = _timeline(
        {
            "a": "The Corran ferry has not sailed since 2008.",
            "b": "The Corran ferry last sailed in 2008, before the pier collapsed.",
            "c": "The Corran ferry sailed on Tuesday for a short test run.",
            "d": "The Corran ferry did not sail on Tuesday, the operator said.",
            "e": "The Corran pier failed on Sunday after the storm.",
            "f": "The Corran pier failed early on Sunday after the storm, officials said.",
        }
    )
    entries = sorted(e["articles"] for e in tl["timeline"])
    assert entries == [["a", "b"], ["c"], ["d"], ["e", "f"]]


# ----------------------------------------------------------- 3. the day of publication


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The fire at the Leda depot broke out earlier today.", "2026-05-04"),
        ("Earlier this afternoon officials confirmed that two people died.", "2026-05-04"),
        ("The minister is due to speak later today.", "2026-05-04"),
        ("The ferry ran aground early this morning off Skarv.", "2026-05-04"),
        ("Late last night the bridge reopened to traffic.", "2026-05-03"),
        ("The vote was held late this evening.", "2026-05-04"),
    ],
)
@pytest.mark.parametrize(
    "published", ["2026-05-04", "2026-05-04T00:20:00+02:00", "2026-05-04T23:50:00-04:00"]
)
def test_relative_day_words_resolve_to_the_local_publication_day(nlp, sentence, date, published):
    from consilience.dates import extract_dates
    from consilience.model import Analysis, Article

    art = Article(id="a", source="a.txt", text=sentence, published=published)
    [m] = extract_dates(Analysis(art, nlp(sentence)))
    assert (m.date, m.precision) == (date, "day")
