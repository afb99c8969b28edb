"""Entities: aliases merged within a story (consilience.entities)."""

from __future__ import annotations

import json

import pytest
from conftest import shared_dir as shared_path

from consilience.entities import build_entities, canonical_name, clean_surface, name_key
from consilience.model import Analysis, Article, Story, StoryContext


def ctx_of(nlp, texts: list[str]) -> StoryContext:
    analyses = [
        Analysis(Article(id=f"a{i}", source=f"a{i}.txt", text=t), nlp(t))
        for i, t in enumerate(texts)
    ]
    return StoryContext(Story("s", "t", [a.article.id for a in analyses]), analyses, {}, {})


def find(items, name):
    hits = [it for it in items if it["name"] == name]
    assert len(hits) == 1, [it["name"] for it in items]
    return hits[0]


def test_surface_cleaning_and_keys():
    assert clean_surface("Biden’s") == "Biden"
    assert clean_surface("President Joe Biden", "PERSON") == "Joe Biden"
    assert clean_surface("U.S.") == "U.S."
    assert name_key("U.S.") == name_key("US") == name_key("United States") == name_key("America")
    assert name_key("Kursk region", "GPE") == name_key("Kursk Oblast", "GPE") == name_key("Kursk")


def test_aliases_merged_across_articles(nlp):
    ctx = ctx_of(
        nlp,
        [
            "U.S. President Joe Biden met Ukrainian President Volodymyr Zelenskyy in "
            "Washington on Monday. Biden's aides said the United States would send more aid.",
            "Zelensky thanked Biden. The US decision angered Moscow, and Russian troops "
            "massed in the Kursk region.",
            "Zelenskyy said America had kept its word. Fighting continued in Kursk Oblast "
            "and in Kursk itself.",
        ],
    )
    items = build_entities(ctx)["entities"]
    biden = find(items, "Joe Biden")
    assert biden["type"] == "PERSON" and "Biden" in biden["aliases"]
    assert biden["articles"] == ["a0", "a1"]
    zel = find(items, "Volodymyr Zelenskyy")
    assert zel["type"] == "PERSON"
    assert {"Zelensky", "Zelenskyy"} <= set(zel["aliases"])
    assert zel["articles"] == ["a0", "a1", "a2"]
    us = find(items, "United States")
    assert us["type"] == "GPE" and {"U.S.", "US", "America"} & set(us["aliases"])
    for it in items:
        assert it["aliases"] == sorted(it["aliases"])
        assert not it["name"].endswith(("'s", "’s"))
        for c in it["citations"]:
            a = ctx.analysis(c["article"])
            assert a.doc.text[c["start"] : c["end"]]
    keys = [(-len(it["articles"]), -it["mentions"], it["name"]) for it in items]
    assert keys == sorted(keys)
    assert canonical_name(ctx, "Zelensky") == "Volodymyr Zelenskyy"
    assert canonical_name(items, "Biden’s") == "Joe Biden"
    assert canonical_name(ctx, "Nobody Known") == "Nobody Known"
    assert json.dumps(items) == json.dumps(build_entities(ctx)["entities"])


def test_skips_numeric_labels(nlp):
    ctx = ctx_of(nlp, ["On Monday, 300 troops crossed 12 kilometres into Russia in 2024."])
    types = {it["type"] for it in build_entities(ctx)["entities"]}
    assert not types & {"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}


@pytest.mark.shared
def test_seed_entities(nlp):
    shared = shared_path()
    if shared is None or not (shared / "seeds").is_dir():
        pytest.skip("../shared is not present")
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    items = build_entities(ctx_of(nlp, texts))["entities"]
    assert find(items, "Joe Biden")["articles"] == ["a0", "a1", "a2", "a3", "a4"]
    assert find(items, "Volodymyr Zelenskyy")["type"] == "PERSON"
    assert find(items, "Vladimir Putin")["type"] == "PERSON"
    us = find(items, "United States")
    assert len(us["articles"]) == 5
