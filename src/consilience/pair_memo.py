"""A one-entry memo for story-wide pair computations asked twice with the same inputs.

:func:`consilience.align.pair_scores` scores every claim pair of a story (WordNet and
argument checks per pair, the alignment model, the mutual best matches of
:func:`consilience.align.relative_links`); building one brief asks it twice, once to group
claims (``align.claim_groups``) and once for consensus (``consensus._consensus``), with the
same node list and cosine matrix. :func:`same_inputs` remembers the last answer and gives
it again when it is asked about the very same objects, unchanged.

"Unchanged" is checked, not assumed: the memo keeps the node list, each node's claim and
sentence-vector objects (by identity) and a digest of the matrix's bytes, so a list edited
in place, a node replaced or a matrix written to recomputes. Each caller gets its own copy
of the dict.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")


def _fingerprint(nodes: list[Any], sim: np.ndarray) -> tuple:
    """What must be unchanged for the last answer to hold: the identity and length of the
    list, the identity of each node, its claim and its vector, and the matrix's bytes."""
    digest = hashlib.blake2b(np.ascontiguousarray(sim).tobytes(), digest_size=16).hexdigest()
    members = tuple(
        (id(n), id(getattr(n, "claim", None)), id(getattr(n, "sentence_vector", None)))
        for n in nodes
    )
    return id(nodes), len(nodes), members, sim.shape, str(sim.dtype), digest


def same_inputs(func: Callable[[list[Any], np.ndarray], dict[T, float]]):
    """``func(nodes, sim) -> dict`` remembered for its last inputs (module doc): asked again
    with the same list and matrix, unchanged, it returns a copy of the last dict without
    calling ``func``. The memo holds the last inputs alive until the next call with others.
    ``cache_clear()`` forgets them."""
    last: dict[str, Any] = {}

    @functools.wraps(func)
    def wrapper(nodes: list[Any], sim: np.ndarray) -> dict[T, float]:
        key = _fingerprint(nodes, sim)
        if last.get("key") == key and last.get("nodes") is nodes and last.get("sim") is sim:
            return dict(last["value"])
        value = func(nodes, sim)
        last.update(key=key, nodes=nodes, sim=sim, value=dict(value))
        return value

    wrapper.cache_clear = last.clear  # type: ignore[attr-defined]
    return wrapper
