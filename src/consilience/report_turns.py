"""Turns of an official report of a debate: a speaker's name in title case, a colon, the
speech, over as many paragraphs as it runs.

    named_turns(text) -> [Turn, ...]

A parliament's or assembly's record (Hansard and its kin) labels each turn with the
member's name as written ("Idris Falconer (Drumlee North): The Minister says ..."), perhaps
with a post after a comma ("Keith Orme, president, Guild of Funeral Directors: ..."), or
with the office and the holder's name in brackets ("The Minister for Health and Care
(Rosalind Achterberg): With permission, ..."). A turn goes on over the paragraphs after
its label while they speak in the first person (or ask), up to the next label, a time stamp
("15:41"), a bracketed note ("[The Presiding Officer in the Chair]"), a heading or the
writer's narration ("Pryde later told reporters ...").

Upper-case labels ("PETRA LIND: ...") are a broadcast transcript's and are read by
:mod:`consilience.quotes` itself; these labels are title case, so a label is taken only
when the caller knows the person it names and it has at least two words (a form label
such as "Response:" or "Response (Tom Birch):" names no speaker; a numbered question's
"Q41 Chair:" is the chair's), and only when its first line is a sentence in the first
person or a question (in a committee's evidence session, whose turns carry question
numbers, "Q41 The Chair: ..." or "Q41 Chair: ...", every turn is speech, and the chair's
label stands for the member the list of members marks as chair; in an interview, where
two speakers or more each speak in their own voice under a label used twice, every turn
of theirs is speech, also under a one-word label, a first name, as a podcast labels its
speakers once it has named them: "Rosa: ..."): a results row ("Jane Roe (Green): 1,234 votes."), a player's
rating, a cast list or a "key figures" box is in the third person and the writer's. Works
on the text alone; no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: a title-case label: capitalised words, with the small words of an office's title
#: between them ("The Minister for Health and Care"), and a bracketed constituency or name
_LABEL = (
    r"(?P<label>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|for|and|of|the|on|"
    r"de|van|von|der|den|da|di|du|del|la|le|bin|ibn)){0,8})"
    r"(?:,[ \t]+(?P<post>[^:()\n]{1,80}?))?"
    r"(?:[ \t]+\((?P<role>[^()\n]{1,60})\))?"
)
#: a reporting verb in what follows a name and a comma: "Tom Birch, the leader, said: ..."
#: is narration, not a label with the speaker's post
_SPEECH_IN_POST = re.compile(
    r"\b(?:said|says|told|tells|added|adds|asked|asks|replied|wrote|writes|explained|warned|"
    r"insisted|argued|announced|declared|stated|confirmed)\b",
    re.I,
)
#: a committee's numbered question before the label ("Q41 The Chair: ...")
_QUESTION_NUMBER = r"(?P<number>Q[ \t]?\d{1,4}[ \t]+)?"
#: a podcast's time stamp before the label ("[00:05:12] Tess Ahern: ...")
_STAMP = r"(?P<stamp>\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
_NAMED = re.compile(rf"^[ \t]*{_STAMP}{_QUESTION_NUMBER}{_LABEL}:[ \t]+(?P<said>\S.*)$", re.M)
#: a committee's chair labelled by the office alone ("The Chair:", "The Convener:", "Q41 Chair:")
_CHAIR_LABEL = re.compile(r"^(?:The )?(?:Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor)$")
#: the member a committee's list of members marks as its chair ("Ann Roe (Chair);")
_CHAIR_MARK = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})[ \t]+"
    r"\((?:the[ \t]+)?(?:Chair|Chairman|Chairwoman|Chairperson|Convener|Convenor)\)"
)
#: what ends a turn at the start of a paragraph: a time stamp, a bracketed note or another
#: speaker's upper-case label ("THE MAYOR: Thank you.")
_BREAK = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}\s*$|\[|(?:>>\s*)?[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z'’.()-]+)*:)")
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
    stamped: bool = False  # a recording's time stamp opens the label's line ("[00:05:12]")


def named_turns(text: str) -> list[Turn]:
    """Every title-case labelled turn of ``text``, each over its paragraphs (module doc)."""
    found = [m for m in _NAMED.finditer(text) if not _SPEECH_IN_POST.search(m["post"] or "")]
    numbered = sum(bool(m["number"]) for m in found) >= 2  # a committee's evidence session
    numbered = numbered or sum(bool(m["stamp"]) for m in found) >= 2  # a recording's
    voiced = _voiced_labels(found)
    out = []
    for k, m in enumerate(found):
        if m["label"].isupper():
            continue  # a broadcast transcript's label, read by :mod:`consilience.quotes`
        one_word = len(m["label"].split()) < 2
        named_once = voiced and spoken(m["said"])  # a guest of the conversation heard once
        if one_word and m["label"] not in voiced and not named_once and not (
            m["number"] and _CHAIR_LABEL.match(m["label"])
        ):
            continue  # "Explainer:", "Response (Tom Birch):": a form's heading, no member
        if not numbered and not spoken(m["said"]) and m["label"] not in voiced:
            continue  # "Jordan Pike (GK): Made two fine saves.": the writer's words of him
        limit = found[k + 1].start() if k + 1 < len(found) else len(text)
        role = m["role"] or m["post"]
        end = turn_end(text, m.end(), limit)
        out.append(Turn(m["label"], role, m.start("said"), end, bool(m["stamp"]) and numbered))
    return out


def _voiced_labels(found: list[re.Match]) -> set[str]:
    """Labels of an interview's speakers: in a conversation of two labels or more that
    each speak in their own voice (:func:`spoken`) at least once, every label used twice
    or more that does; such a speaker's turn told in the third person ("Keith Orme: The firm
    went into administration on 7 March ...") is still theirs."""
    used: dict[str, int] = {}
    for m in found:
        used[m["label"]] = used.get(m["label"], 0) + 1
    voiced = {m["label"] for m in found if used[m["label"]] >= 2 and spoken(m["said"])}
    return voiced if len(voiced) >= 2 else set()


#: words of a speaker's own voice: a member speaks in the first person
_FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Ww]e'[a-z]+|[Oo]ur|us)\b"
)


def spoken(line: str) -> bool:
    """A line in a speaker's own voice: a sentence in the first person, or a question. A
    results row, a player's rating, a cast list or a "key figures" box tells of the named
    person in the third person, or in fragments, and is the writer's."""
    line = line.strip()
    return bool(_SENTENCE_END.search(line)) and (
        bool(_FIRST_PERSON.search(line)) or line.endswith("?")
    )


def turn_end(text: str, end: int, limit: int) -> int:
    """The end of a turn whose first line ends at ``end``: the last following paragraph
    before ``limit`` that goes on with it in the speaker's voice (module doc)."""
    pos = end
    for m in re.finditer(r"\n\s*\n([^\n]+)", text[end:limit]):
        line = m.group(1)
        if _BREAK.match(line) or not spoken(line):
            break
        pos = end + m.end(1)
    return pos


def chair_of(label: str, text: str) -> tuple[str, int, int] | None:
    """``(name, start, end)`` of the member a committee transcript's office label stands
    for ("The Chair:"), when the text marks exactly one member as its chair ("Members
    present: Ann Roe (Chair); Ben Dale."); None for any other label, or none or several so
    marked."""
    if not _CHAIR_LABEL.match(label):
        return None
    found = {(m["name"], m.start("name"), m.end("name")) for m in _CHAIR_MARK.finditer(text)}
    if len({name for name, _, _ in found}) != 1:
        return None
    return min(found, key=lambda f: f[1])
