"""Provenance (session 19, fixi): an article naming its own outlet by its initials
("she told the NBC" in the Nordic Broadcasting Company's own report) cites no report;
another outlet's initials still count. Texts written for these tests."""

from __future__ import annotations

from consilience.model import Analysis, Article
from consilience.provenance import extract_attributions


def _sources(nlp, text: str, outlet: str) -> list[str]:
    art = Article(id="a1", source="a1.txt", text=text, outlet=outlet)
    return [a.source for a in extract_attributions(Analysis(art, nlp(text)))]


def test_own_outlet_by_initials_is_not_cited(nlp):
    text = '"The smoke filled the deck in minutes," she told the NBC.'
    assert not any("NBC" in s for s in _sources(nlp, text, "Nordic Broadcasting Company"))


def test_another_outlets_initials_are_still_cited(nlp):
    text = '"The smoke filled the deck in minutes," she told the KTV.'
    assert any("KTV" in s for s in _sources(nlp, text, "Nordic Broadcasting Company"))
