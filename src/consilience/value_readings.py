"""One property of one thing, given two different values: readings of kind ``"value"``.

    value_readings(analysis, claim, names) -> [Reading(kind="value"), ...]
    value_clash(a, b, published) -> bool

A clause gives a value reading for

* a copula with a place phrase ("the glider *was in Austrian airspace*", "the climbers
  were *on the northern ridge*"): the property is the copula's preposition
  (``predicate`` "be in"), the thing is the copula's subject (``theme``/``head``/``mods``)
  and the value is the phrase's head noun with its modifiers;
* a participle compounded with a name that modifies a noun ("a *Bermuda-registered*
  jet", "the *Panama-flagged* tanker"), or that describes it with "in" and a named place
  ("the jet, which was registered *in Bermuda*"): the property is the participle, the
  thing the noun, the value the name.

Two value readings clash (:func:`value_clash`) when they give one property (one
preposition and value head, or one participle) of one thing
(:func:`consilience.event_states.same_theme`, or two unnamed things whose heads WordNet
reads as one kind: "the ship" / "the vessel"), both asserted and neither a plan, at one
moment (no two clause dates; reported on one day, undated, both in a past tense: "was
in ... when it was boarded", or a participle's standing property: "Panama-flagged"), with
values that exclude
each other: two names of one kind with no word in common ("Austrian" / "Swiss", "Panama" /
"Cayman Islands"), or modifiers WordNet reads as opposite (:func:`consilience.
act_relations.relation`: "northern" / "southern"), a name of a nation or place standing
for the adjective "national" ("Kalderan" / "international"). Modifiers that do not
exclude each other ("Austrian" / "restricted") never clash.
"""

from __future__ import annotations

from dataclasses import replace

from . import lexicon
from .act_relations import relation
from .claims import arg_keys
from .event_states import (
    COPULAS,
    Reading,
    _arguments,
    _mods,
    _names_agree,
    _referent,
    _time,
    dated_apart,
    same_theme,
)
from .model import Analysis, Claim

#: entity labels of places and nations; a modifier of one of them stands for "national"
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
#: entity labels a named value may have, with the coarse kind two names must share
VALUE_KINDS = {"GPE": "place", "NORP": "place", "LOC": "place", "ORG": "org", "PERSON": "person"}
#: the adjective a named place or nation stands for when WordNet compares modifiers
NATIONAL = "national"
#: how the property of a copula's place phrase is named ("be in", "be over")
COPULA_PROPERTY = "be "
#: parts of speech of a value phrase's head
NOMINAL = frozenset({"NOUN", "PROPN"})
#: entity labels of a time phrase ("in *March*"), which is no place
TIME_LABELS = frozenset({"DATE", "TIME"})


