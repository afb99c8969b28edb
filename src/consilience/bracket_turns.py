"""Turns of a transcript whose speaker label stands in square brackets at the start of a
paragraph, the words after it on the same line:

    [HOST – Priya Sandhu] Welcome to the programme. ...
    [GUEST – Ben Okafor, immigration solicitor] The letter says ...
    Q [Ravi Menon, Evening Post]: Why did the standby boiler not start?
    [Ravi Menon] And the second point?
    [Interpreter for Ysolde Marrin]: Thank you for coming. ...

    bracketed_turns(text) -> [BracketTurn, ...]

A podcast's or a conference's transcript set this way names its speakers in the bracket:
an optional part before a dash (a role: "HOST", "GUEST", "CALLER"), the name (two to four
capitalised words), an optional description after a comma (a role or an outlet), then the
closing bracket, an optional colon and the words. A question from the floor puts "Q" or
"Question" before the bracket. Stage notes ("[MUSIC STING]", "[STING: NEWS]", "[Remaining
questions not transcribed: ...]") name nobody: a name with a role or a description beside
it, or a questioner's, is two to four capitalised words not all in capitals; a name alone
must have a person's shape (:func:`consilience.entity_types.person_shaped`: its last word
no common noun). A bracket naming who voices the words ("[Interpreter for Ysolde Marrin]",
"[Voice of ...]": a signed or translated briefing) gives them to the person named. Whether the name is a person the article otherwise names is the caller's
question; the bracket vouches that a person speaks. Works on the text alone; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entity_types import common_words, person_shaped

#: dashes between a bracket's role and its name ("HOST – Priya Sandhu")
_DASHES = "–—-"
#: who gives voice to a speaker's words: "[Interpreter for Ysolde Marrin]", "[Voice of ...]"
#: -- the words are the named speaker's, as a signed or translated briefing records them
_VOICES = r"interpreter|translator|signer|voice|voiceover|interpreting"
_BRACKETED = re.compile(
    r"^[ \t]*(?:(?:Q|Question)[ \t]*)?\["
    rf"(?:(?P<role>[A-Za-z]+(?:[ \t]+[A-Za-z]+)?)[ \t]*[{_DASHES}][ \t]*"
    rf"|(?P<voice>(?i:{_VOICES})[ \t]+(?:for|of)[ \t]+))?"
    r"(?P<label>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:,[ \t]*(?P<post>[^\]\n]{1,80}))?\][ \t]*:?[ \t]+(?P<said>\S[^\n]*)$",
    re.M,
)


@dataclass(frozen=True)
class BracketTurn:
    """One bracket-labelled turn: the name as written (``label``), the part before the
    dash (``role``: "HOST") and after the comma (``post``: a role or an outlet), each or
    None; ``asked``: a question from the floor ("Q [...]"); ``start:end``: the words;
    ``name``: the name as the article writes it elsewhere ("Dan Hollis" for a label "DAN
    HOLLIS"), else the label."""

    label: str
    role: str | None
    post: str | None
    asked: bool
    start: int
    end: int
    name: str = ""


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
        name = _capitals_named(m, text) or m["label"]
        turn = BracketTurn(m["label"], role, post, asked, m.start("said"), m.end("said"), name)
        out.append(turn)
    return out


def _vouched(m: re.Match) -> bool:
    """The bracket names a person: a role before the name or a description after it, or
    a question from the floor, with a name of two to four capitalised words, not all
    capitals ("Lena Hart", whose surname is also a common noun); else a name of a person's
    shape (:func:`consilience.entity_types.person_shaped`)."""
    words = m["label"].split()
    if _capitals_named(m, m.string):
        return True
    framed = bool(m["role"] or m["post"] or m["voice"]) or m.group(0).lstrip().startswith("Q")
    if framed and 2 <= len(words) <= 4 and not all(w.isupper() for w in words):
        return True
    return person_shaped(words)


def _capitals_named(m: re.Match, text: str) -> str | None:
    """The name of a label in capitals ("[DAN HOLLIS]", "[JESS, STATION ROAD]") as the
    text writes it outside the brackets, or None: a phone-in's script sets every label in
    capitals, and a stage note ("[MUSIC STING]", "[NEWS JINGLE]") does too, so the label
    names a person only when each of its words, in title case, stands in the text beyond
    the labels ("With me is Karen Solberg", "Robert is on the line", "his mother, Edith
    Marlowe") and it has a person's shape -- two to four words, the last no common noun
    (:func:`consilience.entity_types.person_shaped`) -- or it is one word, no common noun,
    with a description after a comma (a caller by first name: "[JESS, STATION ROAD]",
    "Jess in Station Road, you're on"; not "[CALLER, LEEDS]")."""
    words = m["label"].split()
    if not all(w.isupper() for w in words):
        return None
    titled = [w.title() for w in words]
    caller = len(words) == 1 and m["post"] and not common_words(titled)
    if not (person_shaped(titled) or caller):
        return None
    prose = _LABELS.sub(" ", text)
    if not all(re.search(rf"\b{re.escape(w)}\b", prose) for w in titled):
        return None
    return " ".join(titled)


#: a bracketed label at the start of a line, to leave out of the prose a name is sought in
_LABELS = re.compile(r"^[ \t]*(?:(?:Q|Question)[ \t]*)?\[[^\]\n]*\]", re.M)
