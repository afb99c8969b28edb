"""The claim sections of a brief: consensus, unique facts, headline, summary and statement
conflicts, built from the aligned claim groups (:mod:`consilience.align`).

Section builder (registered in ``brief.SECTIONS`` after the quantity and date builders,
whose conflicts it reads)::

    build_claims(ctx) -> {"consensus", "unique", "summary", "headline", "conflicts"}

**consensus**: groups whose articles rest on at least two independent sources and on at
least half of the story's (:func:`consilience.provenance.independent_sources`, which
follows near-copies and cited reports); every citation is the clause that states the
claim. A group whose clauses are disputed in the same brief (a quantity, date or statement
conflict cites at least half of them) is not consensus. Unique facts:
:mod:`consilience.unique`; headline and summary: :mod:`consilience.summary`; statement
conflicts: :mod:`consilience.statements`.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .align import Node, claim_groups, story_nodes
from .claim_spans import Texts, cites, disputed, disputed_spans, item_member
from .model import Span, StoryContext
from .provenance import independent_sources
from .statements import statement_conflicts
from .summary import lead_headline, summary_and_headline
from .unique import unique_facts


def _representative(
    group: list[int], nodes: list[Node], sim: np.ndarray, avoid: frozenset[int] = frozenset()
) -> int:
    """The most central member; headings, fragments and the members in ``avoid`` (clauses
    a conflict cites) only when nothing else is there."""

    def cent(i: int) -> float:
        return float(np.mean([sim[i, j] for j in group if j != i])) if len(group) > 1 else 1.0

    pool = [i for i in group if not nodes[i].claim.heading and i not in avoid] or group
    return max(pool, key=lambda i: (round(cent(i), 3), -nodes[i].order, -i))


def _consensus(ctx, nodes, sim, groups, texts, disputed_at) -> list[tuple]:
    """``(group, representative, articles, independent sources, citations)`` of every
    consensus claim, best supported first; groups disputed by a conflict are left out."""
    all_ids = [a.article.id for a in ctx.analyses]
    story_sources = independent_sources(ctx, all_ids)
    need = max(2, math.ceil(story_sources / 2))
    found = []
    for group in groups:
        arts = sorted({nodes[i].claim.article for i in group}, key=all_ids.index)
        cited = cites(nodes, group, texts)
        sources = independent_sources(ctx, arts, cited)
        if len(arts) < 2 or sources < need or _disputed(group, nodes, disputed_at):
            continue
        cited_elsewhere = frozenset(i for i in group if disputed([i], nodes, disputed_at))
        rep = _representative(group, nodes, sim, cited_elsewhere)
        found.append((group, rep, arts, sources, cited))
    found.sort(key=lambda f: (-f[3], -len(f[2]), _position(f[0], nodes), f[1]))
    kept: list[tuple] = []
    for f in found:
        if any(_overlaps(f[0], k[0], nodes) for k in kept):
            continue
        kept.append(f)
    return kept


def _disputed(group: list[int], nodes: list[Node], spans) -> bool:
    """A conflict's readings overlap the clauses of at least half of the group's members:
    the claim itself is disputed. One long clause of four that also gives a disputed
    figure of something else ("two people died and 300 homes flooded along 12 miles")
    does not make the group's claim disputed (nor is it the item's text,
    :func:`_representative`); in a lone pair, one clause does."""
    hit = sum(1 for i in group if disputed([i], nodes, spans))
    return hit > 0 and hit * 2 >= len(group)


def _position(group: list[int], nodes: list[Node]) -> float:
    return float(np.mean([nodes[i].claim.sentence for i in group]))


def _overlaps(g: list[int], h: list[int], nodes: list[Node]) -> bool:
    """Two groups that cite the same clauses in most of their articles state one claim."""
    spans_h = {(nodes[i].claim.article, nodes[i].claim.start) for i in h}
    same = sum(1 for i in g if (nodes[i].claim.article, nodes[i].claim.start) in spans_h)
    return same * 2 > min(len(g), len(h))


def _consensus_item(f, nodes: list[Node], texts: Texts, disputed_at=()) -> dict[str, Any]:
    group, rep, arts, sources, cited = f
    c = nodes[item_member(group, rep, nodes, disputed_at)].claim  # the shared claim
    s, e = texts.clause(c)
    return {
        "text": texts.text(c.article)[s:e],
        "articles": arts,
        "independent_sources": sources,
        "citation": Span(c.article, s, e).to_json(),
        "citations": cited,
        "predicate": c.frame,
    }


def build_claims(ctx: StoryContext) -> dict[str, list[dict[str, Any]]]:
    """consensus, unique, summary, headline and statement conflicts (module docstring)."""
    out: dict[str, list[dict[str, Any]]] = {
        "consensus": [],
        "unique": [],
        "summary": [],
        "headline": [],
        "conflicts": [],
    }
    nodes, vecs = story_nodes(ctx)
    if not nodes:
        return out
    texts = Texts(ctx)
    sim = (vecs @ vecs.T).astype(np.float64)
    groups = claim_groups(nodes, sim)
    conflicts = statement_conflicts(ctx, nodes, sim, texts)
    disputed_at = disputed_spans(ctx.brief.get("conflicts", []) + conflicts)
    consensus = _consensus(ctx, nodes, sim, groups, texts, disputed_at)
    out["conflicts"] = conflicts
    out["consensus"] = [_consensus_item(f, nodes, texts, disputed_at) for f in consensus]
    out["unique"] = unique_facts(nodes, sim, groups, texts, disputed_at)
    out["summary"], out["headline"] = summary_and_headline(
        consensus, nodes, vecs, texts, ctx.brief.get("conflicts", []) + conflicts
    )
    if not out["headline"]:
        out["headline"] = lead_headline(nodes, texts)
    return out
