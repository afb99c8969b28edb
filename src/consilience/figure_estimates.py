"""An estimate that names no property takes the property of the figure it answers.

"The ministry says the scheme will cost €140 million a year. Independent economists put it
nearer €200 million." The second figure's clause names no property: its verb only estimates
("put", "reckon", "peg", "place") and its object is a pronoun ("it", "that") or missing, so
the parse gives it the verb as its property. What it estimates is the figure just before it
in the same article, in the same dimension and unit (the €140 million cost): the estimate is
a reading of that property, a rival to it.

Works on the figures of one article; no state.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Quantity

#: verbs that only estimate a figure: their own lemma is no property
ESTIMATING_VERBS = frozenset({"put", "reckon", "peg", "place", "guess", "gauge"})
#: how many sentences back the estimated figure may stand
_REACH = 2


def borrowed_estimates(qs: Iterable[Quantity]) -> dict[int, Quantity]:
    """id(figure) -> the figure it estimates, for each figure of one article (``qs``) whose
    property is an estimating verb (module docstring): the nearest figure before it, within
    :data:`_REACH` sentences, in the same dimension and unit, whose property is not one."""
    figures = sorted(qs, key=lambda q: q.start)
    found: dict[int, Quantity] = {}
    for k, q in enumerate(figures):
        if (q.measure or "").lower() not in ESTIMATING_VERBS:
            continue
        for p in reversed(figures[:k]):
            if q.sentence - p.sentence > _REACH:
                break
            if p.dimension == q.dimension and p.unit == q.unit and p.sentence < q.sentence:
                if (p.measure or "").lower() not in ESTIMATING_VERBS and p.measure:
                    found[id(q)] = p
                break
    return found
