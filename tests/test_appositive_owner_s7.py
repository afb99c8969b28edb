"""A person's name in apposition after "the ROLE of ORGANISATION" renames the role, not the
organisation (session 7 new-user probe: "The chief executive of X, NAME, refused to resign"
against "NAME, X's chief executive, resigned" gave no fact conflict because the parser hung
the name on the firm). Every text is written for this file."""

from __future__ import annotations

from consilience.claims import arg_key, article_names
from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles


def _facts(*texts: str) -> list[list[str]]:
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2025-09-02")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return [
        [r["text"] for r in c["readings"]]
        for c in build_claims(ctx)["conflicts"]
        if c["kind"] == "fact"
    ]


def test_the_role_of_an_organisation_named_in_apposition_is_the_person(nlp) -> None:
    doc = nlp("The mayor of Dunmore, Petra Vik, refused to step down on Monday.")
    names = article_names(doc)
    mayor = next(t for t in doc if t.lower_ == "mayor")
    assert arg_key(mayor, names) == "petra vik"


def test_a_refusal_by_the_role_of_an_organisation_disputes_the_act(nlp) -> None:
    got = _facts(
        "The head of the Orsa Rowing Club, Jonas Brede, refused to resign on Monday after the "
        "club lost its licence.",
        "Jonas Brede, the Orsa Rowing Club's head, resigned on Monday, the club said.",
    )
    assert any(
        any("refused" in r for r in c) and any("resigned on Monday" in r for r in c) for c in got
    )


def test_the_organisation_itself_is_not_the_person(nlp) -> None:
    doc = nlp("The chief engineer of Veltro Rail, Ines Moll, inspected the bridge.")
    names = article_names(doc)
    firm = next(t for t in doc if t.text == "Rail")
    assert arg_key(firm, names) != "ines moll"
