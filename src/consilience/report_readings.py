"""Reports of a thing read as one act, "report", of that thing, whoever words it: the
telling ("the crew *reported smoke* in the hold", "warned the council *about cracks*"), the
receiving ("the company *received no calls about a smell* of gas", "denied receiving *any
report of* a smell"), so that :func:`consilience.class_denials.class_clash` and
:func:`consilience.event_states.clash` compare a report stated in one article with one
denied in another.

    report_readings(analysis, claim, names) -> [Reading(kind="event", predicate="report")]

A verb tells when WordNet makes it a way to inform within two hypernym steps of its first
senses, or to communicate (report, warn, notify, signal, tell, alert, radio); what it tells is its direct object, unless that
is a person or a clause, else its "about" / "of" object. A verb receives when it is a way
to get (receive, get) and its object is a communication (a call, a report, a warning, a
complaint); what is received is that noun's "about" / "of" object. The reading's theme is
the thing told; its doer is the teller (unknown when received); its polarity and time are
the verb's, and "no" or "any" on the told thing or the communication under a negation
make the denial one of every such report (``universal``). Speech of a clause ("said that
...") is no report of a thing and gives no reading.
"""

from __future__ import annotations

from .claims import arg_keys
from .class_denials import kinds
from .event_states import (
    DENYING,
    Reading,
    _arguments,
    _doer,
    _mods,
    _negated,
    _time,
    manner_of,
    noun_preps,
    scope_of,
)
from .model import Analysis, Claim

TELLING = frozenset({"inform", "communicate"})  # a telling verb is a kind of one of these
GETTING = frozenset({"get", "receive"})  # a receiving verb is one of these or a kind
MESSAGES = frozenset({"communication", "message"})  # what is received is a kind of these
ABOUT = frozenset({"about", "of"})
ANY = frozenset({"no", "any"})


def report_readings(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """One reading per telling or receiving verb inside ``claim``'s span that reports a
    thing (module doc); empty when the span does not map onto tokens or holds none."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok in span:
        if tok.pos_ != "VERB":
            continue
        found = _told(tok) or _received(tok)
        if found is not None and (r := _reading(tok, *found, claim, names)) is not None:
            out.append(r)
    return out


def _about(tok):
    """The noun of ``tok``'s "about" / "of" phrase, or None."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ABOUT:
            obj = next((o for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
            if obj is not None:
                return obj
    return None


#: WordNet classes of a body of people, told things as a person is ("asked *the
#: council*", "told *the board*"): the hearer, never the thing told
_BODIES = frozenset({"person", "organization", "social_group", "people", "administrative_body"})


def _person(noun) -> bool:
    """``noun`` names someone who can be told a thing: a person or a body of people."""
    return noun.ent_type_ in ("PERSON", "ORG") or bool(_BODIES & kinds(noun.lemma_.lower(), "n"))


def _told(verb):
    """``(thing told, carrier)`` of a telling verb, the carrier the noun whose "no" /
    "any" counts (the thing itself), or None."""
    if not TELLING & kinds(verb.lemma_.lower(), "v", 2):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.pos_ == "NOUN" and not _person(obj):
        return obj, obj
    about = _about(verb)
    return (about, about) if about is not None else None


def _received(verb):
    """``(thing reported, communication)`` of a receiving verb whose object is a
    communication about a thing, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in GETTING and not GETTING & kinds(lemma, "v", 1):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or not MESSAGES & kinds(obj.lemma_.lower(), "n"):
        return None
    about = _about(obj)
    return (about, obj) if about is not None else None


def _denied(verb) -> bool:
    """``verb`` is the gerund or complement of a verb of denying ("denied *receiving*")
    that :func:`consilience.event_states._negated` does not read (it reads "deny that")."""
    gov = verb.head
    return verb.dep_ in ("xcomp", "pcomp", "dobj") and gov.lemma_.lower() in DENYING


def _reading(verb, thing, carrier, claim: Claim, names) -> Reading | None:
    """The report reading of ``verb`` about ``thing`` (module doc), or None for a hedge."""
    time = _time(verb, claim)
    if time is None:
        return None
    plan, start, until = time
    negated = _negated(verb) != _denied(verb) or any(d.lower_ == "no" for d in carrier.children)
    told = carrier is thing
    subj, _obj, passive = _arguments(verb)
    doer = _doer(subj, names) if told and not passive else frozenset()
    return Reading(
        token=verb.i,
        kind="event",
        predicate="report",
        surface=f"{verb.text} {thing.text}",
        sign=-1 if negated else 1,
        theme=frozenset(arg_keys(thing, names)),
        head=thing.lemma_.lower(),
        mods=_mods(thing),
        theme_preps=noun_preps(thing),
        doer=doer,
        doer_head=subj.lemma_.lower() if doer and subj is not None else "",
        plan=plan,
        start=start,
        until=until,
        phrase=thing.doc[thing.left_edge.i : thing.right_edge.i + 1].text[:80],
        negated=negated,
        universal=negated and any(d.lower_ in ANY for d in (*carrier.children, *thing.children)),
        dated=tuple(claim.dates),
        scope=scope_of(verb),
        manner=manner_of(verb),
    )
