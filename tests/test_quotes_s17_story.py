"""Quotes (session 17), story level: a definite description one article gives alone is
the one name another article of the story gives with that description.

Texts written for these tests (a tyre maker, a harbour)."""

from __future__ import annotations


def _story_quotes(make_ctx, *texts: str) -> list[tuple[str, str]]:
    from consilience.provenance import extract_attributions
    from consilience.quotes import build_quotes, extract_quotes

    ctx = make_ctx(*texts)
    for a in ctx.analyses:
        ext = ctx.extractions[a.article.id]
        ext.quotes = extract_quotes(a)
        ext.attributions = extract_attributions(a)
    return [(q["speaker"], q["text"]) for q in build_quotes(ctx)["quotes"]]


def test_a_description_is_the_name_another_article_gives_with_it(make_ctx):
    quotes = _story_quotes(
        make_ctx,
        "Danish tyre maker Brandvik Rubber will close two plants in Jutland, it said on Monday.",
        "Shares in Brandvik Rubber fell 6% on Monday after the Danish tyre maker said it "
        "would close two plants and cut 800 jobs.",
    )
    assert [s for s, t in quotes if "cut 800 jobs" in t] == ["Brandvik Rubber"]


def test_a_description_two_names_share_is_left_as_written(make_ctx):
    quotes = _story_quotes(
        make_ctx,
        "Shares fell after tyre maker Brandvik Rubber said it would cut 300 jobs.",
        "Shares fell after tyre maker Oster Gummi said it would cut 200 jobs.",
        "The tyre maker said it would close two plants and cut 800 jobs.",
    )
    assert [s for s, t in quotes if "cut 800 jobs" in t] == ["The tyre maker"]
