"""Quotation marks (consilience.quote_marks)."""

from __future__ import annotations

import pytest

from consilience.quote_marks import find_quotations, quotation_spans


def inner(text: str) -> list[str]:
    return [text[s:e] for s, e in quotation_spans(text)]


# --------------------------------------------------------------------------- single marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'Nobody on this team gave up,' Rita Olsen said.", ["Nobody on this team gave up,"]),
        (
            "'We can't reopen the school's east wing,' she said.",
            ["We can't reopen the school's east wing,"],
        ),
        ("'The farmers' fields are flooded,' he said.", ["The farmers' fields are flooded,"]),
        ("‘It’s a miracle nobody died,’ said Omar Haddad.", ["It’s a miracle nobody died,"]),
    ],
)
def test_single_marks_pair(text, expected):
    assert inner(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The nurses' union said staff won't work double shifts.",
        "Fares have not risen like this since the '80s, the Jones' lawyer said.",
        "Rock 'n' roll night at the pier was cancelled; it's the third time.",
        "The drivers’ strike ends on Monday, and that’s final.",
    ],
)
def test_apostrophes_are_not_quote_marks(text):
    assert quotation_spans(text) == []


def test_quote_inside_quote_belongs_to_the_outer_one():
    text = "\"He shouted 'leave the car' and we ran,\" said Lena Ortiz."
    assert inner(text) == ["He shouted 'leave the car' and we ran,"]
    text = "'The sign said \"no entry\" in three languages,' the driver said."
    assert inner(text) == ['The sign said "no entry" in three languages,']


# --------------------------------------------------------------------------- tokenized text


def test_spaced_marks_of_tokenized_text_pair():
    text = 'Officials urged calm . " Stay indoors until the wind drops , " the governor said .'
    assert inner(text) == [" Stay indoors until the wind drops , "]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"We owe the crew everything , '' the captain said .", ["We owe the crew everything , "]),
        ("``Nobody was hurt ,'' said Ines Moll .", ["Nobody was hurt ,"]),
        ("the \"Harbour Lights '' singer didn''t appear", ["Harbour Lights "]),
    ],
)
def test_treebank_marks_of_tokenized_text_pair(text, expected):
    assert inner(text) == expected


# --------------------------------------------------------------------------- paragraphs


def test_unclosed_paragraph_continues_into_next_quoted_paragraph():
    text = (
        "Joao Mendes watched the wall give way.\n"
        '"The sea came over in seconds. Boats were thrown onto the road.\n'
        '"I have never seen anything like it," Mendes said.'
    )
    (q,) = find_quotations(text)
    assert [text[s:e] for s, e in q.parts] == [
        "The sea came over in seconds. Boats were thrown onto the road.",
        "I have never seen anything like it,",
    ]


def test_unclosed_mid_sentence_mark_does_not_continue():
    text = 'Locals called the levy a "scandal.\n"It will be repaid," the treasurer said.'
    assert inner(text) == ["It will be repaid,"]


def test_unclosed_paragraph_without_quoted_follower_is_dropped():
    text = '"We will stay until the end.\nThe council met on Friday. "Nothing changes," she said.'
    assert inner(text) == ["Nothing changes,"]


def test_quotation_continues_over_blank_line_parted_paragraphs():
    text = (
        "The inspector read her findings aloud.\n\n"
        '"The wiring was old. Nobody had checked it in ten years.\n\n'
        '"The alarms were switched off to stop false calls.\n\n'
        '"That is why the fire spread," she said.'
    )
    [q] = find_quotations(text)
    assert len(q.parts) == 3
    assert text[q.parts[0][0] : q.parts[0][1]].startswith("The wiring was old")
    assert text[q.parts[-1][0] : q.parts[-1][1]] == "That is why the fire spread,"
