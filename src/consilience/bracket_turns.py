"""Turns of a transcript whose speaker label stands in square brackets at the start of a
paragraph, the words after it on the same line:

    [HOST – Priya Sandhu] Welcome to the programme. ...
    [GUEST – Ben Okafor, immigration solicitor] The letter says ...
    Q [Ravi Menon, Evening Post]: Why did the standby boiler not start?
    [Ravi Menon] And the second point?

    bracketed_turns(text) -> [BracketTurn, ...]

A podcast's or a conference's transcript set this way names its speakers in the bracket:
an optional part before a dash (a role: "HOST", "GUEST", "CALLER"), the name (two to four
capitalised words), an optional description after a comma (a role or an outlet), then the
closing bracket, an optional colon and the words. A question from the floor puts "Q" or
"Question" before the bracket. Stage notes ("[MUSIC STING]", "[STING: NEWS]", "[Remaining
questions not transcribed: ...]") name nobody: a name with a role or a description beside
it, or a questioner's, is two to four capitalised words not all in capitals; a name alone
must have a person's shape (:func:`consilience.entity_types.person_shaped`: its last word
no common noun). Whether the name is a person the article otherwise names is the caller's
question; the bracket vouches that a person speaks. Works on the text alone; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entity_types import person_shaped

#: dashes between a bracket's role and its name ("HOST – Priya Sandhu")
_DASHES = "–—-"
_BRACKETED = re.compile(
    r"^[ \t]*(?:(?:Q|Question)[ \t]*)?\["
    rf"(?:(?P<role>[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)[ \t]*[{_DASHES}][ \t]*)?"
    r"(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
    r"(?:,[ \t]*(?P<post>[^\]\n]{1,80}))?\][ \t]*:?[ \t]+(?P<said>\S[^\n]*)$",
    re.M,
)


@dataclass(frozen=True)
class BracketTurn:
    """One bracket-labelled turn: the name as written (``label``), the part before the
    dash (``role``: "HOST") and after the comma (``post``: a role or an outlet), each or
    None; ``asked``: a question from the floor ("Q [...]"); ``start:end``: the words."""

    label: str
    role: str | None
    post: str | None
    asked: bool
    start: int
    end: int


def bracketed_turns(text: str) -> list[BracketTurn]:
    """Every bracket-labelled turn of ``text`` that names a person (module doc), in text
    order; a turn is the rest of its line."""
    out = []
    for m in _BRACKETED.finditer(text):
        if not _vouched(m):
            continue
        role = m["role"].strip() if m["role"] else None
        post = m["post"].strip() if m["post"] else None
        asked = m.group(0).lstrip().startswith("Q")
        out.append(BracketTurn(m["label"], role, post, asked, m.start("said"), m.end("said")))
    return out


def _vouched(m: re.Match) -> bool:
    """The bracket names a person: a role before the name or a description after it, or
    a question from the floor, with a name of two to four capitalised words, not all
    capitals ("Lena Hart", whose surname is also a common noun); else a name of a person's
    shape (:func:`consilience.entity_types.person_shaped`)."""
    words = m["label"].split()
    framed = bool(m["role"] or m["post"]) or m.group(0).lstrip().startswith("Q")
    if framed and 2 <= len(words) <= 4 and not all(w.isupper() for w in words):
        return True
    return person_shaped(words)
