"""Quotes (session 25): reported words that a wh-word governs state nothing (an indirect
question or free relative: "told us what he saw", "explained why the mill could not stay
open", "said which roads would close"); a speaker opened by a wh-word ("what pundits
called "…"") is none. A wh-word deeper in the words, a direct quote opening with
one, or a relative clause's pronoun ("3%, which the union says falls short") leave a
statement.

Texts written for these tests (a ferry, a tram strike, a mill, a derby, a council)."""

from __future__ import annotations

import pytest


def _article_quotes(text: str) -> list[tuple[str, str]]:
    from consilience.analyse import analyse
    from consilience.model import Article
    from consilience.quotes import extract_quotes

    (a,) = analyse([Article(id="a", source="a.txt", text=text, outlet="Wire")])
    return [(q.speaker, q.text) for q in extract_quotes(a)]


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        (
            "The ferry sank off Tollan on Monday.\n\nA deckhand, Piotr Lasko, told us what he"
            " saw from the bridge. He said the hull split in two.",
            "what he saw from the bridge",
            ("Piotr Lasko", "the hull split in two"),
        ),
        (
            "The mill closed.\n\nThe owner explained why the mill could not stay open. She"
            " said the orders had dried up.",
            "why the mill could not stay open",
            ("The owner", "the orders had dried up"),
        ),
        (
            "The council met on Monday.\n\nThe mayor said which roads would close first. The"
            " mayor said the works would take a year.",
            "which roads would close first",
            ("The mayor", "the works would take a year"),
        ),
    ],
)
def test_wh_led_words_are_no_quote(text, gone, kept):
    quotes = _article_quotes(text)
    assert all(t != gone for _, t in quotes), quotes
    assert kept in quotes


def test_a_direct_quote_opening_with_a_wh_word_stays():
    text = (
        'The derby ended 2-2.\n\n"What a night that was," said Ana Kane, the captain.'
        ' "How we held on I do not know."'
    )
    quotes = _article_quotes(text)
    assert quotes and quotes[0][0] == "Ana Kane" and quotes[0][1].startswith("What a night")


def test_a_wh_word_deeper_in_the_words_leaves_a_statement():
    text = (
        "The museum reopened.\n\nIts director, Oren Vale, said the visitors who came first"
        " had queued for hours."
    )
    assert ("Oren Vale", "the visitors who came first had queued for hours") in _article_quotes(
        text
    )


def test_a_relative_pronouns_statement_stays():
    text = (
        "The ferry strike goes on.\n\nThe operator has offered 3%, which the crews' union"
        " says falls far short of what fuel now costs."
    )
    quotes = _article_quotes(text)
    assert any(t.endswith("falls far short of what fuel now costs") for _, t in quotes), quotes


def test_a_speaker_opened_by_a_wh_word_is_none():
    text = (
        'The final went to extra time.\n\nWhat reporters called the "save of the decade"'
        " came in the 118th minute: a one-handed stop from Lena Ruud. The club said the"
        " keeper would sign a new contract."
    )
    quotes = _article_quotes(text)
    assert all(not sp.lower().startswith("what") for sp, _ in quotes), quotes
