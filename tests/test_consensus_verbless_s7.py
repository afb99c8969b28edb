"""A consensus item states something: a name with its title or apposition that several
articles give ("Fire chief Tomas Berg") is not an agreed fact a reader can check (session 7
new-user probe). Every text is written for this file."""

from __future__ import annotations

from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles


def _consensus(*texts: str) -> list[str]:
    arts = [
        Article(id=f"x{i}", source=f"x{i}.txt", text=t, outlet=f"Paper {i}", published="2025-05-12")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return [c["text"] for c in build_claims(ctx)["consensus"]]


def test_a_title_and_name_alone_is_no_consensus_item() -> None:
    got = _consensus(
        "Harbour master Lene Dahl closed the Ostby marina on Monday. Harbour master Lene Dahl "
        "said the pontoons were unsafe.",
        "The Ostby marina was shut on Monday. Harbour master Lene Dahl blamed storm damage.",
        "Harbour master Lene Dahl told boat owners to stay away from the Ostby marina.",
    )
    assert "Harbour master Lene Dahl" not in got
    assert any("marina" in t for t in got)  # the agreed event stays
