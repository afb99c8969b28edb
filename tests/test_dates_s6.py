"""Date conflicts and timeline on real-style coverage (issue #12, session 6): one dated act
told with different verbs (act classes, the last occurrence of an act, event nouns), day
conflicts told in other words, days of statements and datelines, timeline lines that date
no event, and past requests ("asked her to step down on Tuesday")."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import reading_values as _values
from conftest import timeline_of as _timeline

# ----------------------------------------------------------------- 1. year conflicts


def test_last_occurrence_worded_three_ways_conflicts():
    tl = _timeline(
        {
            "a": "Dockers at Port Ennis walked out on Monday in the port's first dock strike "
            "since 1987.",
            "b": "The last time dockers at Port Ennis went on strike was in 1987.",
            "c": "Dockers at Port Ennis last struck in 1991, according to the union.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1987", "b": "1987", "c": "1991"}
    assert c["outliers"] == ["c"]


def test_first_since_conflict_cites_its_noun_phrase():
    tl = _timeline(
        {
            "a": "Fishers in Dolan blocked the harbour on Friday in the town's first fishing "
            "protest since 1993.",
            "b": "It was the first fishing protest in Dolan since 1999, the harbour master said.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1993", "b": "1999"}
    assert c["subject"] == "the town's first fishing protest since 1993"


def test_not_since_dates_the_last_act():
    tl = _timeline(
        {
            "a": "The Corran ferry has not sailed since 2008.",
            "b": "The last time the Corran ferry sailed was in 2010, before the pier collapsed.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2008", "b": "2010"}


def test_holding_a_role_since_and_taking_it_over_conflict():
    tl = _timeline(
        {
            "a": "Hana Brel has been head coach of Ostrow United since 2021.",
            "b": "Brel took over as head coach of Ostrow United in 2022 after a spell in Spain.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2021", "b": "2022"}


def test_joining_and_becoming_chief_are_two_acts():
    tl = _timeline(
        {
            "a": "Hana Brel has been head coach of Ostrow United since 2021.",
            "b": "Brel took over as head coach of Ostrow United in 2022.",
            "c": "Hana Brel joined Ostrow United in 2016 as a youth coach.",
        }
    )
    [c] = tl["conflicts"]  # the role taken, not the joining
    assert _values(c) == {"a": "2021", "b": "2022"}


def test_built_and_completed_years_conflict():
    tl = _timeline(
        {
            "a": "The Kessel Point lighthouse was built in 1872 by the harbour board.",
            "b": "The lighthouse at Kessel Point, completed in 1869, was automated decades ago.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1872", "b": "1869"}


def test_found_and_spotted_years_conflict():
    tl = _timeline(
        {
            "a": "The wreck of the Malin was found by sport divers in 2004.",
            "b": "Sport divers spotted the wreck of the Malin in 2006 off the north cape.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2004", "b": "2006"}


def test_entered_service_and_launched_years_conflict():
    tl = _timeline(
        {
            "a": "The Dunmere tram line entered service in 1962.",
            "b": "The Dunmere tram line was launched in 1965 to replace the old buses.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1962", "b": "1965"}


def test_sworn_in_and_taking_office_days_conflict():
    tl = _timeline(
        {
            "a": "Ilse Marr will be sworn in on June 2, according to the council's timetable.",
            "b": "If the count stands, Marr will take office on June 9, the Herald understands.",
        },
        published="2026-04-20",
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-06-02", "b": "2026-06-09"}


def test_opened_by_relative_pronoun_conflicts():
    tl = _timeline(
        {
            "a": "The bakery plant, which opened in 1979, employs 300 people.",
            "b": "Corlin Foods, which opened the bakery plant in 1981, said it would rebuild.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "1979", "b": "1981"}


def test_other_parts_built_in_other_years_do_not_conflict():
    tl = _timeline(
        {
            "a": "The east wing of Harlow Hall was built in 1890.",
            "b": "The west wing of Harlow Hall was completed in 1912.",
            "c": "Harlow Hall's east wing, finished in 1893, now houses the library.",
        }
    )
    [c] = tl["conflicts"]  # the east wing only
    assert _values(c) == {"a": "1890", "c": "1893"}


# ----------------------------------------------------------------- 2. day conflicts


def test_night_and_early_hours_of_the_next_day_conflict():
    tl = _timeline(
        {
            "a": "HALDEN, May 7 (NWS) - Hundreds of eels died in the Orrin canal after a diesel "
            "spill from the Benmore depot late on Monday, the water board said on Wednesday.",
            "b": "Diesel poured out of a ruptured pipe at the Benmore depot in the early hours "
            "of Tuesday, the firm confirmed.",
            "c": "About 8,000 litres of diesel leaked from the Benmore depot on Monday night "
            "after a pipe burst.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-05-04", "b": "2026-05-05", "c": "2026-05-04"}
    assert c["outliers"] == ["b"]
    assert not c["subject"].startswith("HALDEN")


def test_noun_misread_as_verb_keeps_the_event_verb():
    tl = _timeline(
        {
            "a": "Resin leaked from a cracked vat at the Kelso Paper plant late on Monday.",
            "b": "The resin, a glue used in board making, poured out of a vat at the Kelso Paper "
            "works in the early hours of Tuesday, the company confirmed.",
        }
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-05-04", "b": "2026-05-05"}


def test_month_days_of_the_first_case_conflict():
    tl = _timeline(
        {
            "a": "The first infection was confirmed on Oct. 4 in a student back from a trip, "
            "the clinic said.",
            "b": "The cluster began with an infection confirmed on Oct. 14, in a student back "
            "from a trip.",
        },
        published="2026-10-29",
    )
    [c] = tl["conflicts"]
    assert _values(c) == {"a": "2026-10-04", "b": "2026-10-14"}


def test_first_and_second_case_do_not_conflict():
    tl = _timeline(
        {
            "a": "The first infection was confirmed on Oct. 4, the clinic said.",
            "b": "A second infection was confirmed on Oct. 14, the clinic said.",
            "c": "The cluster began with an infection confirmed on Oct. 9.",
        },
        published="2026-10-29",
    )
    [c] = tl["conflicts"]  # the first infection only
    assert _values(c) == {"a": "2026-10-04", "c": "2026-10-09"}


# ----------------------------------------------------------------- 3. statements, datelines


def test_days_of_statements_are_not_timeline_events():
    tl = _timeline(
        {
            "a": "The Orrin canal reopened to boats on Monday, the water board said on Wednesday.",
            "b": "The canal is open again, a board spokeswoman told reporters on Thursday.",
        }
    )
    assert {e["date"] for e in tl["timeline"]} == {"2026-05-04"}
    assert tl["conflicts"] == []


def test_event_clause_starts_after_the_dateline():
    tl = _timeline(
        {"a": "HALDEN, May 7 (NWS) - Road crews reopened the Orrin bridge on Tuesday after "
              "three weeks of repairs."}
    )  # fmt: skip
    [e] = tl["timeline"]
    assert e["text"].startswith("Road crews reopened")


@pytest.mark.parametrize(
    "dateline",
    ["MARLOW, May 7, 2026 -- ", "May 7 (NWS) - ", "Marlow, May 7 (Halden Post) — "],
)
def test_unmarked_datelines_date_no_event(dateline):
    tl = _timeline({"a": f"{dateline}Road crews reopened the Orrin bridge after three weeks."})
    assert tl["timeline"] == []


# ----------------------------------------------------------------- 4. timeline lines


def test_reader_lines_make_no_timeline_entry():
    tl = _timeline(
        {
            "a": "Welcome to our live coverage of today's council vote in Halden.\n\n"
            "Councillors approved the new bus depot on Thursday by 31 votes to 12.\n\n"
            "That's all from our team today. Thanks for following.",
        }
    )
    texts = [e["text"] for e in tl["timeline"]]
    assert len(texts) == 1 and "bus depot" in texts[0]


def test_tonight_inside_a_long_quotation_is_not_dated():
    tl = _timeline(
        {
            "a": '"We have waited long enough. Tonight the council must act," said Tom Reyes, '
            "who chairs the residents' group.",
        }
    )
    assert tl["timeline"] == []


def test_repeated_heading_is_one_entry():
    heading = "Council backs new depot on Thursday"
    tl = _timeline(
        {
            "a": f"{heading}\n\nCouncillors met in Halden.\n\n{heading}\n\nThe vote was 31 to 12.",
        }
    )
    [entry] = [e for e in tl["timeline"] if e["text"].strip() == heading]
    assert len(entry["citations"]) == 1


# ----------------------------------------------------------------- 4. past requests


@pytest.mark.parametrize(
    "sentence",
    [
        "The trustees asked the director to resign on Monday.",
        "The trustees have asked the director to resign on Monday.",
        "The director was asked to resign on Monday.",
        "The director had been asked to resign on Monday, a trustee said.",
        "A trustee said the board urged the director to resign on Monday.",
    ],
)
def test_past_request_weekday_resolves_backward(nlp, sentence):
    from consilience.dates import resolve_span

    doc = nlp(sentence)
    [ent] = [e for e in doc.ents if e.label_ == "DATE"]
    # published Thursday 2026-05-07: the Monday before
    assert resolve_span(ent, dt.date(2026, 5, 7))[:2] == ("2026-05-04", "day")


def test_request_with_a_deadline_stays_ahead(nlp):
    from consilience.dates import resolve_span

    got = []
    for sentence in (
        "The trustees asked the director to reply by Monday.",
        "The trustees asked the director to reply on Monday.",
    ):
        [ent] = [e for e in nlp(sentence).ents if e.label_ == "DATE"]
        got.append(resolve_span(ent, dt.date(2026, 5, 7))[0])
    assert got == ["2026-05-11", "2026-05-04"]  # a deadline ahead; the asking behind
