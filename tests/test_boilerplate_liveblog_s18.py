"""A live page's furniture is boilerplate at the normalise stage (held-out s17 kind 12):
entry headings, a "Key points" label, and the newsroom greeting or leaving its readers."""

from __future__ import annotations

import pytest

from consilience.boilerplate import boilerplate_spans, entry_headings
from consilience.model import RawArticle
from consilience.normalise import normalise

BLOG = """Harbour festival live: fireworks called off

Highlights so far
- Gale warning for the whole coast
- Fireworks cancelled, concerts go ahead

19:50 Crowds drift home

Most of the 9,000 visitors have left the quay, the organisers say.

18:40 Organisers: "safety first"

The festival director, Lise Vang, told the crowd the display was off. "Nobody wants a rocket in a gale," she said.

17:15 Wind picks up...

Gusts of 70 km/h were measured on the pier at five o'clock.

That is all from our festival page tonight. Many thanks for reading. We will have more reaction in the morning.
"""


def _marked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in boilerplate_spans(text)]


def _article(text: str):
    return normalise(RawArticle(source="blog.md", text=text, title="Harbour festival live"))


def test_entry_headings_after_entry_times_are_furniture():
    art = _article(BLOG)
    marked = [art.text[s.start : s.end] for s in art.boilerplate]
    for heading in ["Crowds drift home", 'Organisers: "safety first"', "Wind picks up..."]:
        assert heading in marked
    # the entries themselves stay news
    assert not any("9,000 visitors" in m or "Gusts of 70" in m for m in marked)
    assert not any("Nobody wants a rocket" in m for m in marked)


def test_sign_off_sentences_are_furniture():
    marked = _marked(BLOG)
    assert "That is all from our festival page tonight." in marked
    assert "Many thanks for reading." in marked
    assert "We will have more reaction in the morning." in marked


@pytest.mark.parametrize(
    "line",
    [
        # a greeting naming the event is furniture too (the gold of s7 lists one as never)
        "Good morning and welcome to our coverage of the rescue of the three climbers "
        "stranded on the north face of the Tind since Friday.",
        "Stay with us for the latest from the quay.",
        "We are following the evacuation through the night.",
        "We will bring you the reaction from the harbour all evening.",
        "Our correspondent Ida Voll will be on the late bulletin.",
        "Our full report follows at six.",
        "Refresh for the latest",
        "Last updated 09:40",
        "Good evening.",
        "Welcome back to our live coverage.",
        "We're going to close our live blog here.",
        "Thank you so much for following along.",
        "Goodnight from Tromsø.",
    ],
)
def test_greetings_and_leave_taking(line):
    text = f"The storm reached the coast at noon.\n{line}\n"
    assert _marked(text) == [line]


@pytest.mark.parametrize(
    "text",
    [
        # prose about reading and following, not the page's own leave-taking
        "Thanks to its new radar, the port could follow the storm hour by hour.\n",
        "That is all the council will pay for the repairs, the mayor said.\n",
        '"We will have more boats out tomorrow," the harbour master said.\n',
    ],
)
def test_news_that_looks_like_furniture_stays(text):
    assert _marked(text) == []


def test_no_heading_outside_a_live_blog_or_for_a_sentence():
    one_time = "10:05\nBridge closed\n\nThe bridge closed at ten after a crash.\n"
    assert entry_headings(one_time) == []  # one time line is no blog
    sentences = (
        "10:05\nThe bridge is closed.\n\nPolice are at the scene.\n\n"
        "10:40\nTwo lanes reopened at 10:30.\n\nTraffic is slow.\n"
    )
    assert entry_headings(sentences) == []  # entries that are sentences, not headings
    bullets = "09:00\n- first point\n\nText here.\n\n09:30\n- second point\n\nMore text.\n"
    assert entry_headings(bullets) == []


def test_key_points_label_is_furniture():
    text = "Key developments\n- The dam held overnight\n- 300 people evacuated\n"
    assert _marked(text) == ["Key developments"]


@pytest.mark.parametrize(
    "line",
    [
        "Ends",
        "-ENDS-",
        "###",
        "NEWS RELEASE",
        "Media statement",
        "For immediate release - 4 March 2027",
        "PRESS RELEASE - EMBARGOED UNTIL 00:01 CET, 5 MARCH 2027",
        "Harrowgate, 4 March 2027",
        "Velm River Authority - Thursday 4 March 2027",
        "Press notice, 4 March 2027",
    ],
)
def test_release_furniture_lines(line):
    text = f"{line}\nThe river authority opened the new flood gates at Velm on Thursday.\n"
    assert _marked(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The flood gates at Velm opened on 4 March 2027.",
        "Harrowgate Council approved the plan on 4 March 2027.",
        "Statement after statement, the minister denied it.",
        "The town ends its curfew at midnight.",
    ],
)
def test_news_lines_with_release_words_stay(line):
    assert _marked(f"{line}\n") == []
