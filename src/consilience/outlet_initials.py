"""A story's outlet cited by its initials: "..., according to CPA" is the Continental Press
Agency's report.

    initials(name) -> str                                  # "Continental Press Agency" -> "CPA"
    initials_outlet(source, outlets, own) -> str | None    # "CPA" -> "Continental Press Agency"

An analysis that writes "Three citizens were detained, prosecutors said, according to CPA"
relays the wire of the Continental Press Agency; when that wire is one of the story's
articles, the sentence rests on it and the two count as one independent source (issue
#11: ``independent_sources`` follows provenance; s16 kind 15). The attribution extractor
knows "CPA" for no outlet (kind ``other``), so :func:`consilience.provenance.
independent_sources` asks here whether a cited party is the initials of an outlet of the
story: written in capitals, two to six letters, equal to the initials of the outlet's
words with minor words left out ("of", "the", "and"; "Erdovian Broadcasting Service" ->
"EBS"). The article's own outlet is never the one cited.

Tried and not kept (session 17): taking a party cited by its full name ("..., the Kestrel
Polar Institute said") as resting on that party's own release when the release is an
article of the story. It is right by the definition of a source, but the consensus bar
(at least two independent sources) then drops every claim that only a release and the
wires relaying it state: s14 lost 6 of its 14 consensus items (two stories left with
none), s15 and s16 consensus recall fell 2 claims each.
"""

from __future__ import annotations

from collections.abc import Sequence

from .cues import outlet_key

__all__ = ["initials", "initials_outlet"]

#: words an organisation's initials leave out ("Ministry of Foreign Affairs" -> "MFA")
_MINOR = frozenset("of the and for on in at de".split())


def initials(name: str) -> str:
    """The upper-case initials of ``name``'s words, minor words left out ("Continental
    Press Agency" -> "CPA"); "" for a name of one word."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _MINOR]
    return "".join(w[0].upper() for w in words) if len(words) > 1 else ""


def initials_outlet(source: str, outlets: Sequence[str], own: str | None) -> str | None:
    """The outlet of ``outlets`` (the story's article outlets, sorted) whose initials the
    cited party ``source`` is ("CPA", "the CPA"), other than the citing article's own
    outlet ``own``; None when ``source`` is no such initials."""
    bare = source.strip().removeprefix("the ").removeprefix("The ")
    if not (bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 6):
        return None
    own_key = outlet_key(own) if own else ""
    for outlet in outlets:
        if outlet_key(outlet) != own_key and initials(outlet) == bare:
            return outlet
    return None
