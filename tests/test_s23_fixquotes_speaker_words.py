"""quote_marks.speaker_words (session 23, fixquotes): a speaker's first-person words inside
quotation marks are the speaker's quote, never a story fact for consensus; the same
words outside quotation marks, or quoted words with no first person, are not flagged.

Every text is written for these tests (a pier, a stand, an election count)."""

from __future__ import annotations

from consilience.quote_marks import speaker_words


def _flag(text: str, words: str) -> bool:
    start = text.index(words)
    return speaker_words(text, start, start + len(words))


def test_a_first_person_quotation_is_the_speakers_words():
    text = 'Groundsman Leo Hart said: "I thought the stand had collapsed." Play resumed.'
    assert _flag(text, "I thought the stand had collapsed")


def test_a_plural_first_person_in_curly_marks_after_the_attribution():
    text = "“Our count was finished by midnight,” the returning officer said."
    assert _flag(text, "Our count was finished by midnight")


def test_a_first_person_in_the_part_after_the_attribution():
    text = '"The tide came fast," she said, "and we lost the boats."'
    assert _flag(text, "we lost the boats")


def test_quoted_words_without_a_first_person_are_not_flagged():
    text = 'The harbour master said "the whole pier shook" when the wave struck.'
    assert not _flag(text, "the whole pier shook")


def test_first_person_outside_quotation_marks_is_not_flagged():
    text = "We asked the council for comment. The council did not reply."
    assert not _flag(text, "We asked the council for comment")


def test_an_abbreviation_in_capitals_is_no_first_person():
    text = 'The envoy said "US troops left the base on Monday".'
    assert not _flag(text, "US troops left the base on Monday")
