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
