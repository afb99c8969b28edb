"""A brief of texts written for a test (sessions 35 to 38): articles ``t0``, ``t1``, ... of
outlets ``o0.example``, ... all published on one day, built with the bench's context."""

from __future__ import annotations

from consilience.model import Article


def brief_of(bench, *texts: str, published: str) -> dict:
    """The brief (JSON contract) of ``texts``, each one article published on ``published``
    (an ISO day)."""
    from consilience.brief import build_brief

    arts = [
        Article(id=f"t{i}", source=f"t{i}.txt", text=v, outlet=f"o{i}.example", published=published)
        for i, v in enumerate(texts)
    ]
    return build_brief(bench.build_context(arts))


def conflicts_of(bench, kind: str, *texts: str, published: str) -> list[dict]:
    """The conflict items of kind ``kind`` ("fact", "quantity", "date") of ``texts``."""
    return [
        c for c in brief_of(bench, *texts, published=published)["conflicts"] if c["kind"] == kind
    ]


def figures_of(make_ctx, text: str) -> list:
    """The quantities of ``text`` read as one article (``make_ctx`` is the fixture of that
    name)."""
    ctx = make_ctx(text)
    return [q for ex in ctx.extractions.values() for q in ex.quantities]


def quotes_of(bench, *texts: str, published: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quote of the brief of ``texts``."""
    brief = brief_of(bench, *texts, published=published)
    return [(q["speaker"], q["text"]) for q in brief["quotes"]]


def dated_conflicts(bench, *pairs: tuple[str, str]) -> list[dict]:
    """The conflict items of articles given as ``(ISO publication time, text)`` pairs."""
    from consilience.brief import build_brief

    arts = [
        Article(id=f"t{i}", source=f"t{i}.txt", text=t, outlet=f"o{i}.example", published=p)
        for i, (p, t) in enumerate(pairs)
    ]
    return build_brief(bench.build_context(arts))["conflicts"]
