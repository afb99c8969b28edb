"""Quotations signed on the line after them, and interviews whose legend names the Q and A.

    signature_after(text, end) -> (name, start, end) | None
    legend_turns(text) -> [Turn, ...]
    qa_turns(text) -> [Turn, ...]

A page of remarks ("what councillors said", a testimonial page, a box of reactions)
prints each quotation as a paragraph of its own and signs it on the next line with a dash
and the speaker's name, perhaps a party in brackets and a post after a comma::

    "Nobody in this chamber wanted this outcome."
    — Cllr Joan Tully (Marrick First), leader of the council

The signature names the speaker of the quotation above it; the name is read up to the
bracket or the comma, with a name's small words ("Anna van der Berg") and without letters
after it ("Ben Hale MP"); titles are the caller's to strip.

An interview transcript may label its turns "Q:" and "A:" and say once who is who, in a
legend: "Q: Gwen Lathbury. A: Amrit Sahota." Each "Q:" turn is then the first person's and
each "A:" turn the second's, over the paragraphs up to the next label or a labelled line of
the page's own ("Photo: ...", "Correction: ..."); the last turn is its own paragraph only,
since the page's notes follow it. Without a legend the labels name
no one and no turn is read. Works on the text alone; no state.
"""

from __future__ import annotations

import re

from .report_turns import Turn

#: a signature line: a dash (em, en, horizontal bar or two hyphens), the name, then a
#: bracket, a comma or the line's end
_SIGNATURE = re.compile(
    r"[ \t]*(?:—|–|―|--)[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|"
    r"van|von|der|den|de|da|di|du|del|la|le|bin|ibn)){1,5})"
    r"[ \t]*(?:\(|,|$)",
    re.M,
)
#: letters after a name: an office or an honour ("Ben Hale MP", "Ada Obi KC OBE")
_POSTNOMINAL = re.compile(r"(?:[ \t]+[A-Z]{2,4})+$")
#: what may stand between a quotation's last word and its line's end: the closing mark
#: and punctuation
_CLOSING = re.compile(r"[\"”’'.,!?…\s]*")
#: a legend naming the asker and the answerer: "Q: Gwen Lathbury. A: Amrit Sahota."
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3}"
_LEGEND = re.compile(rf"\bQ:[ \t]*(?P<q>{_NAME})[.;,]?[ \t]+A:[ \t]*(?P<a>{_NAME})\b")
#: a paragraph a turn does not run into: the page's own labelled line ("Photo: ...",
#: "Correction: ...", "Editor's note: ...")
_NOTE = re.compile(r"^[ \t]*[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,2}:", re.M)
#: a labelled turn: "Q:" or "A:" (or "Q." / "A.") opening its paragraph
_QA = re.compile(r"^[ \t]*(?P<qa>[QA])[:.][ \t]+(?P<said>\S[^\n]*)$", re.M)


def signature_after(text: str, end: int) -> tuple[str, int, int] | None:
    """The name (with its character span) a dash signs the quotation ending at ``end``
    with, on the line after it: ``(name, start, end)``; None when the rest of the
    quotation's line holds more than its closing mark and punctuation, or the next line is
    no signature."""
    line_end = text.find("\n", end)
    if line_end < 0 or _CLOSING.fullmatch(text, end, line_end) is None:
        return None
    m = _SIGNATURE.match(text, line_end + 1)
    if m is None:
        return None
    name = _POSTNOMINAL.sub("", m["name"])
    return name, m.start("name"), m.start("name") + len(name)


def legend_turns(text: str) -> list[tuple[Turn, int, int]]:
    """The "Q:" and "A:" turns of an interview whose legend names the two
    (:data:`_LEGEND`), each with the span of the name in the legend: ``(Turn(label=name,
    role=None, start, end), name_start, name_end)``, in text order; [] without a legend."""
    legend = _LEGEND.search(text)
    if legend is None:
        return []
    out = []
    for t in qa_turns(text, (legend.start(), legend.end())):
        who = t.label.lower()
        out.append((Turn(legend[who], None, t.start, t.end), legend.start(who), legend.end(who)))
    return out


def qa_turns(text: str, skip: tuple[int, int] = (0, 0)) -> list[Turn]:
    """The "Q:" and "A:" turns of ``text`` (none starting inside ``skip``, a legend's
    span), each ``Turn(label="Q" or "A", role=None, start, end)`` over the paragraphs up to
    the next label or a labelled line of the page's own (module doc), in text order."""
    turns = [m for m in _QA.finditer(text) if not skip[0] <= m.start() < skip[1]]
    out = []
    for k, m in enumerate(turns):
        end = turns[k + 1].start() if k + 1 < len(turns) else m.end("said")
        note = _NOTE.search(text, m.end("said"), end)
        end = len(text[: note.start() if note else end].rstrip())
        out.append(Turn(m["qa"], None, m.start("said"), end))
    return out
