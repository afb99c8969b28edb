"""Helpers shared by the figure-reconciliation tests of session 20 (tests/test_figures_s20.py,
tests/test_figures_fixf_s20.py): a story context built from (outlet, moment, text) triples, the
conflict and corroboration items of its figures, and those whose readings quote a text."""

from __future__ import annotations


def story(*items: tuple[str, str, str]):
    """A StoryContext of articles given as (outlet, ISO publication moment, text)."""
    from consilience.analyse import analyse
    from consilience.embed import embed_texts
    from consilience.model import Article, Extraction, Story, StoryContext
    from consilience.quantities import extract_quantities

    articles = [
        Article(id=f"a{i}", source=f"a{i}.md", text=text, outlet=outlet, published=pub[:10],
                published_at=pub, title="")
        for i, (outlet, pub, text) in enumerate(items)
    ]  # fmt: skip
    analyses = list(analyse(articles))
    extractions = {
        a.article.id: Extraction(a.article.id, quantities=extract_quantities(a)) for a in analyses
    }
    vecs = {a.article.id: embed_texts([s.text for s in a.sentences]) for a in analyses}
    return StoryContext(
        Story("s", "t", [a.article.id for a in analyses]), analyses, extractions, vecs
    )


def items_of(ctx) -> list[dict]:
    from consilience.reconcile import build_quantities

    out = build_quantities(ctx)
    return [e for kind in ("conflicts", "corroborated") for e in out[kind]]


def with_text(items: list[dict], text: str) -> list[dict]:
    return [e for e in items if any(text in r["text"] for r in e["readings"])]
