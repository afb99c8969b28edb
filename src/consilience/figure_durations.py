"""Durations of one ordeal told with different verbs: "stranded for seven hours after the
cable car stalled", "nine hours after the cable car stopped", "after nine hours in the air".

A duration's property is the event it measures, not the sentence's main verb: articles
measure one ordeal from its start ("52 hours after the collapse"), by what it did to
people ("trapped for 52 hours"), or name no verb at all ("after 58 hours underground").
Two mechanisms, both over the slots :func:`reconcile._group` builds
(``("duration", event, owner)`` -> figures):

* :func:`merge_event_durations` joins two duration slots of close figures, no article of
  which gives both, when their events are one: the figures' verbs are one act for WordNet
  (:func:`same_act.acts_related`), or the events they are counted from (the "after" or
  "since" phrase, :func:`anchor_words`) share an argument noun or a related verb ("after
  the cable car stalled" / "after the cable car stopped": the car);
* :func:`join_bare_durations` gives a duration read with no event (:data:`BARE`), or one
  that only says how long passed before something (:func:`elapsed`), to the
  duration slot of close figures whose anchor it shares, else whose sentence reads most
  like its own (the best single sentence match, at least ``threshold``); a bare duration
  that matches none is dropped: it is no property of its own.
"""

from __future__ import annotations

from collections.abc import Callable

#: the event of a duration read with no verb ("after 58 hours underground")
BARE = ""
_PRONOUNS = frozenset({"it", "they", "which", "that", "this", "who", "he", "she", "we"})


def is_duration_key(key: tuple) -> bool:
    """The slot ``key`` holds durations."""
    return key[0] == "duration"


#: words that open the event a span of time is counted from
_FROM_WORDS = frozenset({"after", "since"})
#: verbs that say nothing of an event
_LIGHT = frozenset({"be", "have", "do", "get", "say"})


def governor(tok):
    """The verb a token hangs on (itself when it is one), or the root of its sentence."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _from_phrase(unit):
    """The tokens of the event the span of time ending at token ``unit`` is counted from
    ("nine hours after the car stopped": the clause; "after nine hours in the air": the
    rest of the phrase), or an empty list."""
    head = unit.head
    if unit.dep_ == "npadvmod" and head.lower_ in _FROM_WORDS:
        return [t for c in head.children if c.dep_ == "pobj" for t in c.subtree]
    if unit.dep_ == "npadvmod" and any(
        c.dep_ == "mark" and c.lower_ in _FROM_WORDS for c in head.children
    ):
        return list(head.subtree)
    if unit.dep_ == "pobj" and head.lower_ in _FROM_WORDS:
        return [t for c in unit.children if c.dep_ in ("acl", "prep", "amod") for t in c.subtree]
    verb = governor(unit)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _FROM_WORDS:
            return [t for o in c.children if o.dep_ == "pobj" for t in o.subtree]
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _FROM_WORDS for m in c.children
        ):
            return list(c.subtree)
    return []


def anchor_words(doc, start: int, end: int) -> frozenset[tuple[str, str]]:
    """(part of speech "n" or "v", lemma) of the nouns and verbs of the event a span of
    time at characters ``start``-``end`` of ``doc`` is counted from (see
    :func:`_from_phrase`); empty when no "after"/"since" event is stated."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return frozenset()
    inside = {t.i for t in span}
    out = set()
    for t in _from_phrase(span[-1]):
        if t.i in inside or t.lemma_.lower() in _LIGHT:
            continue
        if t.pos_ == "NOUN":
            out.add(("n", t.lemma_.lower()))
        elif t.pos_ == "VERB":
            out.add(("v", t.lemma_.lower()))
    return frozenset(out)


