"""Provenance (session 20, fixm): who an article cites, read from a fact-checker's texts.

* an official described by a compound common noun keeps the whole description ("a
  senior city hall official" cites "city hall officials", never "hall officials");
* "X told <this article's own outlet>": the outlet is no source of its own story, so
  X, the one who told it, is the source cited ("a keeper told The Daily Lantern").

Texts written for these tests (a ferry fare row, an aviary)."""

from __future__ import annotations

from consilience.model import Analysis, Article
from consilience.provenance import extract_attributions


def _sources(nlp, text: str, outlet: str = "") -> list[str]:
    article = Article(id="a1", source="a1.txt", text=text, outlet=outlet)
    return [a.source for a in extract_attributions(Analysis(article, nlp(text)))]


def test_a_compound_office_noun_is_kept_whole(nlp):
    text = (
        "Ferry fares on the Tarrow crossing will rise by a third in January, "
        "a senior town hall official said."
    )
    sources = _sources(nlp, text)
    assert "town hall officials" in sources
    assert "hall officials" not in sources


def test_one_who_told_the_articles_own_outlet_is_the_source(nlp):
    text = (
        "Two owls flew out of the Mossgate aviary after a storm tore its netting.\n\n"
        "One of the owls was found on a church roof, a keeper told The Daily Lantern."
    )
    assert "a keeper" in _sources(nlp, text, outlet="The Daily Lantern")


def test_one_who_told_another_outlet_stays_a_speaker(nlp):
    text = (
        "Two owls flew out of the Mossgate aviary after a storm tore its netting.\n\n"
        "One of the owls was found on a church roof, a keeper told The Daily Lantern."
    )
    assert "a keeper" not in _sources(nlp, text, outlet="Harbour Radio")
