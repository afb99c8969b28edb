"""Quotes and entities (session 21, fixq): a definite description ("the clinic") never
refers to a body its own clause commands ("forcing the clinic to send patients to Y":
the clinic is not Y), so "…, the clinic said" and "a clinic spokeswoman" stay with the
story's body; a saint's name that already says its kind ("St Brannoc Hospital's") takes
no common words after its possessive; a plural after a sibilant ("Crates", "Boxes") is
a dictionary noun; a short name is the organisation whose longer name joins its words
with "of"; an outlet's initials in its own report are the outlet.

Every text is written for these tests (infirmaries, ferries, a mint, a river authority)."""

from __future__ import annotations

from consilience import entities, entity_types
from consilience.entities import build_entities
from consilience.model import Analysis, Article, Story, StoryContext
from consilience.quotes import extract_quotes


def speakers(make, text: str, fragment: str) -> list[str]:
    """Speakers of the quotes of ``text`` whose text holds ``fragment``."""
    return [q.speaker for q in extract_quotes(make(text)) if fragment in q.text]


def entities_of(nlp, *texts: str, outlet: str | None = None) -> dict[str, dict]:
    """name -> entity item of a story made of ``texts`` (one article each)."""
    analyses = [
        Analysis(Article(id=f"a{i}", source=f"a{i}.txt", text=t, outlet=outlet), nlp(t))
        for i, t in enumerate(texts)
    ]
    ctx = StoryContext(Story("s", "t", [a.article.id for a in analyses]), analyses, {}, {})
    return {it["name"]: it for it in build_entities(ctx)["entities"]}


FLOOD = (
    "Flood water reached the basement wards of Harrowgate Infirmary on Monday night, "
    "forcing the infirmary to send new patients to Penmoor Royal Infirmary and to cancel "
    "60 operations, the infirmary said.\n\n"
    "The generators failed at 2:10 a.m., an infirmary spokeswoman said."
)


def test_the_description_said_is_not_the_body_its_clause_sends_patients_to(make):
    assert speakers(make, FLOOD, "cancel 60 operations") == ["Harrowgate Infirmary"]


def test_a_spokeswoman_by_noun_speaks_for_the_same_body(make):
    said = speakers(make, FLOOD, "generators failed")
    assert said and "Penmoor" not in said[0] and "Harrowgate Infirmary" in said[0]


def test_a_lone_body_of_the_noun_is_still_the_referent(make):
    text = (
        "Harrowgate Infirmary opened a new cancer wing on Friday. It will treat 400 "
        "patients a year, the infirmary said."
    )
    assert speakers(make, text, "400 patients") == ["Harrowgate Infirmary"]


def test_a_saints_body_named_by_kind_takes_no_part_after_its_possessive(nlp):
    items = entities_of(
        nlp,
        "Hackers locked St Brannoc Hospital's IT network on Tuesday.",
    )
    assert "St Brannoc Hospital" in items
    assert not any("IT" in n.split() for n in items)


def test_a_plural_after_a_sibilant_is_a_dictionary_noun():
    assert entity_types.common_words(["Carcasses"])
    assert entity_types.common_words(["Boxes"])
    assert not entity_types.common_words(["Velmarch"])


def test_a_short_name_is_the_body_whose_name_goes_on_with_of(nlp):
    items = entities_of(
        nlp,
        "The Royal Mint of Ostmark struck the new coins on Monday.",
        "The new coins were the Royal Mint's first in a decade, traders said.",
    )
    assert "Royal Mint of Ostmark" in items
    assert "Royal Mint" in items["Royal Mint of Ostmark"]["aliases"]
    assert "Royal Mint" not in items


def test_an_outlets_initials_in_its_own_report_are_the_outlet():
    assert entities._short_own_outlet("KFS", "Kestrel Ferry Service")
    assert entities._short_own_outlet("RAO", "River Authority of Ostmark")
    assert not entities._short_own_outlet("KFS", "Harbour Courier")
    assert not entities._short_own_outlet("K", "Kestrel")
