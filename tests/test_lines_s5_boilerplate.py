"""Page furniture marked at the normalise stage (issue #11, s5): editor's notes and
corrections, social-media embeds, app/newsletter/station promos and stock filler lines;
lines written for these tests. News sentences that share their words stay unmarked."""

from __future__ import annotations

import pytest

from consilience.boilerplate import boilerplate_spans, page_furniture_kind


def _marked(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in boilerplate_spans(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Editor's note: This article was first published in the spring edition.", "note"),
        ("Correction: A previous version gave the wrong date for the hearing.", "note"),
        ("An earlier version of this story misspelled the name of the harbour master.", "note"),
        ("This article has been amended to remove a photograph.", "note"),
        ("This is a developing story and will be updated.", "note"),
        ("More details to follow.", "note"),
        ("— Lena Okafor (@lenaokafor) March 3, 2025", "embed"),
        ("Floodwater on the ring road this morning pic.twitter.com/Ab12Cd34", "embed"),
        ("View this post on Instagram", "embed"),
        ("A post shared by Harbour Rescue (@harbourrescue)", "embed"),
        ("Download the Valley Times app for breaking news on your phone.", "prompt"),
        ("Get the latest headlines delivered to your inbox every morning.", "prompt"),
        ("Readers can find road closures and shelter details on our website.", "prompt"),
        ("Turn on notifications to hear first when the results come in.", "prompt"),
        ("Only time will tell whether the truce holds.", "filler"),
        ("As the crisis unfolds, the region waits.", "filler"),
        ("Whether the plan works remains to be seen.", "filler"),
        ("The coming weeks will be crucial for the talks.", "filler"),
        ("All eyes now turn to the summit in Geneva.", "filler"),
        ("All eyes will now be on the harbour board.", "filler"),
    ],
)
def test_page_furniture_lines(line, kind):
    assert _marked(line) == [(kind, line)]
    assert page_furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The correction in share prices continued for a third day.",
        "Shares of the app maker fell 12% after the launch.",
        "Readers of the paper raised 40,000 pounds for the flood appeal.",
        "The world's largest container ship docked in Rotterdam on Friday.",
        "Investors will watch the next rate decision closely, analysts said.",
        "It remains unclear who started the fire, police said.",
        "The stakes were raised when the second bank failed on Tuesday.",
        "Talks on what comes next for 3,000 workers will resume in May.",
        "This story began in 1998, when the mine first flooded.",
    ],
)
def test_news_lines_stay_unmarked(line):
    assert _marked(line) == []


def test_only_the_filler_sentence_of_a_paragraph_is_marked():
    text = (
        "The river fell by 40 centimetres overnight. "
        "As the situation develops, all eyes are on what happens next."
    )
    assert _marked(text) == [
        ("filler", "As the situation develops, all eyes are on what happens next.")
    ]


def test_a_note_sentence_at_the_end_of_a_paragraph():
    text = (
        "The school reopened on Monday. "
        "This story has been updated with comments from the head teacher."
    )
    assert _marked(text) == [
        ("note", "This story has been updated with comments from the head teacher.")
    ]
