"""A consensus item says only what every cited clause says (session 7 new-user probe: the
demo's "failed early on Sunday after almost a week of heavy rain" cited articles that say only
that the dam failed on Sunday). Every text is written for this file."""

from __future__ import annotations

from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles


def _consensus(*texts: str) -> list[str]:
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2025-04-07")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return [c["text"] for c in build_claims(ctx)["consensus"]]


def test_a_closing_phrase_only_one_member_states_is_left_out() -> None:
    got = _consensus(
        "The Varo road bridge collapsed on Saturday after weeks of storms.",
        "The Varo road bridge collapsed on Saturday during a storm.",
        "The Varo road bridge collapsed on Saturday morning.",
    )
    bridge = [t for t in got if "collapsed" in t]
    assert bridge and all("storm" not in t and "morning" not in t for t in bridge)
    assert all("on Saturday" in t for t in bridge)


def test_a_phrase_every_member_states_stays() -> None:
    got = _consensus(
        "The Varo road bridge collapsed on Saturday after weeks of storms.",
        "After weeks of storms, the Varo road bridge collapsed on Saturday.",
        "The Varo road bridge collapsed after weeks of storms on Saturday, police said.",
    )
    assert any("storms" in t for t in got if "collapsed" in t)
