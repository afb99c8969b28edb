"""Live-blog entries and lines said to the reader (issue #11, held-out s14 kind 13): an
entry's posting time is no part of a line's text; a welcome, a thank-you, a sign-off or an
imperative to the reader is never a unique fact, headline or summary line; an exclamation
is no headline; a sentence whose main subject points back to nothing it names (an
analysis's connective) does not stand alone. Sentences written for these tests (a ferry
fire, a marathon)."""

from __future__ import annotations

import pytest

from consilience.brief import build_brief
from consilience.line_entries import entry_start
from consilience.meta_lines import reader_address
from consilience.model import Article
from consilience.summary import headline_worthy
from consilience.unique import unanchored_subject


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Intro line.\n16:05 Coastguard says all 212 passengers are ashore.", "Coastguard says"),
        ("Intro line.\n7.45am: The ferry has docked at Oban.", "The ferry has docked"),
        ("Intro line.\n10:20 BST - Crew member taken to hospital.", "Crew member taken"),
        ('Intro line.\n11:58 "We saw smoke," a passenger says.', '"We saw smoke,"'),
    ],
)
def test_a_live_blog_entry_starts_after_its_time(text, rest):
    start = text.index("\n") + 1
    assert text[entry_start(text, start, len(text)) :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\nAt 16:05 the coastguard said all passengers were ashore.",
        "Intro.\n3.75 Million passengers used the route last year.",
        "Intro.\n12.50 euros is the price of a crossing.",
        "Smoke rose. 16:05 was when the alarm sounded on deck.",
    ],
)
def test_a_clock_inside_a_line_or_a_figure_is_no_entry_time(text):
    start = text.index("\n") + 1 if "\n" in text else text.index("16:05")
    assert entry_start(text, start, len(text)) == start


@pytest.mark.parametrize(
    "text",
    [
        "Good afternoon and welcome to our coverage of the ferry fire off Oban.",
        "Thanks for reading - goodnight from the harbour.",
        "We'll keep you posted on the ferry fire - keep checking back.",
        "Refresh this page for the latest on the rescue.",
        "Apologies for the gap in updates this afternoon.",
    ],
)
def test_lines_said_to_the_reader(nlp, text):
    assert reader_address(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Keep away from the harbour wall, the coastguard warned on Monday.",
        "The harbour master thanked the lifeboat crews for their work.",
        '"Get everyone off the deck," the captain shouted.',
        "Passengers were told to stay below deck until the fire was out.",
        "The ferry operator welcomed the inquiry into the fire.",
    ],
)
def test_reports_of_advice_thanks_and_orders_are_facts(nlp, text):
    assert not reader_address(nlp(text), 0, len(text))


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Either way the marathon is barely six weeks off.", True),
        ("Either way it is barely six weeks off.", False),
        ("All the same, they finished the race in record time.", False),
        ("After the organisers met, they moved the start to 8 a.m.", True),
        ("It is likely that the route will change again next year.", True),
        ("It is the first time the race has been run in the rain since 1998.", True),
        ('"We never saw the finish," she said.', True),
        ("Those in the first wave started at 8 a.m.", True),
    ],
)
def test_a_main_subject_pointing_back_to_nothing_does_not_stand_alone(nlp, text, alone):
    assert unanchored_subject(nlp(text), 0, len(text)) is not alone


def test_an_exclamation_is_no_headline():
    assert not headline_worthy("Kiprono takes the lead at the halfway mark!")
    assert headline_worthy("Kiprono took the lead at the halfway mark on Sunday.")


FERRY = {
    "a": (
        "A fire broke out on the ferry Island Star off Oban on Saturday. "
        "All 212 passengers were taken ashore by lifeboats. "
        "The ferry operator Westward Lines said the fire started in the engine room."
    ),
    "b": (
        "Fire broke out aboard the Island Star ferry near Oban on Saturday. "
        "Lifeboats brought all 212 passengers ashore. "
        "Westward Lines said the blaze began in the engine room."
    ),
    "c": (
        "LIVE: Island Star ferry fire\n\n"
        "18:40 Thanks for following our coverage - goodnight from Oban.\n\n"
        "17:25 The ferry is being towed to Oban harbour by two tugs, the coastguard says.\n\n"
        "16:10 All 212 passengers are now ashore, lifeboat crews say.\n\n"
        "15:05 Good afternoon. We are bringing you the latest on the ferry fire - stay with us."
    ),
}


def test_live_blog_lines_in_a_brief(bench):
    arts = [
        Article(id=k, source=f"{k}.txt", text=t, outlet=f"Outlet {k}", published="2026-06-13")
        for k, t in FERRY.items()
    ]
    brief = build_brief(bench.build_context(arts))
    lines = [u["text"] for u in brief["unique"]]
    lines += [x["text"] for x in [*(brief.get("headline") or []), *brief["summary"]]]
    assert lines
    assert not any("goodnight" in t or "stay with us" in t for t in lines), lines
    assert not any(t[:2].isdigit() and t[2:3] == ":" for t in lines), lines
