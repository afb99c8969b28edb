"""What a measured figure is a measure of, and slots split by it (issue #12 kind 2).

"Sustained winds reached 150 km/h" and "gusts of up to 190 km/h" are two speeds of one
storm; "a high of 41C" and "overnight lows of 28C" two temperatures of one day. The noun a
figure measures (its *bearer*: "winds", "gusts", "high", "lows") tells them apart when the
two nouns are kinds of one another or of one thing, or opposites, in WordNet ("gust" is a
kind of "wind"; "high" / "low"): a sub-kind or a sibling is another property. Bearers WordNet
does not relate ("the storm reached 150 km/h" / "winds of 160 km/h") are one property told
of the thing and of its measure, and stay together.
"""

from __future__ import annotations

from collections.abc import Callable

from . import lexicon
from .figure_forms import clause_verb
from .model import Quantity

#: dependency labels by which a figure fills the measure slot of a noun: "winds of 180
#: km/h" (pobj of a preposition on the noun), "180 km/h winds" (modifier of the noun)
_MODIFIER_DEPS = {"nummod", "compound", "amod", "npadvmod"}
#: ... or the object of a verb whose subject the figure measures ("winds reached 150 km/h")
_OBJECT_DEPS = {"dobj", "attr", "oprd"}


def _top(span):
    """The token of ``span`` whose head lies outside it, reached from its number ("43
    degrees Celsius" -> "degrees", even when the parse hangs "Celsius" elsewhere)."""
    tok = next((t for t in span if t.like_num), span.root)
    while tok.head.i != tok.i and span.start <= tok.head.i < span.end:
        tok = tok.head
    return tok


def _named(noun, dimension: str) -> str:
    """A noun's lemma, or that of its compound noun when the noun names the figure's
    ``dimension`` itself ("wind speeds" -> "wind": the speed is the measure, the wind its
    bearer; "night lows" stays "low")."""
    lemma = noun.lemma_.lower()
    comp = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if comp and (lemma == dimension or lexicon.same_sense(lemma, dimension, "n")):
        return comp[-1].lemma_.lower()
    return lemma


def bearer(span, dimension: str = "") -> str | None:
    """The lemma of the common noun the figure ``span`` measures ("winds of 180 km/h",
    "180 km/h winds", "gusts reached 190 km/h", "winds held at 95 km/h" -> "wind"/"gust"),
    or None; ``dimension`` is the figure's ("speed"), read through ("wind speeds")."""
    if span is None:
        return None
    tok = _top(span)
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
        return _named(head.head, dimension)
    if tok.dep_ in _MODIFIER_DEPS and head.pos_ == "NOUN" and head.i != tok.i:
        return _named(head, dimension)
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        tok, head = head, head.head  # "winds held at 95 km/h": the verb's subject
    if tok.dep_ in _OBJECT_DEPS | {"prep"} and head.pos_ in ("VERB", "AUX"):
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and subj[0].pos_ == "NOUN":
            return _named(subj[0], dimension)
    return None


def one_bearer(a: str, b: str) -> bool:
    """Two bearers are one property: one lemma or one WordNet sense among the first two."""
    return a == b or lexicon.same_sense(a, b, "n", first=2)


def other_bearer(a: str, b: str) -> bool:
    """Two bearers are two properties of one thing: one a kind of the other ("gust" /
    "wind"), two kinds of one thing (a shared direct hypernym), or opposites ("high" /
    "low"); first two WordNet senses."""
    if one_bearer(a, b):
        return False
    ha, hb = lexicon.hypernyms(a, "n", first=2), lexicon.hypernyms(b, "n", first=2)
    return b in ha or a in hb or bool(ha & hb) or lexicon.opposite(a, b, "n")


