"""States an adjective gives the theme of a verb it hangs on ("were brought out *alive*",
"was shot *dead*", "were returned *unharmed*", "found the divers *alive*"): secondary
predicates, read as act readings of the adjective so that
:func:`consilience.act_readings.act_clash` compares them with any other state of the same
thing by WordNet ("alive" / "dead", "unharmed" / "injured").

    secondary_states(analysis, claim, names) -> [Reading(kind="act", pos="a"), ...]
    with_states(analysis, claim, names) -> [Reading(kind="event", pos="n"), ...]

A noun after "with" or "for" that hangs on a verb (directly or through the object of another
of its prepositions) is a state of the verb's theme too ("two riders were taken to hospital
*with injuries*", "treated the guide *with a fracture*", "treated *for burns*"), and so is
the object of a verb of undergoing ("suffered *fractures*": its subject's): an event
reading whose predicate is the noun (part of speech "n", ``manner`` its adjectives), which
:func:`consilience.class_denials.class_clash` compares with a denied act whose noun it is,
or a kind of ("injuries" / "nobody was injured"; "a fracture" is an injury).

The theme is the verb's object (a passive's subject, an active verb's direct object), else
its subject ("returned *unharmed*"), a count or partitive read as the class it counts
(:func:`consilience.event_states.partitive`: "*all nine* were brought out alive", "*one of
them* was shot dead"). Polarity and time are the verb's (a hedge gives no reading). The
prepositional phrases of the adjective and the verb are the reading's ``preps`` ("guilty
*of fraud*"); a state of a counted part ("guilty on five of the seven counts") gives no
reading.
"""

from __future__ import annotations

from . import lexicon
from .claims import arg_keys
from .class_denials import kinds as class_kinds
from .event_states import (
    COPULAS,
    Reading,
    _arguments,
    _mods,
    _negated,
    _time,
    noun_preps,
    partitive,
    scope_of,
)
from .model import Analysis, Claim
from .verdict_charges import charges_counted, prep_objects

#: dependencies an adjective of a secondary predicate takes from spaCy's parser
SECONDARY_DEPS = frozenset({"oprd", "acomp", "advmod", "xcomp", "advcl", "npadvmod", "dep"})


