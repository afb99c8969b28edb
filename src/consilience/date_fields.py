"""Dates given as the value of a labelled field that names an act ("Date felled:
Wednesday 11 April 2040 | Status: final", "Discovered: Sunday 15 March 2037", "Delivery
date: Wed 14/11/2040"): a record's header states when its act happened, as a sentence
would. Other fields of a header line ("Issued: ...", "Printed: ...", "Status: final") date
the page, not the story, and stay furniture.

A field is one cell of a line, from the line's start or a " | " to the next " | " or the
line's end: a label of one to four words, a colon, then the value, which must begin with
the date. The label names an act when one of its words is a past participle of a verb
that WordNet knows ("felled", "discovered", "delivered") or a noun of a happening
(:func:`consilience.date_act_lexicon.is_happening`: "incident", "delivery", "theft"),
and is none of the words of a page's own life (:data:`PAGE_WORDS`).

Works on the text only; no state.
"""

from __future__ import annotations

import re

from . import lexicon
from .date_act_lexicon import is_happening

#: words of a page's or a document's own life: a field with one dates the page
PAGE_WORDS = frozenset(
    "issued printed published posted updated modified revised created reviewed checked "
    "approved signed received uploaded edited generated accessed retrieved compiled "
    "prepared version status page document report form reference".split()
)
_LABEL = re.compile(r"(?:^|\| )(?P<label>[A-Za-z][A-Za-z ]{1,40}?):[ \t]+$")


def field_act(text: str, start: int) -> str | None:
    """The label of the field whose value starts at character ``start`` of ``text`` (the
    date), when it names an act (module doc), else None."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _LABEL.search(text[line_start:start])
    if m is None:
        return None
    words = m["label"].lower().split()
    if not 1 <= len(words) <= 4 or any(w in PAGE_WORDS for w in words):
        return None
    return m["label"] if any(_act_word(w) for w in words) else None


def label_acts(label: str) -> frozenset[str]:
    """Verb lemmas of the act a field's label names: the verb of a past participle
    ("Date felled" -> fell) and the verbs WordNet derives a happening noun from ("Delivery
    date" -> deliver), with the noun itself."""
    out: set[str] = set()
    for word in label.lower().split():
        verb = _participle_verb(word)
        if verb:
            out.add(verb)
        elif word not in _NOT_ACTS and is_happening(word):
            out |= {word} | set(lexicon.verbs_of(word))
    return frozenset(out)


#: words of a field's label that name when, not what
_NOT_ACTS = frozenset({"date", "day", "time", "on", "of"})


def _act_word(word: str) -> bool:
    """``word`` is a past participle of a WordNet verb ("felled", "discovered") or a noun
    of a happening ("incident", "delivery")."""
    if word in _NOT_ACTS:
        return False
    return bool(_participle_verb(word)) or is_happening(word)


def _participle_verb(word: str) -> str | None:
    """The WordNet verb ``word`` is the past participle of ("felled" -> fell, "stopped" ->
    stop, "carried" -> carry), else None."""
    if not word.endswith("ed") or len(word) <= 4:
        return None
    stems = [word[:-2], word[:-1], word[:-3]]  # "felled", "delivered", "stopped"
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return next((x for x in stems if x and lexicon.senses(x, "v")), None)
