"""A figure restated in another unit in brackets right after it: "1.2 miles (2 km)",
"40 feet (12 metres)", "500 acres (200 hectares)". The bracket gives the same reading
converted, so the pair is ONE reading of the property: its span runs over both, its
interval holds both, and the bracketed figure is not read again with the unit before it
as its property ("2 km" measuring "mile").

A loose clock time pinned down right after it ("shortly before 10 p.m., at 9:50 p.m.",
"around midnight - at 11:54 p.m.") is the same moment said twice: the exact time is the
reading, the loose one is dropped (:func:`drop_pinned_clocks`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Quantity

#: a conversion rounds: the bracketed figure is within this share of the first one
RESTATED_TOLERANCE = 0.15
#: dimensions a bracket may restate (money is converted at a rate, never "the same";
#: counts and shares have no other unit)
_MEASURED = frozenset({"length", "mass", "area", "volume", "speed", "temperature", "power",
                       "energy", "duration"})  # fmt: skip
_OPEN = re.compile(r"^\s*\(\s*$")
_CLOSE = re.compile(r"^\s*\)")


def _restates(a: Quantity, b: Quantity, text: str) -> bool:
    """``b`` is ``a`` again in brackets: same article, sentence and dimension, only "("
    between them, ")" right after ``b``, values within :data:`RESTATED_TOLERANCE`."""
    if a.article != b.article or a.sentence != b.sentence or a.dimension != b.dimension:
        return False
    if a.dimension not in _MEASURED or a.unit != b.unit:
        return False
    if not _OPEN.match(text[a.end : b.start]) or not _CLOSE.match(text[b.end : b.end + 3]):
        return False
    big = max(abs(a.value), abs(b.value))
    return big > 0 and abs(a.value - b.value) <= RESTATED_TOLERANCE * big


def _bound(x: float | None, y: float | None, pick) -> float | None:
    return None if x is None or y is None else pick(x, y)


def _joined(a: Quantity, b: Quantity, text: str) -> Quantity:
    end = b.end + text[b.end :].index(")") + 1
    return replace(
        a,
        end=end,
        text=text[a.start : end],
        low=_bound(a.low if a.low is not None else a.value, b.low, min),
        high=_bound(a.high if a.high is not None else a.value, b.high, max),
    )


def fold_restatements(qs: list[Quantity], text: str) -> list[Quantity]:
    """``qs`` (one article's figures in text order, offsets into ``text``) with each
    bracketed restatement folded into the figure before it (see the module docstring)."""
    out: list[Quantity] = []
    for q in qs:
        if out and _restates(out[-1], q, text):
            out[-1] = _joined(out[-1], q, text)
        else:
            out.append(q)
    return out


#: what stands between a loose clock time and the exact one that pins it down: a comma or a
#: dash, and "at" ("shortly before 10 p.m., at 9:50 p.m.")
_PIN = re.compile(r"^\s*(,|-|–|—)\s*(at|at exactly|precisely at|exactly at)?\s*$")


def _pins(a: Quantity, b: Quantity, text: str) -> bool:
    """``b`` pins down the loose clock time ``a`` just before it: same article, sentence
    and zone, ``a`` qualified ("shortly before", "about") and ``b`` not, only a comma or
    dash (and "at") between them, and ``b`` inside ``a``'s interval."""
    if a.article != b.article or a.sentence != b.sentence:
        return False
    if a.dimension != "time of day" or b.dimension != "time of day":
        return False
    if not a.qualifier or b.qualifier or a.surface_unit != b.surface_unit:
        return False
    if a.low is None or a.high is None or not _PIN.match(text[a.end : b.start]):
        return False
    return a.low <= b.value <= a.high


def drop_pinned_clocks(qs: list[Quantity], text: str) -> list[Quantity]:
    """``qs`` (one article's figures in text order) without each loose clock time that the
    next figure pins down (see the module docstring)."""
    pinned = {i for i in range(len(qs) - 1) if _pins(qs[i], qs[i + 1], text)}
    return [q for i, q in enumerate(qs) if i not in pinned]
