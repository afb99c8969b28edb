"""Statement conflicts through paraphrase (issue #11/#12, session s6): closed / stayed open
with a short form of the name and an "until" bound, done vs expected with other verbs and
dates, safe vs told not to use, a denial quoted from a party, ``permitted`` as not yet done,
and no consensus item that a statement conflict disputes. Every text is written for this
file."""

from __future__ import annotations

import pytest

from consilience import opposition, statements
from consilience.model import Article, Claim, Story


def brief(*texts: str, published: list[str] | None = None) -> dict:
    """The finished brief of ``texts`` as one story (article ids ``x0``, ``x1``, ...)."""
    from consilience.pipeline import context_from_articles, finished_brief

    days = published or ["2025-03-12"] * len(texts)
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published=d)
        for i, (t, d) in enumerate(zip(texts, days, strict=True))
    ]
    return finished_brief(context_from_articles(arts, Story("s", "", [a.id for a in arts])))


def facts(b: dict) -> list[dict]:
    return [c for c in b["conflicts"] if c["kind"] == "fact"]


def cited(item: dict) -> set[tuple[str, int, int]]:
    cites = list(item.get("citations") or [])
    cites += [r["citation"] for r in item.get("readings", [])]
    return {(c["article"], c["start"], c["end"]) for c in cites}


def overlapping(a: set, b: set) -> bool:
    return any(x[0] == y[0] and x[1] < y[2] and y[1] < x[2] for x in a for y in b)


def claim(article: str, text: str, frame: str, **kw) -> Claim:
    """A hand-built claim of ``article`` whose clause is all of ``text``."""
    kw.setdefault("predicate", frame)
    return Claim(
        article=article,
        start=0,
        end=len(text),
        text=text,
        sentence=0,
        kind="main",
        frame=frame,
        tense=kw.pop("tense", "past"),
        **kw,
    )


# --------------------------------------------------------------------------- closed / open


@pytest.fixture(scope="module")
def school_story() -> dict:
    return brief(
        "PELLHAM, March 12 - Corran Valley School, where the leak was found, has closed until "
        "at least next Tuesday, the county council said. Engineers are checking the roof.",
        "Corran Valley School has shut for the rest of the week after water came through the "
        "roof, the county council said on Wednesday. Engineers are checking the roof.",
        "Corran Valley stayed open on Wednesday, with staff moving pupils away from the damp "
        "classrooms, a teacher said. Engineers are checking the roof.",
    )


def test_closed_until_a_later_day_and_stayed_open_are_one_dispute(school_story):
    got = facts(school_story)
    assert len(got) == 1
    assert {r["article"] for r in got[0]["readings"]} == {"x0", "x1", "x2"}
    assert got[0]["outliers"] == ["x2"]


def test_a_disputed_closure_is_not_consensus(school_story):
    disputed = set().union(*(cited(c) for c in facts(school_story)))
    assert disputed
    for item in school_story["consensus"]:
        assert not overlapping(cited(item), disputed), item["text"]
        assert "closed" not in item["text"] and "shut" not in item["text"]


def test_an_until_bound_is_not_the_moment_of_the_state():
    shut = claim(
        "a",
        "The Ostry ferry terminal has closed until Friday",
        "shut_down",
        actor="The Ostry ferry terminal",
        actor_keys=["ostry ferry terminal"],
        dates=["2025-06-13|day"],
    )
    open_ = claim(
        "b",
        "The Ostry ferry terminal remained open on Tuesday",
        "be",
        predicate="remain",
        patient_key="open",
        actor_keys=["ostry ferry terminal"],
        dates=["2025-06-10|day"],
    )
    day = {"a": "2025-06-10", "b": "2025-06-10"}
    assert opposition.opposed(shut, open_) == "antonym"
    assert statements.same_moment(shut, open_, day, "antonym")
    # a closure dated to another day (no "until") is another moment
    later = claim("a", "The Ostry ferry terminal closed on Friday", "shut_down", dates=shut.dates)
    assert not statements.same_moment(later, open_, day, "antonym")


def test_closed_until_at_least_is_a_closure_and_closed_at_a_level_is_not():
    shut = claim("a", "The depot has closed until at least Monday", "shut_down", predicate="close")
    market = claim("a", "The Vessa index closed at 4,210 points", "shut_down", predicate="close")
    assert ("open", -1) in opposition.poles(shut)
    assert ("open", -1) not in opposition.poles(market)


def test_a_name_without_its_institution_word_is_one_subject():
    assert statements._short_form(frozenset({"marlow road hospital"}), frozenset({"marlow road"}))
    assert not statements._short_form(frozenset({"marlow"}), frozenset({"marlow hospital"}))
    assert not statements._short_form(
        frozenset({"marlow road"}), frozenset({"marlow road council"})
    )
