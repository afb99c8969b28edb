"""The answers of a printed interview: paragraphs after the interviewer's questions.

    answer_quotes(doc, aid, full_by_last, staff) -> [Quote, ...]

A newspaper interview is often printed as questions and answers with no labels::

    The journal says you agreed to the retraction. Did you?

    No. Nobody asked me. I did not agree to anything.

Each answer is the interviewee's own words, a direct quote, though no speech verb and no
quotation mark says so. An article is read as such an interview when at least
:data:`MIN_PAIRS` paragraphs are questions put to someone (a paragraph of at most three
sentences, ending in "?", that says "you" or "your", with no quotation marks) followed by
an answer; then every question paragraph's answer is one: the paragraphs up to the next question that speak in the first person
("I", "we", "my", ...) or open with "Yes" or "No", with no quotation marks of their own
(a quoted line is attributed by its own verb). A question in an explainer ("What happens
next?") addresses no one and is answered by the newsroom in the third person: no answer.

The interviewee is the person whose surname the article gives most often (a surname shared
with the newsroom's staff or a tie between two people: no interviewee, no answers).

Works on the article text and the speaker resolver's ``full_by_last`` (surname -> full
name, start, end: :class:`consilience.quotes.SpeakerResolver`); no state.
"""

from __future__ import annotations

import re

from .analyse import doc_text
from .model import Quote

#: fewest question-and-answer pairs that make an article an interview
MIN_PAIRS = 2
#: most sentences in a question paragraph
_QUESTION_SENTENCES = 3
#: words by which a paragraph addresses its reader or interviewee
_YOU = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
#: first-person words of an answer
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|myself|we|our|us)\b")
#: an answer's opening "Yes" or "No"
_YES_NO = re.compile(r"^(?:yes|no)\b", re.I)
_MARKS = re.compile('["“”«»„]')
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text`` (lines between blank lines), trimmed."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _question(p: str) -> bool:
    """A question paragraph: at most three sentences ending in "?", no quotation marks."""
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", p) if x]
    return p.endswith("?") and len(sentences) <= _QUESTION_SENTENCES and not _MARKS.search(p)


def _answer(p: str) -> bool:
    """A paragraph in the interviewee's voice (module doc)."""
    if p.endswith("?") or _MARKS.search(p):
        return False
    return bool(_FIRST_PERSON.search(p) or _YES_NO.match(p))


def _pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every answer paragraph, when the article has :data:`MIN_PAIRS`
    answered questions put to someone ("you"); once it has, a question that names no
    one ("Was the human trial real?") is the interviewer's too. Else none."""
    paragraphs = _paragraphs(text)
    answers: list[tuple[int, int]] = []
    addressed = 0
    k = 0
    while k < len(paragraphs):
        s, e = paragraphs[k]
        k += 1
        if not _question(text[s:e]):
            continue
        found = []
        while k < len(paragraphs) and _answer(text[slice(*paragraphs[k])]):
            found.append(paragraphs[k])
            k += 1
        addressed += bool(found) and bool(_YOU.search(text[s:e]))
        answers += found
    return answers if addressed >= MIN_PAIRS else []


def _interviewee(text: str, full_by_last: dict, staff: set[str]) -> tuple | None:
    """The ``full_by_last`` entry of the person named most often (module doc), or None."""
    counts = {
        last: len(re.findall(rf"\b{re.escape(last)}\b", text, flags=re.I)) for last in full_by_last
    }
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    entry = full_by_last[ranked[0][0]]
    return None if entry[0].lower() in staff else entry


def answer_quotes(doc, aid: str, full_by_last: dict, staff: set[str]) -> list[Quote]:
    """The answers of a printed interview as direct quotes of its interviewee (module doc);
    ``staff``: lower-case names of the newsroom's own people. Empty when the article is no
    such interview or names no single interviewee."""
    text = doc_text(doc)
    answers = _pairs(text)
    if not answers:
        return []
    who = _interviewee(text, full_by_last, staff)
    if who is None:
        return []
    name, start, end = who
    return [Quote(aid, name, text[s:e], s, e, True, "interview", start, end) for s, e in answers]
