"""An organisation a speaker's description names by the words of its own name: "the
regional fire service" said it, and the story names the "Varesk Regional Fire and Rescue
Service"; "a spokesman for the council" speaks for the "International Track Cycling
Council". Quotes of one body are then under one speaker whichever article told them.

    story_bodies(analyses) -> ["International Track Cycling Council", ...]
    named_body(speaker, bodies) -> "International Track Cycling Council" | speaker

A description fits a name when its head noun is the name's head (its last word, or the
last before "of": "Museum of World Cultures") and every other word of it is a word of the
name; it is read only when one organisation of the story fits (or
every fitting name holds the shortest one), so "the ministry" in a story of two ministries
stays as written.
"""

from __future__ import annotations

import re

#: "a spokesman for", "a spokeswoman for", "an official at": someone who speaks for a body
_FOR_BODY = re.compile(
    r"^(?:a|an|the)\s+(?:spokes(?:man|woman|person)|representative|official)\s+"
    r"(?:for|of|at)\s+(?=the\s)",
    re.IGNORECASE,
)


#: a run of capitalised words, "and"/"of"/"for" allowed inside: "Varesk Regional Fire and
#: Rescue Service", which the tagger may not read as one organisation
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|of|for|&)[ \t]+)?[A-Z][\w’'-]*){1,7}"
)


def story_bodies(analyses) -> list[str]:
    """Sorted distinct names that may be organisations over ``analyses`` (the story's
    :class:`model.Analysis` list): spaCy ``ORG`` entities and runs of two or more
    capitalised words (a leading "The" and a possessive "'s" cut)."""
    names: set[str] = set()
    for analysis in analyses:
        found = [e.text for e in analysis.doc.ents if e.label_ == "ORG"]
        found += [m.group(0) for m in _CAPITALISED_RUN.finditer(analysis.article.text)]
        for text in found:
            name = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
            name = re.sub(r"['’]s$", "", name)
            if len(name.split()) >= 2 and name.split()[0].lower() not in MEETING_WORDS:
                names.add(name)
    return sorted(names)


#: first words of a meeting of a body, not the body ("Full Council, Monday 10 March, 7pm",
#: "Extraordinary General Meeting")
MEETING_WORDS = frozenset({"full", "special", "extraordinary", "annual"})


def named_body(speaker: str, bodies: list[str]) -> str:
    """The one name of ``bodies`` that the definite description ``speaker`` tells ("the
    fire service", or someone speaking for it: "a spokesman for the fire service"), else
    ``speaker`` unchanged (module doc)."""
    inner = _FOR_BODY.sub("", speaker.strip())
    words = inner.lower().split()
    if len(words) < 2 or words[0] != "the" or not all(w.isalpha() for w in words[1:]):
        return speaker
    head, wanted = words[-1], set(words[1:])
    fits = [b for b in bodies if _head(b) == head and wanted <= set(b.lower().split())]
    shortest = min(fits, key=len, default="")
    if fits and all(shortest in f for f in fits):
        return shortest  # "About Varesk Fire Service" in a release's footer is that name
    return speaker


def _head(name: str) -> str:
    """The head noun of an organisation's name, lower-cased: its last word, or the last
    before "of" ("Museum of World Cultures" -> "museum", "Bank of Veloria" -> "bank")."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]
