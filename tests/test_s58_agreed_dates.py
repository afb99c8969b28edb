"""Session 58: a day that several articles give alike to one act is a consensus claim
(``figure_consensus.date_members``, judged in ``consensus._figure_judged``), and a figure
completed by "%" is a predicate (``cut_reversals._tokens``)."""

from __future__ import annotations

import pytest
from brief_fixtures import brief_of

from consilience.figure_consensus import _calendar_day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("7 October", True),
        ("Oct. 7", True),
        ("the twentieth of February", True),
        ("Sunday 17 February", True),
        ("2066-10-12", True),
        ("12/10/2066", True),
        ("on Tuesday", False),
        ("yesterday", False),
        ("last Saturday", False),
        ("maybe", False),
    ],
)
def test_calendar_day_needs_the_month(text: str, day: bool) -> None:
    assert _calendar_day({"precision": "day", "text": text}) is day


def test_a_month_alone_is_no_calendar_day() -> None:
    assert not _calendar_day({"precision": "month", "text": "October 2066"})


def test_an_agreed_day_widens_the_line_to_every_article(bench) -> None:
    # t1 says it in other words ("discovered the theft", "the owner"): the claim alignment
    # joins t0 and t2 only; the day all three give alike brings t1 in
    texts = (
        "Mr Ansell found out when he called at the boatyard on Wednesday 3 March and saw "
        "that his boat had gone.",
        "The owner discovered the theft himself on 3 March 2066, when he visited the "
        "boatyard and found the berth empty.",
        "Mr Ansell found the berth empty when he visited on 3 March. Police are investigating.",
    )
    brief = brief_of(bench, *texts, published="2066-03-20")
    lines = [c for c in brief["consensus"] if "3 March" in c["text"]]
    assert [sorted(c["articles"]) for c in lines] == [["t0", "t1", "t2"]]
    cited = [texts[1][c["start"] : c["end"]] for c in lines[0]["citations"] if c["article"] == "t1"]
    assert any("3 March 2066" in t for t in cited)


def test_a_weekday_shared_by_several_facts_makes_no_line(bench) -> None:
    # "on Tuesday" is the day of the news: the failure, the launch and the press conference
    # all fall on it, and no line may cite the three as one fact
    brief = brief_of(
        bench,
        "A Kestrel-3 rocket built by Vardo Launch failed minutes after lifting off from "
        "Hollin Point on Tuesday.",
        "Vardo Launch chief executive Ines Marr spoke to reporters at Hollin Point on "
        "Tuesday evening, hours after the loss of the Kestrel-3 rocket.",
        "The Kestrel-3, built by Vardo Launch, took off on Tuesday. It broke apart 90 "
        "seconds later.",
        published="2066-03-18",
    )
    assert not [c for c in brief["consensus"] if "t1" in c["articles"]]


def test_an_agreed_day_line_gives_no_figure_its_members_dispute(bench) -> None:
    brief = brief_of(
        bench,
        "On 5 May 2066 the Tarrow index fell 8% in four minutes after a mistyped order.",
        "The Tarrow index lost 9.1% on 5 May in the crash, which a mistyped order set off.",
        "A single mistyped order on 5 May knocked 8% off the Tarrow index, the exchange said.",
        published="2066-05-07",
    )
    assert [c["kind"] for c in brief["conflicts"]] == ["quantity"]
    for line in brief["consensus"]:
        assert "t1" not in line["articles"] or "%" not in line["text"]
        assert "lost on 5 May" not in line["text"]  # no figure cut out of a dated line


def test_a_day_given_with_other_acts_is_no_agreed_fact(bench) -> None:
    # one day, two acts: the call and the visit share no noun or verb
    brief = brief_of(
        bench,
        "The school rang every parent on 14 June 2066 to explain the closure.",
        "Inspectors visited the kitchen on 14 June and found mice droppings.",
        "On 14 June the head teacher wrote to governors about the budget.",
        published="2066-06-20",
    )
    assert not [c for c in brief["consensus"] if len(c["articles"]) >= 2]


def test_a_share_with_its_percent_sign_is_a_consensus_claim(bench) -> None:
    # spaCy flags "%" as punctuation even where it completes "was 31.4%": it is kept
    brief = brief_of(
        bench,
        "Turnout in the Harwick by-election was 31.4%, the returning officer said. The "
        "count ended at 2am.",
        "The returning officer said turnout was 31.4% in Harwick. Votes were counted overnight.",
        "Turnout was 31.4%, down from 44% at the general election. The result was declared at 2am.",
        published="2066-02-11",
    )
    lines = [c for c in brief["consensus"] if "31.4%" in c["text"]]
    assert lines and sorted(lines[0]["articles"]) == ["t0", "t1", "t2"]
