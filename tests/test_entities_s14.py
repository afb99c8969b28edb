"""Entities (session 14): a one-word name the tagger took for a person in one mention and
for a place in another is the place (the model's own place reading across the story)."""

from __future__ import annotations

from consilience.entities import _Cluster, _Mention


def _cluster(*mentions: tuple[str, str]) -> _Cluster:
    c = _Cluster("k")
    for i, (surface, label) in enumerate(mentions):
        c.add(_Mention(f"a{i}", surface, label, 10 * i, 10 * i + len(surface)))
    return c


def test_lone_word_known_as_a_place_elsewhere_is_a_place():
    assert _cluster(("Vlissingen", "PERSON"), ("Vlissingen", "GPE")).label == "GPE"


def test_a_full_name_keeps_its_person_reading():
    c = _cluster(("Ana Vidal", "PERSON"), ("Vidal", "GPE"))
    assert c.label == "PERSON"


def test_a_description_still_decides():
    c = _cluster(("Vlissingen", "PERSON"), ("Vlissingen", "GPE"))
    c.described["PERSON"] += 2
    assert c.label == "PERSON"


def test_an_articles_short_name_for_its_own_outlet_is_an_organisation():
    from consilience.entities import _short_own_outlet

    assert _short_own_outlet("Echo", "Harrow Vale Echo")
    assert _short_own_outlet("Vale Echo", "the Harrow Vale Echo")
    assert not _short_own_outlet("Harrow", "Harrow Vale Echo")
    assert not _short_own_outlet("Harrow Vale Echo", "Harrow Vale Echo")
    assert not _short_own_outlet("Echo", None)


def test_own_outlet_short_name_typed_organisation_in_the_section(make_ctx):
    from consilience.entities import story_entities

    ctx = make_ctx(
        "Shipping records seen by the Herald show the cargo came from Peru. The Herald "
        "understands two men were held."
    )
    ctx.analyses[0].article.outlet = "Dunmore Herald"
    items = story_entities(ctx)
    names = {e["name"]: e["type"] for e in items}
    assert names.get("Dunmore Herald") == "ORG"  # session 21: the paper under its own name
    assert "Herald" not in names


def test_a_firms_name_described_by_a_person_noun_stays_an_organisation(make_ctx):
    """Session 21: "employer" is first a person in WordNet; "Brannock Systems" is a firm's
    name by its head word whatever its description."""
    from consilience.entities import story_entities

    ctx = make_ctx(
        "Brannock Systems will close its plant in Tollby. Up to 300 jobs could go at "
        "Brannock Systems, the town's largest private employer, a union official said."
    )
    names = {e["name"]: e["type"] for e in story_entities(ctx)}
    assert names.get("Brannock Systems") == "ORG"
