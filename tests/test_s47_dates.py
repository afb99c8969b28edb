"""Dates and finders read wrong on heldout_s43 and heldout_s44 (session 47), each kind
tested on sentences written for these tests (none is a sentence of a held-out set):

- an event noun that one article dates ("during *the hull survey* on the evening of 7
  June") and another makes the subject of how it went ("on 6 June *the hull survey* went
  badly wrong") is one event: two days for it are a date conflict;
- two finders whose words are kin ("a trainee *nurse*" / "a member of the *nursing* staff";
  "the *inspectors*" / "an *inspection* by the board") may be one person or body: they
  are no rival finders.
"""

from __future__ import annotations

from brief_fixtures import conflicts_of, dated_conflicts

from consilience.first_finders import Finding, rival_finders


def test_event_noun_dated_and_its_course_dated_are_one_event(bench):
    found = dated_conflicts(
        bench,
        (
            "2039-06-20T10:00:00+00:00",
            "On the evening of Friday 6 June, the hull survey of the ferry went badly wrong "
            "when a diver's line snagged.",
        ),
        (
            "2039-06-24T10:00:00+00:00",
            "During the hull survey on the evening of Saturday 7 June, a diver's line "
            "snagged on the propeller.",
        ),
    )
    dates = [c for c in found if c["kind"] == "date"]
    assert dates and {r["value"] for r in dates[0]["readings"]} == {"2039-06-06", "2039-06-07"}


def test_guard_two_dated_events_of_one_noun_stay_apart(bench):
    found = conflicts_of(
        bench,
        "date",
        "The 2031 flood reached the church steps.",
        "The 2036 flood stopped short of the church.",
        published="2039-06-20",
    )
    assert found == []


def _finding(finder: set[str], every: set[str]) -> Finding:
    return Finding("find", "found", 0, "leak", "the leak", frozenset(finder), "", 0, 0,
                   frozenset(every))  # fmt: skip


def test_kin_finders_are_no_rivals():
    nurse = _finding({"nurse", "orr"}, {"nurse", "orr"})
    staff = _finding({"staff", "ward"}, {"staff", "ward", "nursing"})
    assert not rival_finders(nurse, staff)
    inspectors = _finding({"inspector"}, {"inspector"})
    inspection = _finding({"board"}, {"board", "inspection"})
    assert not rival_finders(inspectors, inspection)


def test_guard_shared_modifiers_alone_make_no_kin():
    porter = _finding({"porter"}, {"porter", "night"})
    watchman = _finding({"watchman"}, {"watchman", "night"})
    assert rival_finders(porter, watchman)


def test_kin_finders_in_a_story(bench):
    found = conflicts_of(
        bench,
        "fact",
        "The fault was found on Monday by a trainee nurse, Ms Ada Kerr, who read the log.",
        "A member of the ward's nursing staff spotted the fault on Monday, the trust said.",
        published="2039-06-20",
    )
    assert found == []

