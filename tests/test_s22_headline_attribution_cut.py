"""A trailing attribution a shared cut leaves half is left out whole (session 22,
headline engineer; sentences written for these tests)."""

from __future__ import annotations

from consilience.line_voice import attribution_cut


def _cut(nlp, sentence: str, kept: str) -> str:
    doc = nlp(sentence)
    return sentence[: attribution_cut(doc, 0, len(kept), len(sentence))]


def test_a_half_attribution_goes(nlp):
    sentence = "The ferry sank within minutes, coastguard spokesman Ivo Marn told reporters at the harbour."
    kept = "The ferry sank within minutes, coastguard spokesman Ivo Marn told reporters"
    assert _cut(nlp, sentence, kept) == "The ferry sank within minutes"


def test_a_half_said_clause_goes(nlp):
    sentence = "Two wards were closed, the hospital's director said on Friday evening."
    kept = "Two wards were closed, the hospital's director said"
    assert _cut(nlp, sentence, kept) == "Two wards were closed"


def test_an_uncut_line_keeps_its_attribution(nlp):
    sentence = "The ferry sank within minutes, coastguard spokesman Ivo Marn told reporters."
    assert _cut(nlp, sentence, sentence) == sentence


def test_a_cut_line_without_attribution_is_left_alone(nlp):
    sentence = "The ferry sank within minutes after striking rocks near the harbour."
    kept = "The ferry sank within minutes after striking rocks"
    assert _cut(nlp, sentence, kept) == kept


def test_an_attribution_before_its_content_is_left_alone(nlp):
    sentence = "Coastguard spokesman Ivo Marn told reporters that the ferry sank within minutes."
    kept = "Coastguard spokesman Ivo Marn told reporters that the ferry sank"
    assert _cut(nlp, sentence, kept) == kept
