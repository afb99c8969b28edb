"""An estimate that names no property takes the property of the figure it answers.

"The ministry says the scheme will cost €140 million a year. Independent economists put it
nearer €200 million." The second figure's clause names no property: its verb only estimates
("put", "reckon", "peg", "place") and its object is a pronoun ("it", "that") or missing, so
the parse gives it the verb as its property. What it estimates is the figure just before it
in the same article, in the same dimension and unit (the €140 million cost): the estimate is
a reading of that property, a rival to it. The same holds when the figure's owner is itself
a noun of estimating (:data:`ESTIMATE_NOUNS`: "Independent estimates come closer to €4
million", "The union's calculation is nearer £90m"): the verb of such a clause ("come",
"be", "reach") names no property of its own.

Works on the figures of one article; no state.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Quantity

#: verbs that only estimate a figure: their own lemma is no property
ESTIMATING_VERBS = frozenset({"put", "reckon", "peg", "place", "guess", "gauge"})
#: nouns that name an estimate or a reckoning of a figure: as the owner of a figure they say
#: it is someone's reading of a property named before, not a property of their own
ESTIMATE_NOUNS = frozenset({"estimate", "estimation", "calculation", "reckoning", "projection",
                            "assessment", "valuation", "analysis", "costing", "guess",
                            "forecast", "modelling", "modeling"})  # fmt: skip
#: nouns that name a figure and nothing of what it measures: as the property of a figure
#: ("the real figure is closer to £5m", "the true total is nearer 9,000 tonnes") they
#: answer the figure told before, a rebuttal of it
FIGURE_NOUNS = frozenset({"figure", "total", "sum", "amount"})
#: qualifiers that set a figure against one told before ("closer to", "nearer"): with no
#: property of its own ("it is closer to €140m", "it was nearer 9,000 people") the figure
#: is a rival reading of that one
RIVAL_QUALIFIERS = frozenset({"closer to", "nearer", "nearer to", "closer"})
#: how many sentences back the estimated figure may stand
_REACH = 2


def borrowed_estimates(qs: Iterable[Quantity]) -> dict[int, Quantity]:
    """id(figure) -> the figure it estimates, for each figure of one article (``qs``) whose
    property is an estimating verb (module docstring): the nearest figure before it, within
    :data:`_REACH` sentences, in the same dimension and unit, whose property is not one."""
    figures = sorted(qs, key=lambda q: q.start)
    found: dict[int, Quantity] = {}
    for k, q in enumerate(figures):
        if not is_estimate(q):
            continue
        for p in reversed(figures[:k]):
            if q.sentence - p.sentence > _REACH:
                break
            own_words = _owned_estimate(q) or _rival(q)
            before = p.sentence < q.sentence or (p.end <= q.start and own_words)
            if p.dimension == q.dimension and p.unit == q.unit and before:
                if not is_estimate(p) and p.measure:
                    found[id(q)] = p
                break
    return found


def is_estimate(q: Quantity) -> bool:
    """The figure ``q`` names no property of its own: its verb only estimates
    (:data:`ESTIMATING_VERBS`), its property or its owner is a noun of estimating (:data:`ESTIMATE_NOUNS`,
    singular or plural)."""
    return (q.measure or "").lower() in ESTIMATING_VERBS or _owned_estimate(q) or _rival(q)


def _rival(q: Quantity) -> bool:
    """``q`` is set against a figure told before (:data:`RIVAL_QUALIFIERS`) and names no
    property of its own: no measure, or only the copula of a pronoun ("the ministry says
    €90m; councillors say it is closer to €140m")."""
    if (q.qualifier or "").lower() not in RIVAL_QUALIFIERS:
        return False
    owner = (q.entity or "").lower()
    return (q.measure or "be").lower() == "be" and owner in ("", "it", "that", "this")


def _owned_estimate(q: Quantity) -> bool:
    """The property or the owner of ``q`` is a noun of estimating (:data:`ESTIMATE_NOUNS`),
    or its property a bare noun of a figure (:data:`FIGURE_NOUNS`: "the real figure is"):
    "the trust's own calculation is nearer £45m", "independent estimates come closer to
    €4 million". Such a clause names its rival figure itself, so the figure it answers may
    stand earlier in the same sentence ("the club says £30m, but the trust's calculation is
    nearer £45m")."""
    if (q.measure or "").lower() in ESTIMATE_NOUNS | FIGURE_NOUNS:
        return True
    words = (q.entity or "").lower().split()
    return bool(words) and (words[-1] in ESTIMATE_NOUNS or words[-1].rstrip("s") in ESTIMATE_NOUNS)
