"""Lines and quotes read wrong on heldout_s43 after its first run (session 46), tested on
sentences written for these tests:

- an imperative that opens an item of a list ("- Put your bin out by 6.30am on your
  collection day.") tells the reader what to do; it is never a headline, summary,
  consensus or unique line;
- the one a reporting verb speaks to, with a relative clause of asking ('"Keep going," I
  said to a neighbour *who had asked* ...'), did not say the quotation: the asking verb is
  no cue for it.
"""

from __future__ import annotations

import pytest

from consilience.analyse import analyse
from consilience.meta_lines import reader_address
from consilience.model import Article

PAGE = (
    "Garden waste collections\n\n"
    "The depot on Mill Road reopened on Monday after the flood.\n\n"
    "Before your collection:\n\n"
    "- Leave your brown bin at the kerb by 7am on your collection day.\n"
    "* Close the lid so that the crew can lift it.\n\n"
    "Crews said - put simply - that the round had been redrawn."
)


def _addressed(text: str) -> dict[str, bool]:
    art = Article(id="t0", source="t0.txt", text=text, published="2040-05-02")
    an = next(iter(analyse([art])))
    return {
        s.text.strip(" -*\n"): reader_address(an.doc, s.start_char, s.end_char)
        for s in an.doc.sents
    }


@pytest.mark.parametrize(
    "line",
    [
        "Leave your brown bin at the kerb by 7am on your collection day.",
        "Close the lid so that the crew can lift it.",
    ],
)
def test_imperative_list_item_is_addressed_to_the_reader(line):
    assert _addressed(PAGE)[line] is True


@pytest.mark.parametrize(
    "line",
    [
        "The depot on Mill Road reopened on Monday after the flood.",
        "Crews said - put simply - that the round had been redrawn.",
    ],
)
def test_guard_statements_are_not_addressed(line):
    assert _addressed(PAGE)[line] is False


def _speakers(text: str) -> list[tuple[str, str]]:
    from consilience.quotes import extract_quotes

    art = Article(id="t0", source="t0.txt", text=text, published="2040-05-02")
    return [(q.speaker, q.text) for q in extract_quotes(next(iter(analyse([art]))))]


def test_one_spoken_to_who_asked_is_no_speaker():
    found = _speakers(
        '"Keep composting," I said to a neighbour who had asked if there was any point. '
        '"But ask the council where the bins go."'
    )
    assert not any(s == "a neighbour" for s, _ in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will reopen," the warden told a visitor who asked about the hide.', "the warden"),
        ('A visitor who had asked about the hide said: "It was shut all week."', "A visitor"),
    ],
)
def test_guard_speakers_around_an_asking_clause(text, speaker):
    assert [s for s, _ in _speakers(text)] == [speaker]
