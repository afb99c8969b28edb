"""A date inside a relative clause that is an argument of another verb: "packed what they
could carry into their cars on Saturday evening", "took everything they could salvage on
Sunday", "asked what happened on Monday".

Such a clause names a thing (a free relative, "what they could carry") or describes the
object of the main verb ("everything they could salvage"); it is not a clause of its own.
Two consequences, both read from spaCy's parse:

* its text is a fragment: a timeline line holds the main clause around it
  (:func:`free_relative_host`);
* a past-form modal of ability ("could") in it is the backshifted past of "can" under a
  past main verb (the sequence of tenses; Quirk et al., *A Comprehensive Grammar of the
  English Language*, 1985, 4.60 and 14.31), not a look ahead: the date takes the tense of
  the main verb (:func:`ability_relative_host`). The parser often hangs a date that belongs
  to the main verb on the relative clause's verb, which sits between them.
"""

from __future__ import annotations

#: wh-words that head a free relative or an embedded question ("what", "whatever", "who")
WH_TAGS = frozenset({"WDT", "WP", "WP$"})
#: arguments a free relative's wh-word fills in its clause
_WH_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})
#: past forms of modals that read as the past of an ability ("could" = "was able to")
ABILITY_PAST_MODALS = frozenset({"could"})


def _wh_argument(verb) -> bool:
    """``verb`` has a wh-word among its arguments, directly or as the object of one of its
    prepositions ("what they could carry", "what they slept on")."""
    for c in verb.children:
        if c.tag_ in WH_TAGS and c.dep_ in _WH_ROLES:
            return True
        if c.dep_ == "prep" and any(g.tag_ in WH_TAGS for g in c.children):
            return True
    return False


def free_relative_host(verb):
    """The verb whose argument is the free relative or embedded wh-clause headed by
    ``verb`` ("packed" for "what they could carry" in "Families packed what they could
    carry on Saturday"), else None. ``verb`` is a spaCy token; the host is its head verb."""
    if verb.dep_ not in ("ccomp", "dobj", "xcomp", "advcl") or not _wh_argument(verb):
        return None
    head = verb.head
    return head if head.i != verb.i and head.pos_ in ("VERB", "AUX") else None


def _object_relative_host(verb):
    """The verb whose direct object a relative clause headed by ``verb`` describes, with
    the object relativised and a subject of its own ("took everything they could
    salvage": "took"), else None."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "dobj":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in WH_TAGS for c in verb.children):
        return None  # "winds that could reach the town": the noun is the subject
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    host = verb.head.head
    return host if host.pos_ in ("VERB", "AUX") else None


def ability_relative_host(verb):
    """The main verb whose tense dates a date governed by ``verb`` when ``verb`` heads a
    relative clause with a past modal of ability (:data:`ABILITY_PAST_MODALS`: "packed
    what they could carry on Saturday", "took everything they could salvage on Sunday"),
    else None. The caller checks the host is a past act and not a verb of saying (a
    reported "what could happen on Tuesday" looks ahead)."""
    if not any(c.dep_ == "aux" and c.lower_ in ABILITY_PAST_MODALS for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return None  # "what they could have done": a counterfactual, not an ability
    if any(c.dep_ == "nsubj" and c.tag_ in WH_TAGS for c in verb.children):
        return None  # "what could happen on Tuesday": a possibility ahead, no one's ability
    return free_relative_host(verb) or _object_relative_host(verb)
