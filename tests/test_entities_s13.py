"""Entities (session 13): names of one body merged and counted in every article.

* a name that is the first words of exactly one organisation's longer name is that
  organisation ("Kellby Royal" / "Kellby Royal Infirmary", "St Brigid's" / "St Brigid's
  Grammar School"), but not a name the tagger glued to a phrase;
* an acronym is the organisation whose initials it gives ("NRWA" / "Northern River
  Water Authority");
* a group named in the singular and the plural is one ("Free Democrat" / "Free
  Democrats"); a party's members in the plural ("Reds" / "Red Alliance") are the party;
* a name of two or more capitalised words counts in every article that writes it, also
  where the tagger missed it.

Every text is written for these tests (infirmaries, rivers, bakeries: no held-out set's
wording)."""

from __future__ import annotations

from consilience.entities import story_entities
from consilience.model import Analysis, Article, Story, StoryContext


def entities_of(nlp, *texts: str) -> list[dict]:
    """The entities section of a story of ``texts`` (analyses only)."""
    ans = [
        Analysis(Article(id=f"a{i}", source=f"a{i}.txt", text=t), nlp(t))
        for i, t in enumerate(texts)
    ]
    ctx = StoryContext(Story("s", "t", [a.article.id for a in ans]), ans, {}, {})
    return story_entities(ctx)


def item_with(items: list[dict], surface: str) -> dict:
    """The one item whose name or aliases hold ``surface``."""
    hits = [it for it in items if surface == it["name"] or surface in it["aliases"]]
    assert len(hits) == 1, [(it["name"], it["aliases"]) for it in items]
    return hits[0]


def test_first_words_of_a_longer_name_are_that_organisation(nlp):
    items = entities_of(
        nlp,
        "Two patients were flown to Kessing Royal Infirmary.",
        "Staff at Kessing Royal said both were stable.",
    )
    assert item_with(items, "Kessing Royal")["name"] == "Kessing Royal Infirmary"


def test_acronym_is_the_organisation_of_its_initials(nlp):
    items = entities_of(
        nlp,
        "The Northern River Water Authority closed the weir on Friday. The NRWA said the "
        "level would fall by Sunday. NRWA engineers checked the gates.",
    )
    assert item_with(items, "NRWA")["name"] == "Northern River Water Authority"


def test_singular_and_plural_group_names_are_one(nlp):
    items = entities_of(
        nlp,
        "The Democrats tabled the bill on Monday.",
        "A Democrat motion to delay the vote failed.",
    )
    assert item_with(items, "Democrat")["name"] == "Democrats"


def test_a_partys_members_in_the_plural_are_the_party(nlp):
    items = entities_of(
        nlp,
        "The Red Alliance voted with the opposition on Tuesday.",
        "The Reds backed the motion after a long debate.",
    )
    assert item_with(items, "Reds")["name"] == "Red Alliance"


def test_a_name_counts_in_every_article_that_writes_it(nlp):
    texts = [
        "The caterer Ostby Bakeries said it had stopped deliveries to the school.",
        "Ostby Bakeries, which bakes the school's bread, said it was co-operating.",
        "Inspectors took samples from Ostby Bakeries on Tuesday.",
    ]
    ans = [
        Analysis(Article(id=f"a{i}", source=f"a{i}.txt", text=t), nlp(t))
        for i, t in enumerate(texts)
    ]
    ans[1].doc.ents = []  # the tagger missed the name in the second article
    ctx = StoryContext(Story("s", "t", [a.article.id for a in ans]), ans, {}, {})
    item = item_with(story_entities(ctx), "Ostby Bakeries")
    assert item["articles"] == ["a0", "a1", "a2"] and item["mentions"] == 3
    for cite in item["citations"]:
        text = texts[int(cite["article"][1:])]
        assert text[cite["start"] : cite["end"]] == "Ostby Bakeries"


def test_a_generic_tail_of_a_name_is_not_searched(nlp):
    texts = [
        "Pupils at St Brigid's Grammar School were sent home.",
        "Hillcrest Grammar School stayed open on Monday.",
    ]
    items = entities_of(nlp, *texts)
    school = [it for it in items if it["name"].startswith("St Brigid")]
    assert school and school[0]["articles"] == ["a0"], items
