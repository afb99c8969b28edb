"""Session 22 (fixquotes): two kinds a new user's test corpus showed.

* "<an event> was reported by <an unnamed person>" ("the leak was reported by a
  neighbour"): one who saw it and raised the alarm, an actor of the story, is no source
  the article rests on; outlets, bodies, officials and reports with a clause stay cited.
* a name of several words the tagger calls a person, used as a place ("in Calder
  Heights", "between Orwin and Stave Ridge"), whose last word is a geographic noun, is a
  place; a person's name in the same role keeps its type when its last word is none.

Texts written for these tests (a gas leak, a flood, a landslide)."""

from __future__ import annotations

import pytest

from consilience.entities import story_entities
from consilience.entity_types import geographic_head
from consilience.model import Analysis, Article, Extraction, Story, StoryContext
from consilience.provenance import extract_attributions


def _sources(nlp, text: str) -> list[str]:
    article = Article(id="a1", source="a1.txt", text=text, outlet="")
    return [a.source for a in extract_attributions(Analysis(article, nlp(text)))]


@pytest.mark.parametrize(
    "text, person",
    [
        ("The gas leak was reported by a neighbour late on Tuesday.", "a neighbour"),
        ("The landslide was first reported by a cyclist, police said.", "a cyclist"),
        ("The sighting was reported by residents on the coast road.", "residents"),
    ],
)
def test_one_who_raised_the_alarm_is_no_cited_source(nlp, text, person):
    assert person not in _sources(nlp, text)


@pytest.mark.parametrize(
    "text, source",
    [
        ("The merger talks were first reported by the Financial Times.", "Financial Times"),
        ("The takeover plan was first reported by Reuters on Monday.", "Reuters"),
    ],
)
def test_an_outlet_that_reported_the_story_stays_cited(nlp, text, source):
    assert source in _sources(nlp, text)


def test_police_in_the_same_sentence_stay_cited(nlp):
    text = "The landslide was first reported by a cyclist, police said."
    assert any(s.lower() == "police" for s in _sources(nlp, text))


@pytest.fixture(scope="module")
def entities_of(make):
    def build(*texts: str) -> list[dict]:
        an = [make(t, f"a{i}") for i, t in enumerate(texts)]
        ids = [a.article.id for a in an]
        ctx = StoryContext(Story("s", "t", ids), an, {i: Extraction(i) for i in ids}, {})
        return story_entities(ctx)

    return build


def _typed(ents: list[dict], name: str) -> str | None:
    hits = [e["type"] for e in ents if name == e["name"] or name in e["aliases"]]
    return hits[0] if hits else None


def test_geographic_head_words():
    assert geographic_head(["Calder", "Heights"])
    assert geographic_head(["Orwin", "Falls"])
    assert not geographic_head(["Lena", "Hartmann"])
    assert not geographic_head([])


@pytest.mark.parametrize(
    "text, place",
    [
        ("The road between Orwin and Stave Ridge was closed overnight.", "Stave Ridge"),
        ("The school in Harlow Falls was opened as a shelter.", "Harlow Falls"),
    ],
)
def test_a_name_with_a_geographic_head_used_as_a_place_is_a_place(entities_of, text, place):
    assert _typed(entities_of(text), place) == "GPE"


def test_a_person_used_with_a_place_preposition_keeps_its_type(entities_of):
    text = "Buses between Kemper and Lena Hartmann were cancelled."
    assert _typed(entities_of(text), "Lena Hartmann") == "PERSON"


def _speakers(nlp, text: str) -> list[str]:
    from consilience.quotes import extract_quotes

    article = Article(id="a1", source="a1.txt", text=text, outlet="Osterby Water")
    return [q.speaker for q in extract_quotes(Analysis(article, nlp(text)))]


def test_a_press_release_dateline_is_no_speaker(nlp):
    text = (
        "Brellan, 4 March 2026 - Osterby Water today confirms that it will raise "
        "prices by 6 per cent from April.\n"
    )
    speakers = _speakers(nlp, text)
    assert "Brellan" not in speakers
    assert "Osterby Water" in speakers


def test_a_mixed_case_place_and_full_date_before_a_dash_is_a_dateline():
    from consilience.boilerplate import article_spans

    text = "Brellan, 4 March 2026 - Osterby Water today confirms a price rise.\n"
    spans = article_spans(Article(id="a1", source="a1.txt", text=text, outlet=""))
    assert [text[b.start : b.end] for b in spans if b.kind == "dateline"] == [
        "Brellan, 4 March 2026 - "
    ]


def test_a_name_and_a_date_inside_prose_is_no_dateline():
    from consilience.boilerplate import article_spans

    text = "Osterby Water said on 4 March 2026 - a Wednesday - that prices would rise.\n"
    spans = article_spans(Article(id="a1", source="a1.txt", text=text, outlet=""))
    assert not [b for b in spans if b.kind == "dateline"]
