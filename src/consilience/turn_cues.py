"""Who speaks a transcript's turn when its label is a cue, a court role or a name set off
by a dash rather than a name and a colon:

    SOT (Prof Annika Rell): We have had this mirror for thirty years.   # a broadcast cue
    THE RECORDER: The prison's error was not your doing.               # a court role
    Dai Kerrigan — We had just finished the recoating.                 # a name and a dash

    cued_name("SOT", "Prof Annika Rell") -> "Prof Annika Rell"
    court_role_name("THE RECORDER", text) -> ("Imogen Vance", start, end) | None
    dash_turns(text) -> [DashTurn, ...]

A broadcast script marks a recorded clip of an interviewee with a cue word ("SOT", sound on
tape; "CLIP", "INSERT", "ACTUALITY", "VOX POP") and names the speaker in brackets. A court
transcript labels turns by role ("THE JUDGE:", "THE RECORDER:", "THE DEFENDANT:") and names
the holder once, in its heading ("Before: RECORDER IMOGEN VANCE", "R v CALLUM MADDOX"). A
magazine interview may open each turn with the speaker's name and a dash. Works on the
text alone; whether a name is a person the article names is the caller's question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entity_types import common_words, person_shaped

#: cue words of a broadcast script for a recorded clip of someone speaking
CUE_LABELS = frozenset(
    {"SOT", "CLIP", "INSERT", "ACTUALITY", "VOX POP", "VOXPOP", "INTERVIEWEE", "GUEST", "SYNC"}
)
#: court roles a transcript labels turns with, held by one person each in a hearing
COURT_ROLES = frozenset(
    {"JUDGE", "RECORDER", "MAGISTRATE", "CORONER", "SHERIFF", "DEFENDANT", "CHAIR", "CHAIRMAN"}
)
#: a name of two to four capitalised words, in capitals or title case ("IMOGEN VANCE",
#: "Imogen Vance", "Anna van der Berg")
_NAME = (
    r"[A-Z][A-Za-z'’-]+(?:[ \t]+(?:(?:van|von|de|der|da|di|le|la|du)[ \t]+)*[A-Z][A-Za-z'’-]+){1,3}"
)


#: last words of a body's name, which a cue's brackets may hold instead of a person's
_BODY_WORDS = frozenset(
    "service police council board trust authority company group office department ministry "
    "agency association union club committee commission ltd plc inc news".split()
)


def cued_name(label: str, role: str | None) -> str | None:
    """The name in the brackets of a broadcast cue label ("SOT (Prof Annika Rell)" ->
    "Prof Annika Rell", "CLIP (Pellow)" -> "Pellow"), its description after a comma left
    out; None when ``label`` is no cue word (:data:`CUE_LABELS`) or the brackets hold a
    body's name ("SOT (Brantwick Fire Service)") or no capitalised name. The cue vouches
    that a person speaks; whether the article names that person is the caller's
    question."""
    if label.strip().upper() not in CUE_LABELS or not role:
        return None
    name = role.split(",")[0].strip()
    words = name.split()
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 6:
        return None
    return None if words[-1].lower() in _BODY_WORDS else name


#: the role words a court role label may be written with in a heading: a judge is also
#: "Mrs Justice X", "Lord Justice X"
_ROLE_WORDS = {"JUDGE": "JUDGE|JUSTICE"}


def court_role_name(label: str, text: str) -> tuple[str, int, int] | None:
    """``(name, start, end)`` of the one person ``text`` gives the court role a label names:
    "THE RECORDER" -> the name after "RECORDER" in "Before: RECORDER IMOGEN VANCE"; "THE
    JUDGE" -> the name after "JUDGE" or "JUSTICE"; the name before ", Senior Coroner" or
    after a "Coroner:" line; "THE DEFENDANT" -> the name after "R v". Title-cased when
    written in capitals; a surname that is also a common noun ("Vane") is still a name, as
    the role vouches for a person. None when the label is no role of :data:`COURT_ROLES`,
    the text names no holder, or two (two judges, "R v A and B")."""
    words = label.upper().split()
    if len(words) != 2 or words[0] != "THE" or words[1] not in COURT_ROLES:
        return None
    found: dict[str, tuple[int, int]] = {}
    for m in _holder_matches(words[1], text):
        name = m["name"].title() if m["name"].isupper() else m["name"]
        if not common_words(name.split()):
            found.setdefault(name, (m.start("name"), m.end("name")))
    if len(found) != 1:
        return None
    ((name, (s, e)),) = found.items()
    return name, s, e


def _holder_matches(role: str, text: str) -> list[re.Match]:
    """Matches (group ``name``) of the places ``text`` names a holder of ``role``: after
    the role word ("RECORDER IMOGEN VANCE"), before ", <Senior> Coroner", on a "Coroner:
    Name" line, and after "R v" for a defendant, with the second of two defendants
    ("R v A and B") as a holder too; never a turn label itself ("THE JUDGE: Mr Hale.")."""
    said = rf"(?i:{_ROLE_WORDS.get(role, role)})"
    patterns = [
        rf"(?<!THE ){said}[ \t]+(?P<name>{_NAME})(?!:)",
        rf"(?P<name>{_NAME}),[ \t]+(?:[A-Z][a-z]+[ \t]+)?{said}\b",
        rf"^[ \t]*{said}:[ \t]+(?P<name>{_NAME})[ \t]*$",
    ]
    if role == "DEFENDANT":
        patterns.append(rf"\bR\.?[ \t]+v\.?[ \t]+(?P<name>{_NAME})")
        patterns.append(rf"\bR\.?[ \t]+v\.?[ \t]+{_NAME}[ \t]+(?i:and)[ \t]+(?P<name>{_NAME})")
    return [m for p in patterns for m in re.finditer(p, text, re.M)]


@dataclass(frozen=True)
class DashTurn:
    """One turn of a name-and-dash interview: the name as written (``label``, at
    ``label_start``) and the words after the dash (``start:end``, the rest of the line)."""

    label: str
    label_start: int
    start: int
    end: int


#: a line opened by a name and a dash ("Dai Kerrigan — We had just ...")
_DASH_TURN = re.compile(rf"^[ \t]*(?P<label>{_NAME})[ \t]+[—–][ \t]+(?P<said>\S[^\n]*)$", re.M)


#: the end of a sentence: a turn's words are sentences, a list's "Name — role" entry none
_SENTENCE_END = re.compile(r"[.?!…][\"”’)]*\s*$")


def dash_turns(text: str) -> list[DashTurn]:
    """Every turn of ``text`` opened by a person's name and a dash whose words end as a
    sentence does, in text order, when there are at least two such turns by at least two
    names (an interview) -- one line so set is a heading or a caption, and "Jane Hale —
    chair" lines are a list of people, not a transcript."""
    turns = [
        DashTurn(m["label"], m.start("label"), m.start("said"), m.end("said"))
        for m in _DASH_TURN.finditer(text)
        if _person_like(m["label"]) and _SENTENCE_END.search(m["said"])
    ]
    if len(turns) < 2 or len({t.label for t in turns}) < 2:
        return []
    return turns


def _person_like(name: str) -> bool:
    """Two to four capitalised words of a person's shape, not all common English words
    (title words before the name allowed: "Prof Annika Rell")."""
    words = [w for w in name.split() if w[:1].isupper()]
    return 2 <= len(words) <= 5 and person_shaped(words[-2:]) and not common_words(words)
