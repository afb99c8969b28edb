"""Session 19: a page labelled by its genre ("Analysis: ...", "...: what we know") comments
on or recaps an event another member reports; the story list and the brief's title take a
news headline first and show a labelled title without its label
(consilience.story_heads.genre_labelled, stories.StoryIndex._title, story_title).

The titles and texts are written for these tests (a ferry grounding, not a held-out story)."""

from __future__ import annotations

import numpy as np
import pytest

from consilience import stories as st
from consilience.story_heads import clean_title, genre_labelled
from consilience.story_title import neutral_title

DAY = "2027-05-14"
TEXTS = [
    "The ferry Skarholm ran aground off Vesterby on Thursday with 212 passengers aboard.",
    "All 212 passengers of the Skarholm were taken ashore after it grounded off Vesterby.",
]


def _unit(*parts: tuple[int, float]) -> np.ndarray:
    v = np.zeros(st.DIM, dtype=np.float32)
    for k, w in parts:
        v[k] += w
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(
    "title",
    [
        "Analysis: Skarholm grounding leaves the ferry line with hard choices",
        "Opinion - the Vesterby channel was never safe",
        "Skarholm grounding: what we know so far",
        "What we know about the Skarholm grounding",
        "Skarholm ferry grounded: what passengers need to know",
        "Explainer: why ferries run aground in the Vesterby channel",
        "FACTBOX-Ferry groundings in the Baltic since 2000",
        "Statement on the grounding of MV Skarholm",
        "Nordlys Ferries statement on the Skarholm incident",
        "Press release: Skarholm passengers safe",
    ],
)
def test_genre_labels_are_recognised(title):
    assert genre_labelled(title)


@pytest.mark.parametrize(
    "title",
    [
        "Ferry with 212 aboard runs aground off Vesterby",
        "UPDATE 1-Skarholm refloated after grounding",
        "Review of ferry safety ordered after Skarholm grounding",
        "Comment from the ferry line awaited",
        "What the captain saw: a survivor's account",
        "Captain's statement contradicts ferry line",
    ],
)
def test_news_headlines_carry_no_genre_label(title):
    assert not genre_labelled(title)


@pytest.mark.parametrize(
    "title, clean",
    [
        (
            "Analysis: Skarholm grounding leaves the ferry line with hard choices",
            "Skarholm grounding leaves the ferry line with hard choices",
        ),
        ("Skarholm grounding: what we know so far", "Skarholm grounding"),
        ("Skarholm ferry grounded - what passengers need to know", "Skarholm ferry grounded"),
    ],
)
def test_clean_title_cuts_the_label(title, clean):
    assert clean_title(title) == clean


def test_story_list_prefers_the_news_headline_over_a_more_central_analysis():
    items = [
        st.StoryItem(
            "analysis",
            "Analysis: Skarholm grounding leaves the ferry line with hard choices",
            TEXTS[0],
            DAY,
            _unit((0, 1.0)),
        ),
        st.StoryItem(
            "wire",
            "Ferry with 212 aboard runs aground off Vesterby",
            TEXTS[1],
            DAY,
            _unit((0, 1.0), (3, 0.4)),
        ),
    ]
    [story] = st.cluster(items)
    assert len(story.articles) == 2
    assert story.title == "Ferry with 212 aboard runs aground off Vesterby"


def test_story_list_takes_a_recap_without_its_label_when_alone():
    items = [
        st.StoryItem("recap", "Skarholm grounding: what we know", TEXTS[0], DAY, _unit((0, 1.0)))
    ]
    [story] = st.cluster(items)
    assert story.title == "Skarholm grounding"


def test_brief_title_passes_over_labelled_titles():
    titles = [
        "Skarholm grounding: what we know",
        "Analysis: a grounding the ferry line saw coming",
        "Ferry with 212 aboard runs aground off Vesterby",
    ]
    assert neutral_title(titles, "", []) == "Ferry with 212 aboard runs aground off Vesterby"
    assert neutral_title(titles[:1], "", []) == "Skarholm grounding"


def test_an_organisations_statement_ranks_after_the_news_headline_and_keeps_its_label():
    titles = [
        "Nordlys Ferries statement: Skarholm",
        "Ferry with 212 aboard runs aground off Vesterby",
    ]
    assert neutral_title(titles, "", []) == "Ferry with 212 aboard runs aground off Vesterby"
    assert (
        clean_title("Nordlys Ferries statement: Skarholm") == "Nordlys Ferries statement: Skarholm"
    )
