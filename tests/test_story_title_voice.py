"""A story's title names the event in a reporter's words: never a party's first-person
release title or a quote headline, and an organisation's statement title only when no news
title and no headline line is left; the story list ranks such titles the same way (held-out
s19 kind 10). Titles written for these tests (a museum theft, a port strike)."""

from __future__ import annotations

import pytest

from consilience.story_title import neutral_title, own_page, voiced_title


@pytest.mark.parametrize(
    "title",
    [
        "Our museum will reopen stronger",
        "We will not give in, say dockers",
        '"They took everything we loved": curator on the theft',
        "I saw them drive off, says guard",
    ],
)
def test_titles_in_a_partys_own_voice(title):
    assert voiced_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Thieves take three paintings from Orlov Museum",
        "Dockers strike over pay at Linmouth port",
        "US port strike enters second day",  # "US" is a country, not the pronoun
    ],
)
def test_news_titles_are_not_voiced(title):
    assert not voiced_title(title)


def test_the_brief_title_passes_over_a_first_person_release_title():
    titles = ["Our museum will reopen stronger", "Thieves take three paintings from Orlov Museum"]
    assert neutral_title(titles, "", []) == titles[1]


def test_a_statement_title_comes_after_the_headline_line():
    conflicts = [
        {
            "kind": "quantity",
            "readings": [{"text": "three paintings"}, {"text": "five paintings"}],
        }
    ]
    titles = [
        "Orlov Museum statement on the theft",
        "Thieves take three paintings from Orlov Museum",
    ]
    headline = "Thieves broke into the Orlov Museum on Sunday night."
    assert own_page(titles[0])
    assert neutral_title(titles, headline, conflicts) == headline


def test_a_voiced_title_is_never_chosen_over_the_headline_line():
    headline = "Dockers at Linmouth port walked out on Monday."
    assert neutral_title(["We will not give in, say dockers"], headline, []) == headline


def test_the_story_list_ranks_a_first_person_title_after_a_news_title():
    import numpy as np

    from consilience import stories as st

    def unit(*parts: tuple[int, float]) -> np.ndarray:
        v = np.zeros(st.DIM, dtype=np.float32)
        for k, w in parts:
            v[k] += w
        return v / np.linalg.norm(v)

    day = "2027-03-02"
    texts = [
        "Thieves took three paintings from the Orlov Museum in Varna on Sunday night.",
        "Three paintings were stolen from Varna's Orlov Museum overnight on Sunday.",
    ]
    items = [
        st.StoryItem("release", "Our museum will reopen stronger", texts[0], day, unit((0, 1.0))),
        st.StoryItem(
            "wire",
            "Thieves take three paintings from Orlov Museum",
            texts[1],
            day,
            unit((0, 1.0), (3, 0.4)),
        ),
    ]
    [story] = st.cluster(items)
    assert len(story.articles) == 2
    assert story.title == "Thieves take three paintings from Orlov Museum"


def test_a_genre_labels_first_person_is_no_voice():
    assert not voiced_title("Orlov Museum theft: what we know so far")
