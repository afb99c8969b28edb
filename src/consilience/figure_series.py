"""Places in a series of events: "its fourth increase this year", "for the third time this
month", "Friday's eruption was the second this season".

    series_at(token) -> (position, event lemma, period lemma) | None

A series ordinal counts occurrences of one event within a stated period, so two articles
that give it differently disagree ("the third this year" / "its fourth increase this
year"). It is read from the dependency parse, never from a list of phrasings:

* the ordinal (a word or "4th" inside a spaCy ``ORDINAL`` or ``DATE`` entity) modifies "time" in a prepositional
  phrase of a verb ("raised rates for the third time"): the event is that verb;
* it modifies a singular noun ("its fourth increase"): the event is the noun (a plural,
  "its first strikes", places no one event);
* it stands alone as the attribute or subject of a copula ("Today's increase is the third"):
  the event is the copula's other argument.

The period is a date phrase attached to the ordinal, its noun or the clause: a bare noun
phrase ("this year", "this season": ``npadvmod``) or the object of "in", "since", "of"
("in a decade", "since January", "of the season"); its head lemma names it ("year",
"january"). Without a period the ordinal is not a series figure: "the second floor", "the
first results", "a third suspect" are not occurrences within a period. Dates of the event
itself ("on Friday") are not a period.
"""

from __future__ import annotations

import re

#: ordinal words up to twentieth (spaCy tags them ``ORDINAL``; the value is read here)
_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_POSITION = {w: i + 1 for i, w in enumerate(_WORDS)}
_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.I)
#: prepositions whose date object bounds a period ("in a decade", "since May", "of the year")
_PERIOD_PREPS = frozenset({"in", "since", "of", "during"})
#: the noun of "for the third time": an occurrence, whose event is the verb
_OCCURRENCE = "time"


def position_of(tok) -> int | None:
    """The position an ordinal token gives ("third" -> 3, "12th" -> 12), or None."""
    m = _DIGITS.match(tok.text)
    if m:
        return int(m.group(1))
    return _POSITION.get(tok.lower_)


def _period_in(tok) -> str | None:
    """The lemma of a period date phrase attached to ``tok`` ("this year" -> "year",
    "since January" -> "january"), or None."""
    for child in tok.children:
        if child.dep_ == "npadvmod" and child.ent_type_ == "DATE":
            return child.lemma_.lower()
        if child.dep_ == "prep" and child.lower_ in _PERIOD_PREPS:
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.ent_type_ != "DATE":
                    continue
                if child.lower_ == "of" and obj.pos_ == "PROPN":
                    continue  # "the 3rd of May" is a day, not a period
                return obj.lemma_.lower()
    return None


def _period(tokens) -> str | None:
    for tok in tokens:
        if tok is not None:
            found = _period_in(tok)
            if found:
                return found
    return None


def _copula_partner(tok):
    """The other argument of the copula ``tok`` is attribute or subject of."""
    head = tok.head
    if head.lemma_ != "be" or tok.dep_ not in ("attr", "nsubj", "acomp"):
        return None
    want = ("nsubj",) if tok.dep_ != "nsubj" else ("attr", "acomp")
    for child in head.children:
        if child.dep_ in want and child.i != tok.i and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _event_and_anchors(tok):
    """(event token, tokens a period may hang on) of the ordinal ``tok``, or None."""
    head = tok.head
    if tok.dep_ == "amod" and head.pos_ == "NOUN":
        if head.lemma_.lower() == _OCCURRENCE and head.dep_ == "pobj":
            verb = head.head.head  # "for the third time": time <- for <- verb
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_ != "be":
                return verb, (head, verb)
            return None
        if head.lemma_.lower() != _OCCURRENCE and head.tag_ != "NNS":
            return head, (head, head.head, tok)
        return None  # "its first missile strikes in the coming days": several, no place
    partner = _copula_partner(tok)
    if partner is not None:
        return partner, (tok, tok.head)
    return None


def series_at(tok) -> tuple[int, str, str] | None:
    """(position, event lemma, period lemma) when the ordinal ``tok`` places an event in a
    series within a period (see the module docstring), else None."""
    if tok.ent_type_ not in ("ORDINAL", "DATE"):
        return None  # spaCy tags "the third this year" a date as a whole
    position = position_of(tok)
    if position is None:
        return None
    found = _event_and_anchors(tok)
    if found is None:
        return None
    event, anchors = found
    period = _period(anchors)
    if period is None:
        return None
    return position, event.lemma_.lower(), period


#: the slot kind of a series ordinal: ``("ordinal:" + unit, event, owner)``
SERIES_UNIT = "time in the "


def is_series_key(key: tuple) -> bool:
    """The slot ``key`` holds series ordinals (:func:`series_at`)."""
    return str(key[0]).startswith("ordinal:" + SERIES_UNIT)


def merge_series(groups: dict[tuple, list]) -> None:
    """Join the slots of series ordinals of one period whose events WordNet makes one act
    (:func:`same_act.acts_related`: "raise" / "increase", "erupt" / "eruption"), when no
    article gives both: articles name the event with a verb or a noun. Changes ``groups``
    (slot key -> figures) in place."""
    from .same_act import acts_related

    keys = sorted((k for k in groups if is_series_key(k)), key=repr)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if a not in groups or b not in groups or (a[0], a[2]) != (b[0], b[2]):
                continue
            if {q.article for q in groups[a]} & {q.article for q in groups[b]}:
                continue
            if acts_related(str(a[1]), str(b[1])):
                groups[a].extend(groups.pop(b))
