"""Session 17: a story's title in the story list names the event, not the live page that
told it nor the wire's routing slug (consilience.story_heads, stories.StoryIndex._title).

The titles are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from consilience import stories as st
from consilience.story_heads import clean_title, page_furniture

DAY = "2027-04-09"


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(st.DIM, dtype=np.float32)
    for k, w in parts:
        v[k] += w
    return v / np.linalg.norm(v)


TEXTS = [
    "A grain silo caught fire at Drummore harbour on Friday, and three firefighters were hurt.",
    "Three firefighters were hurt as the Drummore harbour grain silo burned on Friday night.",
]


@pytest.mark.parametrize(
    "title",
    [
        "Drummore silo fire live: firefighters hurt as roof gives way",
        "Drummore silo fire live updates",
        "Harbour markets live: grain prices jump after silo fire",
        "LIVE: Drummore silo fire",
        "Drummore silo fire - as it happened",
    ],
)
def test_live_page_headers_are_furniture(title):
    assert page_furniture(title)


@pytest.mark.parametrize(
    "title",
    [
        "Drummore silo fire: three firefighters hurt",
        "Where the silo workers live: a town that feeds the port",
        "Live music returns to Drummore quay",
        "Update on tonight's fire at Drummore harbour",
    ],
)
def test_report_headlines_are_no_furniture(title):
    assert not page_furniture(title)


@pytest.mark.parametrize(
    "title, clean",
    [
        ("UPDATE 3-Drummore silo fire injures three", "Drummore silo fire injures three"),
        ("REFILE-UPDATE 1-Drummore silo burns", "Drummore silo burns"),
        ("EXCLUSIVE: Silo owner warned of wiring faults", "Silo owner warned of wiring faults"),
        (
            "Drummore silo fire live: firefighters hurt as roof gives way",
            "Drummore silo fire: firefighters hurt as roof gives way",
        ),
        (
            "LIVE: Drummore silo fire - crews at the scene",
            "Drummore silo fire - crews at the scene",
        ),
        ("Drummore silo fire - live updates", "Drummore silo fire"),
        (
            "Update on tonight's fire at Drummore harbour",
            "Update on tonight's fire at Drummore harbour",
        ),
        ("US-Ireland grain talks after silo fire", "US-Ireland grain talks after silo fire"),
        ("Live", "Live"),
    ],
)
def test_clean_title_cuts_slug_and_furniture(title, clean):
    assert clean_title(title) == clean


def test_story_list_takes_the_report_over_a_tagged_live_header():
    items = [
        st.StoryItem(
            "blog", "Drummore silo fire live: crews at the scene", TEXTS[0], DAY, _unit((0, 1.0))
        ),
        st.StoryItem(
            "wire",
            "UPDATE 2-Drummore silo fire injures three firefighters",
            TEXTS[1],
            DAY,
            _unit((0, 1.0), (3, 0.3)),
        ),
    ]
    [story] = st.cluster(items)
    assert len(story.articles) == 2
    assert story.title == "Drummore silo fire injures three firefighters"


def test_story_told_only_by_a_live_page_has_its_header_without_furniture():
    items = [
        st.StoryItem(
            "blog", "Drummore silo fire live: crews at the scene", TEXTS[0], DAY, _unit((0, 1.0))
        ),
    ]
    [story] = st.cluster(items)
    assert story.title == "Drummore silo fire: crews at the scene"
