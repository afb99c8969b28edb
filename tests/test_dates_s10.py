"""Date conflicts and the timeline on unseen text, session 10 (issue #12, dates): an earlier
occurrence named after a repeat ("the third derailment in five years, after ... in 2019") or
told in a "when" clause of its date ("last had an accident in 2020, when a train ...") is
one dated act; the next occurrence of a scheduled act ("the next hearing on ...") dated
differently is a conflict; a thing built (launched, founded) once, named in one article and
told by its kind in another, is one thing; rows with different ordinals ("the third" /
"the fourth") are two rows; a row's text is a whole clause. Every text here is written for
these tests, in domains (railways, breweries, courts, choirs, observatories, lifeboats,
orchards) of no bench set."""

from __future__ import annotations

from conftest import reading_values as _values
from conftest import timeline_of as _timeline

# ------------------------------------------------- an earlier occurrence, dated differently


def test_after_an_earlier_one_following_a_repeat_and_a_when_clause_conflict():
    tl = _timeline(
        {
            "a": "It was the third derailment on the Vesk line in five years, after a freight "
            "train left the tracks near Orlo in 2019.",
            "b": "The line last had a serious incident in 2020, when a freight train left the "
            "tracks near Orlo.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2019", "b": "2020"}


def test_following_an_earlier_fire_and_a_when_clause_fire_conflict():
    tl = _timeline(
        {
            "a": "Firefighters said it was the second blaze at the Halden brewery in a decade, "
            "following a fire in 2017, and that the cause was not yet known.",
            "b": "The brewery was last hit in 2015, when a fire spread from a kiln into the "
            "warehouse.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2017", "b": "2015"}


def test_an_act_in_the_when_clause_names_what_happened_in_that_year():
    tl = _timeline(
        {
            "a": "The choir has been abroad before: it last performed outside the country in "
            "2011, when it sang in four cathedrals.",
            "b": "It is the choir's second foreign tour in twenty years, after it sang in "
            "cathedrals in 2009.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2011", "b": "2009"}


def test_a_repeat_dates_only_what_follows_after_not_todays_act_or_other_acts():
    tl = _timeline(
        {
            "a": "It was the third derailment on the Vesk line in five years; a freight train "
            "left the tracks on Monday.",
            "b": "A new timetable came into force on the line in 2021.",
            "c": "Engineers replaced the signals near Orlo in 2019.",
        }
    )
    assert tl["conflicts"] == []


# ------------------------------------------------- the next occurrence of a scheduled act


def test_the_next_hearing_and_the_next_session_dated_differently_conflict():
    tl = _timeline(
        {
            "a": "The court's next hearing in the case will be held on 14 May.",
            "b": "Judges are expected to hear more evidence at the next session on May 21.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-05-14", "b": "2026-05-21"}
    [row] = [e for e in tl["timeline"] if e.get("disputed")]
    assert sorted(d["date"] for d in row["dates"]) == ["2026-05-14", "2026-05-21"]


def test_the_next_viewing_night_is_due_and_the_upcoming_one_conflict():
    tl = _timeline(
        {
            "a": "The observatory's next viewing night is due on Tuesday 9 June.",
            "b": "The observatory said visitors can come to the upcoming viewing night on June 16.",
            "c": "Its next viewing night is scheduled for 9 June, the trust confirmed.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-06-09", "b": "2026-06-16", "c": "2026-06-09"}
    assert c["outliers"] == ["b"]


def test_one_next_occurrence_and_another_planned_act_are_two_rows():
    tl = _timeline(
        {
            "a": "The court's next hearing in the case will be held on 14 May.",
            "b": "The defendant will appeal to the regional court on May 21.",
            "c": "Lawyers for the family met the prosecutor on Monday.",
        }
    )
    assert tl["conflicts"] == []


def test_the_same_next_date_in_two_articles_is_one_row_not_a_conflict():
    tl = _timeline(
        {
            "a": "The lifeboat station's next open day will be held on 14 June.",
            "b": "Its next open day is due on June 14, the charity said.",
        }
    )
    assert tl["conflicts"] == []


# ------------------------------------------ one thing, named in one article, told by its kind


def test_a_lifeboat_named_and_told_by_its_kind_built_in_two_years_conflict():
    tl = _timeline(
        {
            "a": "Crews launched the lifeboat Nordlys at dawn. The Nordlys, built in 1987, "
            "carried six volunteers.",
            "b": "The lifeboat, built in 1991, is the oldest still in service on the coast.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1987", "b": "1991"}


def test_an_orchard_press_named_by_apposition_and_by_its_kind_conflict():
    tl = _timeline(
        {
            "a": "Greta, the cider press at the Lund orchard, broke down during the harvest. "
            "Greta, installed in 2004, had never failed before.",
            "b": "The press, installed in 2006, is the pride of the farm shop and draws school "
            "groups every autumn.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2004", "b": "2006"}


def test_another_thing_of_the_kind_or_another_act_is_no_conflict():
    tl = _timeline(
        {
            "a": "Crews launched the lifeboat Nordlys at dawn. The Nordlys, built in 1987, "
            "carried six volunteers.",
            "b": "The station's boathouse, built in 1991, was flooded.",
            "c": "The lifeboat was repainted in 1995 by volunteers.",
        }
    )
    assert tl["conflicts"] == []


# ------------------------------------------------------ rows: ranks and whole clauses


def test_the_third_and_the_fourth_on_one_day_are_two_rows():
    tl = _timeline(
        {
            "a": "Today's closure of the Brenn pass is the third this year.",
            "b": "It is the fourth closure of the Brenn pass this year, the road agency said.",
        }
    )
    assert len(tl["timeline"]) == 2
    assert all(len(e["articles"]) == 1 for e in tl["timeline"])


def test_the_same_rank_in_two_articles_is_one_row():
    tl = _timeline(
        {
            "a": "Today's closure of the Brenn pass is the third this year.",
            "b": "The road agency closed the Brenn pass today for the third time this year.",
        }
    )
    assert [e["articles"] for e in tl["timeline"]] == [["a", "b"]]


def test_a_row_of_a_participle_is_the_whole_clause_it_sits_in():
    text = (
        "The Nordlys, refitted in 2012, answered more than forty calls last year. "
        "Most volunteers trained by the station in March had never been to sea."
    )
    tl = _timeline({"a": text})
    texts = {e["date"]: e["text"] for e in tl["timeline"]}
    assert (
        texts["2012"] == "The Nordlys, refitted in 2012, answered more than forty calls last year"
    )
    assert texts["2026-03"] == (
        "Most volunteers trained by the station in March had never been to sea"
    )
    for e in tl["timeline"]:
        c = e["citation"]
        assert text[c["start"] : c["end"]] == e["text"]


def test_a_coordinated_verb_without_its_subject_takes_the_clause_with_it():
    tl = _timeline({"a": "The museum will be shut on Friday and will reopen on Monday at noon."})
    texts = {e["date"]: e["text"] for e in tl["timeline"]}
    assert texts["2026-05-11"].startswith("The museum will be shut on Friday and will reopen")


def test_a_whole_clause_row_is_left_as_it_is():
    tl = _timeline({"a": "The orchard's new press was installed in 2019."})
    [row] = tl["timeline"]
    assert row["text"] == "The orchard's new press was installed in 2019"


# ------------------------------------------- a state held until a date and the act ending it


def test_shut_until_one_day_and_reopening_on_another_conflict():
    tl = _timeline(
        {
            "a": "The Kessel observatory will stay shut until Tuesday while engineers inspect "
            "the dome.",
            "b": "The Kessel observatory will reopen to visitors on Saturday, its director said.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-05-12", "b": "2026-05-09"}


def test_closed_until_and_open_again_on_the_same_day_is_no_conflict():
    tl = _timeline(
        {
            "a": "The Kessel observatory will remain closed until Tuesday.",
            "b": "The Kessel observatory will open again on Tuesday, its director said.",
        }
    )
    assert tl["conflicts"] == []


def test_closed_until_one_day_and_another_planned_act_is_no_conflict():
    tl = _timeline(
        {
            "a": "The Kessel observatory will remain closed until Tuesday.",
            "b": "The Kessel observatory will publish its survey on Saturday.",
        }
    )
    assert tl["conflicts"] == []


# ------------------------------------------------------------------- a week is a span


def test_a_week_row_is_shown_as_a_week_not_as_its_monday():
    from consilience import render_html, render_md

    text = "Most orchard owners surveyed by the growers' union last week expected a poor crop."
    tl = _timeline({"a": text})
    [row] = tl["timeline"]
    assert (row["date"], row["precision"]) == ("2026-04-27", "week")
    md = render_md._Md({"timeline": tl["timeline"]}, [], {"a": "A1"}, {"a": "A1"})
    md.notes = render_md._Notes({"a": text}, {"a": "A1"})
    [line] = render_md._timeline_md(md)
    assert line.startswith("- **week of 2026-04-27**")
    assert render_html._fmt_date("2026-04-27", "week") == "week of Mon 27 Apr 2026"
    assert render_html._fmt_date("2026-04-27", "day") == "Mon 27 Apr 2026"


def test_an_infinitive_or_a_relative_clause_row_takes_its_whole_clause():
    text = (
        "The trust expects the Nordlys to return to service in August. "
        "The storm hit a coast that has not lost a lifeboat since 1962."
    )
    tl = _timeline({"a": text})
    texts = {e["date"]: e["text"] for e in tl["timeline"]}
    assert texts["2026-08"] == "The trust expects the Nordlys to return to service in August"
    assert texts["1962"] == "The storm hit a coast that has not lost a lifeboat since 1962"
