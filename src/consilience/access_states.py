"""Access of a group of people to a place, permitted or barred: a statement conflict (kind
``fact``) when two articles give one group opposite access to one place.

    access(claim) -> (sign, group words, place words) | None
    access_clash(a, b) -> group key | None

Read from the clause in four forms (a small explicit lexicon, in one place):

* a permitted use: "*pedestrians* can still use *the bridge's footway*" (+1; "cannot use":
  -1) -- the group is the subject, the place the object;
* "open to": "*the footway* remains open to *pedestrians and cyclists*" (+1);
* "closed to": "*the road* is closed to *lorries*" (-1; the place is the subject, or the
  patient of a passive);
* barred: "*pedestrians* have been barred from *the bridge*" (-1; "were not barred": +1).

Two readings clash when their signs differ, their groups share a word ("pedestrians and
cyclists" / "pedestrians") and their places share a word ("the bridge's footway" / "the
bridge": a part of the place is reached through it). Whether they speak of one moment is
the caller's to check (a changeable state).
"""

from __future__ import annotations

import re

from .model import Claim

_GROUP = r"((?:[a-z-]+)(?:,? (?:and|or) [a-z-]+)*)"
#: a group's permitted use of a place ("can still use", "are allowed to cross")
_PERMIT = re.compile(
    r"\b(?:can|could|may|are able to|are allowed to|are permitted to)(?: still)? "
    r"(?:use|cross|enter|walk (?:on|across|over))\b"
)
_OPEN_TO = re.compile(r"\b(?:open|opened|reopened|accessible) to " + _GROUP)
_CLOSED_TO = re.compile(r"\b(?:closed|shut) to " + _GROUP)
_BARRED = re.compile(
    r"\b(?:barred|banned|excluded|prohibited) from (?:using |entering |crossing )?([^,.;]+)"
)
_STOP = frozenset("the a an of its their his her and or on in to from all also still".split())


def _words(phrase: str | None) -> frozenset[str]:
    """Content words of ``phrase``, lower-cased, possessive and plural "s" removed."""
    out = set()
    for w in re.findall(r"[a-z-]+", (phrase or "").lower().replace("'s", "")):
        if w not in _STOP:
            out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out)


def access(c: Claim) -> tuple[int, frozenset[str], frozenset[str]] | None:
    """``(sign, group words, place words)`` of the access the claim gives, or None."""
    text = c.text.lower()
    flip = -1 if c.negated else 1
    if c.predicate in ("use", "cross", "enter", "walk") and _PERMIT.search(text):
        return flip, _words(c.actor), _words(c.patient)
    if c.predicate in ("bar", "ban", "exclude", "prohibit") and (m := _BARRED.search(text)):
        return -flip, _words(c.patient), _words(m.group(1))
    for pattern, sign in ((_OPEN_TO, 1), (_CLOSED_TO, -1)):
        m = pattern.search(text)
        if m and (c.actor or c.patient):
            return sign * flip, _words(m.group(1)), _words(c.actor or c.patient)
    return None


def access_clash(a: Claim, b: Claim) -> str | None:
    """The shared group word when ``a`` and ``b`` give one group opposite access to one
    place (module doc), else None."""
    ra, rb = access(a), access(b)
    if ra is None or rb is None or ra[0] == rb[0]:
        return None
    groups, places = ra[1] & rb[1], ra[2] & rb[2]
    return min(groups) if groups and places else None
