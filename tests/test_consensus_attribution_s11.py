"""Consensus lines keep their attribution (issue #11, session 11): a claim every article
only reports says who reports it. Every text is written for this file."""

from __future__ import annotations

import pytest

from consilience.consensus import build_claims
from consilience.model import Article, Story
from consilience.pipeline import context_from_articles


def _items(*texts: str) -> list[dict]:
    arts = [
        Article(id=f"g{i}", source=f"g{i}.txt", text=t, outlet=f"Post {i}", published="2025-02-03")
        for i, t in enumerate(texts)
    ]
    ctx = context_from_articles(arts, Story("s", "", [a.id for a in arts]))
    return build_claims(ctx)["consensus"]


def _about(items: list[dict], word: str) -> dict:
    found = [c for c in items if word in c["text"].lower()]
    assert found, [c["text"] for c in items]
    return found[0]


@pytest.fixture(scope="module")
def one_source() -> list[dict]:
    return _items(
        "Police said the gondola cable had snapped near the upper station on Sunday. The "
        "Bergtal lift will stay closed for a month.",
        "The gondola cable snapped near the upper station on Sunday, police said. Forty "
        "skiers were flown down by helicopter.",
        "Police said on Sunday that the gondola cable had snapped near the upper station. "
        "Nobody was hurt.",
    )


def test_a_claim_every_article_attributes_to_one_source_says_so(one_source) -> None:
    item = _about(one_source, "cable")
    assert item.get("said_by") and len(item["said_by"]) == 1
    assert "police" in item["text"].lower()  # "Police said the cable ...", not the fact
    assert all(c.get("attribution") for c in item["citations"])


def test_sources_that_differ_are_given_per_citation() -> None:
    items = _items(
        "The regional water board said the Lenner reservoir had dropped below its lowest "
        "recorded level. Farmers have been told to stop irrigating.",
        "The Lenner reservoir has dropped below its lowest recorded level, a hydrologist at "
        "Kaspar University said. Boats now sit on dry mud.",
        "The Lenner reservoir dropped below its lowest recorded level this week, the "
        "regional water board said.",
    )
    item = _about(items, "reservoir")
    assert len(item.get("said_by", [])) == 2
    sources = {c["attribution"].lower().removeprefix("the ") for c in item["citations"]}
    assert sources == {"regional water board", "a hydrologist at kaspar university"}
    assert not item["text"].lower().startswith("the regional water board said")


def test_a_claim_one_article_states_as_fact_has_no_source_line() -> None:
    items = _items(
        "The Lenner reservoir dropped below its lowest recorded level on Monday. Boats sit "
        "on dry mud.",
        "The Lenner reservoir has dropped below its lowest recorded level, the regional "
        "water board said.",
        "The regional water board said the Lenner reservoir had fallen below its lowest "
        "recorded level.",
    )
    item = _about(items, "reservoir")
    assert "said_by" not in item


def _rendered_brief() -> tuple[dict, dict[str, str]]:
    texts = {
        "r1": "The Lenner reservoir fell below its lowest level, the water board said.",
        "r2": "A hydrologist said the Lenner reservoir fell below its lowest level.",
    }
    clause = "the Lenner reservoir fell below its lowest level"

    def cite(aid: str, source: str) -> dict:
        start = texts[aid].lower().index(clause.lower())
        return {"article": aid, "start": start, "end": start + len(clause), "attribution": source}

    heads = [{"id": a, "source": f"{a}.txt", "outlet": f"{a}.example", "title": None,
              "published": "2025-02-03"} for a in texts]  # fmt: skip
    item = {
        "text": "The Lenner reservoir fell below its lowest level",
        "articles": list(texts),
        "independent_sources": 2,
        "citations": [cite("r1", "the water board"), cite("r2", "A hydrologist")],
        "said_by": ["the water board", "A hydrologist"],
    }
    brief = {
        "schema": "consilience.brief/1",
        "story": {"id": "st-res", "title": "Reservoir", "articles": heads},
        "consensus": [item],
    }
    return brief, texts


def test_markdown_and_html_name_the_sources_of_a_reported_claim() -> None:
    from consilience.render_html import render_html
    from consilience.render_md import render_markdown

    brief, texts = _rendered_brief()
    assert "(said by the water board; A hydrologist)" in render_markdown(brief, texts)
    assert "(said by the water board; A hydrologist)" in render_html(brief, texts)


def test_the_sources_stand_apart_from_the_claim_text() -> None:
    """Session 13: Markdown printed "...on Friday(said by Kjeld; ...)": the escaping folded
    the leading space away. The sources follow the claim text after one space."""
    from consilience.render_md import render_markdown

    brief, texts = _rendered_brief()
    text = brief["consensus"][0]["text"].rstrip()
    assert text + " (said by the water board; A hydrologist)" in render_markdown(brief, texts)
