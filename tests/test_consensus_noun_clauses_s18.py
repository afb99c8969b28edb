"""A consensus item shows no clause describing a noun ("a train *carrying ammonia*") that
a cited member does not state (session 18 new-user probe: "A freight train carrying chlorine
derailed" cited a release that never names chlorine). Every text is written for this file."""

from __future__ import annotations

from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles


def _consensus(*texts: str) -> list[dict]:
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2025-04-07")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return build_claims(ctx)["consensus"]


def test_a_noun_clause_one_member_lacks_is_not_shown() -> None:
    got = _consensus(
        "A cargo train carrying ammonia derailed near Tarnby on Tuesday, forcing the evacuation"
        " of about 300 residents.",
        "At about 5 a.m. on Tuesday, a Vestrail train derailed near Tarnby.",
    )
    trains = [c for c in got if "derailed" in c["text"]]
    assert all("ammonia" not in c["text"] for c in trains)


def test_a_noun_clause_every_member_states_stays() -> None:
    got = _consensus(
        "A cargo train carrying ammonia derailed near Tarnby on Tuesday, forcing the evacuation"
        " of about 300 residents.",
        "At about 5 a.m. on Tuesday, a train carrying ammonia derailed near Tarnby.",
    )
    assert any("ammonia" in c["text"] for c in got if "derailed" in c["text"])
