"""The claim sections of a brief: consensus, unique facts, headline, summary and statement
conflicts, built from the aligned claim groups (:mod:`consilience.align`).

Section builder (registered in ``brief.SECTIONS`` after the quantity and date builders,
whose conflicts it reads)::

    build_claims(ctx) -> {"consensus", "unique", "summary", "headline", "conflicts"}

**consensus**: groups whose articles rest on at least two independent sources and on at
least half of the story's (:func:`consilience.provenance.independent_sources`, which
follows near-copies and cited reports); every citation is the clause that states the
claim. A group whose clauses are disputed in the same brief (a quantity, date or statement
conflict, or a superseded reading of an update, cites at least half of them; a statement
conflict any one of them) is not consensus. Unique facts:
:mod:`consilience.unique`; headline and summary: :mod:`consilience.summary`; statement
conflicts: :mod:`consilience.statements`.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from .align import Node, claim_groups, story_nodes
from .claim_spans import Texts, cites, contested_spans, disputed, disputed_spans, item_member
from .model import Span, StoryContext
from .provenance import independent_sources
from .statements import statement_conflicts
from .summary import lead_headline, summary_and_headline
from .unique import unique_facts


def _representative(
    group: list[int], nodes: list[Node], sim: np.ndarray, avoid: frozenset[int] = frozenset()
) -> int:
    """The most central member; headings, texts that do not read alone (``dangling``: a
    pronoun subject, an event noun phrase) and the members in ``avoid`` (clauses a conflict
    cites) only when nothing else is there."""

    def cent(i: int) -> float:
        return float(np.mean([sim[i, j] for j in group if j != i])) if len(group) > 1 else 1.0

    pool = [i for i in group if not nodes[i].claim.heading and i not in avoid] or group
    pool = [i for i in pool if not nodes[i].claim.dangling] or pool
    return max(pool, key=lambda i: (round(cent(i), 3), -nodes[i].order, -i))


def is_event(group: list[int], nodes: list[Node]) -> bool:
    """Whether a group states an event (some member's ``Claim.role`` is "event"), not only
    who or what an entity is ("Dr A, the office's director") or an attribute of a noun ("a
    rocket built by Z"): such groups rank after every event claim."""
    return any(nodes[i].claim.role == "event" for i in group)


def _consensus(ctx, nodes, sim, groups, texts, disputed_at, fact_at=()) -> list[tuple]:
    """``(group, representative, articles, independent sources, citations)`` of every
    consensus claim, best supported first; groups disputed by a conflict are left out
    (``disputed_at``: every conflict reading's span; ``fact_at``: those of statement
    conflicts, see :func:`_stated_against`)."""
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
        if _stated_against(group, nodes, fact_at):
            continue
        cited_elsewhere = frozenset(i for i in group if disputed([i], nodes, disputed_at))
        rep = _representative(group, nodes, sim, cited_elsewhere)
        found.append((group, rep, arts, sources, cited))
    found.sort(
        key=lambda f: (not is_event(f[0], nodes), -f[3], -len(f[2]), _position(f[0], nodes), f[1])
    )
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


def _stated_against(group: list[int], nodes: list[Node], fact_at) -> bool:
    """A statement (``fact``) conflict reads one member's clause as one side: at least half
    of that clause is a reading's span. What one article states and another contradicts is
    disputed however many articles state it ("has closed" in three articles against "stayed
    open" in one), unlike a figure that one long clause of four also gives."""
    for i in group:
        c = nodes[i].claim
        for a, s, e in fact_at:
            if a == c.article and 2 * (min(e, c.end) - max(s, c.start)) >= c.end - c.start:
                return True
    return False


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
    every = ctx.brief.get("conflicts", []) + conflicts
    disputed_at = disputed_spans(every)
    fact_at = disputed_spans([c for c in every if c.get("kind") == "fact"])
    contested_at = contested_spans(every)  # superseded readings of updates as well
    consensus = _consensus(ctx, nodes, sim, groups, texts, contested_at, fact_at)
    out["conflicts"] = conflicts
    out["consensus"] = [_consensus_item(f, nodes, texts, disputed_at) for f in consensus]
    out["unique"] = unique_facts(nodes, sim, groups, texts, disputed_at, every)
    out["summary"], out["headline"] = summary_and_headline(
        consensus, nodes, vecs, texts, ctx.brief.get("conflicts", []) + conflicts, groups
    )
    if not out["headline"]:
        out["headline"] = lead_headline(nodes, texts)
    return out