def elapsed(doc, start: int, end: int) -> bool:
    """The span of time at characters ``start``-``end`` of ``doc`` is the object of
    "after" ("docked after nine hours aloft", "are out after 58 hours underground"): the
    time that passed before the clause's event, whose verb is not what it measures; not
    when the span names what filled it ("after a week of rain")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    unit = span[-1]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children):
        return False  # "after almost a week of heavy rain": the rain's own duration
    return unit.dep_ == "pobj" and unit.head.lower_ == "after"


def _event_words(qs: list) -> set[str]:
    """The verbs of durations ``qs`` and the subjects that name their event: one
    lower-case word ("a roof collapse trapped them": "collapse"; not a name or a pronoun)."""
    words = set()
    for q in qs:
        if q.measure:
            words.add(q.measure.lower())
        ent = (q.entity or "").strip()
        if ent and ent.islower() and " " not in ent and ent not in _PRONOUNS:
            words.add(ent)
    return words


def _one_act(a: set[str], b: set[str]) -> bool:
    from .same_act import acts_related

    return bool(a & b) or any(acts_related(x, y) for x in sorted(a) for y in sorted(b))


def _anchors_meet(a: set, b: set) -> bool:
    """Two "after" events share an argument noun or a verb of one act."""
    if {w for p, w in a if p == "n"} & {w for p, w in b if p == "n"}:
        return True
    verbs_a, verbs_b = {w for p, w in a if p == "v"}, {w for p, w in b if p == "v"}
    return bool(verbs_a and verbs_b) and _one_act(verbs_a, verbs_b)


def _anchors(qs: list, anchors: Callable[[object], frozenset]) -> set:
    return set().union(*(anchors(q) for q in qs)) if qs else set()


def merge_event_durations(
    groups: dict[tuple, list],
    close: Callable[[list, list], bool],
    anchors: Callable[[object], frozenset],
) -> None:
    """Join duration slots of one event (see the module docstring); ``close(a, b)`` says
    two lists of figures are close enough to be one property told twice, ``anchors(q)`` is
    :func:`anchor_words` of figure ``q``. Changes ``groups`` in place."""
    keys = sorted((k for k in groups if is_duration_key(k) and k[1] != BARE), key=repr)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if a not in groups or b not in groups or a[2] != b[2]:
                continue
            if {q.article for q in groups[a]} & {q.article for q in groups[b]}:
                continue
            if not close(groups[a], groups[b]):
                continue
            if _one_act(_event_words(groups[a]), _event_words(groups[b])) or _anchors_meet(
                _anchors(groups[a], anchors), _anchors(groups[b], anchors)
            ):
                groups[a].extend(groups.pop(b))


def join_bare_durations(
    groups: dict[tuple, list],
    close: Callable[[list, list], bool],
    anchors: Callable[[object], frozenset],
    similarity: Callable[[object, object], float],
    threshold: float,
    homes: dict[int, tuple] | None = None,
) -> None:
    """Give each bare duration to the best matching duration slot, else to its own slot
    (``homes``: id(figure) -> the key its verb gave, for spans of elapsed time: "freed
    after two hours" / "freed after 40 minutes"), else drop it (see the module docstring).
    ``similarity(q, r)`` is the cosine of the sentences of figures ``q`` and ``r``.
    Changes ``groups`` in place."""
    homes = homes or {}
    for key in sorted((k for k in groups if is_duration_key(k) and k[1] == BARE), key=repr):
        for q in groups.pop(key):
            best = _best_slot(groups, q, close, anchors, similarity, threshold)
            best = best if best is not None else homes.get(id(q))
            if best is not None:
                groups.setdefault(best, []).append(q)


def _best_slot(groups, q, close, anchors, similarity, threshold) -> tuple | None:
    """The slot a bare duration ``q`` joins: one whose anchor it meets (the first such in
    key order), else the best sentence match at least ``threshold``, else None."""
    best, best_sim = None, threshold
    for other in sorted((k for k in groups if is_duration_key(k) and k[1] != BARE), key=repr):
        qs = groups[other]
        if q.article in {r.article for r in qs} or not close([q], qs):
            continue
        if _anchors_meet(set(anchors(q)), _anchors(qs, anchors)):
            return other
        sim = max(similarity(q, r) for r in qs)
        if sim >= best_sim:
            best, best_sim = other, sim
    return best


#: the tense of a state's duration: expected ahead, already passed, or not said
FORECAST, ELAPSED, UNSAID = "forecast", "elapsed", ""


def _verb_of_span(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return governor(span[-1])


#: predicates of capacity, permission and compulsion: "were unable to pay for nine hours"
#: tells what could not happen during the span, a state that held, not one looked ahead to
_CAPACITY = frozenset({"able", "unable", "allow", "permit", "force", "compel", "free"})


def _prospective(verb) -> bool:
    """``verb`` is looked ahead to: a modal ("could be out of action", "will stay shut")
    or the infinitive of a predicate of expectation ("is expected to remain closed", "is
    likely to stay", "is set to reopen"): an infinitive under a participle or adjective,
    unless that predicate tells capacity or compulsion (:data:`_CAPACITY`)."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        if verb.head.tag_ in ("VBN", "JJ", "VBG") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            return verb.head.lemma_.lower() not in _CAPACITY
        verb = verb.head
    return False


def _retrospective(verb) -> bool:
    """``verb`` tells a state that has lasted: a perfect ("has been offline for") or a
    past tense of its own ("was closed for ten days")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_.lower() == "have" for c in auxes):
        return True
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes)


def tense(doc, start: int, end: int) -> str:
    """:data:`FORECAST`, :data:`ELAPSED` or :data:`UNSAID` for the span of time at
    characters ``start``-``end`` of ``doc``: whether the state it measures is expected to
    last that long or has lasted it (a modal or "expected to" wins over a past tense:
    "said it would be shut" looks ahead); :data:`UNSAID` for a span that modifies a noun
    ("signed a five-year contract")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span[-1].dep_ in ("amod", "compound", "nmod"):
        return UNSAID  # "a five-year contract": a length of the thing, not of its clause
    verb = _verb_of_span(doc, start, end)
    if verb is None:
        return UNSAID
    if _prospective(verb):
        return FORECAST
    return ELAPSED if _retrospective(verb) else UNSAID


def split_forecasts(groups: dict[tuple, list], tense_of: Callable[[object], str]) -> None:
    """Move the spans of time a state has already lasted out of a duration slot that also
    holds forecasts of it ("could be offline for three months" / "has been offline for two
    weeks"): a forecast is compared with a forecast, hedged or not, never with an elapsed
    span. The elapsed ones go to the slot's key plus :data:`ELAPSED`; a figure whose tense
    is unsaid stays. ``tense_of(q)`` is :func:`tense` of figure ``q``. Changes ``groups``
    in place."""
    for key in sorted((k for k in groups if is_duration_key(k)), key=repr):
        moods = [tense_of(q) for q in groups[key]]
        if FORECAST not in moods or ELAPSED not in moods:
            continue
        past = [q for q, m in zip(groups[key], moods, strict=True) if m == ELAPSED]
        groups[key] = [q for q, m in zip(groups[key], moods, strict=True) if m != ELAPSED]
        groups.setdefault((*key, ELAPSED), []).extend(past)
