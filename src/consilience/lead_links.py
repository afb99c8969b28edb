"""Lead alignment: the clauses of two articles' lead sentences that restate one event.

    lead_sentences(nodes) -> {article id: sentence index of its lead}
    lead_links(nodes, sim, scores) -> [(i, j), ...]

News states its central event first: the lead (the first :data:`LEAD_SENTENCES` sentences
of the body from the first that makes an assertion) of most articles of a story is that
event in each writer's words ("it would cut 1,200 jobs" / "we will reduce our global
workforce by approximately 1,200 roles").
Between two articles that are not printings of one text, the clauses of the two leads that
are each other's best match (:func:`consilience.mutual_best.mutual_best` over
:func:`consilience.align.alignment_score`, among the lead clauses only) state one claim
when nothing in them disagrees and one argument anchors them
(:func:`consilience.align.lead_candidate`): the position is the second anchor that a
mutual best pair of two arbitrary clauses needs (:func:`consilience.align.argument_anchored`).
A lead clause must be a main clause of its sentence (no relative, appositive or
background clause): those say something in passing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .mutual_best import mutual_best

#: clause kinds a lead link may take: the sentence's own assertions, not what hangs on them
#: (:attr:`consilience.model.Claim.kind`)
LEAD_KINDS = frozenset({"main", "conj", "content", "passive", "participial"})
#: sentences a lead holds from its first: a lead often takes two ("Kestrel Systems today
#: announced a plan to simplify its organisation. As part of the plan, we will reduce our
#: global workforce by approximately 1,200 roles."); one sentence recalled 2 gold claims
#: of s5-s19 more, two 8 (``python bench/consensus_stage_loss.py --all``, session 21)
LEAD_SENTENCES = 2
#: clause cosine floor of a lead link (below it the two clauses share no wording at all)
LEAD_COSINE = 0.3


def lead_sentences(nodes: Sequence[Any]) -> dict[str, int]:
    """``article id -> sentence index`` of each article's lead: the first sentence (by
    index) holding an asserted event clause that is no headline line (``nodes``: the
    story's :class:`consilience.align.Node` list). Articles with no such clause are left
    out."""
    out: dict[str, int] = {}
    for n in nodes:
        c = n.claim
        if c.heading or c.role != "event" or c.kind not in LEAD_KINDS:
            continue
        if c.article not in out or c.sentence < out[c.article]:
            out[c.article] = c.sentence
    return out


def lead_links(
    nodes: Sequence[Any],
    cosine: Callable[[int, int], float],
    score: Callable[[int, int], float],
    admits: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of lead clauses (in the :data:`LEAD_SENTENCES` sentences
    from :func:`lead_sentences`' sentence) of two articles with different roots
    (not printings of one text) that are each other's best-scoring lead clause
    (``score(i, j)``, pairs with ``cosine(i, j)`` of at least :data:`LEAD_COSINE`) and that
    ``admits(i, j)`` (nothing disagrees, one argument anchors them). Sorted;
    deterministic (ties go to the lower index)."""
    leads = lead_sentences(nodes)
    mine = [
        k
        for k, n in enumerate(nodes)
        if n.claim.article in leads
        and 0 <= n.claim.sentence - leads[n.claim.article] < LEAD_SENTENCES
        and n.claim.kind in LEAD_KINDS
        and n.claim.role == "event"
        and not n.claim.heading
    ]
    scored: dict[tuple[int, int], float] = {}
    for x, i in enumerate(mine):
        for j in mine[x + 1 :]:
            a, b = nodes[i], nodes[j]
            if a.claim.article == b.claim.article or a.root == b.root:
                continue
            if cosine(i, j) >= LEAD_COSINE:
                scored[(i, j)] = score(i, j)
    return [
        (i, j) for i, j in mutual_best(scored, lambda k: nodes[k].claim.article) if admits(i, j)
    ]
