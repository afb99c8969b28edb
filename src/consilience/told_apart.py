"""Two referents one article tells apart: a pair of opposite words across two articles
is no dispute when one of the articles itself states both poles and the other
article's clause reads as the same-pole clause of that article.

    told_apart(words, nodes, sim, at, (i, x), (j, y)) -> True | False

An article that says "a third worker has died" and "the trapped worker was freed alive"
speaks of two people with two fates. Another article's "a trapped colleague was pulled
out alive" then agrees with the first article's alive one; it does not contradict its
dead one. So for a candidate pair -- word ``x`` of node ``i`` (article A) opposite to
word ``y`` of node ``j`` (article B) -- when article A also asserts, in node ``k``, a
word ``z`` of ``y``'s pole (opposite to ``x``) and ``j``'s clause is closer to ``k``'s
than to ``i``'s (clause cosine of the story's ``sim`` matrix), ``j`` is told apart from
``i``; likewise with the articles swapped. Where an article states only one pole, or the
other article's clause is closest to the opposite one ("the driver survived" against
"the driver died" rather than "his passenger survived"), the pair stands.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .denied_matter import Polar
from .opposite_words import opposite


def told_apart(
    words: Sequence[Sequence[Polar]],
    nodes: Sequence,
    sim: np.ndarray,
    at: Sequence[int],
    left: tuple[int, Polar],
    right: tuple[int, Polar],
) -> bool:
    """Whether the opposite words ``left`` = (node index, word) and ``right`` are said of
    two referents that one of their articles tells apart (module doc). ``words`` holds
    each node's signed words, ``nodes`` the story nodes (``.claim.article``), ``sim`` the
    clause cosines indexed through ``at``."""
    return _other_pole_closer(words, nodes, sim, at, left, right) or _other_pole_closer(
        words, nodes, sim, at, right, left
    )


def _other_pole_closer(words, nodes, sim, at, own: tuple[int, Polar], other: tuple[int, Polar]) -> bool:
    """Article of ``own`` asserts ``other``'s pole in a clause nearer ``other``'s clause
    than ``own``'s clause is."""
    (i, x), (j, _) = own, other
    article = nodes[i].claim.article
    base = float(sim[at[i], at[j]])
    for k, ws in enumerate(words):
        if k == i or nodes[k].claim.article != article:
            continue
        if any(_same_pole_as_other(z, x) for z in ws) and float(sim[at[k], at[j]]) > base:
            return True
    return False


def _same_pole_as_other(z: Polar, x: Polar) -> bool:
    """``z`` is asserted, is another word than ``x`` and opposite to it (its bearer may
    be one the parse misses: "a second climber was dug out *alive*")."""
    return z.sign > 0 and z.token != x.token and opposite(z.lemma, z.pos, x.lemma, x.pos)