def split_bearers(
    groups: dict[tuple, list[Quantity]],
    dimensions: frozenset[str],
    span_of: Callable[[Quantity], object],
) -> None:
    """Split, in place, each slot of a measured dimension (``key[0]`` in ``dimensions``)
    whose figures measure bearers that are two properties (:func:`other_bearer`): the
    bearer given by most articles keeps the slot, each other one of them goes to a slot
    of its own, ``(key[0], "<bearer> <key[1]>", *key[2:])``. ``span_of`` gives a figure's
    spaCy span."""
    _split(
        groups,
        dimensions,
        lambda q: bearer(span_of(q), q.dimension),
        one_bearer,
        other_bearer,
        lambda key, b: (key[0], f"{b} {key[1]}", *key[2:]),
    )


#: prepositions and subordinators that place a figure at a stage of an event ("at
#: landfall", "after weakening inland", "as it came ashore"): a closed grammatical class
_STAGE_WORDS = {"at", "after", "before", "upon", "on", "during", "until", "as", "when", "once"}


def stage(span) -> str | None:
    """The stage of an event a figure is given at: the event noun of a preposition or the
    verb of a clause of :data:`_STAGE_WORDS` on the figure's verb ("winds of 180 km/h at
    landfall" -> "landfall", "after weakening inland, ... 90 km/h" -> "weaken"), or None;
    names, dates and times ("at 3 p.m.", "on Tuesday", "at Orsa") are no stages."""
    verb = clause_verb(_top(span), 6) if span is not None else None
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _STAGE_WORDS:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs and objs[0].pos_ in ("NOUN", "PROPN", "VERB") and not objs[0].ent_type_:
                return objs[0].lemma_.lower()
        if c.dep_ == "advcl" and any(m.lower_ in _STAGE_WORDS for m in c.children):
            return c.lemma_.lower()
    return None


def _one_stage(a: str, b: str) -> bool:
    """Two stages are one: one lemma, one sense (noun or verb), or a noun and its verb."""
    if a == b or lexicon.same_sense(a, b, "n", first=2) or lexicon.same_sense(a, b, "v", first=2):
        return True
    return b in lexicon.verbs_of(a) or a in lexicon.verbs_of(b)


def split_stages(
    groups: dict[tuple, list[Quantity]],
    dimensions: frozenset[str],
    span_of: Callable[[Quantity], object],
) -> None:
    """Split, in place, each slot of a measured dimension whose figures are given at two
    stages of the event (:func:`stage`, two stages not one by :func:`_one_stage`): the
    stage most articles give keeps the slot with the figures of no stage, each other
    stage goes to ``(key[0], "<key[1]> (<stage>)", *key[2:])``."""
    _split(
        groups,
        dimensions,
        lambda q: stage(span_of(q)),
        _one_stage,
        lambda s, main: True,
        lambda key, s: (key[0], f"{key[1]} ({s})", *key[2:]),
    )


def _split(
    groups: dict[tuple, list[Quantity]],
    dimensions: frozenset[str],
    label: Callable[[Quantity], str | None],
    same: Callable[[str, str], bool],
    apart: Callable[[str, str], bool],
    new_key: Callable[[tuple, str], tuple],
) -> None:
    """Split, in place, each slot ``key`` of a dimension in ``dimensions`` by the figures'
    ``label`` (None: stays): labels that are ``same`` share one part; the label given by
    most articles keeps the slot, each other one for which ``apart(label, main)`` moves
    its figures to ``new_key(key, label)``."""
    for key in sorted((k for k in groups if k[0] in dimensions), key=repr):
        by: dict[str, list[Quantity]] = {}
        for q in groups[key]:
            b = label(q)
            if b is not None:
                home = next((k for k in by if same(k, b)), b)
                by.setdefault(home, []).append(q)
        if len(by) < 2:
            continue
        main = max(sorted(by), key=lambda k: len({q.article for q in by[k]}))
        for b in sorted(by):
            if b != main and apart(b, main):
                moved = {id(q) for q in by[b]}
                groups[key] = [q for q in groups[key] if id(q) not in moved]
                groups.setdefault(new_key(key, b), []).extend(by[b])


