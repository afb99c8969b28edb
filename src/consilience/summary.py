"""Headline and summary: the best-supported consensus claims, non-redundant, as clean
sentence spans (a leading dateline cut off, no unmatched quotation mark); a story without
consensus gets its first article's lead sentence as headline."""

from __future__ import annotations

from typing import Any

from .align import Node
from .claim_spans import Texts, balanced_quotes
from .model import Span
from .unique import UNIQUE_MIN_WORDS

REDUNDANT_COSINE = 0.8  # summary lines closer than this repeat each other
REDUNDANT_SENTENCE_COSINE = 0.75  # ... or whose sentences are closer than this
SUMMARY_SIZE = 5


def _redundant(a: Node, b: Node, cos: float) -> bool:
    """Two summary lines repeat each other: their clauses or their sentences are close, or
    they give one predicate of one actor."""
    sa, sb = a.sentence_vector, b.sentence_vector
    if cos > REDUNDANT_COSINE:
        return True
    if sa is not None and sb is not None and float(sa @ sb) > REDUNDANT_SENTENCE_COSINE:
        return True
    same_actor = bool(set(a.claim.actor_keys) & set(b.claim.actor_keys))
    return a.claim.frame == b.claim.frame and same_actor


def lead_headline(nodes: list[Node], texts: Texts) -> list[dict[str, Any]]:
    """The headline of a story without consensus (one article, or articles that agree on
    nothing): the lead sentence of its first article -- the first sentence stating a claim
    that is not a headline line, a fragment or a report-only clause -- cited to it."""
    for n in nodes:
        c = n.claim
        if c.heading or c.frame == "report" or n.order != nodes[0].order:
            continue
        s, e = texts.sentence(c)
        text = texts.text(c.article)[s:e]
        if len(text.split()) >= UNIQUE_MIN_WORDS and text.rstrip().endswith((".", "!", "?")):
            return [{"text": text, "citations": [Span(c.article, s, e).to_json()]}]
    return []


def summary_and_headline(consensus, nodes, vecs, texts: Texts):
    """Up to ``SUMMARY_SIZE`` non-redundant consensus claims as clean sentences, best
    supported first; the headline is the first of them."""
    summary: list[dict[str, Any]] = []
    chosen: list[int] = []
    for _group, rep, _arts, _sources, cites in consensus:
        if len(summary) >= SUMMARY_SIZE:
            break
        c = nodes[rep].claim
        if c.frame == "report" or any(
            _redundant(nodes[rep], nodes[k], float(vecs[rep] @ vecs[k])) for k in chosen
        ):
            continue
        s, e = texts.sentence(c)
        if len(texts.text(c.article)[s:e].split()) > 45:
            s, e = texts.clause(c)
        s, e = balanced_quotes(texts.text(c.article), s, e)
        chosen.append(rep)
        summary.append({"text": texts.text(c.article)[s:e], "citations": cites})
    headline = (
        [{"text": summary[0]["text"], "citations": summary[0]["citations"]}] if summary else []
    )
    return summary, headline
