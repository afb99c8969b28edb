"""One scheduled thing dated twice (session 24): a planned clause whose verb only
schedules a thing ("is due", "will be held") and another article's planned clause that
brings that thing out ("will publish the report") or has it act ("the rematch will kick
off") date one coming, so two days are a date conflict. Sentences written for these tests
(a regulator's report, a jury's verdict, a boxing rematch, a survey, a carnival, ferries,
trams), not from
the annotated sets; published on Thursday 7 May 2026. "Is expected in" with no act to
look ahead to awaits its subject as "is due" does.
"""

from __future__ import annotations

import pytest
from conftest import timeline_of


def _conflicting(texts: dict[str, str]) -> list[set[str]]:
    """The reading texts of every date conflict of the story."""
    return [{r["text"] for r in c["readings"]} for c in timeline_of(texts)["conflicts"]]


@pytest.mark.parametrize(
    ("a", "b", "dates"),
    [
        (
            "The inspectors' report on the dam is due on 14 May.",
            "The water agency will publish the inspectors' report on the dam on 21 May.",
            {"14 May", "21 May"},
        ),
        (
            "The jury's verdict in the fraud trial is due on Friday.",
            "The jury in the fraud trial will deliver its verdict on Monday, the court said.",
            {"Friday", "Monday"},
        ),
        (
            "The title rematch will be held on Saturday night in Cardiff.",
            "In Cardiff, the title rematch will start at 9pm on Sunday.",
            {"Saturday", "Sunday"},
        ),
        (
            "The island's new ferry is expected in Stromness on 14 May.",
            "The island's new ferry will arrive in Stromness on 21 May, the operator said.",
            {"14 May", "21 May"},
        ),
        (
            "The first new trams are due in 2029.",
            "The first new trams will enter service in 2028, the city said.",
            {"2029", "2028"},
        ),
        (
            "The carnival parade will be held on Sunday, organisers said.",
            "Organisers said the carnival parade would set off from the harbour on Monday.",
            {"Sunday", "Monday"},
        ),
    ],
)
def test_one_coming_dated_twice(a, b, dates):
    found = _conflicting({"a": a, "b": b})
    assert any(dates <= {t.strip() for t in texts} or _days(texts) == dates for texts in found)


def _days(texts: set[str]) -> set[str]:
    return {t.replace("night", "").strip() for t in texts}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a verb that acts on a thing already out: the debate is not the report's coming
        ("The inspectors' report on the dam is due on 14 May.",
         "MPs will debate the inspectors' report on the dam on 21 May."),
        # an ending is not the coming
        ("The title rematch will be held on Saturday in Cardiff.",
         "The rematch tour will end on Monday in Cardiff."),
        # two things of one kind, told apart by their modifiers
        ("The interim report on the dam is due on 14 May.",
         "The agency will publish its final report on the dam on 2 July."),
        # a plan beside a done act
        ("The survey's findings are due on Friday.",
         "The institute released the survey's findings on Monday."),
    ],
)  # fmt: skip
def test_not_one_coming(a, b):
    assert _conflicting({"a": a, "b": b}) == []


def test_scheduled_nouns_reads_support_verbs_only():
    from consilience.date_scheduled import same_scheduled

    due = {"planned": True, "scheduled": frozenset({"result"}), "act": frozenset()}
    told = {"planned": True, "act": frozenset({"report"}), "things": frozenset({"result"})}
    debated = {"planned": True, "act": frozenset({"debate"}), "things": frozenset({"result"})}
    ended = {"planned": True, "act": frozenset({"end"}), "subjects": frozenset({"result"})}
    assert same_scheduled(due, told) and same_scheduled(told, due)
    assert not same_scheduled(due, debated)
    assert not same_scheduled(due, ended)
    assert not same_scheduled({**due, "planned": False}, told)