#: relative pronouns that stand for the noun a relative clause hangs on ("an ovation that
#: lasted 12 minutes"): a closed grammatical class
_RELATIVE = frozenset({"that", "which", "who"})
#: how far apart two durations of one slot must lie (the larger over the smaller) before
#: their bearers are read as two events: a twelve-minute ovation and a seven-year closure,
#: never the rescue's 18 hours beside the operation's 20 (the loose-slot scatter of
#: :mod:`consilience.reconcile`)
DURATION_SCATTER = 3.0


def duration_bearer(span) -> str | None:
    """The lemma of the event noun a duration ``span`` (spaCy) measures: the noun it is set
    beside ("the ovation, about ten minutes ..."), modifies or fills ("a twelve-minute
    ovation", "a closure of seven years", :func:`bearer`), or the subject of its verb,
    through a relative pronoun to the noun its clause hangs on ("an ovation that lasted 12
    minutes", "a restoration that took seven years"); None when none is read."""
    if span is None:
        return None
    tok = _top(span)
    head = tok.head
    if tok.dep_ == "appos" and head.pos_ == "NOUN":
        return head.lemma_.lower()
    found = bearer(span, "duration")
    if found is not None:
        return found
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        tok, head = head, head.head  # "went on for 15 minutes": the verb's subject
    if tok.dep_ not in _OBJECT_DEPS | {"prep", "npadvmod"} or head.pos_ not in ("VERB", "AUX"):
        return None
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lower_ in _RELATIVE and head.dep_ == "relcl" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower()
    return None


def _far(a: list[Quantity], b: list[Quantity]) -> bool:
    """Every figure of ``a`` lies more than :data:`DURATION_SCATTER` times from every
    figure of ``b`` (larger over smaller)."""
    return all(
        max(x.value, y.value) > DURATION_SCATTER * min(x.value, y.value) > 0 for x in a for y in b
    )


def split_duration_events(
    groups: dict[tuple, list[Quantity]], span_of: Callable[[Quantity], object]
) -> None:
    """Split, in place, each duration slot whose figures measure two events: their bearers
    (:func:`duration_bearer`) are not one sense (:func:`one_bearer`) and their values lie
    far apart (:func:`_far`): "an ovation that lasted 12 minutes" and "a restoration that
    took seven years" share the verb's slot ("time taken") and nothing else. The bearer
    most articles give keeps the slot; each other one joins the duration slot whose figures
    measure that bearer (the measure "ovation" of "a twelve-minute ovation" counts too),
    else a slot of its own, ``("duration", bearer, *key[2:])``; between bearers given by
    as many articles, one with no such other slot keeps it."""
    for key in sorted((k for k in groups if k[0] == "duration"), key=repr):
        by: dict[str, list[Quantity]] = {}
        for q in groups.get(key, []):
            b = duration_bearer(span_of(q))
            if b is not None:
                home = next((k for k in by if one_bearer(k, b)), b)
                by.setdefault(home, []).append(q)
        if len(by) < 2:
            continue
        homes = {b: _bearer_slot(groups, key, b, span_of) for b in sorted(by)}
        main = max(sorted(by), key=lambda k: (len({q.article for q in by[k]}), not homes[k]))
        for b in sorted(by):
            if b == main or not _far(by[b], by[main]):
                continue
            moved = {id(q) for q in by[b]}
            groups[key] = [q for q in groups[key] if id(q) not in moved]
            groups.setdefault(homes[b] or ("duration", b, *key[2:]), []).extend(by[b])


def _bearer_slot(
    groups: dict[tuple, list[Quantity]],
    key: tuple,
    b: str,
    span_of: Callable[[Quantity], object],
) -> tuple | None:
    """Another duration slot (not ``key``) with a figure that measures ``b`` (its bearer or
    its measure is one sense with ``b``), the first by key; None when there is none."""
    for other in sorted((k for k in groups if k[0] == "duration" and k != key), key=repr):
        for q in groups[other]:
            got = duration_bearer(span_of(q)) or (q.measure or "").lower()
            if got and one_bearer(got, b):
                return other
    return None
