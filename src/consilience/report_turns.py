"""Turns of an official report of a debate: a speaker's name in title case, a colon, the
speech, over as many paragraphs as it runs.

    named_turns(text) -> [Turn, ...]

A parliament's or assembly's record (Hansard and its kin) labels each turn with the
member's name as written ("Idris Falconer (Drumlee North): The Minister says ..."), or
with the office and the holder's name in brackets ("The Minister for Health and Care
(Rosalind Achterberg): With permission, ..."). A turn goes on over the paragraphs after
its label up to the next label, a time stamp ("15:41"), a bracketed note ("[The Presiding
Officer in the Chair]") or a heading (a line that does not end a sentence).

Upper-case labels ("PETRA LIND: ...") are a broadcast transcript's and are read by
:mod:`consilience.quotes` itself; these labels are title case, so a label is taken only
when the caller knows the person it names, of at least two words or with a bracketed
role (a form label such as "Response:" names no one), and when its first line ends a
sentence (a results row "Priya Nandal (Green Party): 98,412 votes" is no speech). Works on the text alone; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: a title-case label: capitalised words, with the small words of an office's title
#: between them ("The Minister for Health and Care"), and a bracketed constituency or name
_LABEL = (
    r"(?P<label>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|for|and|of|the|on)){0,8})"
    r"(?:[ \t]+\((?P<role>[^()\n]{1,60})\))?"
)
_NAMED = re.compile(rf"^[ \t]*{_LABEL}:[ \t]+(?P<said>\S.*)$", re.M)
#: what ends a turn at the start of a paragraph: a time stamp or a bracketed note
_BREAK = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s*$|\[)")
#: a paragraph that ends a sentence (a heading does not)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")


@dataclass(frozen=True)
class Turn:
    """One labelled turn: ``label`` and ``role`` (the bracketed words, or None) as
    written, and the character span ``start:end`` of what was said."""

    label: str
    role: str | None
    start: int
    end: int


def named_turns(text: str) -> list[Turn]:
    """Every title-case labelled turn of ``text``, each over its paragraphs (module doc)."""
    found = list(_NAMED.finditer(text))
    out = []
    for k, m in enumerate(found):
        if m["label"].isupper():
            continue  # a broadcast transcript's label, read by :mod:`consilience.quotes`
        if len(m["label"].split()) < 2 and not m["role"]:
            continue  # "Explainer:", "Response:": a form's heading, no member's name
        if not _SENTENCE_END.search(m["said"]):
            continue  # "Priya Nandal (Green Party): 98,412 votes": a results table's row
        limit = found[k + 1].start() if k + 1 < len(found) else len(text)
        out.append(Turn(m["label"], m["role"], m.start("said"), _turn_end(text, m.end(), limit)))
    return out


def _turn_end(text: str, end: int, limit: int) -> int:
    """The end of a turn whose first line ends at ``end``: the last following paragraph
    before ``limit`` that goes on with it (module doc)."""
    pos = end
    for m in re.finditer(r"\n\s*\n([^\n]+)", text[end:limit]):
        line = m.group(1)
        if _BREAK.match(line) or not _SENTENCE_END.search(line):
            break
        pos = end + m.end(1)
    return pos
