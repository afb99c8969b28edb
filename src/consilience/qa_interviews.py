"""Who answers and who asks in a "Q:" / "A:" interview that gives no legend.

    interview_roles(text, turns, people) -> Roles(answerer, asker)

A magazine's or a trade paper's interview often labels its turns only "Q:" and "A:" and
says in its standfirst whom it talked to ("Petra Lindahl, chief executive of Keyline,
answers our questions"), perhaps naming the interviewer in a closing line ("Petra Lindahl
was talking to Tomasz Reyne"). An explainer uses the same labels for the outlet's own
questions and answers ("Q: What happened? A: On Tuesday morning ..."): nobody speaks.

The answerer is the first person (a name of two words or more, not a byline's) the text
names outside the turns, before the first turn or, failing that, after the last; when the
first sentence naming two people reads "X talks to / speaks to / interviews Y", Y answers.
The answers are that person's when the sentence naming them says it is an interview
("answers our questions", "in an interview with", "spoke to") and one answer or more is in
the first person (:func:`consilience.report_turns.spoken`: "I", "we", "our"); without such
a word, when two answers or more and at least half are: an explainer answers in the third
person. The asker is the one other person named right after "was talking to", "spoke to",
"interviewed by" or "in conversation with" (an outlet's possessive may come between: "the
Selby Post's Ana Roe"), or named before "talks to" / "interviewed" with the answerer after
it; else nobody (the questions are "ours"). Works on the text and the caller's person
mentions; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .report_turns import Turn, spoken

#: what stands right before an interviewer's name: "was talking to", "spoke to",
#: "interviewed by", "in conversation with", perhaps with an outlet's possessive ("the Selby
#: Post's")
_TO_ASKER = re.compile(
    r"\b(?:(?:talk(?:s|ed|ing)?|sp(?:oke|eaks?|eaking)|chat(?:s|ted|ting)?)\s+(?:to|with)"
    r"|interview(?:ed)?\s+by|in\s+conversation\s+with|questions?\s+(?:put\s+)?by)\s+"
    r"(?:the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:'s|’s)\s+[a-z\s]{0,30}?)?",
)
#: a standfirst's word that says the turns are an interview of the person it names
_INTERVIEW_CUE = re.compile(
    r"\b(?:interview(?:s|ed)?|answers|questions|talks?|spoke|speaks|conversation)\b", re.I
)
#: "X talks to Y" / "X interviews Y": the first named asks
_ASKS_FIRST = re.compile(r"[ \t]*(?:talks?|speaks?|interview(?:s|ed)|chats)\b", re.I)


@dataclass(frozen=True)
class Roles:
    """The people of a Q/A interview: ``answerer`` and ``asker`` as ``(name, start, end)``
    (the mention the text names them by), or None for nobody."""

    answerer: tuple[str, int, int] | None
    asker: tuple[str, int, int] | None


def interview_roles(text: str, turns: list[Turn], people: list[tuple[str, int, int]]) -> Roles:
    """Roles of the Q/A ``turns`` of ``text`` (module doc); ``people`` are the person
    mentions of the text, ``(name, start, end)`` in text order. Roles(None, None) for an
    explainer or a text naming nobody outside the turns."""
    answers = [t for t in turns if t.label == "A"]
    voiced = sum(any(spoken(line) for line in text[t.start : t.end].split("\n")) for t in answers)
    first, last = turns[0].start, turns[-1].end
    named = [p for p in people if len(p[0].split()) >= 2 and not _byline(text, p[1])]
    outside = [p for p in named if p[2] <= first] or [p for p in named if p[1] >= last]
    if not outside or len(answers) < 2 or voiced == 0:
        return Roles(None, None)
    answerer = _talked_to(text, outside) or outside[0]
    cued = _INTERVIEW_CUE.search(text, *_sentence(text, answerer[1]))
    if not cued and (voiced < 2 or 2 * voiced < len(answers)):
        return Roles(None, None)  # an explainer's answers, in the outlet's own voice
    return Roles(answerer, _asker(text, answerer, named))


def _byline(text: str, at: int) -> bool:
    """Whether the mention at ``at`` stands on a byline ("By Ruth Okonkwo")."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return bool(re.fullmatch(r"\s*(?:By|Interview by|Words by)\s+", line, re.I))


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence (or line) around offset ``at``."""
    starts = [text.rfind(c, 0, at) for c in (". ", "\n", "? ", "! ")]
    start = max(starts) + 1
    ends = [e for e in (text.find(c, at) for c in (". ", "\n", "? ", "! ")) if e >= 0]
    return start, min(ends) if ends else len(text)


def _talked_to(text: str, outside: list[tuple[str, int, int]]) -> tuple | None:
    """The second of two people the first sentence naming both links by "talks to" /
    "interviews" with the first named before the verb ("Gwen Lathbury talks to Amrit
    Sahota"): the one who answers; else None."""
    for a, b in pairwise(outside):
        e = _sentence(text, a[1])[1]
        if b[1] >= e or a[0] == b[0]:
            continue
        return b if _ASKS_FIRST.match(text, a[2]) else None
    return None


def _asker(text: str, answerer: tuple, named: list[tuple[str, int, int]]) -> tuple | None:
    """The one other person a sentence naming the answerer links to them by a verb of
    talking (module doc); None when no sentence or several people do."""
    askers = set()
    for p in named:
        if p[0] == answerer[0]:
            continue
        s, e = _sentence(text, p[1])
        if any(m.end() == p[1] for m in _TO_ASKER.finditer(text, s, e)):
            askers.add(p)  # "... was talking to Tomasz Reyne", "interviewed by the Post's Ana Roe"
        elif _ASKS_FIRST.match(text, p[2]) and _names(text, answerer[0], p[2], e):
            askers.add(p)  # "Gwen Lathbury talks to Amrit Sahota"
    return min(askers, key=lambda p: p[1]) if len({p[0] for p in askers}) == 1 else None


def _names(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds ``name`` or its last word (the surname)."""
    return name in text[start:end] or name.split()[-1] in text[start:end].split()
