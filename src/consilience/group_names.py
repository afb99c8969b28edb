"""One political or civic group named two ways: "the Liberal group" / "the Liberals".

    group_of("The Liberal group", "The Liberals") -> "liberal"
    group_of("the Green faction", "the Greens")   -> "green"
    group_of("the Liberal group", "the Greens")   -> ""

A collective noun (:data:`COLLECTIVES`: group, faction, bloc, caucus, councillors ...)
modified by a name word ("Liberal", "Labour", "Green") stands for the body the plural or
bare name stands for ("the Liberals", "Labour"): both phrases name one subject. The name
word must be capitalised in the collective phrase (a proper name, not "a small group"),
and the other phrase must be only that name (with an article), so "the Liberal mayor"
or "Liberal voters" never match.
"""

from __future__ import annotations

import re

#: nouns of a body of people acting together (a closed class of English)
COLLECTIVES = frozenset(
    "group faction bloc caucus party members councillors councilors delegation mps "
    "lawmakers senators deputies representatives benches".split()
)
_COLLECTIVE = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w'-]*)\s+(\w+)$")
_NAME = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w'-]*)$")


def group_of(x: str | None, y: str | None) -> str:
    """The name word (lower case) both phrases name one group by, or "" (module doc)."""
    for a, b in ((x, y), (y, x)):
        ma = _COLLECTIVE.match((a or "").strip())
        mb = _NAME.match((b or "").strip())
        if not (ma and mb) or ma.group(2).lower() not in COLLECTIVES:
            continue
        name, other = ma.group(1).lower(), mb.group(1).lower()
        if other in (name, name + "s", name + "es"):
            return name
    return ""
