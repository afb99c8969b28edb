"""Positions told with their noun left out join the positions of the same runner that name it.

"The favourite, Storm Ledger, fell at the 26th fence" names the noun; "Favourite Storm Ledger
fell at the 26th" and "Storm Ledger unseated his jockey at the 22nd" leave it out
(:data:`figure_forms.ELIDED`). An ordinal without its noun is the same kind of position as the
one ordinal slot of the story that names its noun for the same runner: its slot joins that
one whatever verb tells the event (fell, unseated, went out: one exit from the race). The
runner is matched by name, a shorter name matching the end of a longer one ("Ledger", "Storm
Ledger", "Favourite Storm Ledger"). With no runner named, or several named slots, nothing
joins (precision first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .figure_forms import ELIDED

_ORDINAL = "ordinal:"
_ELIDED_KEY = _ORDINAL + ELIDED


def _same_runner(a: str, b: str) -> bool:
    """One name is the other or its last words ("ledger" / "storm ledger")."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and long_[-len(short) :] == short


def join_elided_positions(groups: dict[tuple, list]) -> None:
    """Move every elided-ordinal slot with a named runner into the one ordinal slot naming
    its noun for that runner (module docstring). ``groups`` maps slot keys
    ``("ordinal:<noun>", event, owner)`` (and any others, left alone) to figures; changed
    in place."""
    for key in sorted((k for k in groups if k and k[0] == _ELIDED_KEY), key=repr):
        owner = key[-1]
        if not owner:
            continue
        named = [
            k for k in groups
            if k and str(k[0]).startswith(_ORDINAL) and k[0] != _ELIDED_KEY
            and k[-1] and _same_runner(owner, k[-1])
        ]  # fmt: skip
        if len({k[0] for k in named}) == 1 and len(named) == 1:
            groups[named[0]].extend(groups.pop(key))


def settle_unnamed_positions(groups: dict[tuple, list], agree: Callable[[Any, Any], bool]) -> None:
    """An ordinal slot with no owner beside two or more slots of the same noun and event
    whose owners are named holds figures of several events (the minutes of two scorers'
    goals, "in the 88th minute" and "on 31 minutes", where the parse found no scorer): it
    is never one property. Each of its figures moves to the one named slot a reading of
    which it agrees with (``agree(figure, figure) -> bool``) and that has no figure of its
    article yet; the rest are left out, since which event they time is unknown.
    ``groups`` maps slot keys to figures (Quantity lists); changed in place."""
    for key in sorted((k for k in groups if _is_ordinal(k) and k[-1] is None), key=repr):
        named = [k for k in groups if k[:-1] == key[:-1] and k[-1]]
        if len(named) < 2:
            continue
        for q in groups.pop(key):
            fits = [
                k for k in named
                if any(agree(q, r) for r in groups[k])
                and q.article not in {r.article for r in groups[k]}
            ]  # fmt: skip
            if len(fits) == 1:
                groups[fits[0]].append(q)


def _is_ordinal(key: tuple) -> bool:
    """``key`` is an ordinal slot's (a position or a match minute)."""
    return bool(key) and str(key[0]).startswith(_ORDINAL)