def value_readings(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """The value readings inside ``claim``'s span (module doc); empty when the span does not
    map onto tokens. ``names``: the article's :func:`consilience.claims.article_names`."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    for tok in span:
        out.extend(_place_values(tok, claim, names))
        reading = _named_participle(tok, claim, names) or _placed_participle(tok, names)
        if reading is not None:
            out.append(reading)
    return [replace(r, dated=tuple(claim.dates)) for r in out]


def _place_values(tok, claim: Claim, names) -> list[Reading]:
    """Value readings of copula ``tok``'s place phrases ("was *in Swiss airspace*")."""
    if tok.lemma_.lower() not in COPULAS or tok.dep_ in ("acl", "amod"):
        return []
    if any(c.dep_ == "neg" for c in tok.children):
        return []
    subj, _obj, _passive = _arguments(tok)
    subj = _referent(subj)
    relative = subj is not None and subj.lower_ in ("which", "that") and tok.dep_ == "relcl"
    if relative:
        subj = tok.head  # "Ferncliffe Primary, which is just outside the cordon"
    if subj is None or subj.pos_ not in NOMINAL:
        return []
    time = _time(tok, claim)
    if time is None or time[0]:
        return []  # a hedge or a plan
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        value = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if value is None or value.pos_ not in NOMINAL or value.ent_type_ in TIME_LABELS:
            continue
        if prep.lower_ in SIDES:
            out.append(_side_reading(tok, prep, subj, value, names, time))
            continue
        if relative:
            continue  # of a relative clause only the side is read
        if not _value_mods(value):
            continue  # "was in hospital": no modifier to contrast
        head = value.lemma_.lower()
        reading = value_reading(tok, COPULA_PROPERTY + prep.lower_, subj, value, head, names, time)
        out.append(replace(reading, change=_past(tok)))
    return out


#: prepositions that put a thing on one side of a bound ("inside the cordon" / "just
#: outside the cordon"): a thing lies on one side only
SIDES = {"inside": "in", "within": "in", "outside": "out"}
#: the property a side reading gives: a standing fact of where the thing lies
SIDE_PROPERTY = "side of"


def _side_reading(tok, prep, subj, bound, names, time) -> Reading:
    """The value reading of ``subj`` lying inside or outside ``bound`` (copula ``tok``,
    preposition ``prep`` of :data:`SIDES`): property :data:`SIDE_PROPERTY`, the bound's
    head noun and ``("side", "in" | "out")`` as its modifiers. Where a school lies against
    a cordon does not change between reports, so the property is a standing one."""
    reading = value_reading(tok, SIDE_PROPERTY, subj, bound, bound.lemma_.lower(), names, time)
    side = ("side", SIDES[prep.lower_])
    return replace(reading, preps=frozenset({("head", bound.lemma_.lower()), side}))


def _past(tok) -> bool:
    """The copula is in a past tense ("was", "had been"): a state at a past moment."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return tok.tag_ == "VBD" or "had" in aux


def _named_participle(tok, claim: Claim, names) -> Reading | None:
    """The value reading of a participle compounded with a name that modifies a noun
    ("*Bermuda*-registered jet", "*Panama*-flagged tanker"), or None. The name's entity
    type is not read: the tagger often takes a place there for a person."""
    if tok.dep_ != "amod" or tok.head.pos_ not in NOMINAL:
        return None
    if tok.tag_ != "VBN" and not (tok.tag_ == "JJ" and tok.lower_.endswith("ed")):
        return None
    name = next(
        (c for c in tok.children if c.dep_ in ("npadvmod", "compound", "nmod")),
        None,
    )
    if name is None or not name.text[:1].isupper():
        return None  # a name by its spelling: the tagger may take "Bermuda" for a noun
    words = " ".join(t.lower_ for t in name.subtree if t.text[:1].isupper())
    time = _time(tok.head.head, claim) if tok.head.head is not tok.head else None
    plan, start, until = time or (False, "", "")
    thing = tok.head
    while thing.dep_ == "compound":  # "the jet *Aster One*": the name is the thing
        thing = thing.head
    reading = value_reading(tok, tok.lower_, thing, name, "", names, (plan, start, until))
    theme = reading.theme | _name_after(thing)
    return replace(reading, theme=theme, preps=frozenset({("head", ""), ("name", words)}))


#: clause relations of a participle that describes the noun it hangs on ("a tanker
#: *flagged* in Panama", "the jet, which *was registered* in Bermuda")
DESCRIBING = frozenset({"acl", "relcl"})


def _placed_participle(tok, names) -> Reading | None:
    """The value reading of a participle describing a noun with "in" and a named place ("the
    jet, which was registered *in the Cayman Islands*": registered, Cayman Islands), the
    form a hyphenated name takes after its noun; None for another token."""
    if tok.tag_ != "VBN" or tok.dep_ not in DESCRIBING or tok.head.pos_ not in NOMINAL:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    place = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None
    if place is None or place.pos_ != "PROPN" or place.ent_type_ not in PLACE_LABELS:
        return None
    words = " ".join(t.lower_ for t in place.subtree if t.pos_ == "PROPN")
    reading = value_reading(tok, tok.lower_, tok.head, place, "", names, (False, "", ""))
    theme = reading.theme | _name_after(tok.head)
    return replace(reading, theme=theme, preps=frozenset({("head", ""), ("name", words)}))


def _name_after(noun) -> frozenset[str]:
    """The key of the proper name right after ``noun`` ("the jet *Aster One*"), however
    the parser attached it; empty when none follows."""
    words = []
    for t in noun.doc[noun.i + 1 : noun.sent.end]:
        if t.pos_ != "PROPN":
            break
        words.append(t.lower_)
    return frozenset({" ".join(words)}) if words else frozenset()


def value_reading(tok, predicate: str, thing, value, head: str, names, time) -> Reading:
    """A value reading of ``thing`` with ``value``: ``preps`` holds ``("head", head)`` (the
    value's head noun, "" for a named participle) and the value's modifiers or name as
    ``(kind, words)`` (:func:`_value_mods`)."""
    _plan, start, until = time
    first, last = min(tok.i, value.left_edge.i), max(tok.i, value.right_edge.i)
    return Reading(
        token=tok.i,
        kind="value",
        predicate=predicate,
        surface=tok.doc[first : last + 1].text,
        sign=1,
        theme=frozenset(arg_keys(thing, names)),
        head=thing.lemma_.lower() if thing.pos_ != "PRON" else "",
        mods=_mods(thing),
        doer=frozenset(),
        plan=False,
        start=start,
        until=until,
        phrase=thing.doc[thing.left_edge.i : thing.right_edge.i + 1].text[:80],
        preps=_value_mods(value) | {("head", head)},
    )


def _value_mods(value) -> frozenset[tuple[str, str]]:
    """``(kind, word)`` of a value: its modifiers ("Austrian", "northern") with the entity
    kind of a named one (:data:`VALUE_KINDS`, "" for a common word); of a name (a proper
    noun with an entity type), the whole name."""
    if value.pos_ == "PROPN" and value.ent_type_ in VALUE_KINDS:
        words = [t for t in value.subtree if t.ent_type_ == value.ent_type_]
        return frozenset({(VALUE_KINDS[value.ent_type_], " ".join(t.lower_ for t in words))})
    out = set()
    for c in value.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "DET":
            kind = VALUE_KINDS.get(c.ent_type_, "")
            word = " ".join(t.lower_ for t in c.subtree if t.ent_type_) if kind else c.lemma_
            out.add((kind, word.lower()))
    return frozenset(out)


def value_clash(a: Reading, b: Reading, published: tuple[str, str]) -> bool:
    """Whether value readings ``a`` and ``b`` (of articles published on the ISO days
    ``published``, "" when unknown) give one property of one thing two values that exclude
    each other at one moment (module doc)."""
    if a.kind != "value" or b.kind != "value" or a.predicate != b.predicate:
        return False
    if _heads(a) != _heads(b) or not (same_theme(a, b) or _one_kind(a, b) or _one_name(a, b)):
        return False
    if a.start and b.start and a.start != b.start:
        return False
    past = a.change and b.change  # "was in ... at the time": one past moment
    lasting = not a.predicate.startswith(COPULA_PROPERTY)  # "Panama-flagged": a standing fact
    if published[0] and published[1] and published[0] != published[1] and not (past or lasting):
        return False
    if dated_apart(a, b, published):
        return False
    only_a = {m for m in a.preps if m[0] != "head"} - b.preps
    only_b = {m for m in b.preps if m[0] != "head"} - a.preps
    return any(_exclude(x, y) for x in only_a for y in only_b)


def _one_name(a: Reading, b: Reading) -> bool:
    """Both things are named and one name is the other's in fewer words ("Ferncliffe
    Primary" / "Ferncliffe Primary School")."""
    na, nb = a.theme - {a.head}, b.theme - {b.head}
    return bool(na and nb) and _names_agree(na, nb)


def _one_kind(a: Reading, b: Reading) -> bool:
    """Two unnamed things whose heads are one in WordNet's first senses, or one a kind of
    the other ("the ship" / "the vessel")."""
    if a.theme - {a.head} or b.theme - {b.head} or not (a.head and b.head):
        return False
    x, y = a.head, b.head
    return (
        relation(x, "n", y, "n") > 0
        or x in lexicon.hypernyms(y, "n")
        or y in lexicon.hypernyms(x, "n")
    )


def _heads(r: Reading) -> frozenset[str]:
    return frozenset(w for k, w in r.preps if k == "head")


def _exclude(x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Two modifiers or names of one value that cannot both hold (module doc)."""
    (kx, wx), (ky, wy) = x, y
    if kx and ky:
        return kx == ky and not set(wx.split()) & set(wy.split())
    ax = NATIONAL if kx == "place" else wx
    ay = NATIONAL if ky == "place" else wy
    if ax == ay or " " in ax or " " in ay:
        return False
    return relation(ax, "a", ay, "a") < 0
