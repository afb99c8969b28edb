"""Lines in which the publisher describes itself, not the story.

Pages that organisations publish close with a standing note about themselves: "Upland
Weather Service is a not-for-profit company.", "TrackFell is a trading name of Ormsby
Telemetry Ltd.", "The Society meets on the second Tuesday of each month." Such a line is
true on every page the issuer prints; it is no fact of the story, so no section shows it as
one (the "About us" paragraph of a press release is the same kind).

A line is such a note when its main clause is in the simple present (a form of "be" or a
verb in -s, active or passive: "is published each quarter") with no clause of its own
after it (so "The Society says the bells were taken at night" is news), its verb is not one
of saying, and every content word of its subject is a word of the article's outlet name
("The Society" of "Marrowby & District Local History Society").

Works on one spaCy parse and the article's ``outlet`` field; no state.
"""

from __future__ import annotations

import re

from .cues import is_reporting_verb

#: verb tags of the simple present
_PRESENT = frozenset({"VBZ", "VBP"})
#: dependents that give a clause of its own: a verb with one tells something that happened
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: words of a subject that name no part of a body ("the", "our")
_FUNCTION = frozenset({"the", "our", "this", "a", "an"})


def _words(text: str) -> frozenset[str]:
    """Lower-cased words of ``text``, possessive endings cut."""
    return frozenset(w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(text))


def _root(doc, start: int, end: int):
    """The root token of the sentence holding character ``start`` (within ``end``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def _present_head(root) -> bool:
    """``root`` is a verb in the simple present, or a past participle after a present
    "is"/"are" ("is published each quarter"), with no clause of its own."""
    if root.tag_ in _PRESENT and root.pos_ in ("VERB", "AUX"):
        pass
    elif root.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in root.children
    ):
        pass
    else:
        return False
    if any(c.dep_ == "aux" for c in root.children):
        return False  # "has raised", "will meet": an act, not a standing note
    return not any(c.dep_ in _CLAUSES for c in root.children)


def issuer_line(doc, start: int, end: int, outlet: str | None) -> bool:
    """Whether the sentence ``start:end`` (character offsets of ``doc``) is the outlet
    describing itself (module doc). False without an outlet name."""
    if not outlet:
        return False
    root = _root(doc, start, end)
    if root is None or is_reporting_verb(root) or not _present_head(root):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return False
    words = _words(doc[subj.left_edge.i : subj.i + 1].text) - _FUNCTION
    return bool(words) and words <= _words(outlet)