def secondary_states(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """One reading per adjective of a secondary predicate inside ``claim``'s span (module
    doc); empty when the span does not map onto tokens or holds none."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    return [r for tok in span if (r := _state(tok, claim, names)) is not None]


def with_states(analysis: Analysis, claim: Claim, names=None) -> list[Reading]:
    """One reading per noun after a "with" hanging on a verb inside ``claim``'s span
    (module doc); empty when the span does not map onto tokens or holds none."""
    span = analysis.doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None:
        return []
    return [r for tok in span if (r := _with(tok, claim, names)) is not None]


#: prepositions whose object names the state a verb's theme is in or treated for ("taken to
#: hospital *with* burns", "treated *for* cuts")
STATE_PREPS = frozenset({"with", "for"})
#: WordNet verbs whose kinds take their object as a state the subject goes through
#: ("suffered a fracture", "sustained injuries")
UNDERGOING = frozenset({"undergo", "experience"})


def _state_verb(noun):
    """The verb whose theme ``noun`` names the state of: the verb of a "with"/"for"
    phrase ("treated *for* burns"), also through the object of another of its
    prepositions ("taken to hospital *with* wounds"), or a verb of undergoing whose object
    it is ("suffered *injuries*"); None otherwise."""
    if noun.dep_ == "dobj":
        verb = noun.head
        kinds = class_kinds(verb.lemma_.lower(), "v", 2)
        return verb if verb.pos_ == "VERB" and UNDERGOING & kinds else None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in STATE_PREPS:
        return None
    verb = prep.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep" and prep.lower_ == "with":
        verb = verb.head.head  # "taken [to hospital [with wounds]]"
    return verb


def _with(noun, claim: Claim, names) -> Reading | None:
    """The reading of ``noun`` as the state its verb's theme is left with, or None."""
    if noun.pos_ != "NOUN":
        return None
    verb = _state_verb(noun)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in COPULAS:
        return None
    subj, obj, _passive = _arguments(verb)
    theme = subj if noun.dep_ == "dobj" else (obj if obj is not None else subj)
    theme = partitive(theme)
    time = _time(verb, claim)
    if time is None or theme is None or theme.pos_ == "PRON" or _negated(verb):
        return None
    plan, start, until = time
    return Reading(
        token=noun.i,
        kind="event",
        predicate=noun.lemma_.lower(),
        surface=" ".join(t.text for t in dict.fromkeys((verb, noun.head, noun))),
        sign=1,
        theme=frozenset(arg_keys(theme, names)),
        head=theme.lemma_.lower(),
        mods=_mods(theme),
        theme_preps=noun_preps(theme),
        doer=frozenset(),
        plan=plan,
        start=start,
        until=until,
        phrase=theme.doc[theme.left_edge.i : theme.right_edge.i + 1].text[:80],
        pos="n",
        dated=tuple(claim.dates),
        scope=scope_of(verb),
        manner=frozenset(c.lemma_.lower() for c in noun.children if c.dep_ == "amod"),
    )


def _partial(adj) -> bool:
    """The state holds of a counted part only ("guilty *on five of the seven counts*"),
    also where the parser hangs the count on the verb ("found her guilty *on three
    counts*"); a date there counts nothing ("found alive on 3 May")."""
    preps = [p for p in adj.children if p.dep_ == "prep"]
    preps += [p for p in adj.head.children if p.dep_ == "prep" and p.lower_ == "on"]
    return any(
        t.like_num and t.ent_type_ not in ("DATE", "TIME") for p in preps for t in p.subtree
    )


def _preps(tok) -> frozenset[tuple[str, str]]:
    """``(preposition, object)`` of ``tok``'s prepositional phrases ("guilty *of fraud*",
    :func:`consilience.verdict_charges.prep_objects`), which
    :func:`consilience.act_readings.act_clash` compares ("acquitted of laundering" is no
    dispute of "guilty of fraud")."""
    return frozenset(pair for p in tok.children if p.dep_ == "prep" for pair in prep_objects(p))


def _theme(adj, verb):
    """What adjective ``adj`` says is in its state: the subject of a small clause the
    parser hangs on the verb ("found *the climbers* alive"), else the verb's object or
    subject (module doc); None when ``adj`` is no secondary predicate."""
    if adj.dep_ == "ccomp":
        subj = next((c for c in adj.children if c.dep_ == "nsubj"), None)
        return partitive(subj)
    if adj.dep_ not in SECONDARY_DEPS:
        return None
    subj, obj, _passive = _arguments(verb)
    return obj if obj is not None else subj


def _state(tok, claim: Claim, names) -> Reading | None:
    """The reading of adjective ``tok`` as a state of its verb's theme, or None."""
    verb = tok.head
    if tok.pos_ != "ADJ" or verb.pos_ != "VERB" or verb.lemma_.lower() in COPULAS:
        return None
    if not lexicon.senses(tok.lemma_.lower(), "a"):
        return None
    if _partial(tok):
        return None
    theme = _theme(tok, verb)
    time = _time(verb, claim)
    if time is None or theme is None or theme.pos_ == "PRON":
        return None
    plan, start, until = time
    negated = _negated(verb) != any(c.dep_ == "neg" for c in tok.children)  # "found not guilty"
    return Reading(
        token=tok.i,
        kind="act",
        predicate=tok.lemma_.lower(),
        surface=f"{verb.text} {tok.text}",
        sign=-1 if negated else 1,
        theme=frozenset(arg_keys(theme, names)),
        head=theme.lemma_.lower(),
        mods=_mods(theme),
        theme_preps=noun_preps(theme),
        doer=frozenset(),
        plan=plan,
        start=start,
        until=until,
        phrase=theme.doc[theme.left_edge.i : theme.right_edge.i + 1].text[:80],
        negated=negated,
        pos="a",
        preps=_preps(tok) | _preps(verb),
        counted=charges_counted(tok) | charges_counted(verb),
        dated=tuple(claim.dates),
        scope=scope_of(verb),
    )
