"""Count slots split by the act their figures are told of (s36 kind).

"The ship lost 46 containers" and "11 containers have been found" count one noun, so they
share a slot (:func:`consilience.reconcile.slot_key` keeps no act for things that no event
class befalls). One reading per article is then set against the others, and the 64 lost
containers of one letter were never compared with the 46 of the others: the found figures
won the slot. Two acts are two properties when two or more articles each tell of both
with different figures: the slot splits, the act most articles tell of keeping it.

The act of a figure is the first word of its property (``Quantity.measure``: "find",
"die" for "lose"); light verbs and verbs of holding (:data:`GENERIC`) name no act of their
own. A figure of no act joins the moved part when its value agrees with a figure there
and with none left behind ("46 CONTAINERS" of a notice with no verb beside "lost 46
containers"); a figure of a third act that no other article tells ("picked up six rails"
on camera, beside "captured one rail" and "filmed at least four rails") joins the part
whose median it lies nearer.

Works on figures alone (no parse); :func:`consilience.figure_aspects.kin_acts` decides
when two acts are one.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .figure_aspects import kin_acts
from .model import Quantity

#: properties that name no act of their own: verbs of being and having, light verbs
#: and verbs of holding or containing ("carrying 46 boxes", "includes 2 containers") -- a
#: closed class; "find" counts what was found, an act
GENERIC = frozenset(
    "be have do get make take give seem become remain stay include carry hold contain "
    "number total".split()
)


def act_of(q: Quantity) -> str | None:
    """The act figure ``q`` is told of (module doc), or None."""
    act = (q.measure or "").lower().split(" ")[0]
    return None if not act or act in GENERIC or not act.isalpha() else act


def _one_act(a: str, b: str) -> bool:
    return a == b or kin_acts(a, b)


def _by_act(qs: list[Quantity]) -> dict[str, list[Quantity]]:
    """The figures of ``qs`` with an act, under the first act of their kin."""
    by: dict[str, list[Quantity]] = {}
    for q in qs:
        act = act_of(q)
        if act is not None:
            home = next((k for k in by if _one_act(k, act)), act)
            by.setdefault(home, []).append(q)
    return by


def _told_apart(a: list[Quantity], b: list[Quantity]) -> bool:
    """Two or more articles give figures of both acts, with values that differ."""
    both = {q.article for q in a} & {q.article for q in b}
    apart = [
        x for x in both
        if {q.value for q in a if q.article == x} != {q.value for q in b if q.article == x}
    ]  # fmt: skip
    return len(apart) >= 2


def _median(qs: list[Quantity]) -> float:
    return sorted(q.value for q in qs)[len(qs) // 2]


def _nearer(q: Quantity, part: list[Quantity], main: list[Quantity]) -> bool:
    """Figure ``q`` lies nearer (by ratio) the median of ``part`` than that of ``main``."""
    if q.value <= 0:
        return False
    a, b = _median(part), _median(main)
    return a > 0 and b > 0 and abs(math.log(q.value / a)) < abs(math.log(q.value / b))


def split_acts(
    groups: dict[tuple, list[Quantity]], agree: Callable[[Quantity, Quantity], bool]
) -> None:
    """Split, in place, each count slot with no event class (``key[2]`` None) whose figures
    tell of two acts that two articles both give (:func:`_told_apart`): the act most
    articles tell of keeps the slot; each other goes to ``(key[0], "<key[1]> (<act>)",
    *key[2:])``, with the figures of no act whose value ``agree`` s with one of its figures
    and with none of the slot's."""
    for key in sorted((k for k in groups if k[0] == "count" and k[2] is None), key=repr):
        by = _by_act(groups[key])
        if len(by) < 2:
            continue
        main = max(sorted(by), key=lambda k: len({q.article for q in by[k]}))
        for act in sorted(by):
            if act == main or not _told_apart(by[act], by[main]):
                continue
            moved = list(by[act])
            kept = [q for q in groups[key] if q not in moved]
            loose = [q for q in kept if act_of(q) is None]
            moved += [
                q for q in loose
                if any(agree(q, m) for m in by[act]) and not any(agree(q, k) for k in by[main])
            ]  # fmt: skip
            lone = [q for q in kept if q not in by[main] and act_of(q) is not None]
            moved += [q for q in lone if _nearer(q, by[act], by[main])]
            ids = {id(q) for q in moved}
            groups[key] = [q for q in groups[key] if id(q) not in ids]
            groups.setdefault((key[0], f"{key[1]} ({act})", *key[2:]), []).extend(moved)
