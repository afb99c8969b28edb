"""Mutual best pairs of thin stories: the last step of the undated join (issue #12, item 21).

Excerpts of one event that tell different parts of it (the collapse, the mayor's words, the
search) share few words: the average linkage of the undated join
(:meth:`consilience.stories._UndatedJoin._link_thin`) leaves them apart, each its own
story, although each is the other's most alike excerpt. Two small stories of thin articles
are paired here when

* each is the other's best partner by mean pair score (a relative decision: the score scale
  of short texts varies from one pile to the next, and a fixed bar low enough for them joins
  different events of one kind);
* their mean dense cosine and mean term overlap each reach a floor (``thin_pair_dense``,
  ``thin_pair_terms``): said alike, and in some shared words;
* they name one name in common (a word of an anchor key, :mod:`consilience.story_anchors`:
  a town, a person, an operator): two excerpts about a fire and an evacuation of different
  places are alike in kind only;
* together they hold at most ``thin_pair_size`` reports (6): the pairing completes
  fragments of an event and never grows a large story. On ECB+ excerpts, where two events of
  one topic are as alike as two reports of one event, pairing stories of any size merged
  events (precision 0.899 -> 0.721); caps 3, 4, 6 and 8 keep every set's precision, 12 does
  not (held-out excerpts 0.981 -> 0.962, ECB+ 0.899 -> 0.894): 6 keeps a neighbour on
  either side.

Figures (B-cubed P / R / F1, without -> with the pairs): ``bench/stories_excerpts_bench.py``
written excerpts 1.000 / 0.306 / 0.468 -> 1.000 / 0.462 / 0.632; anchored 0.846 / 0.538 /
0.658 -> 0.846 / 0.795 / 0.820; held out (fitted on nothing) 1.000 / 0.427 / 0.599 -> 1.000 /
0.615 / 0.761; ECB+ excerpts 0.899 / 0.674 / 0.770 -> 0.899 / 0.679 / 0.774.
``bench/stories_heldout_excerpts_bench.py`` (held-out s5-s12 cut to title-less, undated
excerpts, all in one pile): 0.981 / 0.696 / 0.814 -> 0.981 / 0.808 / 0.886. The floors sit
inside a plateau (dense 0.25-0.30, terms 0.03-0.05 give the same figures on the written and
ECB+ sets); the shared name is what keeps precision.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["mutual_pairs", "name_words"]


def name_words(anchor_keys: Sequence[str]) -> frozenset[str]:
    """The words (longer than two letters) of an article's anchor keys ("dana kessling",
    "orvell" -> {"dana", "kessling", "orvell"}): "Kessling" named alone elsewhere matches."""
    return frozenset(w for k in anchor_keys for w in k.split() if len(w) > 2)


def mutual_pairs(
    dense: np.ndarray,
    terms: np.ndarray,
    sizes: np.ndarray,
    names: Sequence[frozenset[str]],
    *,
    alpha: float,
    dense_floor: float,
    terms_floor: float,
    max_size: int,
) -> list[tuple[int, int]]:
    """The pairs ``(a, c)``, ``a < c``, of stories to join (see the module docstring).

    ``dense`` and ``terms``: (G, G) mean dense cosine and mean term overlap between the
    articles of every two stories; ``sizes``: (G,) reports per story; ``names``: the name
    words of each story. The best partner maximises ``alpha * dense + (1 - alpha) * terms``
    (ties: the lower index). Sorted; no story is in two pairs.
    """
    g = len(sizes)
    if g < 2:
        return []
    score = alpha * dense + (1 - alpha) * terms
    score = np.where(np.eye(g, dtype=bool), -np.inf, score)
    best = np.argmax(score, axis=1)
    out = []
    for a in range(g):
        c = int(best[a])
        if not (a < c and best[c] == a):
            continue
        if dense[a, c] < dense_floor or terms[a, c] < terms_floor:
            continue
        if sizes[a] + sizes[c] > max_size or not names[a] & names[c]:
            continue
        out.append((a, c))
    return out
