"""Clauses that assert nothing about the world, so that no statement conflict rests on one.

    unasserted(doc, start, end) -> "question" | "indirect question" | "instruction"
                                   | "elliptical answer" | None

A statement conflict sets what one article states against what another denies. Four kinds
of clause state nothing that could be so or not so:

* a **question**: the first sentence-final mark after the clause in its sentence is "?"
  ("Q: Can the satellite be repaired?"; '"Will the line reopen?" she asked');
* an **indirect question**: a clause opened by "how", "whether" or "why", or by "what",
  "which", "who" or "if" after a verb or noun of asking or finding out ("the review will
  establish *how long the formula had been in use*", "asked *whether the locks could be
  opened*"): what is asked is not said to be so;
* an **instruction** (:func:`consilience.claims.advice`): "*Please do not use it.*",
  "Keep your receipt.", "If the card still works, *do not use it*": advice tells what to
  do, not what happened;
* an **elliptical answer**: a clause with no verb after a question or on an interview's
  "A:" line ("Q: Did firefighters force the entrance doors? A: *Not entrance doors, no.*"):
  its meaning is the question's, which it does not repeat.

Works on a parsed spaCy ``Doc`` and a character span; no state.
"""

from __future__ import annotations

import re

from .claims import advice

#: words that open an indirect question wherever they stand
_WH_ALWAYS = frozenset({"how", "whether", "why"})
#: words that open one only after a verb or noun of asking or finding out
_WH_AFTER_ASKING = frozenset({"what", "which", "who", "if"})
#: lemmas of asking or finding out ("asked whether", "will establish what", "a question
#: of who")
_ASKING = frozenset(
    "ask wonder know establish determine investigate examine review explain understand "
    "check find learn decide question inquiry investigation review clear see tell".split()
)
#: an interview's answer label opening the line
_ANSWER_LABEL = re.compile(r"^[ \t]*A[:.]")


def unasserted(doc, start: int, end: int) -> str | None:
    """Why the clause at characters ``start:end`` of ``doc`` asserts nothing (module doc),
    or None when it asserts."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if _asked(doc, span, start, end):
        return "question"
    if _indirect_question(span):
        return "indirect question"
    if _instruction(span):
        return "instruction"
    if _elliptical_answer(doc, span):
        return "elliptical answer"
    return None


def _asked(doc, span, start: int, end: int) -> bool:
    """The first sentence-final mark after the clause in its sentence is "?"."""
    rest = doc.text[max(start, end - 1) : span.sent.end_char]
    mark = re.search(r"[.?!]", rest)
    return mark is not None and mark.group() == "?"


def _indirect_question(span) -> bool:
    """The clause opens with a wh-word of :data:`_WH_ALWAYS`, or of
    :data:`_WH_AFTER_ASKING` right after a word of :data:`_ASKING`."""
    first = span[0]
    word = first.lower_
    if word in _WH_ALWAYS:
        return not _exclaims(span)
    if word not in _WH_AFTER_ASKING or first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return before.lemma_.lower() in _ASKING


def _exclaims(span) -> bool:
    """ "How quickly the water rose!": an exclamation, not a question."""
    return span.sent.text.rstrip().endswith("!")


def _instruction(span) -> bool:
    """The clause's head is advice to the reader (:func:`consilience.claims.advice`)."""
    return advice(span.root)


def _elliptical_answer(doc, span) -> bool:
    """No verb in the clause's sentence, and the sentence answers: the one before it ends
    with "?" or its line opens with an answer label ("A:")."""
    sent = span.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    line_start = doc.text.rfind("\n", 0, sent.start_char) + 1
    if _ANSWER_LABEL.match(doc.text[line_start : sent.start_char + 2]):
        return True
    if sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    return before.text.rstrip().endswith("?")
